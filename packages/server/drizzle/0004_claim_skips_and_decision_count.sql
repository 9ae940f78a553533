ALTER TABLE "review_claims" ADD COLUMN "skipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sampling_states" ADD COLUMN "decisions" bigint DEFAULT 0 NOT NULL;