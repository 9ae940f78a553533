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
 * Clopper & Pearson (1934) exact interval: the bounds solve P(X ≥ x | p_L) = α/2 and P(X ≤ x | p_U) = α/2,
 * i.e. Beta(α/2; x, n − x + 1) and Beta(1 − α/2; x + 1, n − x). Its coverage is ≥ the nominal level at
 * every p and n, where Wilson's oscillates down to 87.5% at n = 4 and 91–92% for n up to 40 (exact
 * binomial sums in the tests).
 */
export function clopperPearsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  requireConfidence(confidence);
  requireParameter(Number.isInteger(n) && n > 0, 'n', 'must be a positive integer');
  requireParameter(
    Number.isInteger(successes) && successes >= 0 && successes <= n,
    'successes',
    'must be an integer in [0, n]',
  );
  const alpha = 1 - confidence;
  return {
    estimate: successes / n,
    lower: successes === 0 ? 0 : betaQuantile(alpha / 2, successes, n - successes + 1),
    upper: successes === n ? 1 : betaQuantile(1 - alpha / 2, successes + 1, n - successes),
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
  // Equal weights (every π the same, e.g. 100% review) are a simple random sample: the exact
  // Clopper–Pearson interval on the counts holds its level at every n (Wilson's dips to 87.5% at n = 4)
  // and is far tighter than the gamma bound at moderate rates.
  const n = weightSum / maxWeight;
  if (Math.abs((maxWeight * weightSum) / weightSquareSum - 1) < 1e-9 && Math.abs(n - Math.round(n)) < 1e-6) {
    const counts = clopperPearsonInterval(
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

/**
 * Fewest sampled reviews in a segment (or a workflow) before its estimates are shown as figures. Below
 * it the dashboard says "not enough reviews yet: n of N": with a handful of reviews one defect found at
 * a small π is weighted by (1 − π)/π (49 at π = 0.02), so the point estimates swing from 0 to the whole
 * segment on a single review. The intervals stay honest below it (and are returned), but are too wide
 * to read as a figure.
 */
export const MIN_REVIEWS_FOR_ESTIMATES = 10;

/** What the quality figures of a segment (or the whole workflow) are computed from. */
export interface QualitySums {
  /** Outputs logged. */
  outputs: number;
  /** Outputs selected for review whose sampled review has not come in yet. */
  pending: number;
  /** Outputs with a sampled review. */
  reviewed: number;
  /** Horvitz–Thompson sums over reviewed defects: Σ(1 − π)/π and Σ(1 − π)/π². */
  escapedEstimate: number;
  escapedVariance: number;
  /** The smallest π any output was logged with (sets the Fay–Feuer maxWeight). */
  minPi: number;
  /** Hájek sums over reviewed outputs; null without a review. */
  rate: WeightedRateSums | null;
}

export interface QualityFigures {
  /** Outputs whose review decision is settled: logged minus those waiting for their sampled review. */
  decided: number;
  /** Decided outputs nobody reviewed: the most defects that can have escaped. */
  unreviewed: number;
  reviewed: number;
  /** MIN_REVIEWS_FOR_ESTIMATES (or the option), and whether `reviewed` reaches it. */
  minimumReviews: number;
  enoughReviews: boolean;
  /** Hájek rate with its interval, in [0, 1]; null without a review. */
  defectRate: Interval | null;
  /** Escaped defects with the interval intersected with [0, unreviewed]. */
  escapedDefects: Interval;
  /** Escaped defects per decided output, in [0, 1]; null when nothing is decided. */
  outgoingRate: Interval | null;
  /** Estimated escapes ÷ (limit × decided): 0 to unreviewed ÷ (limit × decided). */
  budgetUsed: number;
}

/** x clamped to [lo, hi]. */
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Every figure the quality dashboard shows, each inside what is possible: escaped defects are at most the
 * decided outputs nobody reviewed (the Horvitz–Thompson estimate can exceed them with few reviews, e.g. 49
 * from one defect at π = 0.02 in a segment of 12), so the estimate and the Fay–Feuer interval are
 * intersected with [0, unreviewed]; the outgoing rate is that over the decided outputs, so it stays in
 * [0, 1]. Intersecting with the feasible range never drops the true value from an interval, so coverage is
 * kept (seeded simulation in the tests, including segments of 12 outputs).
 */
export function qualityFigures(
  sums: QualitySums,
  limit: number,
  opts: { confidence?: number; minimumReviews?: number } = {},
): QualityFigures {
  const minimumReviews = opts.minimumReviews ?? MIN_REVIEWS_FOR_ESTIMATES;
  requireParameter(limit > 0 && limit < 1, 'limit', 'must be in (0, 1)');
  requireParameter(Number.isInteger(sums.outputs) && sums.outputs >= 0, 'outputs', 'must be a count ≥ 0');
  requireParameter(
    Number.isInteger(sums.pending) &&
      Number.isInteger(sums.reviewed) &&
      sums.pending >= 0 &&
      sums.reviewed >= 0 &&
      sums.pending + sums.reviewed <= sums.outputs,
    'reviewed',
    'pending and reviewed outputs must be counts within the outputs',
  );
  const decided = sums.outputs - sums.pending;
  const unreviewed = decided - sums.reviewed;
  const minPi = sums.minPi > 0 && sums.minPi <= 1 ? sums.minPi : 1;
  const raw = escapedDefectsFromSums(
    {
      estimate: sums.escapedEstimate,
      variance: sums.escapedVariance,
      maxWeight: (1 - minPi) / minPi,
    },
    opts,
  );
  const estimate = clamp(raw.estimate, 0, unreviewed);
  const escaped: Interval = {
    estimate,
    // Escapes are a count: a lower bound of 0.3 excludes 0 escapes only because the gamma bound is for a
    // continuous mean, so it is taken down to the whole number below.
    lower: clamp(Math.floor(raw.lower + 1e-9), 0, estimate),
    upper: clamp(raw.upper, estimate, unreviewed),
  };
  const defectRate =
    sums.rate && sums.rate.weightSum > 0 ? weightedDefectRateFromSums(sums.rate, opts) : null;
  return {
    decided,
    unreviewed,
    reviewed: sums.reviewed,
    minimumReviews,
    enoughReviews: sums.reviewed >= minimumReviews,
    defectRate: defectRate && {
      estimate: defectRate.estimate,
      lower: defectRate.lower,
      upper: defectRate.upper,
    },
    escapedDefects: escaped,
    outgoingRate:
      decided > 0
        ? { estimate: estimate / decided, lower: escaped.lower / decided, upper: escaped.upper / decided }
        : null,
    budgetUsed: decided > 0 ? estimate / (limit * decided) : 0,
  };
}
