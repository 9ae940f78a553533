CREATE TABLE "quality_segment_sums" (
	"organization_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"standard_version" integer NOT NULL,
	"segment" text NOT NULL,
	"outputs" bigint DEFAULT 0 NOT NULL,
	"selected" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	"reviewed" bigint DEFAULT 0 NOT NULL,
	"defects" bigint DEFAULT 0 NOT NULL,
	"ht_escaped" double precision DEFAULT 0 NOT NULL,
	"ht_escaped_var" double precision DEFAULT 0 NOT NULL,
	"w" double precision DEFAULT 0 NOT NULL,
	"w2" double precision DEFAULT 0 NOT NULL,
	"dw" double precision DEFAULT 0 NOT NULL,
	"dw2" double precision DEFAULT 0 NOT NULL,
	"max_w" double precision DEFAULT 1 NOT NULL,
	"min_pi" double precision DEFAULT 1 NOT NULL,
	CONSTRAINT "quality_segment_sums_workflow_id_standard_version_segment_pk" PRIMARY KEY("workflow_id","standard_version","segment")
);
--> statement-breakpoint
ALTER TABLE "outputs" ADD COLUMN "defect" boolean;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "segment" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "stratum" integer;--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD CONSTRAINT "quality_segment_sums_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD CONSTRAINT "quality_segment_sums_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outputs_workflow_recent_idx" ON "outputs" USING btree ("workflow_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "outputs_defect_recent_idx" ON "outputs" USING btree ("workflow_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "outputs"."defect";--> statement-breakpoint
CREATE INDEX "outputs_org_created_idx" ON "outputs" USING btree ("organization_id","created_at");--> statement-breakpoint
-- hand-written: each output's verdict (its sampled or flagged review; one per output) copied onto it, as reviews now keep it, for the outputs list's defect filter.
UPDATE "outputs" o SET "defect" = r.defect FROM "reviews" r WHERE r.output_id = o.id AND r.kind <> 'second';
--> statement-breakpoint
-- hand-written: each review's output segment and stratum copied onto it, as reviews now keep them, so the dashboard's CUSUM reads reviews alone.
UPDATE "reviews" r SET "segment" = o.segment, "stratum" = o.stratum FROM "outputs" o WHERE o.id = r.output_id;
--> statement-breakpoint
-- hand-written: back-fill the dashboard's per-segment sums from the outputs and sampled reviews already stored (the same sums the dashboard scanned for per request).
INSERT INTO "quality_segment_sums" ("organization_id", "workflow_id", "standard_version", "segment", "outputs", "selected", "pending", "reviewed", "defects", "ht_escaped", "ht_escaped_var", "w", "w2", "dw", "dw2", "max_w", "min_pi")
SELECT o.organization_id, o.workflow_id, o.standard_version, o.segment,
  count(*),
  count(*) FILTER (WHERE o.selected),
  count(*) FILTER (WHERE o.selected AND r.id IS NULL),
  count(r.id),
  count(r.id) FILTER (WHERE r.defect),
  coalesce(sum((1 - o.pi) / o.pi) FILTER (WHERE r.defect), 0),
  coalesce(sum((1 - o.pi) / (o.pi * o.pi)) FILTER (WHERE r.defect), 0),
  coalesce(sum(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 0),
  coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.id IS NOT NULL), 0),
  coalesce(sum(1 / o.pi) FILTER (WHERE r.defect), 0),
  coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.defect), 0),
  coalesce(max(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 1),
  least(min(o.pi), 1)
FROM "outputs" o
LEFT JOIN "reviews" r ON r.output_id = o.id AND r.kind = 'sampled'
GROUP BY o.organization_id, o.workflow_id, o.standard_version, o.segment;
