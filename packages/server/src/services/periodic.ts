import { jobRan, jobRunStarted, jobStarted, jobStopped } from '../observability/jobs';

/** Where a periodic job reports a failed run; the loop goes on. */
export interface JobLog {
  error: (obj: object, msg: string) => void;
}

/**
 * Runs `work` every `intervalMs` (first after `firstDelayMs`) until the returned function is called. A run
 * starts only after the previous one ends, and a failed run is logged, not fatal. The work itself must be
 * safe with several server processes (each job here claims its rows with SKIP LOCKED). Runs, failures and
 * lag are counted under `job` for `/metrics` (observability/jobs.ts).
 */
export function runPeriodically(
  work: () => Promise<unknown>,
  options: { job: string; intervalMs: number; firstDelayMs?: number; log: JobLog; failure: string },
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  jobStarted(options.job, options.intervalMs, options.firstDelayMs);
  const tick = async () => {
    jobRunStarted(options.job);
    try {
      await work();
      jobRan(options.job, true);
    } catch (error) {
      jobRan(options.job, false);
      options.log.error({ err: error }, options.failure);
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs);
  };
  timer = setTimeout(tick, options.firstDelayMs ?? options.intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
    jobStopped(options.job);
  };
}
