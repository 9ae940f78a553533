ALTER TABLE "audit_events" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "notice_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "alarms" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "decision_log" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_emails" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_public_id_unique" UNIQUE("public_id");--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_public_id_unique" UNIQUE("public_id");--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_public_id_unique" UNIQUE("public_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_public_id_unique" UNIQUE("public_id");--> statement-breakpoint
ALTER TABLE "decision_log" ADD CONSTRAINT "decision_log_public_id_unique" UNIQUE("public_id");--> statement-breakpoint
ALTER TABLE "digest_emails" ADD CONSTRAINT "digest_emails_public_id_unique" UNIQUE("public_id");