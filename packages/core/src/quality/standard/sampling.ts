import { requireParameter } from '../../errors';
import { createRng } from '../../random';
import { planCsp1 } from '../csp1-plan';
import { type BernoulliCusum, cusumArl, cusumThreshold } from '../cusum';
import { createAdaptive, type PolicySpec } from '../policies';

/** How a quality standard samples: what the product stores, turned into a policy spec by `samplingPolicySpec`. */
export interface SamplingSettings {
  /** Outgoing-defect limit (AOQL): escaped defects per output. */
  limit: number;
  /** 'segment': the limit holds in every segment; 'workflow': for the workflow as a whole (pooled). */
  scope: 'segment' | 'workflow';
  policy: 'adaptive' | 'csp1' | 'fixed-rate' | 'full';
  /** Sampling fraction f for csp1 and fixed-rate; default 0.1. */
  fraction?: number;
  /** Adaptive floor π_min; default 0.02. */
  floor?: number;
  /** Strata the policy keeps (segments × judge bins). */
  strata: number;
  /** Drift monitor: in-control and shifted defect rates, and false alarms per 100k outputs for the workflow. */
  monitor: { p0: number; p1: number; falseAlarmsPer100k: number };
}

export function defaultMonitor(limit: number) {
  const p0 = limit / 2;
  return { p0, p1: Math.min(0.5, 10 * p0), falseAlarmsPer100k: 0.25 };
}

/** The simulation behind the adaptive policy's in-control review rate (see adaptiveReviewRate). */
export const REVIEW_RATE_SIMULATION = { streams: 6, outputs: 150_000, warmUp: 15_000, seed: 0x5eed } as const;

const adaptiveRates = new Map<string, { mean: number; standardError: number; rate: number }>();

/**
 * The review rate an adaptive stratum runs at in control (defect rate p0), from a quick simulation: the
 * mean π over independent seeded streams after a warm-up (the qualification start and the opening ledger
 * are a one-time cost, not the long run), with its standard error between streams. `rate` is the mean plus
 * two standard errors: the monitor is set for it, so its false-alarm promise holds unless the policy runs
 * above the simulation's upper bound. Bursts after reviewed defects and the risk estimate's jumps (each
 * defect found at π adds 1/π) keep it well above the floor: about 4.6% for a 2% floor at limit 1%.
 * Deterministic (fixed seeds) and memoized per (limit, floor, p0).
 */
export function adaptiveReviewRate(opts: { limit: number; floor: number; p0: number }): {
  mean: number;
  standardError: number;
  rate: number;
} {
  const key = `${opts.limit}|${opts.floor}|${opts.p0}`;
  const known = adaptiveRates.get(key);
  if (known) return known;
  // One stratum on its own ledger; in pooled mode strata in control share one at about the same rate.
  const policy = createAdaptive({ limit: opts.limit, floor: opts.floor });
  const { kernel } = policy;
  const { streams, outputs, warmUp, seed } = REVIEW_RATE_SIMULATION;
  const rates: number[] = [];
  for (let k = 0; k < streams; k++) {
    const rng = createRng(seed + k);
    const state = policy.initialState();
    let sum = 0;
    for (let i = 0; i < warmUp + outputs; i++) {
      const pi = kernel.probability(state, 0);
      const review = rng() < pi;
      kernel.commit(state, 0, pi, review);
      if (review) kernel.record(state, 0, pi, rng() < opts.p0);
      if (i >= warmUp) sum += pi;
    }
    rates.push(sum / outputs);
  }
  const mean = rates.reduce((a, b) => a + b, 0) / streams;
  const variance = rates.reduce((a, r) => a + (r - mean) ** 2, 0) / (streams - 1);
  const standardError = Math.sqrt(variance / streams);
  const result = { mean, standardError, rate: Math.min(1, mean + 2 * standardError) };
  if (adaptiveRates.size > 100) adaptiveRates.clear();
  adaptiveRates.set(key, result);
  return result;
}

/**
 * The in-control review rate the monitor's threshold is set for: exact for full review and a fixed rate;
 * for CSP-1 a 1.5× margin over f for the 100% runs after a found defect;
 * for the adaptive policy the simulated rate above (not a margin over the floor: the policy runs at 2–3×
 * its floor, and a chart set for less raises more false alarms than it promises).
 */
export function expectedReviewRate(settings: SamplingSettings): number {
  switch (settings.policy) {
    case 'full':
      return 1;
    case 'fixed-rate':
      return Math.min(1, settings.fraction ?? 0.1);
    case 'csp1':
      return Math.min(1, 1.5 * (settings.fraction ?? 0.1));
    case 'adaptive':
      return adaptiveReviewRate({
        limit: settings.limit,
        floor: settings.floor ?? 0.02,
        p0: settings.monitor.p0,
      }).rate;
  }
}

/**
 * The monitor's promise next to what it will deliver: the budget the standard states, and the false alarms
 * per 100k outputs its charts give at the expected in-control review rate (exact in-control ARL per chart,
 * summed over the strata).
 */
export function monitorFalseAlarms(
  settings: SamplingSettings,
  chart: BernoulliCusum,
  reviewRate = expectedReviewRate(settings),
): { promisedPer100k: number; expectedPer100k: number; reviewRate: number } {
  const arl0 = cusumArl(chart, settings.monitor.p0);
  return {
    promisedPer100k: settings.monitor.falseAlarmsPer100k,
    expectedPer100k: (settings.strata * reviewRate * 100_000) / arl0,
    reviewRate,
  };
}

/**
 * What a standard's drift monitor promises and what it should deliver, side by side: the false-alarm budget
 * it states, and the false alarms per 100k outputs its charts give at the rate the policy really reviews
 * in control (the simulated mean for the adaptive policy — not the margin the chart was set for — and the
 * exact rate for full review and a fixed rate). Null for a policy without a monitor.
 */
export function monitorPromise(
  settings: SamplingSettings,
): { promisedPer100k: number; expectedPer100k: number; reviewRate: number } | null {
  const spec = samplingPolicySpec(settings);
  if (!spec.monitor) return null;
  const charts = spec.monitor.charts;
  const chart = 'p0' in charts ? charts : (charts[0] as BernoulliCusum);
  const reviewRate =
    settings.policy === 'adaptive'
      ? adaptiveReviewRate({ limit: settings.limit, floor: settings.floor ?? 0.02, p0: settings.monitor.p0 })
          .mean
      : expectedReviewRate(settings);
  return monitorFalseAlarms(settings, chart, reviewRate);
}

/**
 * The adaptive standard's qualification start, sized from its limit as CSP-1 sizes its clearance number:
 * the i of the CSP-1 plan with the floor as its sampling fraction and the limit as its AOQL (212 outputs
 * for a 1% limit and a 2% floor). Each stratum's first i outputs are reviewed in full, and again after a
 * defect found in that run.
 */
export function qualificationRun(limit: number, floor = 0.02): number {
  if (floor >= 1) return 0;
  return planCsp1({ aoql: limit, f: floor }).i;
}

/** Builds the policy spec for a standard: the policy, and a CUSUM per stratum that never clears by itself. */
export function samplingPolicySpec(settings: SamplingSettings): PolicySpec {
  const { limit, strata, monitor } = settings;
  requireParameter(limit > 0 && limit < 1, 'limit', 'the outgoing-defect limit must be in (0, 1)');
  requireParameter(Number.isInteger(strata) && strata >= 1 && strata <= 1024, 'strata', 'must be 1–1024');
  requireParameter(
    monitor.p0 > 0 && monitor.p0 < monitor.p1 && monitor.p1 < 1,
    'monitor',
    'needs 0 < p0 < p1 < 1',
  );
  const chart = cusumThreshold({
    p0: monitor.p0,
    p1: monitor.p1,
    falseAlarmsPer100k: monitor.falseAlarmsPer100k,
    reviewRate: expectedReviewRate(settings),
    strata,
  }).cusum;
  // A person clears an alarm (with a note); the automatic clearance is set beyond reach.
  const withMonitor = { monitor: { charts: chart, clearAfter: Number.MAX_SAFE_INTEGER } };
  const f = settings.fraction ?? 0.1;
  switch (settings.policy) {
    case 'full':
      return { kind: 'fixed-rate', f: 1, strata, ...withMonitor };
    case 'fixed-rate':
      return { kind: 'fixed-rate', f, strata, ...withMonitor };
    case 'csp1':
      return { kind: 'csp1', i: planCsp1({ aoql: limit, f }).i, f, strata, ...withMonitor };
    case 'adaptive':
      return {
        kind: 'adaptive',
        limit,
        floor: settings.floor ?? 0.02,
        strata,
        mode: settings.scope === 'workflow' ? 'pooled' : 'stratum',
        qualify: qualificationRun(limit, settings.floor ?? 0.02),
        ...withMonitor,
      };
  }
}
