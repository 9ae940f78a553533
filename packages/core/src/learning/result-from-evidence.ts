import { InvalidParameterError } from '../errors';
import type { ExperimentResult } from './vocabulary';

/** A metric's measured effect (observed − baseline) with a confidence interval, as the evidence holds it. */
export interface MetricEffect {
  metric: string;
  /** Which way the hypothesis says the metric moves. */
  direction: 'increase' | 'decrease';
  /** Lower and upper bounds of the effect's confidence interval, in the metric's units. */
  lower: number;
  upper: number;
}

/**
 * The result an experiment's evidence supports, by the confidence-interval rule: the hypothesis is
 * *supported* when every metric's interval lies wholly on the hypothesized side of zero, *refuted* when
 * any metric's interval lies wholly on the other side, and *inconclusive* otherwise (an interval that
 * covers zero cannot tell an effect from none). With no metrics there is no evidence: inconclusive.
 */
export function resultFromEvidence(effects: readonly MetricEffect[]): ExperimentResult {
  for (const e of effects) {
    if (!Number.isFinite(e.lower) || !Number.isFinite(e.upper) || e.lower > e.upper) {
      throw new InvalidParameterError(
        'effects',
        `${e.metric}: the interval must be finite with lower ≤ upper`,
      );
    }
  }
  if (effects.length === 0) return 'inconclusive';
  // Signed so that a positive value is the hypothesized direction.
  const oriented = effects.map((e) =>
    e.direction === 'increase' ? { lower: e.lower, upper: e.upper } : { lower: -e.upper, upper: -e.lower },
  );
  if (oriented.some((e) => e.upper < 0)) return 'refuted';
  if (oriented.every((e) => e.lower > 0)) return 'supported';
  return 'inconclusive';
}
