import {
  type BernoulliCusum,
  cusumThreshold,
  inControlRate,
  type PolicySpec,
  pChartLimits,
  planCsp1,
  qualificationRun,
  type Stratification,
} from '@trellis/core';

/** One policy as the bench runs it: a spec, how outputs map to its strata, and an optional display p-chart. */
export interface BenchConfig {
  name: string;
  spec: PolicySpec;
  stratification: Stratification;
  /** Tumbling-window p-chart observer (detection only; it changes no review decision). */
  pChart?: { window: number; upper: number };
  /** Only these scenarios (default: all, and the sweep). */
  only?: string[];
  sweep: boolean;
}

export const limit = 0.01;
export const falseAlarmsPer100k = 0.25;
/** The shift the monitors are designed to detect: 0.5% → 5% (scenario c). */
export const shiftRate = 0.05;
export const judge = { sensitivity: 0.7, falsePositiveRate: 0.05 };

// A p-chart window holding 5/p0 reviewed outputs (the np ≥ 5 rule of thumb), 3σ limit, as dashboards alert.
function pChartFor(f: number): { window: number; upper: number } {
  const n = Math.round(5 / inControlRate);
  return { window: Math.round(n / f), upper: pChartLimits({ p0: inControlRate, n }).upper };
}

function chart(p0: number, p1: number, reviewRate: number, share = 1, strata = 1): BernoulliCusum {
  return cusumThreshold({ p0, p1, falseAlarmsPer100k: falseAlarmsPer100k / share, reviewRate, strata }).cusum;
}

// In-control review rate with verification: every reviewed defect adds about (m − g)/g reviews at 100%.
function verifiedRate(base: number, c: BernoulliCusum, p0: number): number {
  return Math.min(1, base * (1 + (p0 * (c.scale - c.g)) / c.g));
}

function verifiedChart(p0: number, p1: number, base: number, share = 1, strata = 1): BernoulliCusum {
  const first = chart(p0, p1, base, share, strata);
  return chart(p0, p1, verifiedRate(base, first, p0), share, strata);
}

/** The judge's flag splits outputs into two strata whose rates follow from Bayes' rule. */
export function judgeStrata(p: number): { share: number[]; rate: number[] } {
  const { sensitivity: s, falsePositiveRate: fp } = judge;
  const flagged = s * p + fp * (1 - p);
  return { share: [1 - flagged, flagged], rate: [((1 - s) * p) / (1 - flagged), (s * p) / flagged] };
}

/**
 * `inControlEffort` is the measured in-control review rate of each adaptive config without its monitor
 * (a pilot on scenario a), used to convert the false-alarm budget per outputs into a chart threshold.
 */
export function benchConfigs(inControlEffort: (name: string) => number): BenchConfig[] {
  const p0 = inControlRate;
  const p1 = shiftRate;
  const csp10 = planCsp1({ aoql: limit, f: 1 / 10 });
  const csp50 = planCsp1({ aoql: limit, f: 1 / 50 });
  const cusum = (rate: number) => ({ charts: chart(p0, p1, rate) });
  const all = { stratification: 'none' as const, sweep: true };
  const configs: BenchConfig[] = [
    { name: 'full', spec: { kind: 'full' }, ...all },
    { name: 'fixed-10%', spec: { kind: 'fixed-rate', f: 0.1 }, pChart: pChartFor(0.1), ...all },
    { name: 'fixed-10%+cusum', spec: { kind: 'fixed-rate', f: 0.1, monitor: cusum(0.1) }, ...all },
    { name: 'fixed-5%', spec: { kind: 'fixed-rate', f: 0.05 }, pChart: pChartFor(0.05), ...all },
    { name: 'fixed-5%+cusum', spec: { kind: 'fixed-rate', f: 0.05, monitor: cusum(0.05) }, ...all },
    { name: 'csp1-1/10', spec: { kind: 'csp1', i: csp10.i, f: 0.1 }, ...all },
    {
      name: 'csp1-1/10+cusum',
      spec: { kind: 'csp1', i: csp10.i, f: 0.1, monitor: cusum(csp10.afiAt(p0)) },
      ...all,
    },
    { name: 'csp1-1/50', spec: { kind: 'csp1', i: csp50.i, f: 0.02 }, ...all },
    {
      name: 'csp1-1/50+cusum',
      spec: { kind: 'csp1', i: csp50.i, f: 0.02, monitor: cusum(csp50.afiAt(p0)) },
      ...all,
    },
    { name: 'csp2-1/10', spec: { kind: 'csp2', i: csp10.i, f: 0.1 }, ...all },
    tunedCsp1(),
    { name: 'adaptive', spec: { kind: 'adaptive', limit }, ...all },
    // A standard's adaptive policy starts with a qualification run (one-time: the first i outputs in full).
    {
      name: 'adaptive+qualify',
      spec: { kind: 'adaptive', limit, qualify: qualificationRun(limit, 0.02) },
      ...all,
    },
    ...adaptiveMonitored(inControlEffort),
    {
      name: 'adaptive-pooled',
      spec: { kind: 'adaptive', limit, strata: 3, mode: 'pooled' },
      stratification: 'segment',
      only: ['e'],
      sweep: false,
    },
    {
      name: 'adaptive-segment',
      spec: { kind: 'adaptive', limit, floor: [0.005, 0.05, 0.05], start: 0.25 },
      stratification: 'segment',
      only: ['e'],
      sweep: false,
    },
  ];
  return configs;
}

// CSP-1 tuned per segment of scenario e: per segment the f (AOQL 1%) with the least review at its known p.
function tunedCsp1(): BenchConfig {
  const rates = [0.002, 0.02, 0.15];
  const grid = [1 / 2, 1 / 3, 1 / 5, 1 / 10, 1 / 20, 1 / 50, 1 / 100, 1 / 200];
  const plans = rates.map((p) => {
    const options = grid.map((f) => planCsp1({ aoql: limit, f }));
    return options.reduce((best, plan) => (plan.afiAt(p) < best.afiAt(p) ? plan : best));
  });
  return {
    name: 'csp1-tuned',
    spec: { kind: 'csp1', i: plans.map((x) => x.i), f: plans.map((x) => x.f) },
    stratification: 'segment',
    only: ['e'],
    sweep: false,
  };
}

function adaptiveMonitored(inControlEffort: (name: string) => number): BenchConfig[] {
  const p0 = inControlRate;
  const monitored = (name: string, floor: number): BenchConfig => {
    const base = inControlEffort(name);
    return {
      name,
      spec: {
        kind: 'adaptive',
        limit,
        floor,
        monitor: { charts: verifiedChart(p0, shiftRate, base), verify: true },
      },
      stratification: 'none',
      sweep: true,
    };
  };
  const strata = judgeStrata(p0);
  const shifted = judgeStrata(shiftRate);
  // Floors unflagged 1% / flagged 90%. The flagged stratum runs at 6.6% defects in control (Bayes' rule,
  // judgeStrata), where the ledger alone already needs π ≈ 1 − A/p ≈ 0.85 for the limit; a 90% floor keeps
  // its chart on nine in ten flagged outputs (detection delay grows about 1/0.9) and saves the last 10% of
  // the 5.3% flagged volume, which a 100% floor spent with no assurance or detection to show for it.
  const floors = [0.01, 0.9];
  const judgeCharts = [0, 1].map((s) => {
    const rate = s === 1 ? (floors[1] as number) : inControlEffort('adaptive-judge/unflagged');
    return verifiedChart(strata.rate[s] as number, shifted.rate[s] as number, rate, strata.share[s], 2);
  });
  return [
    monitored('adaptive+cusum', 0.02),
    monitored('adaptive-watch', 0.08),
    {
      name: 'adaptive-judge',
      spec: { kind: 'adaptive', limit, floor: floors, monitor: { charts: judgeCharts, verify: true } },
      stratification: 'judge',
      sweep: true,
    },
  ];
}

/** The unmonitored twins whose in-control review rate sets each monitored config's chart threshold. */
export const pilotSpecs: Record<
  string,
  { spec: PolicySpec; stratification: Stratification; stratum?: number }
> = {
  'adaptive+cusum': { spec: { kind: 'adaptive', limit, floor: 0.02 }, stratification: 'none' },
  'adaptive-watch': { spec: { kind: 'adaptive', limit, floor: 0.08 }, stratification: 'none' },
  // The unflagged stratum's rate, read off the workflow's effort as (effort − flagged share)/unflagged
  // share, so the twin keeps the flagged stratum at 100%; strata have their own ledgers, so the unflagged π
  // does not depend on the flagged floor. Its 2% unflagged floor states a higher review rate than the 1% the
  // config runs at, which keeps the unflagged chart's false alarms below its share of the budget.
  'adaptive-judge/unflagged': {
    spec: { kind: 'adaptive', limit, floor: [0.02, 1] },
    stratification: 'judge',
    stratum: 0,
  },
};
