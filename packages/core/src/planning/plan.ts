import type { UnitLedger } from './ledger';
import type { PreparedProblem } from './prepare';
import { explainDeferral } from './reasons';
import type { Plan, ScheduledStep } from './types';

/**
 * Adds every deferred step with value that still fits, best discounted value first at its earliest fitting
 * month, repeating until none fits. A solver stopped by its time limit can leave such steps out; an optimum
 * never does (adding one would raise the value).
 */
export function fillPlan(prepared: PreparedProblem, ledger: UnitLedger): number {
  let added = 0;
  for (;;) {
    let best: { s: number; t: number; value: number } | null = null;
    for (const s of prepared.order) {
      const step = prepared.steps[s]!;
      if (ledger.start[s]! >= 0 || step.weight === 0) continue;
      const t = ledger.earliestFit(s);
      if (t === null) continue;
      const value = step.weight * prepared.discount[t]!;
      if (!best || value > best.value) best = { s, t, value };
    }
    if (!best) return added;
    ledger.add(best.s, best.t);
    added++;
  }
}

/** The plan a ledger holds: scheduled steps by start month, every other step with its binding reason. */
export function planFromLedger(
  prepared: PreparedProblem,
  ledger: UnitLedger,
  meta: Pick<Plan, 'method' | 'status' | 'bound' | 'solveMs'>,
): Plan {
  const scheduled: ScheduledStep[] = [];
  const deferred: Plan['deferred'] = [];
  let value = 0;
  for (const step of prepared.steps) {
    const t = ledger.start[step.index]!;
    if (t < 0) {
      deferred.push(explainDeferral(prepared, ledger, step.index));
      continue;
    }
    const discountedValue = step.weight * prepared.discount[t]!;
    value += discountedValue;
    scheduled.push({ stepId: step.id, startMonth: t, endMonth: t + step.duration - 1, discountedValue });
  }
  scheduled.sort((a, b) => a.startMonth - b.startMonth || a.stepId.localeCompare(b.stepId));
  const bound = meta.bound === null ? null : Math.max(meta.bound, value);
  const gap =
    bound === null ? null : value > 0 ? (bound - value) / value : bound > 0 ? Number.POSITIVE_INFINITY : 0;
  return { ...meta, scheduled, deferred, value, bound, gap };
}
