-- hand-written: a workflow belongs to one organization. Row-level security adds `organization_id = <the session's organization>` to every query, and without these statistics the planner multiplies that selectivity with the workflow's as if the two were independent: it expected a handful of a small organization's rows in a database holding a large one, and sorted all of them instead of reading the list's or the chart's index in order (584 ms for a first page that reads in 1.6 ms). ANALYZE fills them (autovacuum does, as the tables grow).
CREATE STATISTICS IF NOT EXISTS "outputs_workflow_organization" (dependencies) ON "workflow_id", "organization_id" FROM "outputs";
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "reviews_workflow_organization" (dependencies) ON "workflow_id", "organization_id" FROM "reviews";
--> statement-breakpoint
ANALYZE "outputs";
--> statement-breakpoint
ANALYZE "reviews";
