import type { Interval } from '../quality/estimators';
import type { Comparison, MetricKind } from './compare';
import type { EvidenceGrade } from './grade';

export type BetterDirection = 'higher' | 'lower';

export interface ClaimMetric {
  name: string;
  unit: string;
  kind: MetricKind;
  better: BetterDirection;
}

/** Whether the interval of the difference clears "no effect", and on which side. */
export type EffectDirection = 'improved' | 'worsened' | 'inconclusive';

/**
 * What a reader sees first: the direction, but only for evidence better than an anecdote. An anecdote's
 * interval may clear zero (4 measurements against 20), yet the design cannot carry a verdict.
 */
export const verdicts = ['improved', 'worsened', 'inconclusive', 'not-enough-evidence'] as const;
export type Verdict = (typeof verdicts)[number];

export function judgeEffect(better: BetterDirection, difference: Interval): EffectDirection {
  if (difference.lower > 0) return better === 'higher' ? 'improved' : 'worsened';
  if (difference.upper < 0) return better === 'lower' ? 'improved' : 'worsened';
  return 'inconclusive';
}

/** The verdict with the grade folded in: an anecdote is "not enough evidence", whatever its interval says. */
export function gradedVerdict(direction: EffectDirection, grade: EvidenceGrade): Verdict {
  return grade === 'anecdote' ? 'not-enough-evidence' : direction;
}

const DIRECTION_WORD: Record<EffectDirection, string> = {
  improved: 'improved',
  worsened: 'worse',
  inconclusive: 'inconclusive',
};

/**
 * The verdict in words, always with its grade, for every place that shows one: "improved — before-after
 * comparison", "inconclusive — controlled comparison", "not enough evidence yet — anecdote".
 */
export function verdictLabel(direction: EffectDirection, grade: EvidenceGrade): string {
  if (grade === 'anecdote') return 'not enough evidence yet — anecdote';
  return `${DIRECTION_WORD[direction]} — ${GRADE_LABEL[grade]}`;
}

const GRADE_LABEL: Record<EvidenceGrade, string> = {
  anecdote: 'anecdote',
  'before-after': 'before-after comparison',
  controlled: 'controlled comparison',
};

/** A number with about three significant digits; U+2212 for minus. */
export function formatNumber(x: number): string {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const text = abs.toFixed(digits);
  return x < 0 && Number(text) !== 0 ? `−${text}` : text;
}

const signed = (x: number) => (x > 0 ? `+${formatNumber(x)}` : formatNumber(x));
const fold = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
const withUnit = (x: string, unit: string) => (unit ? `${x} ${unit}` : x);

/**
 * The fold change in the direction that reads naturally: a ratio below 1 is turned over, so "0.2× the
 * time" reads "5.0× faster" (durations) or "5.0× lower"; the interval is turned over with it.
 */
export function describeFold(metric: ClaimMetric, r: Interval): { factor: Interval; word: string } {
  const up = r.estimate >= 1;
  const factor = up ? r : { estimate: 1 / r.estimate, lower: 1 / r.upper, upper: 1 / r.lower };
  const timed = metric.kind === 'duration';
  const word = up ? (timed ? 'slower' : 'higher') : timed ? 'faster' : 'lower';
  return { factor, word };
}

/**
 * Whether the effect reads as a fold change: durations and medians of positive quantities do ("5× faster");
 * a mean may be on a scale without a true zero (a 1–5 rating), where a ratio means nothing, so it is a
 * difference; proportions are percentage points.
 */
export function statesFold(metric: ClaimMetric, ratio: Interval | null): ratio is Interval {
  return (metric.kind === 'duration' || metric.kind === 'median') && ratio !== null && ratio.lower > 0;
}

/**
 * A claim such as "Hours to draft a module: 5.0× faster (95% CI 4.2× to 6.1×); 20.1 h → 4.0 h;
 * n = 24 vs 30; before-after comparison".
 */
export function formatClaim(metric: ClaimMetric, comparison: Comparison, grade: EvidenceGrade): string {
  const ci = `${Math.round(comparison.confidence * 100)}% CI`;
  const { baseline, pilot, difference, ratio } = comparison;
  let effect: string;
  let levels: string;
  if (comparison.statistic === 'proportion') {
    const pp = (x: number) => signed(x * 100);
    effect = `${pp(difference.estimate)} pp (${ci} ${pp(difference.lower)} to ${pp(difference.upper)} pp)`;
    levels = `${formatNumber(baseline.estimate * 100)}% → ${formatNumber(pilot.estimate * 100)}%`;
  } else {
    levels = `${withUnit(formatNumber(baseline.estimate), metric.unit)} → ${withUnit(formatNumber(pilot.estimate), metric.unit)}`;
    if (statesFold(metric, ratio)) {
      const { factor, word } = describeFold(metric, ratio);
      effect = `${fold(factor.estimate)} ${word} (${ci} ${fold(factor.lower)} to ${fold(factor.upper)})`;
    } else {
      const { estimate, lower, upper } = difference;
      effect = `${withUnit(signed(estimate), metric.unit)} (${ci} ${signed(lower)} to ${withUnit(signed(upper), metric.unit)})`;
    }
  }
  const statistic = comparison.statistic === 'median' ? 'medians ' : '';
  return `${metric.name}: ${effect}; ${statistic}${levels}; n = ${baseline.n} vs ${pilot.n}; ${GRADE_LABEL[grade]}`;
}
