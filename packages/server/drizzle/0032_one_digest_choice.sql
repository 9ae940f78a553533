-- hand-written: the digest-by-e-mail choice moves to the e-mail preferences (kind 'digest'), so the learning page and the e-mail preferences page change one setting; a person who turned it off on either keeps it off.
INSERT INTO "mail_preferences" ("organization_id", "user_id", "kind", "enabled", "updated_at")
SELECT "organization_id", "user_id", 'digest', false, "updated_at" FROM "learning_preferences" WHERE NOT "email_digest"
ON CONFLICT ("organization_id", "user_id", "kind") DO UPDATE SET "enabled" = false;--> statement-breakpoint
DROP TABLE "learning_preferences" CASCADE;
