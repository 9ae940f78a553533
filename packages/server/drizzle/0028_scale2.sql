CREATE TABLE "quality_cusum_states" (
	"organization_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"standard_version" integer NOT NULL,
	"stratum" integer NOT NULL,
	"statistic" double precision NOT NULL,
	CONSTRAINT "quality_cusum_states_workflow_id_standard_version_stratum_pk" PRIMARY KEY("workflow_id","standard_version","stratum")
);
--> statement-breakpoint
CREATE TABLE "quality_daily_sums" (
	"organization_id" uuid NOT NULL,
	"workflow_id" uuid NOT NULL,
	"day" date NOT NULL,
	"outputs" bigint DEFAULT 0 NOT NULL,
	"selected" bigint DEFAULT 0 NOT NULL,
	"reviewed" bigint DEFAULT 0 NOT NULL,
	"w" double precision DEFAULT 0 NOT NULL,
	"w2" double precision DEFAULT 0 NOT NULL,
	"dw" double precision DEFAULT 0 NOT NULL,
	"dw2" double precision DEFAULT 0 NOT NULL,
	"max_w" double precision DEFAULT 1 NOT NULL,
	CONSTRAINT "quality_daily_sums_workflow_id_day_pk" PRIMARY KEY("workflow_id","day")
);
--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD COLUMN "second_ff" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD COLUMN "second_ft" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD COLUMN "second_tf" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_segment_sums" ADD COLUMN "second_tt" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "cusum" double precision;--> statement-breakpoint
ALTER TABLE "quality_cusum_states" ADD CONSTRAINT "quality_cusum_states_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_cusum_states" ADD CONSTRAINT "quality_cusum_states_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_daily_sums" ADD CONSTRAINT "quality_daily_sums_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_daily_sums" ADD CONSTRAINT "quality_daily_sums_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_daily_sums_org_day_idx" ON "quality_daily_sums" USING btree ("organization_id","day");--> statement-breakpoint
CREATE INDEX "outputs_content_kept_idx" ON "outputs" USING btree ("organization_id","created_at") WHERE "outputs"."content_purged_at" is null;--> statement-breakpoint
CREATE INDEX "reviews_sampled_segment_idx" ON "reviews" USING btree ("workflow_id","standard_version","segment","created_at","id") WHERE "reviews"."kind" = 'sampled';--> statement-breakpoint
-- hand-written: back-fill the per-day effort sums (quality_daily_sums) from the outputs and sampled reviews already stored, the sums the diagnostic and executive summary scanned for per request.
INSERT INTO "quality_daily_sums" ("organization_id", "workflow_id", "day", "outputs", "selected", "reviewed", "w", "w2", "dw", "dw2", "max_w")
SELECT o.organization_id, o.workflow_id, (o.created_at AT TIME ZONE 'UTC')::date,
  count(*),
  count(*) FILTER (WHERE o.selected),
  count(r.id),
  coalesce(sum(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 0),
  coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.id IS NOT NULL), 0),
  coalesce(sum(1 / o.pi) FILTER (WHERE r.defect), 0),
  coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.defect), 0),
  coalesce(max(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 1)
FROM "outputs" o
LEFT JOIN "reviews" r ON r.output_id = o.id AND r.kind = 'sampled'
GROUP BY o.organization_id, o.workflow_id, (o.created_at AT TIME ZONE 'UTC')::date;
--> statement-breakpoint
-- hand-written: back-fill each segment's agreement table (sampled verdict × second verdict) from the double-reviewed outputs already stored.
UPDATE "quality_segment_sums" s SET "second_ff" = x.ff, "second_ft" = x.ft, "second_tf" = x.tf, "second_tt" = x.tt
FROM (
  SELECT o.workflow_id, o.standard_version, o.segment,
    count(*) FILTER (WHERE NOT r.defect AND NOT d.defect) AS ff,
    count(*) FILTER (WHERE NOT r.defect AND d.defect) AS ft,
    count(*) FILTER (WHERE r.defect AND NOT d.defect) AS tf,
    count(*) FILTER (WHERE r.defect AND d.defect) AS tt
  FROM "outputs" o
  JOIN "reviews" r ON r.output_id = o.id AND r.kind = 'sampled'
  JOIN "reviews" d ON d.output_id = o.id AND d.kind = 'second'
  GROUP BY o.workflow_id, o.standard_version, o.segment
) x
WHERE s.workflow_id = x.workflow_id AND s.standard_version = x.standard_version AND s.segment = x.segment;
--> statement-breakpoint
-- hand-written: replay the dashboard's CUSUM over the sampled reviews already stored (per workflow, standard version and stratum, in created_at, id order; an alarm restarts the chart), storing each review's value and each stratum's last state. The reviews are numbered into an indexed temporary table first, so each step of the walk is an index lookup.
CREATE TEMPORARY TABLE "cusum_replay" AS
SELECT r.id, r.organization_id, r.workflow_id, r.standard_version, r.stratum, r.defect,
  row_number() OVER (PARTITION BY r.workflow_id, r.standard_version, r.stratum ORDER BY r.created_at, r.id) AS n,
  (c.chart->>'scale')::float8 AS m, (c.chart->>'g')::float8 AS g, (c.chart->>'H')::float8 AS h
FROM "reviews" r
JOIN (
  SELECT q.workflow_id, q.version,
    CASE jsonb_typeof(q.policy_spec->'monitor'->'charts') WHEN 'array' THEN q.policy_spec->'monitor'->'charts'->0
      ELSE q.policy_spec->'monitor'->'charts' END AS chart
  FROM "quality_standards" q
  WHERE jsonb_typeof(q.policy_spec->'monitor') = 'object'
) c ON c.workflow_id = r.workflow_id AND c.version = r.standard_version
WHERE r.kind = 'sampled' AND r.stratum IS NOT NULL AND c.chart IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "cusum_replay_step" ON "cusum_replay" ("workflow_id", "standard_version", "stratum", "n");
--> statement-breakpoint
CREATE TEMPORARY TABLE "cusum_walked" AS
WITH RECURSIVE walk AS (
  SELECT id, organization_id, workflow_id, standard_version, stratum, n, h,
    greatest(0, CASE WHEN defect THEN m ELSE 0 END - g) AS s
  FROM "cusum_replay" WHERE n = 1
  UNION ALL
  SELECT q.id, q.organization_id, q.workflow_id, q.standard_version, q.stratum, q.n, q.h,
    greatest(0, CASE WHEN w.s >= w.h THEN 0 ELSE w.s END + CASE WHEN q.defect THEN q.m ELSE 0 END - q.g)
  FROM walk w
  JOIN "cusum_replay" q ON q.workflow_id = w.workflow_id AND q.standard_version = w.standard_version
    AND q.stratum = w.stratum AND q.n = w.n + 1
)
SELECT * FROM walk;
--> statement-breakpoint
UPDATE "reviews" r SET "cusum" = w.s FROM "cusum_walked" w WHERE r.id = w.id;
--> statement-breakpoint
INSERT INTO "quality_cusum_states" ("organization_id", "workflow_id", "standard_version", "stratum", "statistic")
SELECT DISTINCT ON (workflow_id, standard_version, stratum) organization_id, workflow_id, standard_version, stratum,
  CASE WHEN s >= h THEN 0 ELSE s END
FROM "cusum_walked" ORDER BY workflow_id, standard_version, stratum, n DESC;
--> statement-breakpoint
DROP TABLE "cusum_replay";
--> statement-breakpoint
DROP TABLE "cusum_walked";
