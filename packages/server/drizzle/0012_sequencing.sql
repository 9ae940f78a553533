CREATE TABLE "expansion_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"template_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expansion_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"stages" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gate_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"recommended" text NOT NULL,
	"rationale" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"plan_version" integer NOT NULL,
	"decision_request_id" uuid,
	"decided_by" uuid,
	"decided_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_stage_units" (
	"organization_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"active_users" integer,
	"active_reported_at" timestamp with time zone,
	CONSTRAINT "plan_stage_units_stage_id_org_unit_id_pk" PRIMARY KEY("stage_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "plan_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"duration_months" integer NOT NULL,
	"change_load" double precision NOT NULL,
	"expected_value" double precision DEFAULT 0 NOT NULL,
	"value_metric_id" uuid,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_dependencies" (
	"organization_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"depends_on_stage_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_dependencies_stage_id_depends_on_stage_id_pk" PRIMARY KEY("stage_id","depends_on_stage_id")
);
--> statement-breakpoint
ALTER TABLE "expansion_plans" ADD CONSTRAINT "expansion_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expansion_plans" ADD CONSTRAINT "expansion_plans_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expansion_plans" ADD CONSTRAINT "expansion_plans_template_id_expansion_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."expansion_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expansion_plans" ADD CONSTRAINT "expansion_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expansion_templates" ADD CONSTRAINT "expansion_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expansion_templates" ADD CONSTRAINT "expansion_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_decisions" ADD CONSTRAINT "gate_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_decisions" ADD CONSTRAINT "gate_decisions_stage_id_plan_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."plan_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_decisions" ADD CONSTRAINT "gate_decisions_decision_request_id_decision_requests_id_fk" FOREIGN KEY ("decision_request_id") REFERENCES "public"."decision_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_decisions" ADD CONSTRAINT "gate_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stage_units" ADD CONSTRAINT "plan_stage_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stage_units" ADD CONSTRAINT "plan_stage_units_stage_id_plan_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."plan_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stage_units" ADD CONSTRAINT "plan_stage_units_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD CONSTRAINT "plan_stages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_stages" ADD CONSTRAINT "plan_stages_plan_id_expansion_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."expansion_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_dependencies" ADD CONSTRAINT "stage_dependencies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_dependencies" ADD CONSTRAINT "stage_dependencies_stage_id_plan_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."plan_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_dependencies" ADD CONSTRAINT "stage_dependencies_depends_on_stage_id_plan_stages_id_fk" FOREIGN KEY ("depends_on_stage_id") REFERENCES "public"."plan_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expansion_plans_application" ON "expansion_plans" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expansion_templates_name" ON "expansion_templates" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "gate_decisions_stage" ON "gate_decisions" USING btree ("stage_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_stage_units_unit" ON "plan_stage_units" USING btree ("org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_stages_position" ON "plan_stages" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_stages_org_idx" ON "plan_stages" USING btree ("organization_id");