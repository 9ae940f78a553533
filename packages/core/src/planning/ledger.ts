import type { PreparedProblem } from './prepare';
import type { BindingConstraint } from './types';

/** Capacity slack: loads are sums of user numbers, so compare with a relative tolerance. */
const EPS = 1e-9;

/**
 * Load and active-step count per unit and month for a set of scheduled steps, and the constraints a further
 * step would break. Shared by the greedy plan, the optimizer's fill pass and the deferral reasons.
 */
export class UnitLedger {
  readonly load: Float64Array[];
  readonly active: Int32Array[];
  /** Start month per step index, −1 when not scheduled. */
  readonly start: Int32Array;

  constructor(private readonly prepared: PreparedProblem) {
    this.load = prepared.units.map(() => new Float64Array(prepared.horizon));
    this.active = prepared.units.map(() => new Int32Array(prepared.horizon));
    this.start = new Int32Array(prepared.steps.length).fill(-1);
  }

  add(s: number, t: number): void {
    const step = this.prepared.steps[s]!;
    this.start[s] = t;
    for (const { unit, load, concurrent } of step.loads) {
      for (let m = t; m < t + step.duration; m++) {
        this.load[unit]![m]! += load;
        if (concurrent) this.active[unit]![m]! += 1;
      }
    }
  }

  remove(s: number): void {
    const step = this.prepared.steps[s]!;
    const t = this.start[s]!;
    this.start[s] = -1;
    for (const { unit, load, concurrent } of step.loads) {
      for (let m = t; m < t + step.duration; m++) {
        this.load[unit]![m]! -= load;
        if (concurrent) this.active[unit]![m]! -= 1;
      }
    }
  }

  /** Every constraint step s would break by starting in month t, in the order dependency, unit, month. */
  violations(s: number, t: number, first = false): BindingConstraint[] {
    const { steps, units } = this.prepared;
    const step = steps[s]!;
    const found: BindingConstraint[] = [];
    for (const d of step.deps) {
      const start = this.start[d]!;
      const end = start < 0 ? null : start + steps[d]!.duration - 1;
      if (end === null || end >= t) {
        found.push({ kind: 'dependency', month: t, dependsOn: steps[d]!.id, prerequisiteEndMonth: end });
        if (first) return found;
      }
    }
    for (const { unit, load, concurrent } of step.loads) {
      const u = units[unit]!;
      for (let m = t; m < t + step.duration; m++) {
        const planned = this.load[unit]![m]!;
        const capacity = u.capacity[m]!;
        if (planned + load > capacity + EPS * Math.max(1, capacity)) {
          found.push({
            kind: 'capacity',
            month: t,
            loadMonth: m,
            unitId: u.id,
            plannedLoad: planned,
            stepLoad: load,
            capacity,
          });
          if (first) return found;
        }
        const activeSteps = this.active[unit]![m]!;
        if (concurrent && activeSteps + 1 > u.maxConcurrent) {
          found.push({
            kind: 'concurrency',
            month: t,
            loadMonth: m,
            unitId: u.id,
            activeSteps,
            maxConcurrent: u.maxConcurrent,
          });
          if (first) return found;
        }
      }
    }
    return found;
  }

  fits(s: number, t: number): boolean {
    return this.violations(s, t, true).length === 0;
  }

  /** The first month step s fits in, or null. */
  earliestFit(s: number): number | null {
    for (const t of this.prepared.steps[s]!.starts) if (this.fits(s, t)) return t;
    return null;
  }
}

/** A ledger holding the given schedule (step index → start month). */
export function ledgerOf(prepared: PreparedProblem, starts: Iterable<[number, number]>): UnitLedger {
  const ledger = new UnitLedger(prepared);
  for (const [s, t] of starts) ledger.add(s, t);
  return ledger;
}
