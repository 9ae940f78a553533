import type { RunRecord } from './tasks';

/** Figures over seeds for one config on one scenario. */
export interface ScenarioSummary {
  seeds: number;
  effort: number;
  aoq: number;
  segmentAoq: number[];
  worstSegmentAoq: number;
  /** Detection delay quantiles; Infinity when fewer than that share of seeds alarmed after the change. */
  delayMedian: number | null;
  delayP90: number | null;
  pChartDelayMedian: number | null;
  pChartDelayP90: number | null;
  coverage: number;
  inControlEffort: number | null;
}

export interface ConfigSummary {
  config: string;
  scenarios: Record<string, ScenarioSummary>;
  /** Alarms per 100k in-control outputs (scenarios a, c, d before the change). */
  falseAlarmsPer100k: number;
  /** Its Poisson standard error: √alarms per 100k in-control outputs. */
  falseAlarmsSe: number;
  pChartFalseAlarmsPer100k: number;
  inControlEffort: number;
  sweep: { p: number; aoq: number; effort: number }[];
  empiricalAoql: number | null;
  minCoverage: number;
  /** Seeds behind the lowest coverage, for its binomial standard error. */
  minCoverageSeeds: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Empirical quantile (type 1: the smallest value with at least q of the sample at or below it). */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
}

function delays(rs: RunRecord[], pick: (r: RunRecord) => number | null, q: number): number | null {
  if (rs.length === 0) return null;
  return quantile(
    rs.map((r) => pick(r) ?? Number.POSITIVE_INFINITY),
    q,
  );
}

function summarizeScenario(rs: RunRecord[], hasChange: boolean): ScenarioSummary {
  const segments = rs[0]?.segmentAoq.length ?? 1;
  const segmentAoq = Array.from({ length: segments }, (_, s) =>
    mean(rs.map((r) => r.segmentAoq[s] as number)),
  );
  const ic = rs.reduce((a, r) => a + r.inControl, 0);
  return {
    seeds: rs.length,
    effort: mean(rs.map((r) => r.effort)),
    aoq: mean(rs.map((r) => r.aoq)),
    segmentAoq,
    worstSegmentAoq: Math.max(...segmentAoq),
    delayMedian: hasChange ? delays(rs, (r) => r.delay, 0.5) : null,
    delayP90: hasChange ? delays(rs, (r) => r.delay, 0.9) : null,
    pChartDelayMedian: hasChange ? delays(rs, (r) => r.pChartDelay, 0.5) : null,
    pChartDelayP90: hasChange ? delays(rs, (r) => r.pChartDelay, 0.9) : null,
    coverage: mean(rs.map((r) => (r.covered ? 1 : 0))),
    inControlEffort: ic > 0 ? rs.reduce((a, r) => a + r.inControlReviews, 0) / ic : null,
  };
}

export function summarize(records: RunRecord[]): ConfigSummary[] {
  const byConfig = new Map<string, RunRecord[]>();
  for (const r of records) byConfig.set(r.config, [...(byConfig.get(r.config) ?? []), r]);
  return [...byConfig.entries()].map(([config, rs]) => {
    const keys = [...new Set(rs.map((r) => r.scenario))];
    const scenarios: Record<string, ScenarioSummary> = {};
    const sweep: ConfigSummary['sweep'] = [];
    for (const key of keys) {
      const group = rs.filter((r) => r.scenario === key);
      const summary = summarizeScenario(group, key === 'c' || key === 'd');
      if (key.startsWith('p='))
        sweep.push({ p: Number(key.slice(2)), aoq: summary.aoq, effort: summary.effort });
      else scenarios[key] = summary;
    }
    sweep.sort((a, b) => a.p - b.p);
    const ic = rs.filter((r) => ['a', 'c', 'd'].includes(r.scenario));
    const icOutputs = ic.reduce((a, r) => a + r.inControl, 0);
    const per100k = (n: number) => (icOutputs > 0 ? (n / icOutputs) * 100_000 : 0);
    return {
      config,
      scenarios,
      falseAlarmsPer100k: per100k(ic.reduce((a, r) => a + r.falseAlarms, 0)),
      falseAlarmsSe: per100k(Math.sqrt(ic.reduce((a, r) => a + r.falseAlarms, 0))),
      pChartFalseAlarmsPer100k: per100k(ic.reduce((a, r) => a + r.pChartFalseAlarms, 0)),
      inControlEffort: icOutputs > 0 ? ic.reduce((a, r) => a + r.inControlReviews, 0) / icOutputs : 0,
      sweep,
      empiricalAoql: sweep.length > 0 ? Math.max(...sweep.map((x) => x.aoq)) : null,
      minCoverage: Math.min(...Object.values(scenarios).map((s) => s.coverage)),
      minCoverageSeeds: Math.min(...Object.values(scenarios).map((s) => s.seeds)),
    };
  });
}
