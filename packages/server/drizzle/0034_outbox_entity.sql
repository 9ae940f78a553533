ALTER TABLE "digest_emails" ADD COLUMN "entity_type" text;--> statement-breakpoint
ALTER TABLE "digest_emails" ADD COLUMN "entity_id" text;--> statement-breakpoint
CREATE INDEX "digest_emails_entity_idx" ON "digest_emails" USING btree ("entity_type","entity_id") WHERE "digest_emails"."status" = 'pending';