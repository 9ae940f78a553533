ALTER TABLE "pulse_surveys" ADD COLUMN "auto_rounds" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pulse_surveys" ADD COLUMN "round_days" integer DEFAULT 7 NOT NULL;