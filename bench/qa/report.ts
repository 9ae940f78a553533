import type { ConfigSummary } from './aggregate';
import type { SpeedResult } from './speed';
import type { TargetResult } from './targets';

const pct = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '—' : (x * 100).toFixed(digits);
const count = (x: number | null) => (x === null ? '—' : Number.isFinite(x) ? x.toFixed(0) : '>end');
const scenarioKeys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

function delayCell(s: ConfigSummary): string {
  const c = s.scenarios.c;
  if (!c) return '—';
  if (c.delayMedian !== null && Number.isFinite(c.delayMedian))
    return `${count(c.delayMedian)}/${count(c.delayP90)}`;
  if (c.pChartDelayMedian !== null && Number.isFinite(c.pChartDelayMedian))
    return `pc ${count(c.pChartDelayMedian)}/${count(c.pChartDelayP90)}`;
  return '—';
}

function row(s: ConfigSummary): string[] {
  const sc = (k: string) => s.scenarios[k];
  const aoqs = ['a', 'b', 'c', 'd', 'e', 'f']
    .map((k) => sc(k)?.aoq)
    .filter((x): x is number => x !== undefined);
  const monitored =
    s.config.includes('cusum') ||
    s.config.startsWith('adaptive-') ||
    s.config === 'fixed-10%' ||
    s.config === 'fixed-5%';
  const fa =
    s.config.startsWith('fixed-') && !s.config.includes('cusum')
      ? s.pChartFalseAlarmsPer100k
      : s.falseAlarmsPer100k;
  return [
    s.config,
    ...scenarioKeys.map((k) => pct(sc(k)?.effort, 1)),
    aoqs.length > 0 ? pct(Math.max(...aoqs)) : '—',
    pct(sc('g')?.aoq),
    pct(sc('e')?.worstSegmentAoq),
    pct(s.empiricalAoql),
    delayCell(s),
    monitored ? fa.toFixed(2) : '—',
    pct(s.inControlEffort, 1),
    pct(s.minCoverage, 1),
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(opts: {
  summaries: ConfigSummary[];
  targets: TargetResult[];
  speed: SpeedResult[];
  seeds: number;
  workers: number;
  simulationSeconds: number;
  totalSeconds: number;
  /** A quick run states figures only: at a handful of seeds its verdicts would be noise. */
  quick?: boolean;
}): void {
  const header = [
    'policy',
    ...scenarioKeys.map((k) => `eff ${k}%`),
    'maxAOQ a-f%',
    'AOQ g%',
    'worstSeg e%',
    'AOQL%',
    'delay c med/p90',
    'FA/100k',
    'IC eff%',
    'min cov%',
  ];
  const lines = [
    `QA-Bench: ${opts.seeds} seeds × 100,000 outputs, ${opts.workers} workers, simulation ${opts.simulationSeconds.toFixed(1)} s, total ${opts.totalSeconds.toFixed(1)} s`,
    table(header, opts.summaries.map(row)),
    '',
    opts.quick
      ? `targets, figures only (quick run, ${opts.seeds} seeds: too few to decide; run the full bench for verdicts):`
      : 'targets (ratios against baselines in this run; "undecided": within 2 SE of the target at these seeds):',
    ...opts.targets.map((t) =>
      opts.quick
        ? `  [–] ${t.target}: ${t.measured}`
        : `  [${t.met ? 'met' : 'NOT MET'}${t.decided ? '' : ', undecided'}] ${t.target}: ${t.measured}`,
    ),
    '',
    `decision + update, median µs (JSON-state / fast path): ${opts.speed.map((s) => `${s.policy} ${s.pureMedianUs.toFixed(3)} / ${s.fastMedianUs.toFixed(3)}`).join('; ')}`,
  ];
  console.log(lines.join('\n'));
}
