import { type BernoulliCusum, qualityFigures } from '@trellis/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { alarms, reviews } from '../quality-schema';
import { dashboardChart, readAgreementTable, readSegmentSums, type SegmentSums } from './quality-sums';
import { getStandard, getWorkflow } from './workflows';

function estimates(s: SegmentSums, limit: number) {
  // Outputs still waiting for their sampled review are neither caught nor escaped yet; every figure is
  // kept inside what is possible (escapes ≤ the decided outputs nobody reviewed), see qualityFigures.
  const figures = qualityFigures(
    {
      outputs: s.outputs,
      pending: s.pending,
      reviewed: s.reviewed,
      escapedEstimate: s.ht_escaped,
      escapedVariance: s.ht_escaped_var,
      minPi: s.min_pi,
      rate:
        s.w > 0
          ? {
              weightSum: s.w,
              weightSquareSum: s.w2,
              defectWeightSum: s.dw,
              defectWeightSquareSum: s.dw2,
              maxWeight: s.max_w,
            }
          : null,
    },
    limit,
  );
  return {
    segment: s.segment,
    outputs: s.outputs,
    selected: s.selected,
    pendingReviews: s.pending,
    reviewed: s.reviewed,
    defectsFound: s.defects,
    effort: s.outputs ? s.selected / s.outputs : 0,
    defectRate: figures.defectRate,
    escapedDefects: figures.escapedDefects,
    outgoingRate: figures.outgoingRate,
    budgetUsed: figures.budgetUsed,
    /** Decided outputs nobody reviewed: the most defects that can have escaped. */
    unreviewed: figures.unreviewed,
    /** Below MIN_REVIEWS_FOR_ESTIMATES sampled reviews the figures are not shown as numbers. */
    minimumReviews: figures.minimumReviews,
    enoughReviews: figures.enoughReviews,
  };
}

/** The newest points per segment the dashboard draws. */
const SERIES_POINTS = 500;

/**
 * The CUSUM statistic after each sampled review, per segment (its newest `points`, SERIES_POINTS by default), with the
 * chart's threshold (same lattice). Each review stored its value when it was recorded (stepReviewCusum), so
 * this reads each segment's newest points by index (reviews_sampled_segment_idx) instead of replaying every
 * review. Segments are listed in the order of their first sampled review.
 */
export async function cusumSeries(
  tx: Tx,
  workflowId: string,
  version: number,
  chart: BernoulliCusum,
  segments: string[],
  points = SERIES_POINTS,
) {
  if (!segments.length) return [];
  const rows = await selectRows<{
    segment: string;
    first_at: string | null;
    first_id: string | null;
    points: Array<{ at: string; cusum: number | null }> | null;
  }>(
    tx,
    sql`SELECT s.segment, f.created_at::text AS first_at, f.id::text AS first_id,
          (SELECT json_agg(json_build_object('at', p.created_at, 'cusum', p.cusum) ORDER BY p.created_at, p.id)
           FROM (SELECT r.created_at, r.id, r.cusum FROM ${reviews} r
                 WHERE r.workflow_id = ${workflowId} AND r.standard_version = ${version} AND r.kind = 'sampled'
                   AND r.segment = s.segment
                 ORDER BY r.created_at DESC, r.id DESC LIMIT ${points}) p) AS points
        FROM unnest(ARRAY[${sql.join(
          segments.map((x) => sql`${x}`),
          sql`, `,
        )}]::text[]) AS s(segment)
        LEFT JOIN LATERAL (
          SELECT r.created_at, r.id FROM ${reviews} r
          WHERE r.workflow_id = ${workflowId} AND r.standard_version = ${version} AND r.kind = 'sampled'
            AND r.segment = s.segment
          ORDER BY r.created_at, r.id LIMIT 1) f ON true
        WHERE f.id IS NOT NULL
        ORDER BY f.created_at, f.id`,
  );
  return rows.map((r) => ({
    segment: r.segment,
    points: (r.points ?? [])
      .filter((p) => p.cusum !== null)
      .map((p) => ({ at: new Date(p.at).toISOString(), value: (p.cusum as number) / chart.scale })),
  }));
}

/** Cohen's κ (1960) on the defect verdict from the 2×2 table of double-reviewed outputs (sampled × second). */
function agreementFrom(table: { ff: number; ft: number; tf: number; tt: number }) {
  const pairs = table.ff + table.ft + table.tf + table.tt;
  if (pairs < 2) return { pairs, kappa: null, observed: null };
  const observed = (table.ff + table.tt) / pairs;
  const expected =
    ((table.ff + table.ft) / pairs) * ((table.ff + table.tf) / pairs) +
    ((table.tf + table.tt) / pairs) * ((table.ft + table.tt) / pairs);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { pairs, kappa, observed };
}

/**
 * The dashboard's estimates for a workflow's current standard, per segment and in total, from the segment sums
 * alone (a few rows): what the diagnostic and other capabilities read when they need no chart.
 */
export async function qualityTotals(tx: Tx, ctx: OrgContext, workflowId: string) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const standard = await getStandard(tx, workflow.id);
  if (!standard) return { workflow, standard: null, sums: [], segments: [], total: null };
  const sums = await readSegmentSums(tx, workflow.id, standard.version);
  const total = sums.reduce<SegmentSums>(
    (acc, s) => ({
      segment: 'all',
      outputs: acc.outputs + s.outputs,
      selected: acc.selected + s.selected,
      pending: acc.pending + s.pending,
      reviewed: acc.reviewed + s.reviewed,
      defects: acc.defects + s.defects,
      ht_escaped: acc.ht_escaped + s.ht_escaped,
      ht_escaped_var: acc.ht_escaped_var + s.ht_escaped_var,
      w: acc.w + s.w,
      w2: acc.w2 + s.w2,
      dw: acc.dw + s.dw,
      dw2: acc.dw2 + s.dw2,
      max_w: Math.max(acc.max_w, s.max_w),
      min_pi: Math.min(acc.min_pi, s.min_pi),
      second_ff: acc.second_ff + s.second_ff,
      second_ft: acc.second_ft + s.second_ft,
      second_tf: acc.second_tf + s.second_tf,
      second_tt: acc.second_tt + s.second_tt,
    }),
    {
      segment: 'all',
      outputs: 0,
      selected: 0,
      pending: 0,
      reviewed: 0,
      defects: 0,
      ht_escaped: 0,
      ht_escaped_var: 0,
      w: 0,
      w2: 0,
      dw: 0,
      dw2: 0,
      max_w: 1,
      min_pi: 1,
      second_ff: 0,
      second_ft: 0,
      second_tf: 0,
      second_tt: 0,
    },
  );
  return {
    workflow,
    standard,
    sums,
    segments: sums.map((s) => estimates(s, standard.outgoingLimit)),
    total: estimates(total, standard.outgoingLimit),
  };
}

/** Everything the quality dashboard shows for a workflow's current standard. */
export async function summarizeQuality(tx: Tx, ctx: OrgContext, workflowId: string) {
  const { workflow, standard, sums, segments, total } = await qualityTotals(tx, ctx, workflowId);
  if (!standard)
    return { workflow, standard: null, segments: [], total: null, cusum: [], alarms: [], agreement: null };
  const chart = dashboardChart(standard.policySpec);
  const alarmRows = await tx
    .select()
    .from(alarms)
    .where(eq(alarms.workflowId, workflow.id))
    .orderBy(asc(alarms.raisedAt));
  return {
    workflow,
    standard,
    segments,
    total,
    cusum: chart
      ? await cusumSeries(
          tx,
          workflow.id,
          standard.version,
          chart,
          sums.filter((s) => s.reviewed > 0).map((s) => s.segment),
        )
      : [],
    threshold: chart ? chart.H / chart.scale : null,
    alarms: alarmRows,
    agreement: agreementFrom(await readAgreementTable(tx, workflow.id)),
  };
}
