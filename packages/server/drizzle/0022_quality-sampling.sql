CREATE INDEX "outputs_queued_idx" ON "outputs" USING btree ("workflow_id","created_at","client_id") WHERE "outputs"."status" in ('queued', 'second_review');--> statement-breakpoint
-- hand-written: concurrent reviewers could once leave an output with several sampled (or flagged) reviews or several second reviews; keep the first of each, then let a partial unique index refuse any other.
DELETE FROM "reviews" r USING "reviews" k
  WHERE k."output_id" = r."output_id" AND (k."kind" = 'second') = (r."kind" = 'second')
    AND (k."created_at", k."id") < (r."created_at", r."id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_output_verdict_key" ON "reviews" USING btree ("output_id") WHERE "reviews"."kind" <> 'second';--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_output_second_key" ON "reviews" USING btree ("output_id") WHERE "reviews"."kind" = 'second';
