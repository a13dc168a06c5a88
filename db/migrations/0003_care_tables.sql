CREATE TABLE `care_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_key` text,
	`title` text NOT NULL,
	`held_at` integer NOT NULL,
	`location` text,
	`summary` text,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_activities_client_key_uq` ON `care_activities` (`client_key`);--> statement-breakpoint
CREATE INDEX `care_activities_held_idx` ON `care_activities` (`held_at`);--> statement-breakpoint
CREATE TABLE `care_assignments` (
	`person_id` integer NOT NULL,
	`carer_id` integer NOT NULL,
	`assigned_at` integer NOT NULL,
	`assigned_by` integer NOT NULL,
	PRIMARY KEY(`person_id`, `carer_id`),
	FOREIGN KEY (`person_id`) REFERENCES `care_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`carer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_assignments_carer_idx` ON `care_assignments` (`carer_id`);--> statement-breakpoint
CREATE TABLE `care_memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`group` text NOT NULL,
	`left_behind_kind` text,
	`details` text DEFAULT '{}' NOT NULL,
	`legal_basis` text NOT NULL,
	`consent_note` text,
	`basis_recorded_at` integer NOT NULL,
	`basis_recorded_by` integer NOT NULL,
	`ended_at` integer,
	`end_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `care_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`basis_recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "care_memberships_kind_ck" CHECK(("care_memberships"."group" = 'left_behind') = ("care_memberships"."left_behind_kind" IS NOT NULL)),
	CONSTRAINT "care_memberships_basis_ck" CHECK(("care_memberships"."group" = 'corrections') = ("care_memberships"."legal_basis" = 'legal_duty'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_memberships_person_group_uq` ON `care_memberships` (`person_id`,`group`);--> statement-breakpoint
CREATE INDEX `care_memberships_group_idx` ON `care_memberships` (`group`,`ended_at`);--> statement-breakpoint
CREATE TABLE `care_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`risk_color` text NOT NULL,
	`next_visit_due` text,
	`last_visit_at` integer,
	`registered_on` text NOT NULL,
	`exit_reason` text,
	`exited_on` text,
	`exited_at` integer,
	`exited_by` integer,
	`created_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_persons_resident_uq` ON `care_persons` (`resident_id`);--> statement-breakpoint
CREATE INDEX `care_persons_due_idx` ON `care_persons` (`status`,`next_visit_due`);--> statement-breakpoint
CREATE INDEX `care_persons_color_idx` ON `care_persons` (`status`,`risk_color`);--> statement-breakpoint
CREATE TABLE `care_risk_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`from_color` text,
	`to_color` text NOT NULL,
	`reason` text,
	`visit_id` integer,
	`by_user_id` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `care_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `care_visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_risk_history_person_idx` ON `care_risk_history` (`person_id`,`at`);--> statement-breakpoint
CREATE TABLE `care_settings` (
	`color` text PRIMARY KEY NOT NULL,
	`cadence_days` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "care_settings_days_ck" CHECK("care_settings"."cadence_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
CREATE TABLE `care_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`client_key` text,
	`visited_at` integer NOT NULL,
	`kind` text NOT NULL,
	`visitor_ids` text DEFAULT '[]' NOT NULL,
	`observations` text DEFAULT '{}' NOT NULL,
	`needs` text,
	`measures` text,
	`color_before` text NOT NULL,
	`color_after` text NOT NULL,
	`referral` text,
	`referral_note` text,
	`referral_appointment_id` integer,
	`referral_mediation_case_id` integer,
	`activity_id` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `care_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `care_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_visits_client_key_uq` ON `care_visits` (`client_key`);--> statement-breakpoint
CREATE INDEX `care_visits_person_idx` ON `care_visits` (`person_id`,`visited_at`);--> statement-breakpoint
CREATE INDEX `care_visits_at_idx` ON `care_visits` (`visited_at`);--> statement-breakpoint
CREATE INDEX `care_visits_activity_idx` ON `care_visits` (`activity_id`);