ALTER TABLE "organizations" ADD COLUMN "output_content_retention_days" integer;--> statement-breakpoint
ALTER TABLE "outputs" ADD COLUMN "content_purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outputs" ADD COLUMN "content_purged_after_days" integer;