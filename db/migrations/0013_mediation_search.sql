CREATE TABLE `mediation_search` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `mediation_cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mediation_search_walk_idx` ON `mediation_search` (`created_at`,`case_id`,`text`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not track triggers): fill the table for existing cases, then keep it in step.
INSERT INTO `mediation_search` (`case_id`, `created_at`, `text`) SELECT m.id, m.created_at, (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = m.id) FROM mediation_cases m;
--> statement-breakpoint
CREATE TRIGGER `mediation_search_case_insert` AFTER INSERT ON `mediation_cases` BEGIN INSERT INTO mediation_search (case_id, created_at, text) VALUES (NEW.id, NEW.created_at, (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = NEW.id)); END;
--> statement-breakpoint
CREATE TRIGGER `mediation_search_case_update` AFTER UPDATE OF case_no, summary, created_at ON `mediation_cases` BEGIN UPDATE mediation_search SET created_at = NEW.created_at, text = (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = NEW.id) WHERE case_id = NEW.id; END;
--> statement-breakpoint
CREATE TRIGGER `mediation_search_party_insert` AFTER INSERT ON `mediation_parties` BEGIN UPDATE mediation_search SET text = (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = NEW.case_id) WHERE case_id = NEW.case_id; END;
--> statement-breakpoint
CREATE TRIGGER `mediation_search_party_update` AFTER UPDATE OF name, case_id ON `mediation_parties` BEGIN UPDATE mediation_search SET text = (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = NEW.case_id) WHERE case_id = NEW.case_id; UPDATE mediation_search SET text = (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = OLD.case_id) WHERE case_id = OLD.case_id AND OLD.case_id <> NEW.case_id; END;
--> statement-breakpoint
CREATE TRIGGER `mediation_search_party_delete` AFTER DELETE ON `mediation_parties` BEGIN UPDATE mediation_search SET text = (SELECT c.case_no || char(31) || c.summary || char(31) || coalesce((SELECT group_concat(p.name, char(31)) FROM mediation_parties p WHERE p.case_id = c.id), '') FROM mediation_cases c WHERE c.id = OLD.case_id) WHERE case_id = OLD.case_id; END;
