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
import { qualityTotals, readDailySums } from '../../quality/index';
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

const DAY_MS = 86_400_000;

/** The UTC midnight at or after `at`, as 'YYYY-MM-DD': where a window's edge falls on whole days. */
export function dayEdge(at: Date): string {
  return new Date(Math.ceil(at.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Per workflow with a standard: its outputs in the window under the standard they were logged with, the share
 * selected for review (the effort), and the Hájek-weighted defect rate of the sampled reviews (the same sums
 * as the quality dashboard), so the effort the newest limit needs can be compared with the effort spent.
 * Read from the per-day sums (quality_daily_sums): the window is taken in whole UTC days, each edge moved to
 * the next midnight (the current window then holds today so far), so consecutive windows still tile.
 */
async function effortSums(tx: Tx, ctx: OrgContext, w: Window): Promise<EffortSums[]> {
  const days = await readDailySums(tx, ctx.organizationId, dayEdge(w.from), dayEdge(w.to));
  if (!days.length) return [];
  const limits = await selectRows<{ workflow_id: string; outgoing_limit: number }>(
    tx,
    sql`SELECT DISTINCT ON (workflow_id) workflow_id, outgoing_limit::float8 AS outgoing_limit
        FROM quality_standards WHERE organization_id = ${ctx.organizationId}
        ORDER BY workflow_id, version DESC`,
  );
  const limitOf = new Map(limits.map((l) => [l.workflow_id, Number(l.outgoing_limit)]));
  return days
    .filter((d) => d.outputs > 0 && limitOf.has(d.workflow_id))
    .map((d) => ({ ...d, outgoing_limit: limitOf.get(d.workflow_id)! }));
}

/**
 * Sampled reviews of the outputs logged in the window (whole UTC days, as the effort sums): the evidence the
 * drift monitor's figure rests on, read from the per-day sums.
 */
export async function sampledReviewsIn(tx: Tx, ctx: OrgContext, w: Window): Promise<number> {
  const days = await readDailySums(tx, ctx.organizationId, dayEdge(w.from), dayEdge(w.to));
  return days.reduce((n, d) => n + d.reviewed, 0);
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
 * Workflows whose outgoing defect rate, as the quality dashboard computes it (`qualityTotals`, the figures
 * the dashboard's route shows), is above their standard's limit. Judged over the workflows with at
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
    const q = await qualityTotals(tx, ctx, workflow_id);
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
