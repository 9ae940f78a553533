import type { PreparedProblem } from './prepare';

/** One independent part: `steps` are its step indices in the whole problem, `prepared` the part alone. */
export interface IndependentPart {
  steps: number[];
  prepared: PreparedProblem;
}

/**
 * Independent parts of a planning problem: steps are in one part when they share a receiving unit or one
 * depends on the other (directly or through others). Parts share no constraint, so their optima add up to
 * the whole problem's, and each part's MIP is far smaller than the whole (departments that change apart
 * are planned apart). Each part is the prepared problem cut down to its steps and the units they load,
 * indices renumbered, nothing validated or computed again. Parts come smallest first.
 */
export function independentParts(prepared: PreparedProblem): IndependentPart[] {
  const { steps } = prepared;
  const parent = steps.map((s) => s.index);
  const find = (s: number): number => {
    let root = s;
    while (parent[root] !== root) root = parent[root]!;
    for (let at = s; parent[at] !== root; ) {
      const next = parent[at]!;
      parent[at] = root;
      at = next;
    }
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
    .map((members) => ({ steps: members, prepared: restrict(prepared, members) }))
    .sort((a, b) => a.steps.length - b.steps.length);
}

/** The prepared problem cut down to `members` (in order) and the units they load (in the problem's order). */
function restrict(prepared: PreparedProblem, members: number[]): PreparedProblem {
  const local = new Map(members.map((s, k) => [s, k]));
  const loaded = new Set(members.flatMap((s) => prepared.steps[s]!.loads.map((l) => l.unit)));
  const unitList = prepared.units.flatMap((_, u) => (loaded.has(u) ? [u] : []));
  const unitLocal = new Map(unitList.map((u, k) => [u, k]));
  const steps = members.map((s, k) => {
    const step = prepared.steps[s]!;
    return {
      ...step,
      index: k,
      loads: step.loads.map((l) => ({ ...l, unit: unitLocal.get(l.unit)! })),
      deps: step.deps.map((d) => local.get(d)!),
    };
  });
  return {
    problem: {
      ...prepared.problem,
      steps: members.map((s) => prepared.problem.steps[s]!),
      units: unitList.map((u) => prepared.problem.units[u]!),
    },
    horizon: prepared.horizon,
    steps,
    units: unitList.map((u) => prepared.units[u]!),
    stepIndex: new Map(steps.map((s) => [s.id, s.index])),
    order: prepared.order.filter((s) => local.has(s)).map((s) => local.get(s)!),
    discount: prepared.discount,
  };
}
