import type { PreparedProblem } from './prepare';
import type { PlanningProblem } from './types';

/**
 * Independent parts of a planning problem: steps are in one part when they share a receiving unit or one
 * depends on the other (directly or through others). Parts share no constraint, so their optima add up to
 * the whole problem's, and each part's MIP is far smaller than the whole (departments that change apart
 * are planned apart). Each part keeps the problem's horizon and discount; its units are the ones its steps
 * load. Parts come smallest first; step indices refer to `prepared.steps`.
 */
export function independentParts(prepared: PreparedProblem): { steps: number[]; problem: PlanningProblem }[] {
  const { steps, problem } = prepared;
  const parent = steps.map((s) => s.index);
  const find = (s: number): number => {
    let root = s;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[s] !== root) [s, parent[s]] = [parent[s]!, root];
    return root;
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const firstOnUnit = new Map<number, number>();
  for (const step of steps) {
    for (const d of step.deps) join(step.index, d);
    for (const { unit } of step.loads) {
      const other = firstOnUnit.get(unit);
      if (other === undefined) firstOnUnit.set(unit, step.index);
      else join(step.index, other);
    }
  }
  const groups = new Map<number, number[]>();
  for (const step of steps) {
    const root = find(step.index);
    const group = groups.get(root);
    if (group) group.push(step.index);
    else groups.set(root, [step.index]);
  }
  return [...groups.values()]
    .map((members) => {
      const units = new Set(members.flatMap((s) => steps[s]!.loads.map((l) => l.unit)));
      return {
        steps: members,
        problem: {
          ...problem,
          steps: members.map((s) => problem.steps[s]!),
          units: prepared.units.flatMap((unit, u) =>
            units.has(u) ? [{ id: unit.id, capacity: unit.capacity, maxConcurrent: unit.maxConcurrent }] : [],
          ),
        },
      };
    })
    .sort((a, b) => a.steps.length - b.steps.length);
}
