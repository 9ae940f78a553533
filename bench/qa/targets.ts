import type { ConfigSummary } from './aggregate';

/** One issue-3 target: the measured figure, the baseline it is a ratio against, and whether it is met. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
  /**
   * False when the measurement's noise could put it on either side of the target (|measured − target| <
   * 2 SE): the verdict is not decided at this many seeds. Figures without a stated SE count as decided.
   */
  decided: boolean;
}

/** A statistical verdict: met or not, and decided only when the target is 2 standard errors away. */
function verdict(measured: number, se: number, target: number, atMost: boolean) {
  return {
    met: atMost ? measured <= target : measured >= target,
    decided: Math.abs(measured - target) >= 2 * se,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const num = (x: number | null) => (x === null ? 'n/a' : Number.isFinite(x) ? x.toFixed(0) : '>end');

export function evaluateTargets(summaries: ConfigSummary[], speed: { pureMedianUs: number }): TargetResult[] {
  const get = (name: string) => {
    const s = summaries.find((x) => x.config === name);
    if (!s) throw new Error(`config ${name} missing from the run`);
    return s;
  };
  const sc = (name: string, key: string) => {
    const s = get(name).scenarios[key];
    if (!s) throw new Error(`config ${name} has no scenario ${key}`);
    return s;
  };
  const out: TargetResult[] = [];
  const add = (target: string, measured: string, met: boolean | { met: boolean; decided: boolean }) =>
    out.push({ target, measured, ...(typeof met === 'boolean' ? { met, decided: true } : met) });
  const falseAlarms = (s: ConfigSummary) =>
    `${s.falseAlarmsPer100k.toFixed(3)} ± ${s.falseAlarmsSe.toFixed(3)} (SE)`;
  const falseAlarmVerdict = (s: ConfigSummary) => verdict(s.falseAlarmsPer100k, s.falseAlarmsSe, 0.25, true);

  const aoql = get('adaptive').empiricalAoql ?? Number.POSITIVE_INFINITY;
  add('adaptive: empirical AOQL over the sweep ≤ 1.00%', pct(aoql), aoql <= 0.01);
  const g = sc('adaptive', 'g').aoq;
  add(
    'adaptive: AOQ under the adversary (g) ≤ 1.10%',
    `${pct(g)} (csp1-1/10 ${pct(sc('csp1-1/10', 'g').aoq)}, fixed-10% ${pct(sc('fixed-10%', 'g').aoq)})`,
    g <= 0.011,
  );

  const pooled = sc('adaptive-pooled', 'e');
  const best = ['csp1-1/10', 'csp1-1/50']
    .map((n) => ({ n, s: sc(n, 'e') }))
    .sort((a, b) => a.s.effort - b.s.effort)[0]!;
  const ratioE = pooled.effort / best.s.effort;
  add(
    `e workflow limit: pooled effort ≤ 0.35× best pooled CSP-1 (${best.n})`,
    `${ratioE.toFixed(3)}× (${pct(pooled.effort)} vs ${pct(best.s.effort)})`,
    ratioE <= 0.35,
  );
  add('e workflow limit (stretch): ≤ 0.25×', `${ratioE.toFixed(3)}×`, ratioE <= 0.25);
  add('e workflow limit: workflow AOQ ≤ 1%', pct(pooled.aoq), pooled.aoq <= 0.01);
  add(
    'e workflow limit: worst segment AOQ ≤ pooled CSP-1 worst segment',
    `${pct(pooled.worstSegmentAoq)} vs ${pct(best.s.worstSegmentAoq)}`,
    pooled.worstSegmentAoq <= best.s.worstSegmentAoq,
  );
  const each = pooled.segmentAoq.every((a, i) => a <= (best.s.segmentAoq[i] as number));
  add(
    'e workflow limit: every segment AOQ ≤ pooled CSP-1 (literal reading)',
    `${pooled.segmentAoq.map(pct).join('/')} vs ${best.s.segmentAoq.map(pct).join('/')}`,
    each,
  );
  const seg = sc('adaptive-segment', 'e');
  const tuned = sc('csp1-tuned', 'e');
  const ratioSeg = seg.effort / tuned.effort;
  add(
    'e segment limit: effort ≤ 1.05× CSP-1 tuned per segment',
    `${ratioSeg.toFixed(3)}× (${pct(seg.effort)} vs ${pct(tuned.effort)})`,
    ratioSeg <= 1.05,
  );
  add(
    'e segment limit: every segment AOQ ≤ 1%',
    seg.segmentAoq.map(pct).join('/'),
    seg.worstSegmentAoq <= 0.01,
  );

  const ratioD = sc('adaptive', 'd').effort / sc('csp1-1/10', 'd').effort;
  add(
    'd: effort ≤ 0.85× CSP-1 (f = 1/10)',
    `${ratioD.toFixed(3)}× (${pct(sc('adaptive', 'd').effort)} vs ${pct(sc('csp1-1/10', 'd').effort)})`,
    ratioD <= 0.85,
  );
  const ratioDm = sc('adaptive+cusum', 'd').effort / sc('csp1-1/10+cusum', 'd').effort;
  add('d (both with CUSUM): effort ≤ 0.85× CSP-1 1/10+cusum', `${ratioDm.toFixed(3)}×`, ratioDm <= 0.85);

  const watch = get('adaptive-watch');
  const wc = sc('adaptive-watch', 'c');
  const fixedCusum = sc('fixed-10%+cusum', 'c').delayMedian ?? Number.POSITIVE_INFINITY;
  const fixedChart = sc('fixed-10%', 'c').pChartDelayMedian ?? Number.POSITIVE_INFINITY;
  const med = wc.delayMedian ?? Number.POSITIVE_INFINITY;
  add(
    'c: false alarms ≤ 0.25 per 100k in-control outputs (adaptive-watch)',
    falseAlarms(watch),
    falseAlarmVerdict(watch),
  );
  add(
    'c: median delay ≤ 0.3× fixed-10% + CUSUM',
    `${(med / fixedCusum).toFixed(3)}× (${num(med)} vs ${num(fixedCusum)}; in-control effort ${pct(watch.inControlEffort)})`,
    med <= 0.3 * fixedCusum,
  );
  add(
    'c: median delay ≤ 0.05× fixed-10% + windowed p-chart',
    `${(med / fixedChart).toFixed(3)}× (${num(med)} vs ${num(fixedChart)})`,
    med <= 0.05 * fixedChart,
  );
  const judge = get('adaptive-judge');
  const jc = sc('adaptive-judge', 'c');
  add(
    'c + judge: median ≤ 250 outputs',
    num(jc.delayMedian),
    (jc.delayMedian ?? Number.POSITIVE_INFINITY) <= 250,
  );
  add('c + judge: p90 ≤ 500 outputs', num(jc.delayP90), (jc.delayP90 ?? Number.POSITIVE_INFINITY) <= 500);
  add('c + judge: in-control effort ≤ 8%', pct(judge.inControlEffort), judge.inControlEffort <= 0.08);
  add(
    'c + judge: false alarms ≤ 0.25 per 100k in-control outputs',
    falseAlarms(judge),
    falseAlarmVerdict(judge),
  );

  for (const s of summaries.filter((x) => x.config.startsWith('adaptive'))) {
    const se =
      Math.sqrt((s.minCoverage * (1 - s.minCoverage)) / s.minCoverageSeeds) || 1 / s.minCoverageSeeds;
    add(
      `coverage ≥ 93% in every scenario (${s.config})`,
      `${pct(s.minCoverage)} ± ${pct(se)} (SE, ${s.minCoverageSeeds} seeds)`,
      verdict(s.minCoverage, se, 0.93, false),
    );
  }
  add(
    'speed: decision + state update ≤ 2 µs median (JSON-state interface)',
    `${speed.pureMedianUs.toFixed(3)} µs`,
    speed.pureMedianUs <= 2,
  );
  return out;
}
