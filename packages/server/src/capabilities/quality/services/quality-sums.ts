import { and, eq, sql } from 'drizzle-orm';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { type outputs, qualitySegmentSums } from '../quality-schema';

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
}

const SUM_COLUMNS = sql`segment, outputs::float8 AS outputs, selected::float8 AS selected, pending::float8 AS pending,
  reviewed::float8 AS reviewed, defects::float8 AS defects, ht_escaped, ht_escaped_var, w, w2, dw, dw2, max_w, min_pi`;

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
          least(min(o.pi), 1)::float8 AS min_pi
        FROM outputs o
        LEFT JOIN reviews r ON r.output_id = o.id AND r.kind = 'sampled'
        WHERE o.workflow_id = ${workflowId} AND o.standard_version = ${version}
        GROUP BY o.segment ORDER BY count(*) DESC, o.segment`,
  );
  return rows.map(numeric);
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
