CREATE TABLE `mediation_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`agreement_no` text NOT NULL,
	`oral` integer DEFAULT false NOT NULL,
	`facts` text NOT NULL,
	`content` text NOT NULL,
	`performance_method` text,
	`performance_deadline_on` text,
	`signed_on` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_agreements_case_uq` ON `mediation_agreements` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_agreements_no_uq` ON `mediation_agreements` (`agreement_no`);--> statement-breakpoint
CREATE TABLE `mediation_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_no` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`source` text NOT NULL,
	`dispute_type` text NOT NULL,
	`summary` text NOT NULL,
	`requested_items` text,
	`risk_color` text NOT NULL,
	`risk_reason` text,
	`status` text DEFAULT 'registered' NOT NULL,
	`lead_mediator_id` integer,
	`accepted_at` integer,
	`deadline_on` text,
	`extended_deadline_on` text,
	`extension_reason` text,
	`extended_at` integer,
	`extended_by` integer,
	`agreed_at` integer,
	`follow_up_due_on` text,
	`closed_at` integer,
	`archived_at` integer,
	`request_key` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`lead_mediator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`extended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mediation_cases_seq_ck" CHECK("mediation_cases"."seq" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_cases_case_no_uq` ON `mediation_cases` (`case_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_cases_year_seq_uq` ON `mediation_cases` (`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_cases_request_key_uq` ON `mediation_cases` (`created_by`,`request_key`);--> statement-breakpoint
CREATE INDEX `mediation_cases_status_idx` ON `mediation_cases` (`status`);--> statement-breakpoint
CREATE INDEX `mediation_cases_created_idx` ON `mediation_cases` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `mediation_cases_accepted_idx` ON `mediation_cases` (`accepted_at`);--> statement-breakpoint
CREATE TABLE `mediation_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`visited_at` integer NOT NULL,
	`method` text NOT NULL,
	`by_id` integer NOT NULL,
	`performed` text NOT NULL,
	`satisfaction` text NOT NULL,
	`situation` text,
	`risks` text,
	`measures` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_follow_ups_case_idx` ON `mediation_follow_ups` (`case_id`,`visited_at`);--> statement-breakpoint
CREATE TABLE `mediation_parties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`role` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`resident_id` integer,
	`name` text NOT NULL,
	`gender` text,
	`ethnicity` text,
	`age` integer,
	`occupation` text,
	`phone` text,
	`address` text,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_parties_case_idx` ON `mediation_parties` (`case_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `mediation_parties_resident_idx` ON `mediation_parties` (`resident_id`);--> statement-breakpoint
CREATE INDEX `mediation_parties_name_idx` ON `mediation_parties` (`name`);--> statement-breakpoint
CREATE TABLE `mediation_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`held_at` integer NOT NULL,
	`end_at` integer,
	`place` text NOT NULL,
	`room_reservation_id` integer,
	`participants` text NOT NULL,
	`statements` text DEFAULT '[]' NOT NULL,
	`facts` text,
	`outcome` text,
	`recorder_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorder_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mediation_sessions_order_ck" CHECK("mediation_sessions"."end_at" IS NULL OR "mediation_sessions"."end_at" > "mediation_sessions"."held_at")
);
--> statement-breakpoint
CREATE INDEX `mediation_sessions_case_idx` ON `mediation_sessions` (`case_id`,`held_at`);--> statement-breakpoint
CREATE TABLE `mediation_support_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_support_notes_case_idx` ON `mediation_support_notes` (`case_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `mediation_team` (
	`case_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`assigned_at` integer NOT NULL,
	`assigned_by` integer,
	PRIMARY KEY(`case_id`, `user_id`),
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_team_user_idx` ON `mediation_team` (`user_id`,`role`);--> statement-breakpoint
CREATE TABLE `mediation_transitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`by_id` integer NOT NULL,
	`at` integer NOT NULL,
	`reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_transitions_case_idx` ON `mediation_transitions` (`case_id`,`at`);