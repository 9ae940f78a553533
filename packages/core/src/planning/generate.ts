import { requireParameter } from '../errors';
import type { Rng } from '../random';
import type { CandidateStep, PlanningProblem, PlanningUnit } from './types';

export interface PortfolioOptions {
  rng: Rng;
  steps: number;
  units: number;
  horizonMonths: number;
  /**
   * Each unit's monthly capacity as a share of the load its candidate steps would put on it per month if all
   * ran (never below its largest single load): 0.3 is capacity-tight, ≥ 1 leaves room for everything.
   */
  tightness: number;
  discountRate?: number;
  /** At most this many steps active in a unit per month (default 3). */
  maxConcurrent?: number;
}

const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
const between = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const integer = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * A seeded portfolio of candidate steps: applications with 1–4 stages in a chain (each stage depends on the
 * one before), later stages reaching more units of the home unit's department (units in departments of ten; home units
 * drawn with popularity ∝ rank^−0.5, so some teams receive many changes); value ∝ reach × a log-normal factor (σ 0.8) independent of load; confidence
 * falling with stage; durations 1–4 months, chains fitting the horizon.
 */
export function generatePortfolio(options: PortfolioOptions): PlanningProblem {
  const { rng, horizonMonths: horizon } = options;
  requireParameter(Number.isInteger(options.steps) && options.steps >= 0, 'steps', 'must be an integer ≥ 0');
  requireParameter(Number.isInteger(options.units) && options.units >= 1, 'units', 'must be an integer ≥ 1');
  requireParameter(Number.isInteger(horizon) && horizon >= 4, 'horizonMonths', 'must be an integer ≥ 4');
  requireParameter(options.tightness > 0, 'tightness', 'must be > 0');
  // Units sit in departments of ten; an application expands from its home unit to others in its department.
  const popularity = Array.from({ length: options.units }, (_, u) => 1 / (u + 1) ** 0.5);
  const total = popularity.reduce((a, b) => a + b, 0);
  const pickUnit = () => {
    let x = rng() * total;
    for (let u = 0; u < popularity.length; u++) {
      x -= popularity[u]!;
      if (x < 0) return u;
    }
    return popularity.length - 1;
  };
  const department = (home: number) => {
    const first = home - (home % 10);
    return Array.from({ length: Math.min(10, options.units - first) }, (_, i) => first + i);
  };
  const steps: CandidateStep[] = [];
  for (let a = 0; steps.length < options.steps; a++) {
    const stages = Math.min(integer(rng, 1, 4), options.steps - steps.length);
    const home = pickUnit();
    const budget = horizon - integer(rng, 0, 2);
    let used = 0;
    for (let k = 0; k < stages; k++) {
      const neighbours = department(home);
      const reach = new Set([home]);
      while (reach.size < Math.min(k + 1, neighbours.length))
        reach.add(neighbours[integer(rng, 0, neighbours.length - 1)]!);
      const duration = Math.max(1, Math.min(integer(rng, 1, 4), budget - used - (stages - k - 1)));
      used += duration;
      steps.push({
        id: `s${steps.length}`,
        applicationId: `app${a}`,
        label: `app${a} stage ${k + 1}`,
        value: Math.round(100 * reach.size * Math.exp(0.8 * normal(rng))),
        confidence: Math.round(100 * between(rng, 0.55, 0.95) * 0.9 ** k) / 100,
        loads: [...reach].map((u) => ({ unitId: `u${u}`, load: Math.round(10 * between(rng, 0.5, 3)) / 10 })),
        durationMonths: duration,
        earliestMonth: k === 0 ? integer(rng, 0, Math.min(2, horizon - budget)) : 0,
        dependsOn: k === 0 ? [] : [steps[steps.length - 1]!.id],
      });
    }
  }
  return {
    steps,
    units: unitsFor(steps, options),
    horizonMonths: horizon,
    discountRate: options.discountRate ?? 0.01,
  };
}

function unitsFor(steps: CandidateStep[], options: PortfolioOptions): PlanningUnit[] {
  const demand = new Map<string, number>();
  const largest = new Map<string, number>();
  for (const step of steps) {
    for (const { unitId, load } of step.loads) {
      demand.set(unitId, (demand.get(unitId) ?? 0) + load * step.durationMonths);
      largest.set(unitId, Math.max(largest.get(unitId) ?? 0, load));
    }
  }
  return Array.from({ length: options.units }, (_, u) => {
    const id = `u${u}`;
    const perMonth = ((demand.get(id) ?? 0) / options.horizonMonths) * options.tightness;
    const capacity = Math.max(largest.get(id) ?? 1, Math.round(10 * perMonth) / 10);
    return { id, capacity, maxConcurrent: options.maxConcurrent ?? 3 };
  });
}
