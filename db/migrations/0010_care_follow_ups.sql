CREATE TABLE `care_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resident_id` integer NOT NULL,
	`person_id` integer,
	`source` text NOT NULL,
	`source_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`note` text,
	`status` text DEFAULT 'open' NOT NULL,
	`done_at` integer,
	`created_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `care_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_follow_ups_source_uq` ON `care_follow_ups` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `care_follow_ups_person_idx` ON `care_follow_ups` (`person_id`,`status`);--> statement-breakpoint
CREATE INDEX `care_follow_ups_resident_idx` ON `care_follow_ups` (`resident_id`,`status`);