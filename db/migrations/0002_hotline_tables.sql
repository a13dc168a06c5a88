CREATE TABLE `hotline_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`recipient_id` integer NOT NULL,
	`raised_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`call_id`) REFERENCES `hotline_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hotline_alerts_recipient_idx` ON `hotline_alerts` (`recipient_id`,`read_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `hotline_alerts_call_recipient_uq` ON `hotline_alerts` (`call_id`,`recipient_id`);--> statement-breakpoint
CREATE TABLE `hotline_callback_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`rescheduled_to` integer,
	`note` text,
	FOREIGN KEY (`call_id`) REFERENCES `hotline_calls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hotline_callback_call_idx` ON `hotline_callback_attempts` (`call_id`,`at`);--> statement-breakpoint
CREATE TABLE `hotline_calls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_key` text,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`operator_id` integer NOT NULL,
	`caller_kind` text,
	`resident_id` integer,
	`caller_phone` text,
	`categories` text DEFAULT '[]' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`risk_level` text,
	`actions` text DEFAULT '[]' NOT NULL,
	`follow_up_at` integer,
	`follow_up_done_at` integer,
	`appointment_id` integer,
	`mediation_case_id` integer,
	`care_person_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`operator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hotline_calls_client_key_uq` ON `hotline_calls` (`client_key`);--> statement-breakpoint
CREATE INDEX `hotline_calls_started_idx` ON `hotline_calls` (`status`,`started_at`);--> statement-breakpoint
CREATE INDEX `hotline_calls_operator_idx` ON `hotline_calls` (`operator_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `hotline_calls_resident_idx` ON `hotline_calls` (`resident_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `hotline_calls_phone_idx` ON `hotline_calls` (`caller_phone`,`started_at`);--> statement-breakpoint
CREATE INDEX `hotline_calls_follow_up_idx` ON `hotline_calls` (`follow_up_done_at`,`follow_up_at`);--> statement-breakpoint
CREATE TABLE `hotline_handover_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `hotline_shifts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hotline_handover_shift_idx` ON `hotline_handover_notes` (`shift_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `hotline_shift_staff` (
	`shift_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`shift_id`, `user_id`),
	FOREIGN KEY (`shift_id`) REFERENCES `hotline_shifts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hotline_shift_staff_user_idx` ON `hotline_shift_staff` (`user_id`);--> statement-breakpoint
CREATE TABLE `hotline_shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`notes` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "hotline_shifts_order_ck" CHECK("hotline_shifts"."end_at" > "hotline_shifts"."start_at")
);
--> statement-breakpoint
CREATE INDEX `hotline_shifts_start_idx` ON `hotline_shifts` (`start_at`);--> statement-breakpoint
CREATE TABLE `reservations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer NOT NULL,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`status` text NOT NULL,
	`purpose` text NOT NULL,
	`places` integer DEFAULT 1 NOT NULL,
	`title` text,
	`booked_by` integer NOT NULL,
	`resident_id` integer,
	`series_id` text,
	`hold_expires_at` integer,
	`request_key` text,
	`source_type` text,
	`source_id` integer,
	`cancelled_at` integer,
	`cancelled_by` integer,
	`cancel_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reservations_range_ck" CHECK("reservations"."end_at" > "reservations"."start_at"),
	CONSTRAINT "reservations_places_ck" CHECK("reservations"."places" >= 1)
);
--> statement-breakpoint
CREATE INDEX `reservations_room_start_idx` ON `reservations` (`room_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `reservations_room_live_idx` ON `reservations` (`room_id`,`status`,`start_at`,`end_at`);--> statement-breakpoint
CREATE INDEX `reservations_booked_by_idx` ON `reservations` (`booked_by`,`start_at`);--> statement-breakpoint
CREATE INDEX `reservations_resident_idx` ON `reservations` (`resident_id`,`start_at`);--> statement-breakpoint
CREATE INDEX `reservations_series_idx` ON `reservations` (`series_id`);--> statement-breakpoint
CREATE INDEX `reservations_source_idx` ON `reservations` (`source_type`,`source_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_request_key_uq` ON `reservations` (`booked_by`,`request_key`);--> statement-breakpoint
CREATE TABLE `room_blackouts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room_id` integer,
	`start_at` integer NOT NULL,
	`end_at` integer NOT NULL,
	`reason` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "room_blackouts_range_ck" CHECK("room_blackouts"."end_at" > "room_blackouts"."start_at")
);
--> statement-breakpoint
CREATE INDEX `room_blackouts_room_idx` ON `room_blackouts` (`room_id`,`start_at`,`end_at`);