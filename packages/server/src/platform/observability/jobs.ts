/**
 * What each periodic job of this process has done: runs, failed runs and when it last finished. The jobs
 * run once per process (server.ts starts them), so this is process state; every app's `/metrics` reads it.
 */
interface JobFigures {
  intervalMs: number;
  runs: number;
  failures: number;
  /**
   * When the next run is due: the last run's end plus the interval (the first: start plus its delay).
   * While a run is in progress, its start plus the interval: a run that hangs falls behind from then.
   */
  dueAt: number;
}

const jobs = new Map<string, JobFigures>();

export function jobStarted(job: string, intervalMs: number, firstDelayMs = intervalMs, now = Date.now()) {
  const known = jobs.get(job);
  if (known) {
    known.intervalMs = intervalMs;
    known.dueAt = now + firstDelayMs;
  } else jobs.set(job, { intervalMs, runs: 0, failures: 0, dueAt: now + firstDelayMs });
}

/** A stopped job is no longer reported (its lag would only grow). */
export function jobStopped(job: string) {
  jobs.delete(job);
}

export function jobRunStarted(job: string, now = Date.now()) {
  const figures = jobs.get(job);
  if (figures) figures.dueAt = now + figures.intervalMs;
}

export function jobRan(job: string, ok: boolean, now = Date.now()) {
  const figures = jobs.get(job);
  if (!figures) return;
  figures.runs += 1;
  if (!ok) figures.failures += 1;
  figures.dueAt = now + figures.intervalMs;
}

/**
 * Per job: runs, failures, and its lag: how far past its next due time it is, in seconds (0 while on
 * schedule). A run that hangs, or a loop that stopped, shows as a lag that keeps growing.
 */
export function jobFigures(now = Date.now()) {
  return [...jobs].map(([job, f]) => ({
    job,
    runs: f.runs,
    failures: f.failures,
    lagSeconds: Math.max(0, now - f.dueAt) / 1000,
  }));
}

/** Rows the retention job removed in this process, by kind (services/retention.ts); `/metrics` reads it. */
const retained = new Map<string, number>();

export function retentionCounted(kind: string, n: number) {
  retained.set(kind, (retained.get(kind) ?? 0) + n);
}

export function retentionFigures() {
  return [...retained].map(([kind, removed]) => ({ kind, removed }));
}
