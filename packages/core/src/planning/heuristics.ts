import { densityScore, scheduleInRankOrder } from './greedy';
import { UnitLedger } from './ledger';
import type { ModelColumn } from './model';
import { fillPlan } from './plan';
import type { PreparedProblem, PreparedStep } from './prepare';

/** A column's value in the LP relaxation. */
export interface RelaxedColumn {
  column: ModelColumn;
  value: number;
}

/**
 * Starting schedules for the MIP. Greedy orders alone miss what the optimizer sees (a low-value pilot that
 * unlocks a valuable scale-out; a step's use of scarce capacity), so the warm start is the best of:
 * rank by value, by chain value (own value plus what it unlocks), by chain value per scarce capacity, and
 * LP rounding (solve the LP relaxation, take start months in order of their LP value). Each is filled and
 * then improved by swaps.
 */
export function warmStart(prepared: PreparedProblem, relaxation: RelaxedColumn[] | null): UnitLedger {
  const candidates = [
    scheduleInRankOrder(prepared, (s) => s.weight),
    ...chainScores(prepared).map((score) => scheduleInRankOrder(prepared, score)),
    ...(relaxation ? [roundRelaxation(prepared, relaxation)] : []),
  ];
  let best = candidates[0]!;
  let bestValue = -1;
  for (const ledger of candidates) {
    fillPlan(prepared, ledger);
    improveBySwaps(prepared, ledger);
    const value = ledgerValue(prepared, ledger);
    if (value > bestValue) {
      best = ledger;
      bestValue = value;
    }
  }
  return best;
}

export function ledgerValue(prepared: PreparedProblem, ledger: UnitLedger): number {
  let total = 0;
  ledger.start.forEach((t, s) => {
    if (t >= 0) total += prepared.steps[s]!.weight * prepared.discount[t]!;
  });
  return total;
}

/** Chain value, and chain value per chain use of scarce capacity; a dependent's share splits over its prerequisites. */
function chainScores(prepared: PreparedProblem): ((step: PreparedStep) => number)[] {
  const { steps, order } = prepared;
  const density = densityScore(prepared);
  const dependents: number[][] = steps.map(() => []);
  for (const s of steps) for (const d of s.deps) dependents[d]!.push(s.index);
  const value = new Float64Array(steps.length);
  const use = new Float64Array(steps.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const step = steps[order[i]!]!;
    const own = step.weight > 0 ? step.weight / density(step) : 1e-9;
    let chainValue = step.weight;
    let chainUse = own;
    for (const d of dependents[step.index]!) {
      chainValue += value[d]! / steps[d]!.deps.length;
      chainUse += use[d]! / steps[d]!.deps.length;
    }
    value[step.index] = chainValue;
    use[step.index] = chainUse;
  }
  return [(s) => value[s.index]!, (s) => value[s.index]! / use[s.index]!];
}

/** LP rounding: start months in order of LP value (then discounted value), each if it fits, until none does. */
function roundRelaxation(prepared: PreparedProblem, relaxation: RelaxedColumn[]): UnitLedger {
  const ledger = new UnitLedger(prepared);
  const ranked = relaxation
    .filter((c) => c.value > 1e-6)
    .map((c) => ({ ...c, worth: prepared.steps[c.column.step]!.weight * prepared.discount[c.column.month]! }))
    .sort((a, b) => b.value - a.value || b.worth - a.worth);
  for (let added = true; added; ) {
    added = false;
    for (const { column } of ranked) {
      if (ledger.start[column.step]! >= 0 || !ledger.fits(column.step, column.month)) continue;
      ledger.add(column.step, column.month);
      added = true;
    }
  }
  return ledger;
}

/**
 * Local search: a deferred step takes the place of one scheduled step that blocks it (one with no scheduled
 * dependents) when that raises the value, counting the blocker's own re-insertion elsewhere; repeated while
 * some swap helps (at most `passes` rounds), then the plan is filled again.
 */
function improveBySwaps(prepared: PreparedProblem, ledger: UnitLedger, passes = 3): void {
  const { steps, discount } = prepared;
  const worth = (s: number, t: number) => steps[s]!.weight * discount[t]!;
  const unitIndex = new Map(prepared.units.map((u, i) => [u.id, i]));
  const dependents: number[][] = steps.map(() => []);
  for (const step of steps) for (const d of step.deps) dependents[d]!.push(step.index);
  const occupants = (unit: number, month: number) =>
    steps.filter((b) => {
      const t = ledger.start[b.index]!;
      return t >= 0 && t <= month && month < t + b.duration && b.loads.some((l) => l.unit === unit);
    });
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    const deferred = steps.filter((s) => ledger.start[s.index]! < 0 && s.weight > 0);
    deferred.sort((a, b) => b.weight - a.weight);
    for (const step of deferred) {
      if (ledger.start[step.index]! >= 0) continue;
      swap: for (const t of step.starts) {
        const broken = ledger.violations(step.index, t);
        if (broken.some((b) => b.kind === 'dependency')) continue;
        const blockers = new Set<number>();
        for (const b of broken) {
          if (b.kind === 'dependency') continue;
          for (const o of occupants(unitIndex.get(b.unitId)!, b.loadMonth)) blockers.add(o.index);
        }
        for (const b of blockers) {
          if (dependents[b]!.some((d) => ledger.start[d]! >= 0)) continue;
          const was = ledger.start[b]!;
          ledger.remove(b);
          if (!ledger.fits(step.index, t)) {
            ledger.add(b, was);
            continue;
          }
          ledger.add(step.index, t);
          const again = ledger.earliestFit(b);
          const gain = worth(step.index, t) - worth(b, was) + (again === null ? 0 : worth(b, again));
          if (gain > 1e-9) {
            if (again !== null) ledger.add(b, again);
            improved = true;
            break swap;
          }
          ledger.remove(step.index);
          ledger.add(b, was);
        }
      }
    }
    fillPlan(prepared, ledger);
    if (!improved) return;
  }
}
