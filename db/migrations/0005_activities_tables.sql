CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`type` text NOT NULL,
	`room_id` integer NOT NULL,
	`reservation_id` integer,
	`series_id` text,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`capacity` integer NOT NULL,
	`audience` text,
	`signup_deadline` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`request_key` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	`cancelled_at` integer,
	`cancelled_by` integer,
	`cancel_reason` text,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activities_range_ck" CHECK("activities"."end_at" > "activities"."start_at"),
	CONSTRAINT "activities_capacity_ck" CHECK("activities"."capacity" >= 1)
);
--> statement-breakpoint
CREATE INDEX `activities_start_idx` ON `activities` (`start_at`);--> statement-breakpoint
CREATE INDEX `activities_status_start_idx` ON `activities` (`status`,`start_at`);--> statement-breakpoint
CREATE INDEX `activities_series_idx` ON `activities` (`series_id`);--> statement-breakpoint
CREATE INDEX `activities_room_start_idx` ON `activities` (`room_id`,`start_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `activities_request_key_uq` ON `activities` (`created_by`,`request_key`);--> statement-breakpoint
CREATE TABLE `activity_signups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`status` text NOT NULL,
	`position` integer,
	`created_at` integer NOT NULL,
	`cancelled_at` integer,
	`promoted_at` integer,
	`attendance_at` integer,
	`attendance_by` integer,
	`rating` integer,
	`comment` text,
	`rated_at` integer,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attendance_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activity_signups_rating_ck" CHECK("activity_signups"."rating" IS NULL OR ("activity_signups"."rating" BETWEEN 1 AND 5))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_signups_activity_resident_uq` ON `activity_signups` (`activity_id`,`resident_id`);--> statement-breakpoint
CREATE INDEX `activity_signups_activity_status_idx` ON `activity_signups` (`activity_id`,`status`,`position`);--> statement-breakpoint
CREATE INDEX `activity_signups_resident_idx` ON `activity_signups` (`resident_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `activity_teachers` (
	`activity_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `user_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_teachers_user_idx` ON `activity_teachers` (`user_id`);--> statement-breakpoint
CREATE TABLE `assessment_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`reasons` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`handled_by` integer,
	`handled_at` integer,
	`handled_note` text,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_alerts_assessment_uq` ON `assessment_alerts` (`assessment_id`);--> statement-breakpoint
CREATE INDEX `assessment_alerts_status_idx` ON `assessment_alerts` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer,
	`scale` text NOT NULL,
	`answers` text NOT NULL,
	`score` integer NOT NULL,
	`band` text NOT NULL,
	`alert` integer DEFAULT false NOT NULL,
	`kiosk` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_resident_idx` ON `assessments` (`resident_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `assessments_created_idx` ON `assessments` (`created_at`);--> statement-breakpoint
CREATE TABLE `resident_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`kind` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `resident_messages_resident_idx` ON `resident_messages` (`resident_id`,`created_at`);