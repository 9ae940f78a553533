import { createRng, type MetricKind, normalQuantile, type Rng } from '@trellis/core';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import type { BetterDirection, EvidenceWindow, MeasurementGroup } from '../evidence-schema';
import { createMetric, type MetricWindows } from '../services/evidence-metrics';
import { type MeasurementInput, recordMeasurements } from '../services/measurements';

/** The article's three pilots, registered by the demo's registry part. */
export interface EvidenceDemoPilots {
  contentDrafting: string;
  needsAnalysis: string;
  stakeholderUpdates: string;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lognormal = (rng: Rng, median: number, sigma: number) =>
  median * Math.exp(sigma * normalQuantile(Math.min(1 - 1e-9, Math.max(1e-9, rng()))));
const binomial = (rng: Rng, n: number, p: number) => {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k += 1;
  return k;
};

/** Baseline: 10 to 5½ months before `today`; pilot: 5 months before to a week before. */
export function demoWindows(today: Date): MetricWindows {
  const t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return {
    baseline: { start: isoDay(t - 304 * DAY), end: isoDay(t - 167 * DAY) },
    pilot: { start: isoDay(t - 152 * DAY), end: isoDay(t - 7 * DAY) },
  };
}

interface Series {
  window: EvidenceWindow;
  group?: MeasurementGroup;
  /** How many measurements, spread evenly over the window. */
  count: number;
  /** The i-th value (0 ≤ progress < 1 is how far into the window it falls). */
  value: (rng: Rng, progress: number) => { value: number; total?: number; note?: string };
}

interface DemoMetric {
  application: keyof EvidenceDemoPilots;
  name: string;
  unit: string;
  kind: MetricKind;
  better: BetterDirection;
  howMeasured: string;
  series: Series[];
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const METRICS: DemoMetric[] = [
  {
    application: 'contentDrafting',
    name: 'Hours to draft a module',
    unit: 'h',
    kind: 'duration',
    better: 'lower',
    howMeasured: 'Time sheet per module, from brief received to review-ready draft',
    series: [
      { window: 'baseline', count: 54, value: (rng) => ({ value: round(lognormal(rng, 19, 0.25)) }) },
      // A learning curve: about 8 h in the first weeks of the pilot, settling near 4.5 h.
      {
        window: 'pilot',
        count: 62,
        value: (rng, p) => ({ value: round(lognormal(rng, 4.5 + 3.5 * Math.exp(-6 * p), 0.35)) }),
      },
      // The Lisbon design team kept its usual process over the same months.
      {
        window: 'pilot',
        group: 'comparison',
        count: 26,
        value: (rng) => ({ value: round(lognormal(rng, 18, 0.25)) }),
      },
    ],
  },
  {
    application: 'contentDrafting',
    name: 'Modules approved at first review',
    unit: '',
    kind: 'proportion',
    better: 'higher',
    howMeasured: 'Each week: modules the SME approved without a second round, out of modules reviewed',
    series: [
      { window: 'baseline', count: 19, value: (rng) => ({ value: binomial(rng, 3, 0.55), total: 3 }) },
      { window: 'pilot', count: 20, value: (rng) => ({ value: binomial(rng, 4, 0.66), total: 4 }) },
    ],
  },
  {
    application: 'needsAnalysis',
    name: 'Days from request to needs analysis',
    unit: 'days',
    kind: 'median',
    better: 'lower',
    howMeasured: 'Request ticket opened to analysis sent to the requester (calendar days)',
    series: [
      {
        window: 'baseline',
        count: 22,
        value: (rng) => ({ value: Math.max(1, Math.round(lognormal(rng, 12, 0.5))) }),
      },
      {
        window: 'pilot',
        count: 25,
        value: (rng) => ({ value: Math.max(1, Math.round(lognormal(rng, 5, 0.55))) }),
      },
    ],
  },
  {
    application: 'needsAnalysis',
    name: 'Requester satisfaction',
    unit: 'points (1–5)',
    kind: 'mean',
    better: 'higher',
    howMeasured: 'One-question survey sent with each analysis',
    series: [
      {
        window: 'baseline',
        count: 17,
        value: (rng) => ({ value: Math.min(5, Math.max(1, Math.round(3.6 + rng() * 2 - 1))) }),
      },
      {
        window: 'pilot',
        count: 21,
        value: (rng) => ({ value: Math.min(5, Math.max(1, Math.round(4.1 + rng() * 2 - 1))) }),
      },
    ],
  },
  {
    application: 'stakeholderUpdates',
    name: 'Minutes to write the weekly update',
    unit: 'min',
    kind: 'duration',
    better: 'lower',
    howMeasured:
      'Self-reported by the programme manager; nobody timed it before the last month of the baseline',
    series: [
      { window: 'baseline', count: 4, value: (rng) => ({ value: Math.round(lognormal(rng, 90, 0.2)) }) },
      { window: 'pilot', count: 20, value: (rng) => ({ value: Math.round(lognormal(rng, 35, 0.3)) }) },
    ],
  },
];

function measurementsOf(metric: DemoMetric, windows: MetricWindows, rng: Rng): MeasurementInput[] {
  return metric.series.flatMap((s) => {
    const start = Date.parse(`${windows[s.window].start}T00:00:00Z`);
    const span = Date.parse(`${windows[s.window].end}T00:00:00Z`) - start;
    // The stakeholder-update baseline was only timed in its last month.
    const from =
      metric.application === 'stakeholderUpdates' && s.window === 'baseline'
        ? start + span - 28 * DAY
        : start;
    const width = start + span - from;
    return Array.from({ length: s.count }, (_, i) => {
      const progress = i / s.count;
      const measured = s.value(rng, progress);
      return {
        window: s.window,
        group: s.group ?? 'pilot',
        measuredOn: isoDay(from + Math.floor((progress * width) / DAY) * DAY),
        ...measured,
        clientId: `demo-${metric.application}-${s.window}-${s.group ?? 'pilot'}-${i}`,
      };
    });
  });
}

/**
 * Pilot evidence for the demo: five metrics over the article's three pilots with months of baseline and
 * pilot measurements (deterministic from `seed`), recorded through the services, so every grade appears:
 * a controlled comparison (drafting hours, with a team outside the pilot), before-after comparisons, a
 * median by bootstrap, and an anecdote (update minutes, barely timed before the pilot).
 */
export async function seedEvidence(
  tx: Tx,
  ctx: OrgContext,
  pilots: EvidenceDemoPilots,
  opts: { today: Date; seed?: number },
) {
  const rng = createRng(opts.seed ?? 2026);
  const windows = demoWindows(opts.today);
  const metricIds: string[] = [];
  for (const m of METRICS) {
    const metric = await createMetric(tx, ctx, pilots[m.application], {
      name: m.name,
      unit: m.unit,
      kind: m.kind,
      better: m.better,
      howMeasured: m.howMeasured,
      windows,
    });
    await recordMeasurements(tx, ctx, metric.id, measurementsOf(m, windows, rng), {
      source: 'imported',
      pathOf: (i) => `demo.${m.name}.${i}`,
    });
    metricIds.push(metric.id);
  }
  return metricIds;
}
