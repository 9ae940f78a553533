import { requireParameter } from '../errors';

export interface AbsorptionFactor {
  factor: 'headroom' | 'pulse';
  /** 0–100. */
  value: number;
  weight: number;
  detail: string;
}

export interface AbsorptionScore {
  /** 0–100: how well the unit can take in more change this month. */
  score: number;
  factors: AbsorptionFactor[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Absorption score of a unit in a month, with the factors behind it:
 * - headroom = 100 × (1 − load ratio ÷ red threshold), clamped to 0–100 (0 at or beyond the red line;
 *   a unit with load and no capacity has none);
 * - pulse = 100 × (overall pulse mean − 1) ÷ 4 (1 → 0, 5 → 100), from the latest pulse round shown
 *   (at least 3 respondents); absent when there is none.
 * Score = the mean of the two when the pulse is known, else headroom alone; rounded to a whole number.
 */
export function absorptionScore(input: {
  ratio: number | null;
  redThreshold: number;
  pulseOverall: number | null;
}): AbsorptionScore {
  requireParameter(input.redThreshold > 0, 'redThreshold', 'must be positive');
  const headroom =
    input.ratio === null ? 0 : Math.min(100, Math.max(0, 100 * (1 - input.ratio / input.redThreshold)));
  const factors: AbsorptionFactor[] = [
    {
      factor: 'headroom',
      value: round1(headroom),
      weight: input.pulseOverall === null ? 1 : 0.5,
      detail:
        input.ratio === null
          ? 'Load with no capacity: no headroom.'
          : `Load is ${Math.round(input.ratio * 100)}% of capacity; the red line is at ${Math.round(input.redThreshold * 100)}%.`,
    },
  ];
  if (input.pulseOverall !== null) {
    requireParameter(input.pulseOverall >= 1 && input.pulseOverall <= 5, 'pulseOverall', 'must be 1–5');
    factors.push({
      factor: 'pulse',
      value: round1((100 * (input.pulseOverall - 1)) / 4),
      weight: 0.5,
      detail: `Latest pulse averages ${input.pulseOverall.toFixed(2)} of 5 on readiness, workload and wellbeing.`,
    });
  }
  const raw =
    input.pulseOverall === null ? headroom : 0.5 * headroom + (0.5 * 100 * (input.pulseOverall - 1)) / 4;
  return { score: Math.round(raw), factors };
}
