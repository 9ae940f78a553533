import { requireParameter } from '../errors';
import { betaQuantile, gammaQuantile, normalQuantile } from '../stats/distributions';

export interface EscapedDefectEstimate {
  estimate: number;
  variance: number;
  lower: number;
  upper: number;
  confidence: number;
}

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

function requireConfidence(confidence: number): void {
  requireParameter(confidence > 0 && confidence < 1, 'confidence', 'must be in (0, 1)');
}

function requireInclusion(pi: number): void {
  requireParameter(pi > 0 && pi <= 1, 'pi', 'inclusion probability must be in (0, 1]');
}

/**
 * Fay & Feuer (1997) gamma interval for a weighted sum of Poisson counts ("Confidence intervals for
 * directly standardized rates: a method based on the gamma distribution", Stat. Med. 16): the lower
 * bound is the α/2 quantile of a gamma with the estimate's mean and variance; the upper bound adds one
 * more event of the largest weight (mean maxWeight, variance maxWeightVariance, default maxWeight²).
 * With unit weights it is the exact Garwood (1936) Poisson interval.
 */
export function fayFeuerInterval(
  sums: { estimate: number; variance: number; maxWeight: number; maxWeightVariance?: number },
  confidence = 0.95,
): { lower: number; upper: number } {
  requireConfidence(confidence);
  const { estimate, variance, maxWeight } = sums;
  const extraVariance = sums.maxWeightVariance ?? maxWeight * maxWeight;
  requireParameter(estimate >= 0 && Number.isFinite(estimate), 'estimate', 'must be non-negative and finite');
  requireParameter(variance >= 0 && Number.isFinite(variance), 'variance', 'must be non-negative and finite');
  requireParameter(
    maxWeight >= 0 && Number.isFinite(maxWeight),
    'maxWeight',
    'must be non-negative and finite',
  );
  const alpha = 1 - confidence;
  const lower =
    estimate > 0 && variance > 0
      ? gammaQuantile(alpha / 2, estimate ** 2 / variance, variance / estimate)
      : estimate;
  const upperMean = estimate + maxWeight;
  const upperVariance = variance + extraVariance;
  const upper =
    upperMean > 0 && upperVariance > 0
      ? gammaQuantile(1 - alpha / 2, upperMean ** 2 / upperVariance, upperVariance / upperMean)
      : upperMean;
  return { lower, upper };
}

/**
 * Escaped defects from running sums: estimate Σ_reviewed defects (1 − π)/π (Horvitz & Thompson 1952),
 * variance Σ_reviewed defects (1 − π)/π², the unbiased variance of estimate − escaped (design-based:
 * each defect is reviewed with probability π). maxWeight is the largest (1 − π)/π a reviewed defect
 * could have carried (e.g. at the floor π_min). The Fay–Feuer upper bound adds one such defect, with
 * its design variance maxWeight(1 + maxWeight) = (1 − π)/π².
 */
export function escapedDefectsFromSums(
  sums: { estimate: number; variance: number; maxWeight: number },
  opts: { confidence?: number } = {},
): EscapedDefectEstimate {
  const confidence = opts.confidence ?? 0.95;
  const { lower, upper } = fayFeuerInterval(
    { ...sums, maxWeightVariance: sums.maxWeight * (1 + sums.maxWeight) },
    confidence,
  );
  return { estimate: sums.estimate, variance: sums.variance, lower, upper, confidence };
}

/**
 * Escaped defects from reviewed outputs, each with the inclusion probability it was sampled at; the
 * Fay–Feuer maxWeight is the largest (1 − π)/π among them (use escapedDefectsFromSums to set it from π_min).
 */
export function escapedDefects(
  items: Iterable<{ defect: boolean; pi: number }>,
  opts: { confidence?: number } = {},
): EscapedDefectEstimate {
  let estimate = 0;
  let variance = 0;
  let maxWeight = 0;
  for (const { defect, pi } of items) {
    requireInclusion(pi);
    const weight = (1 - pi) / pi;
    maxWeight = Math.max(maxWeight, weight);
    if (!defect) continue;
    estimate += weight;
    variance += (1 - pi) / (pi * pi);
  }
  return escapedDefectsFromSums({ estimate, variance, maxWeight }, opts);
}

/**
 * Wilson (1927) score interval for a binomial proportion ("Probable inference, the law of succession,
 * and statistical inference", JASA 22). Accepts a fractional count for effective sample sizes.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  requireConfidence(confidence);
  requireParameter(n > 0 && Number.isFinite(n), 'n', 'must be positive and finite');
  requireParameter(successes >= 0 && successes <= n, 'successes', 'must be in [0, n]');
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const center = (successes + z2 / 2) / (n + z2);
  const halfWidth = (z * Math.sqrt((successes * (n - successes)) / n + z2 / 4)) / (n + z2);
  return {
    estimate: successes / n,
    lower: successes === 0 ? 0 : Math.max(0, center - halfWidth),
    upper: successes === n ? 1 : Math.min(1, center + halfWidth),
  };
}

/**
 * Jeffreys interval: equal-tailed quantiles of the Beta(x + ½, n − x + ½) posterior, with the bound
 * set to 0 at x = 0 and 1 at x = n (Brown, Cai & DasGupta 2001, "Interval estimation for a binomial
 * proportion", Stat. Sci. 16).
 */
export function jeffreysInterval(successes: number, n: number, confidence = 0.95): Interval {
  requireConfidence(confidence);
  requireParameter(n > 0 && Number.isFinite(n), 'n', 'must be positive and finite');
  requireParameter(successes >= 0 && successes <= n, 'successes', 'must be in [0, n]');
  const alpha = 1 - confidence;
  const a = successes + 0.5;
  const b = n - successes + 0.5;
  return {
    estimate: successes / n,
    lower: successes === 0 ? 0 : betaQuantile(alpha / 2, a, b),
    upper: successes === n ? 1 : betaQuantile(1 - alpha / 2, a, b),
  };
}

export interface WeightedRateSums {
  /** Σ 1/π over reviewed outputs. */
  weightSum: number;
  /** Σ 1/π² over reviewed outputs. */
  weightSquareSum: number;
  /** Σ defect/π over reviewed outputs. */
  defectWeightSum: number;
  /** Σ defect/π² over reviewed outputs. */
  defectWeightSquareSum: number;
  /** max 1/π over reviewed outputs. */
  maxWeight: number;
}

/**
 * Defect rate of the whole stream under unequal π: the Hájek (1971) ratio estimator
 * p = Σ defect/π ÷ Σ 1/π with its linearized variance Σ (defect − p)²/π² ÷ (Σ 1/π)² (Särndal, Swensson
 * & Wretman 1992, §5.7). The interval is Fay & Feuer's (1997) gamma interval for the weighted defect
 * total with that variance, divided by Σ 1/π: unlike a Wilson interval at Kish's effective size, it
 * keeps its coverage when the defects sit in the rarely reviewed strata (seeded coverage checks in the
 * tests). effectiveN = p(1 − p)/var(p), or Kish's (Σ 1/π)²/Σ 1/π² when no defect was seen.
 */
export function weightedDefectRateFromSums(
  sums: WeightedRateSums,
  opts: { confidence?: number } = {},
): Interval & { effectiveN: number } {
  const { weightSum, weightSquareSum, defectWeightSum, defectWeightSquareSum, maxWeight } = sums;
  requireParameter(weightSum > 0 && weightSquareSum > 0, 'weightSum', 'needs at least one reviewed output');
  requireParameter(
    defectWeightSum >= 0 && defectWeightSum <= weightSum * (1 + 1e-12),
    'defectWeightSum',
    'must be in [0, weightSum]',
  );
  const estimate = Math.min(1, defectWeightSum / weightSum);
  // Equal weights (every π the same, e.g. 100% review) are a simple random sample: Wilson's interval on
  // the counts is exact enough there, and far tighter than the gamma bound at moderate rates.
  const n = weightSum / maxWeight;
  if (Math.abs((maxWeight * weightSum) / weightSquareSum - 1) < 1e-9 && Math.abs(n - Math.round(n)) < 1e-6) {
    const counts = wilsonInterval(
      Math.round(defectWeightSum / maxWeight),
      Math.round(n),
      opts.confidence ?? 0.95,
    );
    return { ...counts, effectiveN: Math.round(n) };
  }
  if (estimate > 0.5) {
    // The gamma interval suits a rare count: above ½, bound the clean rate and mirror it.
    const clean = weightedDefectRateFromSums(
      {
        ...sums,
        defectWeightSum: Math.max(0, weightSum - defectWeightSum),
        defectWeightSquareSum: Math.max(0, weightSquareSum - defectWeightSquareSum),
      },
      opts,
    );
    return { estimate, lower: 1 - clean.upper, upper: 1 - clean.lower, effectiveN: clean.effectiveN };
  }
  const residualSquares = Math.max(
    0,
    defectWeightSquareSum * (1 - 2 * estimate) + estimate * estimate * weightSquareSum,
  );
  const variance = residualSquares / (weightSum * weightSum);
  const kish = (weightSum * weightSum) / weightSquareSum;
  const effectiveN =
    variance > 0 && estimate > 0 && estimate < 1 ? (estimate * (1 - estimate)) / variance : kish;
  const total = fayFeuerInterval(
    { estimate: defectWeightSum, variance: residualSquares, maxWeight },
    opts.confidence ?? 0.95,
  );
  return {
    estimate,
    lower: Math.max(0, total.lower / weightSum),
    upper: Math.min(1, total.upper / weightSum),
    effectiveN,
  };
}

/** Hájek defect rate with a Fay–Feuer interval, from reviewed outputs and their π (see above). */
export function weightedDefectRate(
  items: Iterable<{ defect: boolean; pi: number }>,
  opts: { confidence?: number } = {},
): Interval & { effectiveN: number } {
  const sums: WeightedRateSums = {
    weightSum: 0,
    weightSquareSum: 0,
    defectWeightSum: 0,
    defectWeightSquareSum: 0,
    maxWeight: 0,
  };
  for (const { defect, pi } of items) {
    requireInclusion(pi);
    const weight = 1 / pi;
    sums.weightSum += weight;
    sums.weightSquareSum += weight * weight;
    sums.maxWeight = Math.max(sums.maxWeight, weight);
    if (defect) {
      sums.defectWeightSum += weight;
      sums.defectWeightSquareSum += weight * weight;
    }
  }
  return weightedDefectRateFromSums(sums, opts);
}
