import { requireParameter } from '../errors';

/**
 * The review effort an outgoing limit needs. With a share f of outputs reviewed at random and every defect
 * found in review fixed, the outgoing defect rate is p (1 − f) (the AOQ of fixed-rate sampling, Dodge 1943),
 * so meeting a limit L at incoming rate p needs f ≥ 1 − L / p (0 when p ≤ L).
 */
export function requiredReviewEffort(defectRate: number, outgoingLimit: number): number {
  requireParameter(defectRate >= 0 && defectRate <= 1, 'defectRate', 'must be in [0, 1]');
  requireParameter(outgoingLimit > 0 && outgoingLimit < 1, 'outgoingLimit', 'must be in (0, 1)');
  return defectRate <= outgoingLimit ? 0 : 1 - outgoingLimit / defectRate;
}

export type EffortVerdict = 'below' | 'enough' | 'far_above';

/** "Far above": more than twice the required effort and at least this much above it. */
export const FAR_ABOVE_MARGIN = 0.25;

/** Compares the effort spent with the effort needed (both shares of outputs reviewed). */
export function judgeReviewEffort(effort: number, required: number): EffortVerdict {
  requireParameter(effort >= 0 && effort <= 1, 'effort', 'must be in [0, 1]');
  requireParameter(required >= 0 && required <= 1, 'required', 'must be in [0, 1]');
  if (effort < required) return 'below';
  if (effort > 2 * required && effort - required >= FAR_ABOVE_MARGIN) return 'far_above';
  return 'enough';
}
