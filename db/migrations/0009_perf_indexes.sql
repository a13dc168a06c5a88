CREATE INDEX `audit_action_at_idx` ON `audit_log` (`action`,`outcome`,`at`);--> statement-breakpoint
CREATE INDEX `reservations_room_end_idx` ON `reservations` (`room_id`,`end_at`,`start_at`,`status`,`hold_expires_at`,`places`);--> statement-breakpoint
CREATE INDEX `reservations_status_end_idx` ON `reservations` (`status`,`end_at`,`start_at`,`room_id`,`places`,`hold_expires_at`);--> statement-breakpoint
CREATE INDEX `appointments_status_start_idx` ON `appointments` (`status`,`start_at`);--> statement-breakpoint
CREATE INDEX `appointments_status_end_idx` ON `appointments` (`status`,`end_at`,`start_at`,`counselor_id`,`hold_expires_at`);