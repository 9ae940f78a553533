CREATE TABLE "maturity_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"taken_by" uuid,
	"taken_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maturity_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"month" text NOT NULL,
	"assessment_id" uuid,
	"scores" jsonb NOT NULL,
	"position" double precision NOT NULL,
	"zone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_snapshots" ADD CONSTRAINT "maturity_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_snapshots" ADD CONSTRAINT "maturity_snapshots_assessment_id_maturity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maturity_assessments_org_idx" ON "maturity_assessments" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "maturity_snapshots_org_idx" ON "maturity_snapshots" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "maturity_snapshots_monthly_key" ON "maturity_snapshots" USING btree ("organization_id","month") WHERE reason = 'monthly';