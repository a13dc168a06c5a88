ALTER TABLE `hotline_calls` ADD `referral_note` text;--> statement-breakpoint
ALTER TABLE `hotline_calls` ADD `referral_dispute_type` text;--> statement-breakpoint
ALTER TABLE `hotline_calls` ADD `referral_respondent` text;--> statement-breakpoint
ALTER TABLE `hotline_calls` ADD `care_follow_up_id` integer;