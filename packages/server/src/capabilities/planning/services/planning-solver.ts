import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plan, PlanningProblem } from '@trellis/core';
import { HttpProblem } from '../../../platform/http/problem';
import type { SolveReply, SolveRequest } from './planning-worker';

/**
 * Beyond the solver's own time limit, how long the worker may take (loading TypeScript and HiGHS on first
 * use, the warm-start heuristics, the greedy plan) before it is stopped and the request fails.
 */
const GRACE_MS = 45_000;

/** Set by the server build (scripts/build.ts): where the bundled worker is, relative to this file. */
declare const TRELLIS_PLANNING_WORKER: string | undefined;

interface Job {
  request: SolveRequest;
  resolve: (plans: { optimizer: Plan; greedy: Plan }) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread per process solves one problem at a time, in arrival order: the machine's cores are
 * few and a solve uses one fully, so a queue serves concurrent runs better than parallel solves. A worker
 * that overruns is terminated and replaced on the next run.
 */
class PlanningSolver {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;

  solve(problem: PlanningProblem, timeLimitSeconds: number, relativeGap: number) {
    return new Promise<{ optimizer: Plan; greedy: Plan }>((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, problem, timeLimitSeconds, relativeGap },
        resolve,
        reject,
      });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker =
      typeof TRELLIS_PLANNING_WORKER === 'string'
        ? new Worker(new URL(TRELLIS_PLANNING_WORKER, import.meta.url))
        : this.spawnTypeScript();
    worker.unref();
    worker.on('message', (reply: SolveReply) => this.finish(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      if (this.current) this.fail(new Error('the planning worker stopped'));
    });
    return worker;
  }

  private spawnTypeScript(): Worker {
    // From the sources the worker is TypeScript: it registers tsx first, as bin/trellis.js does.
    const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const tsx = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
    const entry = new URL('./planning-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true });
  }

  private pump() {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.worker ??= this.spawn();
    const timer = setTimeout(
      () => {
        const worker = this.worker;
        this.worker = null;
        this.fail(
          new HttpProblem(
            503,
            'solver-overrun',
            'The optimizer did not finish in time; try a smaller horizon or time limit.',
          ),
        );
        void worker?.terminate();
      },
      job.request.timeLimitSeconds * 1000 + GRACE_MS,
    );
    this.current = { job, timer };
    this.worker.postMessage(job.request);
  }

  private finish(reply: SolveReply) {
    const current = this.current;
    if (!current || current.job.request.id !== reply.id) return;
    clearTimeout(current.timer);
    this.current = null;
    if (reply.ok) current.job.resolve({ optimizer: reply.optimizer, greedy: reply.greedy });
    else current.job.reject(new Error(`the optimizer failed: ${reply.message}`));
    this.pump();
  }

  private fail(error: Error) {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    current.job.reject(error);
    this.pump();
  }

  /** Stops the worker (tests and shutdown); queued runs fail. */
  async close() {
    const worker = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0)) job.reject(new Error('the planning solver is closed'));
    await worker?.terminate();
  }
}

export const planningSolver = new PlanningSolver();
