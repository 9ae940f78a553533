CREATE TABLE "otlp_routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"workflow_id" uuid NOT NULL,
	"service_name" text,
	"span_name" text,
	"attribute_key" text,
	"attribute_value" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "otlp_routing_rules" ADD CONSTRAINT "otlp_routing_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "otlp_routing_rules" ADD CONSTRAINT "otlp_routing_rules_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "otlp_routing_rules_position_key" ON "otlp_routing_rules" USING btree ("organization_id","position");