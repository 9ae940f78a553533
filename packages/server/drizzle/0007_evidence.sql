CREATE TABLE "evidence_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"window" text NOT NULL,
	"group" text DEFAULT 'pilot' NOT NULL,
	"measured_on" date NOT NULL,
	"value" double precision NOT NULL,
	"total" integer,
	"note" text DEFAULT '' NOT NULL,
	"client_id" text,
	"content_hash" text,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"better" text NOT NULL,
	"how_measured" text DEFAULT '' NOT NULL,
	"baseline_start" date,
	"baseline_end" date,
	"pilot_start" date,
	"pilot_end" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_measurements" ADD CONSTRAINT "evidence_measurements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_measurements" ADD CONSTRAINT "evidence_measurements_metric_id_evidence_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."evidence_metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_measurements" ADD CONSTRAINT "evidence_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_measurements_metric_idx" ON "evidence_measurements" USING btree ("metric_id","window","group");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_measurements_client_idx" ON "evidence_measurements" USING btree ("metric_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_metrics_name_idx" ON "evidence_metrics" USING btree ("application_id","name");