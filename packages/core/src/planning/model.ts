import type { PreparedProblem } from './prepare';

/** One binary column: step `step` (index) starts in month `month`. */
export interface ModelColumn {
  name: string;
  step: number;
  month: number;
}

export interface PlanningModel {
  /** CPLEX LP format, as HiGHS reads it. */
  lp: string;
  columns: ModelColumn[];
  rows: { choice: number; dependency: number; capacity: number; concurrency: number };
  nonzeros: number;
}

type Term = [coefficient: number, column: number];

/** Objective coefficients are exact products of the inputs; 17 significant digits round-trip a double. */
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(17).replace(/\.?0+(e|$)/, '$1'));

/**
 * The optimizer's MIP: binary x[s,t] = step s starts in month t, for the months it can start in (after its
 * prerequisites can end, fitting its units on its own, ending within the horizon).
 *   max Σ value·confidence·(1+r)^−t · x[s,t]
 *   each step at most once                      Σ_t x[s,t] ≤ 1
 *   a step starts after each prerequisite ends  Σ_{τ≤t} x[s,τ] ≤ Σ_{τ+d_p≤t} x[p,τ]   (t in s's start months)
 *   capacity per unit-month                     Σ load·x over steps active in m ≤ capacity[u][m]
 *   concurrency per unit-month                  Σ x over steps active in m ≤ maxConcurrent[u]
 *                                               (steps whose load there is rolled up from below not counted)
 * Exact reductions: a dependency row is written only where its right side changes before the next start
 * month (in between it is implied), and a unit-month row only when the steps that could be active there
 * could exceed it (each step counts once, since it starts at most once).
 */
export function buildPlanningModel(prepared: PreparedProblem): PlanningModel {
  const { steps, units, horizon, discount } = prepared;
  const columns: ModelColumn[] = [];
  const first: number[] = [];
  for (const step of steps) {
    first.push(columns.length);
    for (const month of step.starts)
      columns.push({ name: `x${step.index}_${month}`, step: step.index, month });
  }
  const out: string[] = ['Maximize', ` obj: ${terms(columns, objective())}`, 'Subject To'];
  const rows = { choice: 0, dependency: 0, capacity: 0, concurrency: 0 };
  let nonzeros = 0;
  const row = (name: string, list: Term[], rhs: number) => {
    out.push(` ${name}: ${terms(columns, list)} <= ${num(rhs)}`);
    nonzeros += list.length;
  };

  function objective(): Term[] {
    return columns.map((c, i) => [steps[c.step]!.weight * discount[c.month]!, i]);
  }

  for (const step of steps) {
    const own = step.starts.map((_, k): Term => [1, first[step.index]! + k]);
    row(`a${step.index}`, own, 1);
    rows.choice++;
    for (const p of step.deps) {
      const dep = steps[p]!;
      const ends = (t: number) => dep.starts.filter((tau) => tau + dep.duration <= t).length;
      step.starts.forEach((t, k) => {
        const next = step.starts[k + 1];
        if (next !== undefined && ends(next) === ends(t)) return;
        const before = dep.starts.slice(0, ends(t)).map((_, j): Term => [-1, first[p]! + j]);
        row(`d${step.index}_${p}_${t}`, [...own.slice(0, k + 1), ...before], 0);
        rows.dependency++;
      });
    }
  }

  const byUnit: number[][] = units.map(() => []);
  steps.forEach((step) => {
    for (const l of step.loads) byUnit[l.unit]!.push(step.index);
  });
  units.forEach((unit, u) => {
    for (let m = 0; m < horizon; m++) {
      const load: Term[] = [];
      const count: Term[] = [];
      let maxLoad = 0;
      let maxCount = 0;
      for (const s of byUnit[u]!) {
        const step = steps[s]!;
        const { load: l, concurrent } = step.loads.find((x) => x.unit === u)!;
        let any = false;
        step.starts.forEach((t, k) => {
          if (t > m || t + step.duration <= m) return;
          load.push([l, first[s]! + k]);
          if (concurrent) count.push([1, first[s]! + k]);
          any = true;
        });
        if (any) {
          maxLoad += l;
          if (concurrent) maxCount++;
        }
      }
      if (maxLoad > unit.capacity[m]!) {
        row(`c${u}_${m}`, load, unit.capacity[m]!);
        rows.capacity++;
      }
      if (maxCount > unit.maxConcurrent) {
        row(`k${u}_${m}`, count, unit.maxConcurrent);
        rows.concurrency++;
      }
    }
  });

  out.push('Binary');
  for (let i = 0; i < columns.length; i += 20) {
    out.push(
      ` ${columns
        .slice(i, i + 20)
        .map((c) => c.name)
        .join(' ')}`,
    );
  }
  out.push('End');
  return { lp: out.join('\n'), columns, rows, nonzeros };
}

/** Terms on lines of at most eight, so no line grows past what LP readers take. */
function terms(columns: ModelColumn[], list: Term[]): string {
  if (list.length === 0) return '0 x_empty';
  const parts = list.map(([c, i], k) => {
    const sign = c < 0 ? '-' : k === 0 ? '' : '+';
    return `${sign}${k === 0 && c >= 0 ? '' : ' '}${num(Math.abs(c))} ${columns[i]!.name}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '));
  return lines.join('\n  ');
}
