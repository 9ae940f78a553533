import { isConnectionFailure } from '../db/unavailable';
import { jobRan, jobRunStarted, jobStarted, jobStopped } from '../observability/jobs';

/** Where a periodic job reports a failed run; the loop goes on. */
export interface JobLog {
  error: (obj: object, msg: string) => void;
  warn?: (obj: object, msg: string) => void;
  info?: (obj: object, msg: string) => void;
}

/**
 * Runs `work` every `intervalMs` (first after `firstDelayMs`) until the returned function is called. A run
 * starts only after the previous one ends, and a failed run is logged, not fatal. The work itself must be
 * safe with several server processes (each job here claims its rows with SKIP LOCKED). Runs, failures and
 * lag are counted under `job` for `/metrics` (observability/jobs.ts).
 *
 * While the database is out of reach the job pauses: one warning when a run first fails for that reason,
 * quiet retries at the same interval (a failed run committed nothing; claimed rows are claimed again once
 * their lease runs out), and one line when a run succeeds again.
 */
export function runPeriodically(
  work: () => Promise<unknown>,
  options: { job: string; intervalMs: number; firstDelayMs?: number; log: JobLog; failure: string },
): () => void {
  let stopped = false;
  let paused = false;
  let timer: NodeJS.Timeout | undefined;
  jobStarted(options.job, options.intervalMs, options.firstDelayMs);
  const tick = async () => {
    jobRunStarted(options.job);
    try {
      await work();
      jobRan(options.job, true);
      if (paused) {
        paused = false;
        const message = `${options.failure}: the database answers again; resumed`;
        if (options.log.info) options.log.info({}, message);
        else options.log.error({}, message);
      }
    } catch (error) {
      jobRan(options.job, false);
      if (isConnectionFailure(error)) {
        const message = `${options.failure}: the database is unavailable; paused until it answers`;
        if (paused) {
          // Said once per outage.
        } else if (options.log.warn) options.log.warn({ err: error }, message);
        else options.log.error({ err: error }, message);
        paused = true;
      } else options.log.error({ err: error }, options.failure);
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
