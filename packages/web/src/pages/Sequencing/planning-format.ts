import { addMonths, monthLabel, type Plan, type PlanningProblem, unitLoads } from '@trellis/core';
import type { PlanningRun, PlanningStep, PlanningUnit } from '../../api/planning';

export const stepName = (s: Pick<PlanningStep, 'applicationName' | 'stageName'>) =>
  `${s.applicationName} → ${s.stageName}`;
export const formatValue = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
export const formatGap = (gap: number | null) => (gap === null ? '—' : `${(100 * gap).toFixed(2)} %`);
export const formatPercent = (ratio: number) => `${Math.round(100 * ratio)} %`;
/** Month index of a run → "March 2027". */
export const runMonth = (run: Pick<PlanningRun, 'startMonth'>, m: number) =>
  monthLabel(addMonths(run.startMonth, m));

export type CellStatus = 'green' | 'amber' | 'red';
export const CELL_COLOR: Record<CellStatus, string> = { green: 'teal', amber: 'yellow', red: 'red' };

export interface RoadmapCell {
  load: number;
  capacity: number;
  ratio: number | null;
  status: CellStatus;
  /** Steps of the plan active in the unit that month. */
  active: number;
}

export interface RoadmapState {
  /** Per unit id, one cell per month. */
  cells: Map<string, RoadmapCell[]>;
  /** Σ value × confidence × (1 + r)^−start over the scheduled steps. */
  value: number;
  /** Sentences for what the schedule breaks: capacity above red, more than k at once, a prerequisite not ended. */
  problems: string[];
  /**
   * Unit-months above red from changes already under way alone, where the schedule adds nothing: no plan
   * can fix them, so they are not the schedule's problems (the optimizer plans around them).
   */
  alreadyOver: string[];
}

/**
 * The optimizer's problem as the run stored it, with whole capacities (committed load is added to the plan's)
 * and each step's load rolled up the hierarchy as the run computed it.
 */
export function problemOf(run: PlanningRun): PlanningProblem {
  return {
    horizonMonths: run.months.length,
    discountRate: run.discountRate,
    units: run.units.map((u) => ({ id: u.id, capacity: u.capacity, maxConcurrent: u.maxConcurrent })),
    steps: run.steps.map((s) => ({
      id: s.stageId,
      applicationId: s.applicationId,
      label: stepName(s),
      value: s.expectedValue,
      confidence: s.confidence,
      loads: (
        s.loads ?? s.unitIds.map((unitId) => ({ unitId, load: s.changeLoad, concurrent: true }))
      ).filter((l) => l.load > 0),
      durationMonths: s.durationMonths,
      earliestMonth: s.earliestMonth,
      dependsOn: s.dependsOn,
    })),
  };
}

const statusOf = (unit: PlanningUnit, ratio: number | null): CellStatus =>
  ratio === null
    ? 'green'
    : ratio > unit.redThreshold
      ? 'red'
      : ratio >= unit.amberThreshold
        ? 'amber'
        : 'green';

/**
 * Load ÷ capacity per unit and month for a schedule (stage id → start month), with core's `unitLoads`, the
 * plan's value and what the schedule breaks — computed in the browser, so a dragged step shows its
 * consequences at once.
 */
export function roadmapState(run: PlanningRun, starts: Map<string, number>): RoadmapState {
  const problem = problemOf(run);
  const steps = new Map(run.steps.map((s) => [s.stageId, s]));
  const scheduled = [...starts].map(([stepId, startMonth]) => ({
    stepId,
    startMonth,
    endMonth: startMonth + steps.get(stepId)!.durationMonths - 1,
    discountedValue: 0,
  }));
  const plan: Plan = {
    method: 'optimizer',
    status: 'optimal',
    scheduled,
    deferred: [],
    value: 0,
    bound: null,
    gap: null,
    solveMs: null,
  };
  const loads = unitLoads(problem, plan);
  const problems: string[] = [];
  const alreadyOver: string[] = [];
  const cells = new Map<string, RoadmapCell[]>();
  for (const unit of run.units) {
    const row = loads.get(unit.id)!;
    cells.set(
      unit.id,
      run.months.map((_, m) => {
        const load = unit.committed[m]! + row[m]!;
        const capacity = unit.capacity[m]!;
        const ratio = capacity > 0 ? load / capacity : load > 0 ? Number.POSITIVE_INFINITY : null;
        const active = scheduled.filter(
          (s) => s.startMonth <= m && m <= s.endMonth && steps.get(s.stepId)!.unitIds.includes(unit.id),
        ).length;
        const status = statusOf(unit, ratio);
        const at = `${unit.name} is at ${formatPercent(ratio ?? 0)} of its change capacity in ${runMonth(run, m)}`;
        if (status === 'red' && row[m]! > 0) problems.push(at);
        else if (status === 'red') alreadyOver.push(`${at}, from changes already under way`);
        if (active > unit.maxConcurrent)
          problems.push(
            `${unit.name} takes ${active} changes at once in ${runMonth(run, m)} (at most ${unit.maxConcurrent})`,
          );
        return { load, capacity, ratio, status, active };
      }),
    );
  }
  let value = 0;
  for (const s of scheduled) {
    const step = steps.get(s.stepId)!;
    value += step.expectedValue * step.confidence * (1 + run.discountRate) ** -s.startMonth;
    for (const d of step.dependsOn) {
      const p = starts.get(d);
      const prerequisite = steps.get(d);
      if (!prerequisite) continue;
      if (p === undefined)
        problems.push(`${stepName(step)} needs ${stepName(prerequisite)}, which is not scheduled`);
      else if (p + prerequisite.durationMonths > s.startMonth)
        problems.push(
          `${stepName(step)} starts before ${stepName(prerequisite)} ends (${runMonth(run, p + prerequisite.durationMonths - 1)})`,
        );
    }
    if (s.endMonth >= run.months.length) problems.push(`${stepName(step)} runs past the horizon`);
  }
  return { cells, value, problems, alreadyOver };
}
