import { parentPort } from 'node:worker_threads';
import { type Plan, type PlanningProblem, planGreedy, planNextSteps } from '@trellis/core';
import { loadHighs } from '@trellis/core/solver';

/** A solve request to the planning worker (services/planning-solver.ts). */
export interface SolveRequest {
  id: number;
  problem: PlanningProblem;
  timeLimitSeconds: number;
  relativeGap: number;
}

export type SolveReply =
  | { id: number; ok: true; optimizer: Plan; greedy: Plan }
  | { id: number; ok: false; message: string };

/**
 * Runs in a worker thread: core's planNextSteps holds its thread for up to the time limit, so it never
 * runs on the server's event loop. One request at a time; HiGHS is loaded once per worker.
 */
parentPort?.on('message', async (request: SolveRequest) => {
  try {
    const highs = await loadHighs();
    const optimizer = planNextSteps(request.problem, {
      highs,
      timeLimitSeconds: request.timeLimitSeconds,
      relativeGap: request.relativeGap,
    });
    const greedy = planGreedy(request.problem);
    parentPort!.postMessage({ id: request.id, ok: true, optimizer, greedy } satisfies SolveReply);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort!.postMessage({ id: request.id, ok: false, message } satisfies SolveReply);
  }
});
