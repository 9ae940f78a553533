import { type BernoulliCusum, type PolicySpec, stepCusum } from '@trellis/core';
import { and, eq, sql } from 'drizzle-orm';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import {
  type outputs,
  qualityCusumStates,
  qualityDailySums,
  qualitySegmentSums,
  reviews,
} from '../quality-schema';

/**
 * The quality dashboard's per-segment sums (db table quality_segment_sums), kept in the transactions that
 * change them instead of scanned per request: ingestion adds outputs (in the statement that inserts them),
 * a sampled review adds its verdict (under the output's row lock, so it is counted once). Only sampled
 * reviews count: they are the probability sample the estimates rest on.
 */
export interface SegmentSums {
  segment: string;
  outputs: number;
  selected: number;
  pending: number;
  reviewed: number;
  defects: number;
  /** Horvitz–Thompson sums over reviewed sampled outputs. */
  ht_escaped: number;
  ht_escaped_var: number;
  w: number;
  w2: number;
  dw: number;
  dw2: number;
  max_w: number;
  min_pi: number;
  /** Double-reviewed outputs by (sampled verdict, second verdict): f = no defect, t = defect. */
  second_ff: number;
  second_ft: number;
  second_tf: number;
  second_tt: number;
}

const SUM_COLUMNS = sql`segment, outputs::float8 AS outputs, selected::float8 AS selected, pending::float8 AS pending,
  reviewed::float8 AS reviewed, defects::float8 AS defects, ht_escaped, ht_escaped_var, w, w2, dw, dw2, max_w, min_pi,
  second_ff::float8 AS second_ff, second_ft::float8 AS second_ft, second_tf::float8 AS second_tf,
  second_tt::float8 AS second_tt`;

/** The sums of a workflow's outputs logged under `version`, largest segment first. */
export async function readSegmentSums(tx: Tx, workflowId: string, version: number): Promise<SegmentSums[]> {
  const rows = await selectRows<SegmentSums>(
    tx,
    sql`SELECT ${SUM_COLUMNS} FROM ${qualitySegmentSums}
        WHERE workflow_id = ${workflowId} AND standard_version = ${version}
        ORDER BY outputs DESC, segment`,
  );
  return rows.map(numeric);
}

/** The same sums scanned from the outputs and their sampled reviews: what the counters must equal. */
export async function recomputeSegmentSums(
  tx: Tx,
  workflowId: string,
  version: number,
): Promise<SegmentSums[]> {
  const rows = await selectRows<SegmentSums>(
    tx,
    sql`SELECT o.segment,
          count(*)::float8 AS outputs,
          count(*) FILTER (WHERE o.selected)::float8 AS selected,
          count(*) FILTER (WHERE o.selected AND r.id IS NULL)::float8 AS pending,
          count(r.id)::float8 AS reviewed,
          count(r.id) FILTER (WHERE r.defect)::float8 AS defects,
          coalesce(sum((1 - o.pi) / o.pi) FILTER (WHERE r.defect), 0)::float8 AS ht_escaped,
          coalesce(sum((1 - o.pi) / (o.pi * o.pi)) FILTER (WHERE r.defect), 0)::float8 AS ht_escaped_var,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w2,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.defect), 0)::float8 AS dw,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.defect), 0)::float8 AS dw2,
          coalesce(max(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 1)::float8 AS max_w,
          least(min(o.pi), 1)::float8 AS min_pi,
          count(d.id) FILTER (WHERE NOT r.defect AND NOT d.defect)::float8 AS second_ff,
          count(d.id) FILTER (WHERE NOT r.defect AND d.defect)::float8 AS second_ft,
          count(d.id) FILTER (WHERE r.defect AND NOT d.defect)::float8 AS second_tf,
          count(d.id) FILTER (WHERE r.defect AND d.defect)::float8 AS second_tt
        FROM outputs o
        LEFT JOIN reviews r ON r.output_id = o.id AND r.kind = 'sampled'
        LEFT JOIN reviews d ON d.output_id = o.id AND d.kind = 'second' AND r.id IS NOT NULL
        WHERE o.workflow_id = ${workflowId} AND o.standard_version = ${version}
        GROUP BY o.segment ORDER BY count(*) DESC, o.segment`,
  );
  return rows.map(numeric);
}

/** The sums of every standard version of a workflow: the agreement table spans versions. */
export async function readAgreementTable(
  tx: Tx,
  workflowId: string,
): Promise<{ ff: number; ft: number; tf: number; tt: number }> {
  const [row] = await selectRows<{ ff: number; ft: number; tf: number; tt: number }>(
    tx,
    sql`SELECT coalesce(sum(second_ff), 0)::float8 AS ff, coalesce(sum(second_ft), 0)::float8 AS ft,
          coalesce(sum(second_tf), 0)::float8 AS tf, coalesce(sum(second_tt), 0)::float8 AS tt
        FROM ${qualitySegmentSums} WHERE workflow_id = ${workflowId}`,
  );
  return { ff: Number(row!.ff), ft: Number(row!.ft), tf: Number(row!.tf), tt: Number(row!.tt) };
}

function numeric(r: SegmentSums): SegmentSums {
  const out = { ...r };
  for (const key of Object.keys(out) as Array<keyof SegmentSums>) {
    if (key !== 'segment') (out as Record<string, unknown>)[key] = Number(out[key]);
  }
  return out;
}

/**
 * A CTE body that adds the outputs an `inserted` CTE returned (organization_id, workflow_id, standard_version,
 * segment, selected, pi) to their segments' sums, in the ingestion statement itself.
 */
export function addOutputsToSums(inserted: string) {
  return sql`INSERT INTO ${qualitySegmentSums} AS s (organization_id, workflow_id, standard_version, segment,
            outputs, selected, pending, min_pi)
          SELECT organization_id, workflow_id, standard_version, segment, count(*), count(*) FILTER (WHERE selected),
            count(*) FILTER (WHERE selected), least(min(pi), 1)
          FROM ${sql.raw(inserted)} GROUP BY organization_id, workflow_id, standard_version, segment
          ON CONFLICT (workflow_id, standard_version, segment) DO UPDATE SET
            outputs = s.outputs + excluded.outputs,
            selected = s.selected + excluded.selected,
            pending = s.pending + excluded.pending,
            min_pi = least(s.min_pi, excluded.min_pi)`;
}

/** Adds a sampled review's verdict to its output's segment (the caller holds the output's row lock). */
export async function addSampledReviewToSums(
  tx: Tx,
  output: Pick<typeof outputs.$inferSelect, 'workflowId' | 'standardVersion' | 'segment' | 'pi'>,
  defect: boolean,
): Promise<void> {
  const pi = output.pi;
  const d = sql`${defect ? 1 : 0}::float8`;
  await tx
    .update(qualitySegmentSums)
    .set({
      pending: sql`${qualitySegmentSums.pending} - 1`,
      reviewed: sql`${qualitySegmentSums.reviewed} + 1`,
      defects: sql`${qualitySegmentSums.defects} + ${defect ? 1 : 0}::int`,
      htEscaped: sql`${qualitySegmentSums.htEscaped} + ${d} * (1 - ${pi}::float8) / ${pi}::float8`,
      htEscapedVar: sql`${qualitySegmentSums.htEscapedVar} + ${d} * (1 - ${pi}::float8) / (${pi}::float8 * ${pi}::float8)`,
      w: sql`${qualitySegmentSums.w} + 1 / ${pi}::float8`,
      w2: sql`${qualitySegmentSums.w2} + 1 / (${pi}::float8 * ${pi}::float8)`,
      dw: sql`${qualitySegmentSums.dw} + ${d} / ${pi}::float8`,
      dw2: sql`${qualitySegmentSums.dw2} + ${d} / (${pi}::float8 * ${pi}::float8)`,
      // The first review replaces the default weight 1 (what the scan answers for no reviews).
      maxW: sql`CASE WHEN ${qualitySegmentSums.reviewed} = 0 THEN 1 / ${pi}::float8
                ELSE greatest(${qualitySegmentSums.maxW}, 1 / ${pi}::float8) END`,
    })
    .where(
      and(
        eq(qualitySegmentSums.workflowId, output.workflowId),
        eq(qualitySegmentSums.standardVersion, output.standardVersion),
        eq(qualitySegmentSums.segment, output.segment),
      ),
    );
}

/** The UTC day of an output's created_at, as quality_daily_sums keys it. */
const utcDay = (createdAt: Date | string) =>
  sql`(${new Date(createdAt).toISOString()}::timestamptz AT TIME ZONE 'UTC')::date`;

/**
 * A CTE body that adds the outputs an `inserted` CTE returned (organization_id, workflow_id, created_at,
 * selected) to their days' effort sums, in the ingestion statement itself.
 */
export function addOutputsToDailySums(inserted: string) {
  return sql`INSERT INTO ${qualityDailySums} AS s (organization_id, workflow_id, day, outputs, selected)
          SELECT organization_id, workflow_id, (created_at AT TIME ZONE 'UTC')::date, count(*),
            count(*) FILTER (WHERE selected)
          FROM ${sql.raw(inserted)} GROUP BY organization_id, workflow_id, (created_at AT TIME ZONE 'UTC')::date
          ON CONFLICT (workflow_id, day) DO UPDATE SET
            outputs = s.outputs + excluded.outputs,
            selected = s.selected + excluded.selected`;
}

/** Adds a sampled review's weights to its output's day (the caller holds the output's row lock). */
export async function addSampledReviewToDailySums(
  tx: Tx,
  output: Pick<typeof outputs.$inferSelect, 'workflowId' | 'createdAt' | 'pi'>,
  defect: boolean,
): Promise<void> {
  const pi = sql`${output.pi}::float8`;
  const d = sql`${defect ? 1 : 0}::float8`;
  await tx.execute(
    sql`UPDATE ${qualityDailySums} SET reviewed = reviewed + 1,
          w = w + 1 / ${pi}, w2 = w2 + 1 / (${pi} * ${pi}),
          dw = dw + ${d} / ${pi}, dw2 = dw2 + ${d} / (${pi} * ${pi}),
          max_w = CASE WHEN reviewed = 0 THEN 1 / ${pi} ELSE greatest(max_w, 1 / ${pi}) END
        WHERE workflow_id = ${output.workflowId} AND day = ${utcDay(output.createdAt)}`,
  );
}

export interface DailySums {
  workflow_id: string;
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
 * The effort sums per workflow of an organization's outputs created on the UTC days [fromDay, toDay): at most
 * one row per workflow and day is read. Days are 'YYYY-MM-DD'.
 */
export async function readDailySums(
  tx: Tx,
  organizationId: string,
  fromDay: string,
  toDay: string,
): Promise<DailySums[]> {
  const rows = await selectRows<DailySums>(
    tx,
    sql`SELECT workflow_id, sum(outputs)::float8 AS outputs, sum(selected)::float8 AS selected,
          sum(reviewed)::float8 AS reviewed, sum(w)::float8 AS w, sum(w2)::float8 AS w2, sum(dw)::float8 AS dw,
          sum(dw2)::float8 AS dw2, coalesce(max(max_w) FILTER (WHERE reviewed > 0), 1)::float8 AS max_w
        FROM ${qualityDailySums}
        WHERE organization_id = ${organizationId} AND day >= ${fromDay}::date AND day < ${toDay}::date
        GROUP BY workflow_id ORDER BY workflow_id`,
  );
  return rows.map((r) => ({
    workflow_id: r.workflow_id,
    outputs: Number(r.outputs),
    selected: Number(r.selected),
    reviewed: Number(r.reviewed),
    w: Number(r.w),
    w2: Number(r.w2),
    dw: Number(r.dw),
    dw2: Number(r.dw2),
    max_w: Number(r.max_w),
  }));
}

/** The same sums scanned from the outputs and their sampled reviews: what the daily rows must add up to. */
export async function recomputeDailySums(
  tx: Tx,
  organizationId: string,
  fromDay: string,
  toDay: string,
): Promise<DailySums[]> {
  const rows = await selectRows<DailySums>(
    tx,
    sql`SELECT o.workflow_id, count(*)::float8 AS outputs, count(*) FILTER (WHERE o.selected)::float8 AS selected,
          count(r.id)::float8 AS reviewed,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.id IS NOT NULL), 0)::float8 AS w2,
          coalesce(sum(1 / o.pi) FILTER (WHERE r.defect), 0)::float8 AS dw,
          coalesce(sum(1 / (o.pi * o.pi)) FILTER (WHERE r.defect), 0)::float8 AS dw2,
          coalesce(max(1 / o.pi) FILTER (WHERE r.id IS NOT NULL), 1)::float8 AS max_w
        FROM outputs o LEFT JOIN reviews r ON r.output_id = o.id AND r.kind = 'sampled'
        WHERE o.organization_id = ${organizationId}
          AND o.created_at >= (${fromDay}::date::timestamp AT TIME ZONE 'UTC')
          AND o.created_at < (${toDay}::date::timestamp AT TIME ZONE 'UTC')
        GROUP BY o.workflow_id ORDER BY o.workflow_id`,
  );
  return rows.map((r) => ({ ...r, ...numericDaily(r) }));
}

function numericDaily(r: DailySums) {
  return {
    outputs: Number(r.outputs),
    selected: Number(r.selected),
    reviewed: Number(r.reviewed),
    w: Number(r.w),
    w2: Number(r.w2),
    dw: Number(r.dw),
    dw2: Number(r.dw2),
    max_w: Number(r.max_w),
  };
}

/** Adds a second review's verdict, beside its output's sampled verdict, to the segment's agreement table. */
export async function addSecondReviewToSums(
  tx: Tx,
  output: Pick<typeof outputs.$inferSelect, 'workflowId' | 'standardVersion' | 'segment'>,
  sampledDefect: boolean,
  secondDefect: boolean,
): Promise<void> {
  const cell = sql.raw(`second_${sampledDefect ? 't' : 'f'}${secondDefect ? 't' : 'f'}`);
  await tx.execute(
    sql`UPDATE ${qualitySegmentSums} SET ${cell} = ${cell} + 1
        WHERE workflow_id = ${output.workflowId} AND standard_version = ${output.standardVersion}
          AND segment = ${output.segment}`,
  );
}

/** The drift chart the dashboard draws for a standard: its monitor's first chart; null without a monitor. */
export function dashboardChart(policySpec: unknown): BernoulliCusum | null {
  const spec = policySpec as PolicySpec;
  if (!spec.monitor) return null;
  return (
    Array.isArray(spec.monitor.charts) ? spec.monitor.charts[0] : spec.monitor.charts
  ) as BernoulliCusum;
}

/**
 * Steps the dashboard's CUSUM of the review's stratum by its verdict and stores the value on the review. The
 * stratum's state row is locked (INSERT … ON CONFLICT DO UPDATE), so the reviews of a stratum step in turn; an
 * alarm (S ≥ H) restarts the chart at 0 for the next review, as the chart is drawn.
 */
export async function stepReviewCusum(
  tx: Tx,
  review: {
    id: string;
    organizationId: string;
    workflowId: string;
    standardVersion: number;
    stratum: number;
  },
  chart: BernoulliCusum,
  defect: boolean,
): Promise<number> {
  const [state] = await tx
    .insert(qualityCusumStates)
    .values({
      organizationId: review.organizationId,
      workflowId: review.workflowId,
      standardVersion: review.standardVersion,
      stratum: review.stratum,
      statistic: 0,
    })
    .onConflictDoUpdate({
      target: [qualityCusumStates.workflowId, qualityCusumStates.standardVersion, qualityCusumStates.stratum],
      set: { statistic: sql`${qualityCusumStates.statistic}` },
    })
    .returning({ statistic: qualityCusumStates.statistic });
  const step = stepCusum(chart, state!.statistic, defect);
  await tx
    .update(qualityCusumStates)
    .set({ statistic: step.alarm ? 0 : step.statistic })
    .where(
      and(
        eq(qualityCusumStates.workflowId, review.workflowId),
        eq(qualityCusumStates.standardVersion, review.standardVersion),
        eq(qualityCusumStates.stratum, review.stratum),
      ),
    );
  await tx.update(reviews).set({ cusum: step.statistic }).where(eq(reviews.id, review.id));
  return step.statistic;
}
