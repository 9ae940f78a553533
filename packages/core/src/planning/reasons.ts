import type { UnitLedger } from './ledger';
import type { PreparedProblem } from './prepare';
import type { DeferredStep } from './types';

/**
 * Why a step is deferred: with every scheduled step where the plan puts it, the constraints that starting
 * it would break in each month it could start in. Exact by construction (it re-checks the constraints the
 * model states); a deferred step with value that fits somewhere has no reason, so callers fill such steps
 * in first (see `fillPlan`), and the optimizer's optimum leaves none.
 */
export function explainDeferral(prepared: PreparedProblem, ledger: UnitLedger, s: number): DeferredStep {
  const step = prepared.steps[s]!;
  const blockedMonths = step.starts.map((month) => ({ month, constraints: ledger.violations(s, month) }));
  if (step.weight === 0) return { stepId: step.id, reason: { kind: 'no-value' }, blockedMonths };
  const open = blockedMonths.find((b) => b.constraints.length === 0);
  if (open) {
    throw new Error(`step '${step.id}' is deferred but fits in month ${open.month}: fill the plan first`);
  }
  return { stepId: step.id, reason: blockedMonths[0]!.constraints[0]!, blockedMonths };
}
