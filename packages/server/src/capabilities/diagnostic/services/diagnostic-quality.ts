import {
  judgeReviewEffort,
  MIN_REVIEWS_FOR_ESTIMATES,
  requiredReviewEffort,
  weightedDefectRateFromSums,
} from '@trellis/core';
import { sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { summarizeQuality } from '../../quality/index';
import type { Window } from './diagnostic-windows';

/** Fewer outputs or sampled reviews than these in a window and a workflow's effort is not judged. */
const MIN_OUTPUTS = 30;
const MIN_REVIEWED = 10;

interface EffortSums {
  workflow_id: string;
  outgoing_limit: number;
  outputs: number;
  selected: number;
  reviewed: number;
  w: number;
  w2: number;
  dw: number;
  dw2: number;
  max_w: number;
}

/**
 * Per workflow with a standard: its outputs in the window under the standard they were logged with, the share
 * selected for review (the effort), and the Hájek-weighted defect rate of the sampled reviews (the same sums
 * as the quality dashboard), so the effort the newest limit needs can be compared with the effort spent.
 */
async function effortSums(tx: Tx, ctx: OrgContext, w: Window): Promise<EffortSums[]> {
  return selectRows<EffortSums>(
    tx,
    sql`SELECT o.workflow_id,
          (SELECT s.outgoing_limit FROM quality_standards s WHERE s.workflow_id = o.workflow_id
             ORDER BY s.version DESC LIMIT 1)::float8 AS outgoing_limit,
          count(*)::int AS outputs,
          count(*) FILTER (WHERE o.selected)::int AS selected,
          count(r.id)::int AS reviewed,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w2,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.defect), 0)::float8 AS dw,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.defect), 0)::float8 AS dw2,
          coalesce(max(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 1)::float8 AS max_w
        FROM outputs o
        LEFT JOIN reviews r ON r.output_id = o.id AND r.kind = 'sampled'
        WHERE o.organization_id = ${ctx.organizationId}
          AND o.created_at >= ${w.from.toISOString()} AND o.created_at < ${w.to.toISOString()}
        GROUP BY o.workflow_id`,
  );
}

export interface WorkflowEffort {
  workflowId: string;
  effort: number;
  defectRate: number;
  required: number;
  verdict: 'below' | 'enough' | 'far_above';
}

export async function workflowEfforts(tx: Tx, ctx: OrgContext, w: Window): Promise<WorkflowEffort[]> {
  const rows = await effortSums(tx, ctx, w);
  return rows
    .filter((r) => r.outputs >= MIN_OUTPUTS && r.reviewed >= MIN_REVIEWED && r.w > 0)
    .map((r) => {
      const rate = weightedDefectRateFromSums({
        weightSum: r.w,
        weightSquareSum: r.w2,
        defectWeightSum: r.dw,
        defectWeightSquareSum: r.dw2,
        maxWeight: r.max_w,
      });
      const effort = r.selected / r.outputs;
      const required = requiredReviewEffort(rate.estimate, r.outgoing_limit);
      return {
        workflowId: r.workflow_id,
        effort,
        defectRate: rate.estimate,
        required,
        verdict: judgeReviewEffort(effort, required),
      };
    });
}

/** Share of judged workflows with the verdict; null when none could be judged. */
export function shareWith(efforts: WorkflowEffort[], verdict: WorkflowEffort['verdict']): number | null {
  if (!efforts.length) return null;
  return efforts.filter((e) => e.verdict === verdict).length / efforts.length;
}

/** Drift alarms raised in the window; null before any workflow had a standard (nothing could alarm). */
export async function driftAlarms(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const [row] = await selectRows<{ standards: number; alarms: number }>(
    tx,
    sql`SELECT
          (SELECT count(*) FROM quality_standards WHERE organization_id = ${ctx.organizationId}
             AND created_at < ${w.to.toISOString()})::int AS standards,
          (SELECT count(*) FROM alarms WHERE organization_id = ${ctx.organizationId}
             AND raised_at >= ${w.from.toISOString()} AND raised_at < ${w.to.toISOString()})::int AS alarms`,
  );
  return row && row.standards > 0 ? row.alarms : null;
}

/**
 * Applications in use (pilot, expanding, scaled at the window's end, from their stage history) whose tasks
 * had no quality standard by then. Outputs can only be logged against a standard, so ungoverned AI output
 * shows up here as an application in use without one. Null when no application was in use.
 */
export async function applicationsWithoutStandard(
  tx: Tx,
  ctx: OrgContext,
  w: Window,
): Promise<number | null> {
  const to = w.to.toISOString();
  const [row] = await selectRows<{ in_use: number; without: number }>(
    tx,
    sql`WITH staged AS (
          SELECT a.id, coalesce(
            (SELECT t.to_stage FROM application_stage_transitions t WHERE t.application_id = a.id
               AND t.occurred_at < ${to} ORDER BY t.occurred_at DESC LIMIT 1),
            CASE WHEN EXISTS (SELECT 1 FROM application_stage_transitions t WHERE t.application_id = a.id)
              THEN (SELECT t.from_stage FROM application_stage_transitions t WHERE t.application_id = a.id
                      ORDER BY t.occurred_at LIMIT 1)
              ELSE a.stage END) AS stage
          FROM applications a WHERE a.organization_id = ${ctx.organizationId} AND a.created_at < ${to})
        SELECT count(*)::int AS in_use,
          count(*) FILTER (WHERE NOT EXISTS (
            SELECT 1 FROM workflows wf JOIN quality_standards s ON s.workflow_id = wf.id
            WHERE wf.application_id = staged.id AND s.created_at < ${to}))::int AS without
        FROM staged WHERE stage IN ('pilot', 'expanding', 'scaled')`,
  );
  return row && row.in_use > 0 ? row.without / row.in_use : null;
}

/**
 * Fewer sampled reviews than this under a workflow's current standard and its outgoing rate is not judged.
 * (The quality dashboard states its own minimum of evidence; the two should be one constant.)
 */
/** The quality dashboard's own minimum: below it the dashboard says "not enough reviews yet". */
export const MIN_REVIEWS_FOR_OUTGOING = MIN_REVIEWS_FOR_ESTIMATES;

/**
 * Workflows whose outgoing defect rate, as the quality dashboard computes it (`summarizeQuality`, the same
 * function the dashboard's route calls), is above their standard's limit. Judged over the workflows with at
 * least MIN_REVIEWS_FOR_OUTGOING sampled reviews; when none has that many, over those with any, and then
 * `reviews` (the evidence: sampled reviews behind the thinnest workflow judged) is below the minimum, so the
 * indicator shows the dashboard's verdict as "too early to tell". Null when no workflow has a sampled review.
 */
export async function workflowsOverLimit(
  tx: Tx,
  ctx: OrgContext,
): Promise<{ share: number | null; reviews: number }> {
  const rows = await selectRows<{ workflow_id: string }>(
    tx,
    sql`SELECT DISTINCT workflow_id FROM quality_standards WHERE organization_id = ${ctx.organizationId}`,
  );
  const read: Array<{ reviewed: number; over: boolean }> = [];
  for (const { workflow_id } of rows) {
    const q = await summarizeQuality(tx, ctx, workflow_id);
    if (!q.standard || !q.total?.outgoingRate || q.total.reviewed === 0) continue;
    read.push({ reviewed: q.total.reviewed, over: q.total.outgoingRate.estimate > q.standard.outgoingLimit });
  }
  const judged = read.filter((r) => r.reviewed >= MIN_REVIEWS_FOR_OUTGOING);
  const basis = judged.length ? judged : read;
  if (!basis.length) return { share: null, reviews: 0 };
  return {
    share: basis.filter((r) => r.over).length / basis.length,
    reviews: judged.length
      ? Math.min(...judged.map((r) => r.reviewed))
      : Math.max(...read.map((r) => r.reviewed)),
  };
}
