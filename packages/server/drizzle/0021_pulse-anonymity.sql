DROP INDEX "digest_emails_key";--> statement-breakpoint
ALTER TABLE "digest_emails" ADD COLUMN "kind" text DEFAULT 'digest' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "digest_emails_key" ON "digest_emails" USING btree ("organization_id","user_id","digest_until") WHERE "digest_emails"."kind" = 'digest';--> statement-breakpoint
-- hand-written: a used link must look like one never issued, so used links go (before used_at, which told them apart, is dropped; drizzle would drop it first); open invitations move their token from the query string (request logs) to the fragment.
DELETE FROM "pulse_links" WHERE "used_at" IS NOT NULL;--> statement-breakpoint
DELETE FROM "pulse_links" l USING "pulse_rounds" r WHERE r."id" = l."round_id" AND (r."closed_at" IS NOT NULL OR r."closes_at" <= now());--> statement-breakpoint
ALTER TABLE "pulse_links" DROP COLUMN "used_at";--> statement-breakpoint
UPDATE "notifications" SET "link" = replace("link", '/pulse?token=', '/pulse#token=') WHERE "kind" = 'pulse.invitation' AND "link" LIKE '/pulse?token=%';
