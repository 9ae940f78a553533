import {
  buildPlanningModel,
  createRng,
  generatePortfolio,
  planGreedy,
  planNextSteps,
  preparePlanningProblem,
} from '@trellis/core';
import { loadHighs } from '@trellis/core/solver';

/** One benchmark case in its own process, so peak RSS is this case's. Prints `RESULT {json}`. */
export interface CaseOptions {
  steps: number;
  units: number;
  horizonMonths: number;
  tightness: number;
  seed: number;
  timeLimitSeconds: number;
  relativeGap: number;
}

export interface CaseResult extends CaseOptions {
  columns: number;
  rows: number;
  greedyValue: number;
  greedyScheduled: number;
  value: number;
  scheduled: number;
  bound: number | null;
  gap: number | null;
  status: string;
  wallMs: number;
  cpuMs: number;
  solverMs: number | null;
  peakRssMb: number;
}

async function main() {
  const options = JSON.parse(process.argv[2]!) as CaseOptions;
  const problem = generatePortfolio({ rng: createRng(options.seed), ...options });
  const model = buildPlanningModel(preparePlanningProblem(problem));
  const rows = model.rows;
  const highs = await loadHighs();
  const greedy = planGreedy(problem);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const plan = planNextSteps(problem, { ...options, highs });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const result: CaseResult = {
    ...options,
    columns: model.columns.length,
    rows: rows.choice + rows.dependency + rows.capacity + rows.concurrency,
    greedyValue: greedy.value,
    greedyScheduled: greedy.scheduled.length,
    value: plan.value,
    scheduled: plan.scheduled.length,
    bound: plan.bound,
    gap: plan.gap,
    status: plan.status,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    solverMs: plan.solveMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

await main();
