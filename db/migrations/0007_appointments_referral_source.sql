ALTER TABLE `appointments` ADD `source` text DEFAULT 'direct' NOT NULL;--> statement-breakpoint
ALTER TABLE `appointments` ADD `source_id` integer;--> statement-breakpoint
CREATE INDEX `appointments_source_idx` ON `appointments` (`source`,`source_id`);