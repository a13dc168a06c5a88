CREATE TABLE `appointment_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appointment_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`risk_level` text NOT NULL,
	`raised_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`handled_at` integer,
	`handled_by` integer,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_alerts_recipient_idx` ON `appointment_alerts` (`recipient_id`,`handled_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_alerts_uq` ON `appointment_alerts` (`appointment_id`,`recipient_id`);--> statement-breakpoint
CREATE TABLE `appointment_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appointment_id` integer NOT NULL,
	`actor_id` integer,
	`at` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`action` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointment_events_appointment_idx` ON `appointment_events` (`appointment_id`,`at`);--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`counselor_id` integer,
	`start_at` integer,
	`end_at` integer,
	`status` text NOT NULL,
	`mode` text NOT NULL,
	`preferred_times` text DEFAULT '[]' NOT NULL,
	`need` text,
	`urgency` text DEFAULT 'normal' NOT NULL,
	`hold_expires_at` integer,
	`reservation_id` integer,
	`cancelled_at` integer,
	`cancelled_by` integer,
	`cancel_reason` text,
	`declined_at` integer,
	`declined_by` integer,
	`decline_reason` text,
	`confirmed_at` integer,
	`checked_in_at` integer,
	`completed_at` integer,
	`request_key` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counselor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`declined_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "appointments_range_ck" CHECK("appointments"."end_at" is null or "appointments"."start_at" is null or "appointments"."end_at" > "appointments"."start_at")
);
--> statement-breakpoint
CREATE INDEX `appointments_counselor_start_idx` ON `appointments` (`counselor_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_resident_idx` ON `appointments` (`resident_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `appointments_status_idx` ON `appointments` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `appointments_start_idx` ON `appointments` (`start_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `appointments_request_key_uq` ON `appointments` (`created_by`,`request_key`);--> statement-breakpoint
CREATE TABLE `availability_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counselor_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`counselor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "availability_exceptions_range_ck" CHECK("availability_exceptions"."start_minute" >= 0 and "availability_exceptions"."end_minute" <= 1440 and "availability_exceptions"."end_minute" > "availability_exceptions"."start_minute")
);
--> statement-breakpoint
CREATE INDEX `availability_exceptions_counselor_idx` ON `availability_exceptions` (`counselor_id`,`date`);--> statement-breakpoint
CREATE INDEX `availability_exceptions_date_idx` ON `availability_exceptions` (`date`);--> statement-breakpoint
CREATE TABLE `availability_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`counselor_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`counselor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "availability_rules_weekday_ck" CHECK("availability_rules"."weekday" between 0 and 6),
	CONSTRAINT "availability_rules_range_ck" CHECK("availability_rules"."start_minute" >= 0 and "availability_rules"."end_minute" <= 1440 and "availability_rules"."end_minute" > "availability_rules"."start_minute")
);
--> statement-breakpoint
CREATE INDEX `availability_rules_counselor_idx` ON `availability_rules` (`counselor_id`,`weekday`);--> statement-breakpoint
CREATE TABLE `counselor_settings` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`accepting` integer DEFAULT true NOT NULL,
	`updated_at` integer,
	`updated_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`duration_minutes` integer NOT NULL,
	`room_ids` text DEFAULT '[]' NOT NULL,
	`required_specialty` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	CONSTRAINT "services_duration_ck" CHECK("services"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_name_uq` ON `services` (`name`);--> statement-breakpoint
CREATE TABLE `session_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appointment_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`presenting_issue` text NOT NULL,
	`assessment` text NOT NULL,
	`intervention` text NOT NULL,
	`plan` text NOT NULL,
	`next_step` text,
	`risk_level` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_records_appointment_uq` ON `session_records` (`appointment_id`);--> statement-breakpoint
CREATE INDEX `session_records_author_idx` ON `session_records` (`author_id`);