import type { Highs } from 'highs';
import { requireParameter } from '../errors';
import { createRng } from '../random';
import { independentParts } from './components';
import { ledgerValue, warmStart } from './heuristics';
import { UnitLedger } from './ledger';
import { buildPlanningModel } from './model';
import { fillPlan, planFromLedger } from './plan';
import { type PreparedProblem, preparePlanningProblem } from './prepare';
import { improveByAnnealing } from './search';
import type { Plan, PlanningProblem } from './types';

export type { Highs } from 'highs';

export interface OptimizeOptions {
  /** Wall-clock limit for HiGHS (LP relaxation for the warm start, then the MIP), in seconds (`time_limit`). */
  timeLimitSeconds: number;
  /** Stop once (bound − value) ÷ value is at most this (HiGHS `mip_rel_gap`); 0 asks for the exact optimum. */
  relativeGap?: number;
  /** The loaded HiGHS module (`loadHighs()` from `@trellis/core/solver`). */
  highs: Highs;
}

/**
 * Plans the next steps with the MIP of `buildPlanningModel`, solved by HiGHS. Synchronous: it holds the
 * thread for up to the time limit, so a server runs it off the request thread (e.g. a worker).
 */
export function planNextSteps(problem: PlanningProblem, options: OptimizeOptions): Plan {
  const prepared = preparePlanningProblem(problem);
  checkOptions(options);
  return optimizePrepared(prepared, options.highs, options);
}

function checkOptions(options: OptimizeOptions): void {
  requireParameter(
    Number.isFinite(options.timeLimitSeconds) && options.timeLimitSeconds > 0,
    'timeLimitSeconds',
    'must be a number of seconds > 0',
  );
  const gap = options.relativeGap ?? 1e-4;
  requireParameter(Number.isFinite(gap) && gap >= 0, 'relativeGap', 'must be a number ≥ 0');
}

/** The share of a part's time limit the LP relaxation (for the warm start and a bound) may take. */
const LP_SHARE = 0.25;
/** The local search runs until this share of a part's time limit has passed; the MIP gets the rest. */
const SEARCH_UNTIL = 0.55;
/** …and for at most this many milliseconds per step of the part. */
const SEARCH_MS_PER_STEP = 10;
const OPTIMAL = 7;
const TIME_LIMIT = 13;
const FEASIBLE_SOLUTION = 2;

/** Below this, a part's solve is not worth starting HiGHS for more than its warm start and LP bound. */
const MIN_PART_SECONDS = 0.05;

export function optimizePrepared(prepared: PreparedProblem, highs: Highs, options: OptimizeOptions): Plan {
  checkOptions(options);
  const started = performance.now();
  const ledger = new UnitLedger(prepared);
  const parts = independentParts(prepared);
  let unplanned = prepared.steps.length;
  let bound = 0;
  let optimal = true;
  let solveMs = 0;
  // Smallest parts first, each with its share of the time left: what a small part does not use goes to the
  // larger ones after it.
  for (const part of parts) {
    const left = options.timeLimitSeconds - (performance.now() - started) / 1000;
    const share = Math.max((left * part.steps.length) / unplanned, MIN_PART_SECONDS);
    unplanned -= part.steps.length;
    const result = solvePart(part.prepared, highs, {
      timeLimitSeconds: share,
      relativeGap: options.relativeGap ?? 1e-4,
    });
    result.ledger.start.forEach((t, k) => {
      if (t >= 0) ledger.add(part.steps[k]!, t);
    });
    bound += result.bound;
    optimal &&= result.optimal;
    solveMs += result.solveMs;
  }
  return planFromLedger(prepared, ledger, {
    method: 'optimizer',
    status: optimal ? 'optimal' : 'time-limit',
    bound,
    solveMs,
  });
}

interface PartResult {
  ledger: UnitLedger;
  /** HiGHS's proven upper bound on the part's value (+∞ when it stopped before having one). */
  bound: number;
  optimal: boolean;
  solveMs: number;
}

/** One independent part: the warm start, then the MIP from it within the part's time limit. */
function solvePart(
  prepared: PreparedProblem,
  highs: Highs,
  options: { timeLimitSeconds: number; relativeGap: number },
): PartResult {
  const started = performance.now();
  const limitMs = options.timeLimitSeconds * 1000;
  const ledger = new UnitLedger(prepared);
  const model = buildPlanningModel(prepared);
  const columnByName = new Map(model.columns.map((c, i) => [c.name, i]));
  const solver = highs.createModel({ format: 'lp', data: model.lp });
  try {
    // HiGHS orders columns as the LP text first mentions them; map its order to ours by name.
    const order = model.columns.map((_, i) => columnByName.get(solver.getColName(i))!);
    const n = order.length;
    // The LP relaxation first (same model, integrality cleared) for LP rounding; its basis stays for the MIP.
    solver.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds * LP_SHARE,
      random_seed: 0,
    });
    solver.clearIntegrality();
    solver.run();
    const lpOptimal = solver.getModelStatus() === OPTIMAL;
    // The LP relaxation's optimum bounds the MIP's: kept in case the MIP stops before its own root bound.
    const lpBound = lpOptimal ? solver.getObjectiveValue() : Number.POSITIVE_INFINITY;
    const relaxation = lpOptimal
      ? Array.from(solver.getSolution().colValue, (value, i) => ({
          column: model.columns[order[i]!]!,
          value,
        }))
      : null;
    const warm = warmStart(prepared, relaxation);
    // No search when the warm start already meets the LP bound; otherwise it is capped by the part's size,
    // so a small problem asked for its exact optimum with a long limit goes straight to the MIP.
    if (ledgerValue(prepared, warm) < lpBound - 1e-9 * Math.max(1, lpBound)) {
      const searchMs = Math.min(SEARCH_UNTIL * limitMs, SEARCH_MS_PER_STEP * prepared.steps.length);
      improveByAnnealing(prepared, warm, { deadline: started + searchMs }, createRng(1));
    }
    solver.changeColsIntegrality({ kind: 'range', from: 0, to: n - 1 }, new Int32Array(n).fill(1));
    solver.setSolution({
      colValue: order.map((c) => (warm.start[model.columns[c]!.step] === model.columns[c]!.month ? 1 : 0)),
    });
    // The MIP gets what the LP and the search left of the part's time, and starts from the search's best.
    solver.options.set({
      time_limit: Math.max((limitMs - (performance.now() - started)) / 1000, options.timeLimitSeconds * 0.1),
      mip_rel_gap: options.relativeGap,
    });
    solver.run();
    const status = solver.getModelStatus();
    if (status !== OPTIMAL && status !== TIME_LIMIT) {
      throw new Error(
        `HiGHS stopped with model status ${status} on a model that is feasible by construction`,
      );
    }
    const chosen = new Int32Array(prepared.steps.length).fill(-1);
    if (Number(solver.info.get('primal_solution_status')) === FEASIBLE_SOLUTION) {
      const values = solver.getSolution().colValue;
      values.forEach((v, i) => {
        if (v < 0.5) return;
        const column = model.columns[order[i]!]!;
        chosen[column.step] = column.month;
      });
    }
    // Re-checked exactly: a step the solver placed only within its feasibility tolerance is left to the fill.
    for (const s of prepared.order) {
      const t = chosen[s]!;
      if (t >= 0 && ledger.fits(s, t)) ledger.add(s, t);
    }
    fillPlan(prepared, ledger);
    // A MIP stopped before its first bound reports none: then only the LP's (or no bound: +∞) holds.
    const reported = Number(solver.info.get('mip_dual_bound'));
    const mipBound = Number.isFinite(reported) ? reported : Number.POSITIVE_INFINITY;
    return {
      ledger: ledgerValue(prepared, ledger) >= ledgerValue(prepared, warm) ? ledger : warm,
      // Every step at most once, undiscounted: a bound even when HiGHS stopped before having one.
      bound: Math.min(
        mipBound,
        lpBound,
        prepared.steps.reduce((sum, step) => sum + step.weight, 0),
      ),
      optimal: status === OPTIMAL,
      solveMs: solver.getRunTime() * 1000,
    };
  } finally {
    solver.dispose();
  }
}
