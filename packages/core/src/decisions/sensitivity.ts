import type { DecisionCriterion } from './rubric';
import { normalizedWeights } from './rubric';

export interface WeightFlip {
  criterion: string;
  /** The candidate ranked higher now, and the one right below it. */
  upper: string;
  lower: string;
  currentWeight: number;
  /** The weight of `criterion` (0–1, the others keeping their proportions) at which the two tie; beyond it they swap. Null: no weight in [0, 1] swaps them. */
  flipWeight: number | null;
}

/**
 * Which weight change would change the ranking. For criterion k set to weight t and every other weight
 * scaled by (1 − t)/(1 − wₖ), a candidate scores t·xₖ + (1 − t)·Rₖ with Rₖ = Σⱼ≠ₖ wⱼxⱼ / (1 − wₖ). Two
 * candidates A and B tie where t·(x_Ak − x_Bk) + (1 − t)·(R_Ak − R_Bk) = 0, i.e.
 * t* = ΔR / (ΔR − Δx). Exact; reported when 0 ≤ t* ≤ 1. `merits[candidate][k]` is the mean merit.
 */
export function weightSensitivity(
  criteria: readonly DecisionCriterion[],
  ranking: readonly string[],
  merits: ReadonlyMap<string, readonly number[]>,
): WeightFlip[] {
  const w = normalizedWeights(criteria);
  const flips: WeightFlip[] = [];
  for (let p = 0; p + 1 < ranking.length; p++) {
    const upper = ranking[p]!;
    const lower = ranking[p + 1]!;
    const a = merits.get(upper)!;
    const b = merits.get(lower)!;
    criteria.forEach((c, k) => {
      const wk = w[k]!;
      let flipWeight: number | null = null;
      if (wk < 1) {
        const rest = (x: readonly number[]) =>
          x.reduce((s, v, j) => (j === k ? s : s + w[j]! * v), 0) / (1 - wk);
        const dR = rest(a) - rest(b);
        const dx = a[k]! - b[k]!;
        const denominator = dR - dx;
        if (Math.abs(denominator) > 1e-12) {
          const t = dR / denominator;
          if (t >= -1e-12 && t <= 1 + 1e-12) flipWeight = Math.min(1, Math.max(0, t));
        }
      }
      flips.push({ criterion: c.key, upper, lower, currentWeight: wk, flipWeight });
    });
  }
  return flips;
}
