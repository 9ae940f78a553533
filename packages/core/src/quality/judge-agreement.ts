import { requireParameter } from '../errors';
import { type Interval, weightedDefectRateFromSums } from './estimators';

/**
 * How well an automated judge's flag (score at or above the standard's judgeThreshold, the half the
 * sampling stratifies as flagged) predicts a human reviewer's defect verdict, over the whole output stream.
 *
 * Sampled reviews are drawn with inclusion probabilities π that depend on the judge's bin, so the plain
 * shares among reviewed outputs are biased (flagged outputs are over-reviewed). Each reviewed output is
 * weighted by 1/π and the shares are Hájek (1971) ratios:
 *   sensitivity = Σ_{defect, flagged} 1/π ÷ Σ_{defect} 1/π      = P(flag | defect)
 *   specificity = Σ_{ok, not flagged} 1/π ÷ Σ_{ok} 1/π          = P(no flag | ok)
 * Their intervals are the quality engine's weighted-rate interval (weightedDefectRateFromSums: the
 * linearized variance Σ (y − p)²/π² ÷ (Σ 1/π)² and a Fay–Feuer gamma interval on the weighted count of
 * the rarer outcome, mirrored above ½) applied to the miss rate 1 − sensitivity among defects and to the
 * false-flag rate 1 − specificity among ok outputs. A Wilson interval at Kish's effective size was the
 * alternative; it under-covers when the misses sit in the rarely reviewed unflagged half, which is where
 * a judge's misses are (seeded coverage checks in the tests). The variance has no finite-population
 * factor, so the interval is for the judge's rates on the stream the outputs come from, not only the
 * outputs logged so far.
 */

/** Fewest reviewed defects (for sensitivity) and reviewed ok outputs (for specificity) before a figure is shown. */
export const MIN_JUDGE_EVIDENCE = 10;

/** Sampled reviews of judged outputs in one cell of the 2×2 table, with their Hájek weight sums. */
export interface JudgeCell {
  flagged: boolean;
  defect: boolean;
  /** Reviewed outputs in the cell. */
  reviewed: number;
  /** Σ 1/π over them. */
  weightSum: number;
  /** Σ 1/π² over them. */
  weightSquareSum: number;
  /** max 1/π over them (0 when the cell is empty). */
  maxWeight: number;
}

export type JudgeRate = Interval & {
  /** p(1 − p)/var(p): the reviews the weighted figure is worth. */
  effectiveN: number;
};

export interface JudgeAgreement {
  /** Sampled reviews of judged outputs, and how many of them found a defect / found none. */
  reviewed: number;
  reviewedDefects: number;
  reviewedOk: number;
  /** Reviewed outputs per cell (raw counts, not weighted). */
  counts: { flaggedDefect: number; unflaggedDefect: number; flaggedOk: number; unflaggedOk: number };
  /** MIN_JUDGE_EVIDENCE (or the option): reviewed defects and reviewed ok outputs each figure needs. */
  minimum: number;
  /** P(flag | defect) with its interval; null with `sensitivityReason` below the minimum. */
  sensitivity: JudgeRate | null;
  sensitivityReason: string | null;
  /** P(no flag | ok) with its interval; null with `specificityReason` below the minimum. */
  specificity: JudgeRate | null;
  specificityReason: string | null;
  confidence: number;
}

const EMPTY = { reviewed: 0, weightSum: 0, weightSquareSum: 0, maxWeight: 0 };

/** 1 − (rate of the complementary outcome), with the bounds swapped. */
function complement(rate: JudgeRate): JudgeRate {
  return {
    estimate: 1 - rate.estimate,
    lower: 1 - rate.upper,
    upper: 1 - rate.lower,
    effectiveN: rate.effectiveN,
  };
}

/**
 * One figure: the weighted share of `hit` among `hit` + `miss` reviews, via the rate of `miss`
 * (weightedDefectRateFromSums), complemented.
 */
function share(hit: typeof EMPTY, miss: typeof EMPTY, maxWeight: number, confidence: number): JudgeRate {
  const missRate = weightedDefectRateFromSums(
    {
      weightSum: hit.weightSum + miss.weightSum,
      weightSquareSum: hit.weightSquareSum + miss.weightSquareSum,
      defectWeightSum: miss.weightSum,
      defectWeightSquareSum: miss.weightSquareSum,
      maxWeight,
    },
    { confidence },
  );
  return complement(missRate);
}

/** Sensitivity and specificity of the judge's flag from the four cells' weight sums (see above). */
export function judgeAgreementFromCells(
  cells: Iterable<JudgeCell>,
  opts: { confidence?: number; minimum?: number } = {},
): JudgeAgreement {
  const confidence = opts.confidence ?? 0.95;
  const minimum = opts.minimum ?? MIN_JUDGE_EVIDENCE;
  requireParameter(Number.isInteger(minimum) && minimum >= 1, 'minimum', 'must be an integer ≥ 1');
  const cell = (flagged: boolean, defect: boolean) => ({ ...EMPTY, flagged, defect });
  const table = {
    fd: cell(true, true),
    ud: cell(false, true),
    fo: cell(true, false),
    uo: cell(false, false),
  };
  for (const c of cells) {
    requireParameter(Number.isInteger(c.reviewed) && c.reviewed >= 0, 'reviewed', 'must be a count ≥ 0');
    requireParameter(
      c.reviewed === 0 || (c.weightSum >= c.reviewed * (1 - 1e-9) && c.maxWeight >= 1 - 1e-9),
      'weightSum',
      'weights 1/π are at least 1 each',
    );
    const into = c.defect ? (c.flagged ? table.fd : table.ud) : c.flagged ? table.fo : table.uo;
    into.reviewed += c.reviewed;
    into.weightSum += c.weightSum;
    into.weightSquareSum += c.weightSquareSum;
    into.maxWeight = Math.max(into.maxWeight, c.maxWeight);
  }
  const reviewedDefects = table.fd.reviewed + table.ud.reviewed;
  const reviewedOk = table.fo.reviewed + table.uo.reviewed;
  // The weight one more miss could carry: the largest any review of an unflagged output had (a miss is an
  // unflagged defect), and for a false flag the largest in the flagged half; the Fay–Feuer upper bound adds
  // one such event, so it stays honest when none has been seen in a rarely reviewed half.
  const anyWeight = Math.max(table.fd.maxWeight, table.ud.maxWeight, table.fo.maxWeight, table.uo.maxWeight);
  const missWeight = Math.max(table.ud.maxWeight, table.uo.maxWeight) || anyWeight;
  const falseFlagWeight = Math.max(table.fd.maxWeight, table.fo.maxWeight) || anyWeight;
  const short = (have: number, what: string) =>
    `not enough evidence yet: ${have} of ${minimum} reviewed ${what}`;
  const enoughDefects = reviewedDefects >= minimum;
  const enoughOk = reviewedOk >= minimum;
  return {
    reviewed: reviewedDefects + reviewedOk,
    reviewedDefects,
    reviewedOk,
    counts: {
      flaggedDefect: table.fd.reviewed,
      unflaggedDefect: table.ud.reviewed,
      flaggedOk: table.fo.reviewed,
      unflaggedOk: table.uo.reviewed,
    },
    minimum,
    sensitivity: enoughDefects ? share(table.fd, table.ud, missWeight, confidence) : null,
    sensitivityReason: enoughDefects ? null : short(reviewedDefects, 'defects'),
    specificity: enoughOk ? share(table.uo, table.fo, falseFlagWeight, confidence) : null,
    specificityReason: enoughOk ? null : short(reviewedOk, 'outputs without a defect'),
    confidence,
  };
}

/** The same from the reviewed outputs themselves: each with its flag, verdict and inclusion probability π. */
export function judgeAgreement(
  reviews: Iterable<{ flagged: boolean; defect: boolean; pi: number }>,
  opts: { confidence?: number; minimum?: number } = {},
): JudgeAgreement {
  const cells = new Map<string, JudgeCell>();
  for (const { flagged, defect, pi } of reviews) {
    requireParameter(pi > 0 && pi <= 1, 'pi', 'inclusion probability must be in (0, 1]');
    const key = `${flagged}:${defect}`;
    const c = cells.get(key) ?? { flagged, defect, ...EMPTY };
    const w = 1 / pi;
    c.reviewed += 1;
    c.weightSum += w;
    c.weightSquareSum += w * w;
    c.maxWeight = Math.max(c.maxWeight, w);
    cells.set(key, c);
  }
  return judgeAgreementFromCells(cells.values(), opts);
}
