import {
  type Comparison,
  compareWindows,
  createRng,
  type EffectDirection,
  type EvidenceGrading,
  formatClaim,
  gradedVerdict,
  gradeEvidence,
  hashUniform,
  judgeEffect,
  type ProportionCounts,
  type Verdict,
  verdictLabel,
} from '@trellis/core';
import { eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { getApplication } from '../../portfolio/index';
import { evidenceMeasurements } from '../evidence-schema';
import { getMetric, listMetrics, type MetricRow } from './evidence-metrics';

type Cell = 'baseline' | 'pilot' | 'comparison';
type Sample = number[] | ProportionCounts;

export interface MetricEvidence {
  metric: MetricRow;
  /** Measurements per cell: the pilot group's baseline and pilot windows, the comparison group's pilot window. */
  counts: Record<Cell, number> & { comparisonBaseline: number };
  grading: EvidenceGrading;
  /** Which sample the effect's "baseline" side is. */
  reference: 'pilot group, baseline window' | 'comparison group, pilot window' | null;
  comparison: Comparison | null;
  claim: string | null;
  /** The verdict a reader sees: the direction only above an anecdote, else "not-enough-evidence". */
  verdict: Verdict | null;
  /** Which side of "no effect" the interval of the difference lies on, whatever the grade. */
  direction: EffectDirection | null;
  /** The verdict in words with its grade, e.g. "improved — before-after comparison". */
  verdictLabel: string | null;
}

interface Cells {
  values: Record<Cell, number[]>;
  counts: Record<Cell, ProportionCounts>;
  rows: Record<Cell, number> & { comparisonBaseline: number };
}

function cellsOf(rows: Array<{ window: string; group: string; value: number; total: number | null }>): Cells {
  const empty = () => ({ baseline: [] as number[], pilot: [] as number[], comparison: [] as number[] });
  const cells: Cells = {
    values: empty(),
    counts: {
      baseline: { successes: 0, trials: 0 },
      pilot: { successes: 0, trials: 0 },
      comparison: { successes: 0, trials: 0 },
    },
    rows: { baseline: 0, pilot: 0, comparison: 0, comparisonBaseline: 0 },
  };
  for (const r of rows) {
    if (r.group === 'comparison' && r.window === 'baseline') {
      cells.rows.comparisonBaseline += 1;
      continue;
    }
    const cell: Cell = r.group === 'comparison' ? 'comparison' : (r.window as Cell);
    cells.values[cell].push(r.value);
    cells.counts[cell].successes += r.value;
    cells.counts[cell].trials += r.total ?? 1;
    cells.rows[cell] += 1;
  }
  return cells;
}

/**
 * The evidence for one metric: the grade from the design (core's gradeEvidence), then the effect of the
 * contrast the grade chose, with intervals (core's compareWindows) and the claim in words. The bootstrap
 * is seeded from the metric id, so the same measurements always give the same interval.
 */
export function evaluateMetric(metric: MetricRow, cells: Cells): MetricEvidence {
  const proportion = metric.kind === 'proportion';
  const size = (c: Cell) => (proportion ? cells.counts[c].trials : cells.values[c].length);
  const grading = gradeEvidence({
    baselineN: size('baseline'),
    pilotN: size('pilot'),
    comparisonN: size('comparison'),
    noun: proportion ? 'observations' : 'measurements',
  });
  const base = { metric, counts: cells.rows, grading };
  if (!grading.contrast)
    return {
      ...base,
      reference: null,
      comparison: null,
      claim: null,
      verdict: null,
      direction: null,
      verdictLabel: null,
    };
  const reference: Cell = grading.contrast === 'concurrent' ? 'comparison' : 'baseline';
  const sample = (c: Cell): Sample => (proportion ? cells.counts[c] : cells.values[c]);
  const comparison = compareWindows({
    kind: metric.kind,
    pilot: sample('pilot'),
    baseline: sample(reference),
    rng: createRng(Math.floor(hashUniform(metric.id) * 2 ** 32)),
  });
  const direction = judgeEffect(metric.better, comparison.difference);
  return {
    ...base,
    reference: reference === 'comparison' ? 'comparison group, pilot window' : 'pilot group, baseline window',
    comparison,
    claim: formatClaim(metric, comparison, grading.grade),
    verdict: gradedVerdict(direction, grading.grade),
    direction,
    verdictLabel: verdictLabel(direction, grading.grade),
  };
}

async function measurementCells(tx: Tx, metricId: string): Promise<Cells> {
  const rows = await tx
    .select({
      window: evidenceMeasurements.window,
      group: evidenceMeasurements.group,
      value: evidenceMeasurements.value,
      total: evidenceMeasurements.total,
    })
    .from(evidenceMeasurements)
    .where(eq(evidenceMeasurements.metricId, metricId));
  return cellsOf(rows);
}

export async function getMetricEvidence(tx: Tx, ctx: OrgContext, metricId: string): Promise<MetricEvidence> {
  const metric = await getMetric(tx, ctx, metricId);
  return evaluateMetric(metric, await measurementCells(tx, metric.id));
}

/** Every metric of an application with its evidence, oldest metric first. */
export async function listApplicationEvidence(tx: Tx, ctx: OrgContext, applicationId: string) {
  const application = await getApplication(tx, ctx, applicationId);
  const metrics = await listMetrics(tx, ctx, application.id);
  const items: MetricEvidence[] = [];
  for (const metric of metrics) items.push(evaluateMetric(metric, await measurementCells(tx, metric.id)));
  return { application, items };
}
