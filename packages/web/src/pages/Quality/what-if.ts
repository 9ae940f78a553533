import {
  createPolicy,
  generateStream,
  type PolicySpec,
  type Scenario,
  type SimulationResult,
  samplingPolicySpec,
  simulatePolicy,
  stationaryScenario,
} from '@trellis/core';
import type { PolicyName } from '../../api';

/**
 * The "what if" panel's simulation: this workflow's policy against CSP-1 and a fixed rate at the same
 * limit, on a stream like the workflow's (its observed defect rate, optionally stepping up part-way),
 * several seeds each. Pure, so the worker runs it and a test can too.
 */
export interface WhatIfRequest {
  policy: PolicyName;
  limit: number;
  scope: 'segment' | 'workflow';
  /** Sampling fraction for CSP-1 and fixed-rate (the standard's, or 0.1). */
  fraction: number;
  floor: number | null;
  monitor: { p0: number; p1: number; falseAlarmsPer100k: number };
  /** Defect rate of the stream before any step. */
  rate: number;
  /** 'step': the rate jumps to `shiftedRate` at a fifth of the stream. */
  stream: 'stationary' | 'step';
  shiftedRate: number;
  outputs: number;
  seeds: number;
}

export interface WhatIfRow {
  policy: PolicyName;
  label: string;
  /** Mean share of outputs reviewed. */
  effort: number;
  /** Mean escaped defects per output (average outgoing quality). */
  aoq: number;
  /** Largest AOQ over the seeds. */
  worstAoq: number;
  /** Median outputs from the step to the first alarm, over the seeds that detected it (step only). */
  medianDelay: number | null;
  detected: number;
  /** Alarms before the step (or anywhere on a stationary stream), per 100k outputs. */
  falseAlarmsPer100k: number;
}

export interface WhatIfResult {
  rows: WhatIfRow[];
  runs: number;
  changeAt: number | null;
}

/** A person clears an alarm in the product; the simulation assumes it after this many clean reviews. */
export const SIMULATED_CLEAR_AFTER = 200;

export const POLICY_LABELS: Record<PolicyName, string> = {
  adaptive: 'Adaptive (Trellis)',
  csp1: 'CSP-1',
  'fixed-rate': 'Fixed rate',
  full: '100% review',
};

export function comparedPolicies(chosen: PolicyName): PolicyName[] {
  return [chosen, ...(['csp1', 'fixed-rate'] as const).filter((p) => p !== chosen)];
}

function specFor(request: WhatIfRequest, policy: PolicyName): PolicySpec {
  const spec = samplingPolicySpec({
    limit: request.limit,
    scope: request.scope,
    policy,
    fraction: request.fraction,
    floor: request.floor ?? undefined,
    strata: 1,
    monitor: request.monitor,
  });
  return spec.monitor ? { ...spec, monitor: { ...spec.monitor, clearAfter: SIMULATED_CLEAR_AFTER } } : spec;
}

function scenarioFor(request: WhatIfRequest): Scenario {
  if (request.stream === 'stationary') return stationaryScenario(request.rate);
  const changeAt = Math.max(1, Math.floor(request.outputs / 5));
  return {
    name: 'step',
    description: `step ${request.rate} → ${request.shiftedRate} at ${changeAt}`,
    segmentShares: [1],
    rate: (t) => (t < changeAt ? request.rate : request.shiftedRate),
    changeAt,
    inControl: changeAt,
  };
}

const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export function runWhatIf(
  request: WhatIfRequest,
  onProgress: (done: number, total: number) => void = () => undefined,
): WhatIfResult {
  const policies = comparedPolicies(request.policy);
  const specs = policies.map((p) => specFor(request, p));
  const scenario = scenarioFor(request);
  const total = policies.length * request.seeds;
  const results: SimulationResult[][] = policies.map(() => []);
  let done = 0;
  for (let seed = 1; seed <= request.seeds; seed++) {
    // Every policy sees the same stream, each with its own coin stream.
    const stream = generateStream({ scenario, seed, length: request.outputs });
    specs.forEach((spec, i) => {
      const result = simulatePolicy({ policy: createPolicy(spec), stream, coinSeed: 1000 * seed + i });
      results[i]!.push(result);
      onProgress(++done, total);
    });
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const rows = policies.map((policy, i): WhatIfRow => {
    const runs = results[i]!;
    const delays = runs.map((r) => r.cusum.delay).filter((d): d is number => d !== null);
    const inControl = runs.reduce((s, r) => s + (r.inControlOutputs || r.outputs), 0);
    return {
      policy,
      label: POLICY_LABELS[policy],
      effort: mean(runs.map((r) => r.effort)),
      aoq: mean(runs.map((r) => r.aoq)),
      worstAoq: Math.max(...runs.map((r) => r.aoq)),
      medianDelay: median(delays),
      detected: delays.length,
      falseAlarmsPer100k:
        (runs.reduce((s, r) => s + (scenario.changeAt === undefined ? r.alarms : r.cusum.falseAlarms), 0) *
          100_000) /
        Math.max(1, inControl),
    };
  });
  return { rows, runs: total, changeAt: scenario.changeAt ?? null };
}

export type WhatIfMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: WhatIfResult }
  | { type: 'error'; message: string };
