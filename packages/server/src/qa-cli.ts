import {
  createPolicy,
  cusumThreshold,
  defaultMonitor,
  generateStream,
  InvalidParameterError,
  monitorPromise,
  type PolicySpec,
  planCsp1,
  requireParameter,
  type Scenario,
  type ScenarioName,
  type SimulationResult,
  type Stratification,
  samplingPolicySpec,
  scenarioNames,
  scenarios,
  simulatePolicy,
  stationaryScenario,
} from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';

/**
 * `trellis qa …`: the quality engine's planning tools on the command line. Each command is a function
 * returning plain data (what `--json` prints) plus a text rendering; the core checks every parameter and
 * its InvalidParameterError is reported under the flag's name.
 */

// ── trellis qa plan ────────────────────────────────────────────────────────────────────────────────────

export interface PlanResult {
  targetAoql: number;
  f: number;
  /** Clearance number: consecutive clean reviews before sampling at f. */
  i: number;
  /** The plan's AOQL (≤ the target) and the incoming defect rate where AOQ peaks. */
  aoql: number;
  pAtMax: number;
  /** Share of outputs reviewed in the long run at pAtMax. */
  afiAtPAtMax: number;
  /** Long-run outgoing rate when defects arrive only while sampling is sparse (non-stationary bound). */
  worstCaseAoq: number;
}

export function qaPlan(opts: { aoql: number; f: number }): PlanResult {
  const plan = withFlags({ aoql: '--aoql', f: '--f' }, () => planCsp1(opts));
  return {
    targetAoql: opts.aoql,
    f: plan.f,
    i: plan.i,
    aoql: plan.aoql,
    pAtMax: plan.pAtMax,
    afiAtPAtMax: plan.afiAt(plan.pAtMax),
    worstCaseAoq: plan.worstCaseAoq,
  };
}

export function formatPlan(r: PlanResult): string {
  return table(`CSP-1 plan for an outgoing limit (AOQL) of ${pct(r.targetAoql)} at f = ${r.f}`, [
    ['clearance number i', String(r.i), 'review 100% until this many consecutive clean outputs'],
    ['AOQL of the plan', pct(r.aoql), `the worst stationary outgoing rate, reached at p = ${pct(r.pAtMax)}`],
    ['review share at that p', pct(r.afiAtPAtMax), 'average fraction inspected (AFI)'],
    ['worst-case AOQ', pct(r.worstCaseAoq), 'if defects arrive only while sampling at f (non-stationary)'],
  ]);
}

// ── trellis qa cusum ───────────────────────────────────────────────────────────────────────────────────

export interface CusumResult {
  p0: number;
  p1: number;
  falseAlarmsPer100kBudget: number;
  reviewRate: number;
  strata: number;
  /** Reference value γ and its lattice (one defect adds m − g, a clean review subtracts g). */
  gamma: number;
  lattice: { scale: number; g: number; H: number };
  /** Alarm threshold h in units of the chart statistic. */
  h: number;
  arl0Reviewed: number;
  arl0Outputs: number;
  /** What this chart's threshold gives per stratum: in-control false alarms per 100k outputs. */
  falseAlarmsPer100k: number;
  arl1Reviewed: number;
  arl1Outputs: number;
}

export function qaCusum(opts: {
  p0: number;
  p1: number;
  falseAlarms: number;
  reviewRate: number;
  strata?: number;
}): CusumResult {
  const strata = opts.strata ?? 1;
  const t = withFlags(
    {
      p0: '--p0',
      p1: '--p1',
      falseAlarmsPer100k: '--false-alarms',
      reviewRate: '--review-rate',
      strata: '--strata',
    },
    () =>
      cusumThreshold({
        p0: opts.p0,
        p1: opts.p1,
        falseAlarmsPer100k: opts.falseAlarms,
        reviewRate: opts.reviewRate,
        strata,
      }),
  );
  return {
    p0: opts.p0,
    p1: opts.p1,
    falseAlarmsPer100kBudget: opts.falseAlarms,
    reviewRate: opts.reviewRate,
    strata,
    gamma: t.cusum.gamma,
    lattice: { scale: t.cusum.scale, g: t.cusum.g, H: t.cusum.H },
    h: t.cusum.h,
    arl0Reviewed: t.arl0Reviewed,
    arl0Outputs: t.arl0Outputs,
    falseAlarmsPer100k: t.falseAlarmsPer100k,
    arl1Reviewed: t.arl1Reviewed,
    arl1Outputs: t.arl1Outputs,
  };
}

export function formatCusum(r: CusumResult): string {
  const per = r.strata > 1 ? ` per stratum (${r.strata} strata share the budget)` : '';
  return table(
    `Bernoulli CUSUM for ${pct(r.p0)} → ${pct(r.p1)}, ${r.falseAlarmsPer100kBudget} false alarms per 100k outputs, ${pct(r.reviewRate)} reviewed`,
    [
      ['threshold h', fmt(r.h), `lattice m = ${r.lattice.scale}, g = ${r.lattice.g}, H = ${r.lattice.H}`],
      [
        'reference value γ',
        fmt(r.gamma),
        'a clean review lowers the statistic by γ, a defect raises it 1 − γ',
      ],
      ['ARL0 (reviewed items)', fmt(r.arl0Reviewed), 'in control: reviewed items to a false alarm'],
      [
        'ARL0 (outputs)',
        fmt(r.arl0Outputs),
        `${fmt(r.falseAlarmsPer100k)} false alarms per 100k outputs${per}`,
      ],
      ['ARL1 (reviewed items)', fmt(r.arl1Reviewed), `at p1 = ${pct(r.p1)}: reviewed items to the alarm`],
      ['ARL1 (outputs)', fmt(r.arl1Outputs), 'outputs from the shift to the alarm'],
    ],
  );
}

// ── trellis qa simulate ────────────────────────────────────────────────────────────────────────────────

export const simulatePolicies = ['adaptive', 'csp1', 'fixed-rate', 'full'] as const;
export type SimulatePolicy = (typeof simulatePolicies)[number];
const stratifications: Stratification[] = ['none', 'segment', 'judge', 'segment-judge'];

export interface SimulateOptions {
  /** A QA-Bench scenario (a–g) or a stationary defect rate in [0, 1]. */
  scenario: string;
  policies: SimulatePolicy[];
  limit: number;
  seeds?: number;
  outputs?: number;
  /** csp1 and fixed-rate sampling fraction (default 0.1); adaptive floor (default 0.02). */
  fraction?: number;
  floor?: number;
  stratifyBy?: Stratification;
  /** Reviews without a new alarm after which the simulation clears an alarm (a person's stand-in). */
  clearAfter?: number;
}

export interface PolicySummary {
  policy: SimulatePolicy;
  spec: PolicySpec['kind'];
  /** Means over seeds. */
  effort: number;
  aoq: number;
  maxSegmentAoq: number;
  reviews: number;
  escapes: number;
  /** Alarms per 100k in-control outputs (null when the stream has none). */
  falseAlarmsPer100k: number | null;
  /**
   * The monitor's false-alarm budget and what its charts give at the policy's real review rate (core's
   * monitorPromise), per 100k outputs; null for a policy without a monitor.
   */
  monitorPromise: { promisedPer100k: number; expectedPer100k: number; reviewRate: number } | null;
  /** Outputs from the change to the first alarm: median over the seeds that alarmed, and how many did. */
  detection: { medianDelay: number | null; detectedSeeds: number } | null;
  /** Share of seeds whose 95% interval for escaped defects held the true count. */
  coverage: number;
  perSeed: Array<
    Pick<SimulationResult, 'effort' | 'aoq' | 'reviews' | 'escapes' | 'alarms'> & { delay: number | null }
  >;
}

export interface SimulateResult {
  scenario: { name: string; description: string };
  limit: number;
  seeds: number;
  outputs: number;
  stratifyBy: Stratification;
  monitor: { p0: number; p1: number; falseAlarmsPer100k: number; clearAfter: number };
  results: PolicySummary[];
}

function scenarioFrom(value: string): Scenario {
  if ((scenarioNames as string[]).includes(value)) return scenarios[value as ScenarioName];
  const p = Number(value);
  requireParameter(
    value.trim() !== '' && Number.isFinite(p),
    'scenario',
    `one of ${scenarioNames.join(', ')}, or a stationary defect rate in [0, 1]`,
  );
  return stationaryScenario(p);
}

function strataCount(stratifyBy: Stratification, segments: number): number {
  switch (stratifyBy) {
    case 'none':
      return 1;
    case 'segment':
      return segments;
    case 'judge':
      return 2;
    case 'segment-judge':
      return 2 * segments;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0
    ? null
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Runs each policy, as a standard with this limit would configure it, on the same seeded streams. */
export function qaSimulate(opts: SimulateOptions): SimulateResult {
  return withFlags(
    {
      scenario: '--scenario',
      limit: '--limit',
      seeds: '--seeds',
      outputs: '--outputs',
      length: '--outputs',
      f: '--fraction',
      fraction: '--fraction',
      floor: '--floor',
      policy: '--policy',
      stratifyBy: '--stratify-by',
      clearAfter: '--clear-after',
      strata: '--stratify-by',
    },
    () => simulate(opts),
  );
}

function simulate(opts: SimulateOptions): SimulateResult {
  const seeds = opts.seeds ?? 5;
  const outputs = opts.outputs ?? 100_000;
  const stratifyBy = opts.stratifyBy ?? 'none';
  const clearAfter = opts.clearAfter ?? 100;
  requireParameter(
    Number.isInteger(seeds) && seeds >= 1 && seeds <= 1000,
    'seeds',
    'must be an integer from 1 to 1000',
  );
  requireParameter(
    Number.isInteger(outputs) && outputs >= 1 && outputs <= 10_000_000,
    'outputs',
    'must be an integer from 1 to 10,000,000',
  );
  requireParameter(
    stratifications.includes(stratifyBy),
    'stratifyBy',
    `one of ${stratifications.join(', ')}`,
  );
  requireParameter(opts.policies.length > 0, 'policy', `give one or more of ${simulatePolicies.join(', ')}`);
  for (const p of opts.policies)
    requireParameter(
      simulatePolicies.includes(p),
      'policy',
      `"${p}" is not one of ${simulatePolicies.join(', ')}`,
    );
  requireParameter(
    Number.isInteger(clearAfter) && clearAfter >= 1,
    'clearAfter',
    'must be a positive integer',
  );
  if (opts.fraction !== undefined)
    requireParameter(opts.fraction > 0 && opts.fraction <= 1, 'fraction', 'must be in (0, 1]');
  if (opts.floor !== undefined)
    requireParameter(opts.floor > 0 && opts.floor <= 1, 'floor', 'must be in (0, 1]');
  const scenario = scenarioFrom(opts.scenario);
  const strata = strataCount(stratifyBy, scenario.segmentShares.length);
  const monitor = defaultMonitor(opts.limit);
  const specs = opts.policies.map((policy) => {
    const settings = {
      limit: opts.limit,
      scope: 'segment' as const,
      policy,
      fraction: opts.fraction,
      floor: opts.floor,
      strata,
      monitor,
    };
    const spec = samplingPolicySpec(settings);
    // In the product a person clears an alarm; here it clears after `clearAfter` quiet reviews.
    return {
      policy,
      spec: spec.monitor ? { ...spec, monitor: { ...spec.monitor, clearAfter } } : spec,
      promise: monitorPromise(settings),
    };
  });
  const runs = specs.map(() => [] as SimulationResult[]);
  for (let seed = 1; seed <= seeds; seed++) {
    const stream = generateStream({ scenario, seed, length: outputs });
    specs.forEach(({ spec }, k) => {
      runs[k]!.push(
        simulatePolicy({
          policy: createPolicy(spec),
          stream,
          coinSeed: seed * 1_000_003 + k * 7_919,
          stratification: stratifyBy,
        }),
      );
    });
  }
  const results = specs.map(({ policy, spec, promise }, k): PolicySummary => {
    const r = runs[k]!;
    const inControl = r.reduce((a, x) => a + x.inControlOutputs, 0);
    const delays = r.map((x) => x.cusum.delay).filter((d): d is number => d !== null);
    return {
      policy,
      spec: spec.kind,
      effort: mean(r.map((x) => x.effort)),
      aoq: mean(r.map((x) => x.aoq)),
      maxSegmentAoq: Math.max(
        ...r[0]!.segmentAoq.map((_, s) => mean(r.map((x) => x.segmentAoq[s] as number))),
      ),
      reviews: mean(r.map((x) => x.reviews)),
      escapes: mean(r.map((x) => x.escapes)),
      falseAlarmsPer100k:
        inControl > 0 ? (r.reduce((a, x) => a + x.cusum.falseAlarms, 0) * 100_000) / inControl : null,
      monitorPromise: promise,
      detection:
        scenario.changeAt !== undefined && scenario.changeAt < outputs
          ? { medianDelay: median(delays), detectedSeeds: delays.length }
          : null,
      coverage: r.filter((x) => x.covered).length / r.length,
      perSeed: r.map((x) => ({
        effort: x.effort,
        aoq: x.aoq,
        reviews: x.reviews,
        escapes: x.escapes,
        alarms: x.alarms,
        delay: x.cusum.delay,
      })),
    };
  });
  return {
    scenario: { name: scenario.name, description: scenario.description },
    limit: opts.limit,
    seeds,
    outputs,
    stratifyBy,
    monitor: { ...monitor, clearAfter },
    results,
  };
}

export function formatSimulate(r: SimulateResult): string {
  const head = `Scenario ${r.scenario.name} (${r.scenario.description}), limit ${pct(r.limit)}, ${r.seeds} seeds × ${r.outputs.toLocaleString('en-US')} outputs; CUSUM ${pct(r.monitor.p0)} → ${pct(r.monitor.p1)}`;
  const header = [
    'policy',
    'effort',
    'AOQ',
    'worst seg AOQ',
    'within limit',
    'FA/100k promised',
    'expected',
    'simulated',
    'delay (median)',
    'CI coverage',
  ];
  const rows = r.results.map((x) => [
    x.policy,
    pct(x.effort),
    pct(x.aoq, 3),
    pct(x.maxSegmentAoq, 3),
    x.maxSegmentAoq <= r.limit ? 'yes' : 'NO',
    x.monitorPromise === null ? '–' : fmt(x.monitorPromise.promisedPer100k),
    x.monitorPromise === null
      ? '–'
      : `${fmt(x.monitorPromise.expectedPer100k)} at ${pct(x.monitorPromise.reviewRate)} reviewed`,
    x.falseAlarmsPer100k === null ? '–' : fmt(x.falseAlarmsPer100k),
    x.detection === null
      ? '–'
      : x.detection.medianDelay === null
        ? `none of ${r.seeds}`
        : `${fmt(x.detection.medianDelay)} (${x.detection.detectedSeeds}/${r.seeds})`,
    pct(x.coverage, 0),
  ]);
  return `${head}\n${grid([header, ...rows])}\nFalse alarms per 100k in-control outputs: promised = the monitor's budget; expected = its charts' exact rate at the policy's real in-control review rate; simulated = counted in these runs.`;
}

// ── commander wiring ───────────────────────────────────────────────────────────────────────────────────

const number = (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('a number');
  return n;
};
const integer = (value: string) => {
  const n = number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('an integer');
  return n;
};
const print = (json: boolean | undefined, data: unknown, text: string) =>
  console.log(json ? JSON.stringify(data, null, 2) : text);

export function registerQaCommands(program: Command): void {
  const qa = program.command('qa').description('Plan and try quality-assurance policies (no server needed)');
  qa.command('plan')
    .description('CSP-1 plan for an outgoing-defect limit: clearance number, AOQL, worst case')
    .requiredOption('--aoql <rate>', 'outgoing-defect limit, defects per output, e.g. 0.01', number)
    .requiredOption('--f <fraction>', 'sampling fraction after clearance, e.g. 0.1', number)
    .option('--json', 'print JSON')
    .action((o: { aoql: number; f: number; json?: boolean }) => {
      const result = qaPlan(o);
      print(o.json, result, formatPlan(result));
    });
  qa.command('cusum')
    .description('Bernoulli CUSUM threshold for a false-alarm budget, with its run lengths')
    .requiredOption('--p0 <rate>', 'in-control defect rate', number)
    .requiredOption('--p1 <rate>', 'shifted defect rate to detect', number)
    .requiredOption('--false-alarms <per100k>', 'false alarms allowed per 100,000 outputs', number)
    .requiredOption('--review-rate <rate>', 'share of outputs reviewed in control', number)
    .option('--strata <n>', 'strata sharing the budget, each with its own chart', integer, 1)
    .option('--json', 'print JSON')
    .action(
      (o: {
        p0: number;
        p1: number;
        falseAlarms: number;
        reviewRate: number;
        strata: number;
        json?: boolean;
      }) => {
        const result = qaCusum(o);
        print(o.json, result, formatCusum(result));
      },
    );
  qa.command('simulate')
    .description('Run policies on a simulated stream: review effort, outgoing rate, detection delay')
    .requiredOption(
      '--scenario <name>',
      `QA-Bench scenario (${scenarioNames.join(', ')}) or a stationary rate like 0.02`,
    )
    .option('--policy <names>', `comma-separated: ${simulatePolicies.join(', ')}`, 'adaptive')
    .requiredOption('--limit <rate>', 'outgoing-defect limit (AOQL), e.g. 0.01', number)
    .option('--seeds <n>', 'streams to average over', integer, 5)
    .option('--outputs <n>', 'outputs per stream', integer, 100_000)
    .option('--fraction <f>', 'csp1 / fixed-rate sampling fraction (default 0.1)', number)
    .option('--floor <rate>', 'adaptive floor π_min (default 0.02)', number)
    .option('--stratify-by <how>', `${stratifications.join(' | ')}`, 'none')
    .option(
      '--clear-after <n>',
      'reviews without a new alarm that clear an alarm (a person, in the product)',
      integer,
      100,
    )
    .option('--json', 'print JSON')
    .action(
      (o: {
        scenario: string;
        policy: string;
        limit: number;
        seeds: number;
        outputs: number;
        fraction?: number;
        floor?: number;
        stratifyBy: string;
        clearAfter: number;
        json?: boolean;
      }) => {
        const result = qaSimulate({
          ...o,
          policies: o.policy.split(',').map((p) => p.trim()) as SimulatePolicy[],
          stratifyBy: o.stratifyBy as Stratification,
        });
        print(o.json, result, formatSimulate(result));
      },
    );
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────────────

/** Runs `fn`, renaming a core InvalidParameterError's parameter to the command-line flag it came from. */
function withFlags<T>(flags: Record<string, string>, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InvalidParameterError) {
      const flag = flags[error.parameter];
      if (flag) throw new InvalidParameterError(flag, error.message.slice(error.parameter.length + 2));
    }
    throw error;
  }
}

function pct(x: number, digits = 2): string {
  return `${(x * 100).toFixed(digits)}%`;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return Number(x.toPrecision(4)).toString();
}

function table(title: string, rows: string[][]): string {
  return `${title}\n${grid(rows.map(([k, v, note]) => [`  ${k}`, v ?? '', note ?? '']))}`;
}

function grid(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
