import type { EvidenceGrade } from '../evidence/grade';
import type { GateRecommendation } from '../sequencing/gate';

/**
 * How much of a step's expected value the optimizer counts, by the design of the evidence behind it
 * (core/evidence/grade.ts). These are documented judgement factors, not estimates:
 * - controlled 0.9 — a concurrent comparison group rules out changes over time; what remains is the risk
 *   that the effect does not transfer to the receiving units.
 * - before-after 0.7 — the same group before and during the pilot: anything else that changed meanwhile
 *   is mixed into the effect.
 * - anecdote 0.4 — too few measurements (or none): only the stated claim.
 */
export const GRADE_CONFIDENCE: Readonly<Record<EvidenceGrade, number>> = {
  controlled: 0.9,
  'before-after': 0.7,
  anecdote: 0.4,
};

/**
 * The gate's recommendation scales the grade's factor: advance keeps it (the gate's criteria are met),
 * hold 0.75 (some criterion is not yet met or lacks evidence), rework 0.5 (a criterion failed and the
 * stage must change first), roll back 0 (the step should not be taken).
 */
export const GATE_CONFIDENCE: Readonly<Record<GateRecommendation, number>> = {
  advance: 1,
  hold: 0.75,
  rework: 0.5,
  roll_back: 0,
};

/** Confidence in 0..1 = grade factor × gate factor (no gate evaluated yet: the grade factor alone). */
export function confidenceOf(input: { grade: EvidenceGrade; gate?: GateRecommendation | null }): number {
  return GRADE_CONFIDENCE[input.grade] * (input.gate ? GATE_CONFIDENCE[input.gate] : 1);
}
