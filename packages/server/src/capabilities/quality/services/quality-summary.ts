import { type BernoulliCusum, cohensKappa, type PolicySpec, qualityFigures, stepCusum } from '@trellis/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { alarms, reviews } from '../quality-schema';
import { readSegmentSums, type SegmentSums } from './quality-sums';
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

/** The CUSUM statistic after each sampled review, per segment, with the chart's threshold (same lattice). */
async function cusumSeries(tx: Tx, workflowId: string, version: number, chart: BernoulliCusum) {
  // Reviews carry their output's segment and stratum: this reads the workflow's sampled reviews alone.
  const rows = (
    await selectRows<{ segment: string; stratum: number; defect: boolean; at: string | Date }>(
      tx,
      sql`SELECT segment, stratum, defect, created_at AS at FROM ${reviews}
          WHERE workflow_id = ${workflowId} AND kind = 'sampled' AND standard_version = ${version}
          ORDER BY created_at, id`,
    )
  ).map((r) => ({ ...r, at: new Date(r.at) }));
  const statistic = new Map<number, number>();
  const series = new Map<string, Array<{ at: string; value: number }>>();
  for (const row of rows) {
    const step = stepCusum(chart, statistic.get(row.stratum) ?? 0, row.defect);
    statistic.set(row.stratum, step.alarm ? 0 : step.statistic);
    const points = series.get(row.segment) ?? [];
    points.push({ at: row.at.toISOString(), value: step.statistic / chart.scale });
    series.set(row.segment, points);
  }
  return [...series.entries()].map(([segment, points]) => ({ segment, points: points.slice(-500) }));
}

/** Agreement on the defect verdict between the two reviewers of double-reviewed outputs (Cohen 1960). */
async function agreement(tx: Tx, workflowId: string) {
  const pairs = await selectRows<{ a: boolean; b: boolean }>(
    tx,
    sql`SELECT s.defect AS a, d.defect AS b FROM ${reviews} s
        JOIN ${reviews} d ON d.output_id = s.output_id AND d.kind = 'second'
        WHERE s.workflow_id = ${workflowId} AND s.kind = 'sampled'`,
  );
  if (pairs.length < 2) return { pairs: pairs.length, kappa: null, observed: null };
  const result = cohensKappa(pairs.map((p) => [String(p.a), String(p.b)]));
  return {
    pairs: pairs.length,
    kappa: Number.isNaN(result.kappa) ? null : result.kappa,
    observed: result.observed,
  };
}

/** Everything the quality dashboard shows for a workflow's current standard. */
export async function summarizeQuality(tx: Tx, ctx: OrgContext, workflowId: string) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const standard = await getStandard(tx, workflow.id);
  if (!standard)
    return { workflow, standard: null, segments: [], total: null, cusum: [], alarms: [], agreement: null };
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
    },
  );
  const spec = standard.policySpec as PolicySpec;
  const chart = spec.monitor
    ? ((Array.isArray(spec.monitor.charts) ? spec.monitor.charts[0] : spec.monitor.charts) as BernoulliCusum)
    : null;
  const alarmRows = await tx
    .select()
    .from(alarms)
    .where(eq(alarms.workflowId, workflow.id))
    .orderBy(asc(alarms.raisedAt));
  return {
    workflow,
    standard,
    segments: sums.map((s) => estimates(s, standard.outgoingLimit)),
    total: estimates(total, standard.outgoingLimit),
    cusum: chart ? await cusumSeries(tx, workflow.id, standard.version, chart) : [],
    threshold: chart ? chart.H / chart.scale : null,
    alarms: alarmRows,
    agreement: await agreement(tx, workflow.id),
  };
}
