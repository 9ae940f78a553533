CREATE TABLE "planning_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"parameters" jsonb NOT NULL,
	"start_month" text NOT NULL,
	"problem" jsonb NOT NULL,
	"optimizer" jsonb NOT NULL,
	"greedy" jsonb NOT NULL,
	"status" text NOT NULL,
	"value" double precision NOT NULL,
	"greedy_value" double precision NOT NULL,
	"gap" double precision,
	"solve_ms" integer NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_runs_org_idx" ON "planning_runs" USING btree ("organization_id","created_at");