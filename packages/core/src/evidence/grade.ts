import { requireParameter } from '../errors';

export const evidenceGrades = ['anecdote', 'before-after', 'controlled'] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

/** Which two samples the effect compares. */
export type Contrast = 'concurrent' | 'before-after';

/** Fewest measurements per compared window for more than an anecdote. */
export const MIN_MEASUREMENTS = 10;

/** What the measurements' design is, counted per group and window (for proportions: trials). */
export interface EvidenceDesign {
  /** The pilot group in the baseline window. */
  baselineN: number;
  /** The pilot group in the pilot window. */
  pilotN: number;
  /** A concurrent comparison group (without the pilot) in the pilot window. */
  comparisonN: number;
  /** Fewest per window for more than an anecdote (default MIN_MEASUREMENTS). */
  minimum?: number;
  /** What the counts count, for the reason (default "measurements"; e.g. "observations" for proportions). */
  noun?: string;
}

export interface EvidenceGrading {
  grade: EvidenceGrade;
  reason: string;
  /** The samples the effect compares, or null when there is nothing to compare. */
  contrast: Contrast | null;
}

/**
 * The grade follows the design, never the size of the effect:
 * 1. controlled — a concurrent comparison group and the pilot group each have ≥ minimum measurements in
 *    the pilot window; the effect compares the two groups over the same period.
 * 2. before-after — the pilot group has ≥ minimum measurements in both windows but no adequate comparison
 *    group; the effect compares the group with itself earlier, so anything else that changed meanwhile is
 *    mixed in.
 * 3. anecdote — anything less (no measurements, or a compared window below the minimum); an effect is
 *    still shown when both sides of a contrast have ≥ 2 measurements, concurrent preferred.
 */
export function gradeEvidence(design: EvidenceDesign): EvidenceGrading {
  const minimum = design.minimum ?? MIN_MEASUREMENTS;
  for (const key of ['baselineN', 'pilotN', 'comparisonN'] as const) {
    const n = design[key];
    requireParameter(Number.isInteger(n) && n >= 0, key, 'must be a count ≥ 0');
  }
  requireParameter(Number.isInteger(minimum) && minimum >= 2, 'minimum', 'must be an integer ≥ 2');
  const { baselineN, pilotN, comparisonN } = design;
  const noun = design.noun ?? 'measurements';
  if (pilotN >= minimum && comparisonN >= minimum) {
    return {
      grade: 'controlled',
      contrast: 'concurrent',
      reason: `A concurrent comparison group: ${pilotN} pilot-group and ${comparisonN} comparison-group ${noun} in the pilot window (at least ${minimum} each).`,
    };
  }
  if (pilotN >= minimum && baselineN >= minimum) {
    const without =
      comparisonN > 0
        ? `the comparison group has only ${comparisonN} ${noun} (fewer than ${minimum})`
        : 'there is no concurrent comparison group';
    return {
      grade: 'before-after',
      contrast: 'before-after',
      reason: `The same group before (${baselineN} ${noun}) and during the pilot (${pilotN}); ${without}, so other changes over time are not ruled out.`,
    };
  }
  const contrast: Contrast | null =
    pilotN >= 2 && comparisonN >= 2 ? 'concurrent' : pilotN >= 2 && baselineN >= 2 ? 'before-after' : null;
  if (baselineN + pilotN + comparisonN === 0) {
    return { grade: 'anecdote', contrast, reason: 'No measurements yet: only the stated claim.' };
  }
  return {
    grade: 'anecdote',
    contrast,
    reason: `Too few ${noun} to compare: baseline ${baselineN}, pilot ${pilotN}, comparison group ${comparisonN}; a comparison needs at least ${minimum} in each of two windows.`,
  };
}
