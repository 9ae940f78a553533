import type { GateCriterionKind } from './criteria';
import { CRITERION_LABELS } from './criteria';

export const criterionStatuses = ['met', 'not_met', 'not_enough_evidence'] as const;
export type CriterionStatus = (typeof criterionStatuses)[number];

export const gateRecommendations = ['advance', 'hold', 'rework', 'roll_back'] as const;
export type GateRecommendation = (typeof gateRecommendations)[number];

export interface CriterionResult {
  kind: GateCriterionKind;
  status: CriterionStatus;
  /**
   * Not met beyond doubt in a way that harms the people already using the application (e.g. even the lower
   * bound of the defect rate is above the target): the gate then recommends rolling the stage back.
   */
  severe?: boolean;
}

export interface GateRecommendationResult {
  recommendation: GateRecommendation;
  /** 'met' when every criterion is; 'not_met' when one is not; else 'not_enough_evidence'. */
  status: CriterionStatus;
  reason: string;
  /** The criteria behind the recommendation (empty when advancing). */
  because: GateCriterionKind[];
}

/** Measured shortfalls of the running stage itself: when not met, the stage needs rework. */
const REWORK: ReadonlySet<GateCriterionKind> = new Set(['quality', 'adoption']);

const names = (kinds: GateCriterionKind[]) => kinds.map((k) => CRITERION_LABELS[k]).join(', ');

/**
 * What a gate recommends from its criteria's statuses, first rule that applies:
 * 1. a severe failure → roll back (the running stage harms its users);
 * 2. the running stage measurably falls short (quality, adoption) → rework;
 * 3. something is not done or not ready yet (capacity, pulse, time, approval, core review, boundaries) → hold;
 * 4. some criterion lacks evidence → hold until it comes in;
 * 5. every criterion met (or none set) → advance.
 */
export function recommendGate(results: readonly CriterionResult[]): GateRecommendationResult {
  const notMet = results.filter((r) => r.status === 'not_met');
  const severe = notMet.filter((r) => r.severe).map((r) => r.kind);
  const missing = results.filter((r) => r.status === 'not_enough_evidence').map((r) => r.kind);
  const status: CriterionStatus = notMet.length ? 'not_met' : missing.length ? 'not_enough_evidence' : 'met';
  if (severe.length)
    return {
      recommendation: 'roll_back',
      status,
      reason: `${names(severe)} clearly fails its target: roll the stage back.`,
      because: severe,
    };
  const rework = notMet.filter((r) => REWORK.has(r.kind)).map((r) => r.kind);
  if (rework.length)
    return {
      recommendation: 'rework',
      status,
      reason: `${names(rework)} not met: rework the stage before going further.`,
      because: rework,
    };
  const waiting = notMet.map((r) => r.kind);
  if (waiting.length)
    return {
      recommendation: 'hold',
      status,
      reason: `${names(waiting)} not met yet: hold until ${waiting.length > 1 ? 'they are' : 'it is'}.`,
      because: waiting,
    };
  if (missing.length)
    return {
      recommendation: 'hold',
      status,
      reason: `Not enough evidence yet for ${names(missing)}: hold until it comes in.`,
      because: missing,
    };
  return {
    recommendation: 'advance',
    status,
    reason: results.length ? 'Every criterion is met: advance.' : 'The gate has no criteria: advance.',
    because: [],
  };
}
