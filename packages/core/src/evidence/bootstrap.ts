import { requireParameter } from '../errors';
import type { Interval } from '../quality/estimators';
import type { Rng } from '../random';
import { normalCdf, normalQuantile } from '../stats/distributions';
import { requireConfidence } from './intervals';

/** A statistic of a sample (e.g. its mean or median). */
export type SampleStatistic = (values: readonly number[]) => number;
/** How two window statistics become one effect: pilot − baseline or pilot / baseline. */
export type ContrastFunction = (pilot: number, baseline: number) => number;

export const differenceOf: ContrastFunction = (pilot, baseline) => pilot - baseline;
export const ratioContrast: ContrastFunction = (pilot, baseline) => pilot / baseline;

export interface BootstrapOptions {
  rng: Rng;
  /** Resamples (default 2,000). */
  replicates?: number;
  confidence?: number;
}

export function sampleMean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function sampleMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Hyndman & Fan (1996) type 7 quantile of sorted values (linear interpolation; R's default). */
function sortedQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function resample(values: readonly number[], rng: Rng, into: number[]): number[] {
  for (let i = 0; i < values.length; i++) into[i] = values[Math.floor(rng() * values.length)]!;
  return into;
}

/** Leave-one-out values of the effect, dropping one measurement of one window at a time. */
function jackknife(
  pilot: readonly number[],
  baseline: readonly number[],
  stat: SampleStatistic,
  contrast: ContrastFunction,
) {
  const sPilot = stat(pilot);
  const sBaseline = stat(baseline);
  const drop = (values: readonly number[], i: number) => values.filter((_, j) => j !== i);
  return [
    pilot.map((_, i) => contrast(stat(drop(pilot, i)), sBaseline)),
    baseline.map((_, i) => contrast(sPilot, stat(drop(baseline, i)))),
  ];
}

/**
 * Acceleration â of a multi-sample statistic from each window's jackknife (Efron & Tibshirani 1993, "An
 * Introduction to the Bootstrap", eq. 15.36, as SciPy's `bootstrap` computes it): with the empirical
 * influence U_ji = (n_j − 1)(θ̄_j − θ₍ⱼᵢ₎) of measurement i of window j,
 * â = Σ_j Σ_i U_ji³/n_j³ ÷ (6 (Σ_j Σ_i U_ji²/n_j²)^{3/2}). Each window's terms are weighted by its own
 * size, so unequal windows count as they should; for a difference of means it is the closed form
 * (Σ(x − x̄)³/n³ − Σ(y − ȳ)³/m³) ÷ (6 (Σ(x − x̄)²/n² + Σ(y − ȳ)²/m²)^{3/2}).
 */
export function jackknifeAcceleration(groups: readonly (readonly number[])[]): number {
  let num = 0;
  let den = 0;
  for (const values of groups) {
    const n = values.length;
    const mean = sampleMean(values);
    for (const v of values) {
      const u = (n - 1) * (mean - v);
      num += u ** 3 / n ** 3;
      den += u ** 2 / n ** 2;
    }
  }
  return den === 0 ? 0 : num / (6 * den ** 1.5);
}

/** â for contrast(stat(pilot), stat(baseline)) from the leave-one-out values of both windows. */
export function bcaAcceleration(
  pilot: readonly number[],
  baseline: readonly number[],
  stat: SampleStatistic,
  contrast: ContrastFunction,
): number {
  return jackknifeAcceleration(jackknife(pilot, baseline, stat, contrast));
}

/**
 * Two-sample BCa bootstrap interval (Efron 1987, "Better bootstrap confidence intervals", JASA 82) for
 * contrast(stat(pilot), stat(baseline)): each window is resampled on its own, z₀ comes from the share of
 * replicates below the estimate (ties count half), the acceleration from the jackknife. Seeded by `rng`.
 */
export function bootstrapInterval(
  pilot: readonly number[],
  baseline: readonly number[],
  stat: SampleStatistic,
  contrast: ContrastFunction,
  opts: BootstrapOptions,
): Interval {
  const confidence = opts.confidence ?? 0.95;
  const replicates = opts.replicates ?? 2000;
  requireConfidence(confidence);
  requireParameter(
    Number.isInteger(replicates) && replicates >= 200,
    'replicates',
    'must be an integer ≥ 200',
  );
  requireParameter(pilot.length >= 2, 'pilot', 'needs at least 2 measurements');
  requireParameter(baseline.length >= 2, 'baseline', 'needs at least 2 measurements');
  const estimate = contrast(stat(pilot), stat(baseline));
  const draws = new Float64Array(replicates);
  const bufPilot: number[] = new Array(pilot.length);
  const bufBaseline: number[] = new Array(baseline.length);
  let below = 0;
  for (let b = 0; b < replicates; b++) {
    const value = contrast(
      stat(resample(pilot, opts.rng, bufPilot)),
      stat(resample(baseline, opts.rng, bufBaseline)),
    );
    draws[b] = value;
    if (value < estimate) below += 1;
    else if (value === estimate) below += 0.5;
  }
  draws.sort();
  if (draws[0] === draws[replicates - 1]) return { estimate, lower: draws[0]!, upper: draws[0]! };
  // A share of 0 or 1 would make z₀ infinite: clamp it to half a replicate from the edge.
  const share = Math.min(1 - 0.5 / replicates, Math.max(0.5 / replicates, below / replicates));
  const z0 = normalQuantile(share);
  const a = bcaAcceleration(pilot, baseline, stat, contrast);
  const adjusted = (alpha: number) => {
    const z = z0 + normalQuantile(alpha);
    return normalCdf(z0 + z / (1 - a * z));
  };
  const alpha = (1 - confidence) / 2;
  return {
    estimate,
    lower: sortedQuantile(draws, adjusted(alpha)),
    upper: sortedQuantile(draws, adjusted(1 - alpha)),
  };
}
