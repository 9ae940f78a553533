import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError } from '../db/unavailable';
import { runPeriodically } from './periodic';

describe('runPeriodically', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs after the first delay, then every interval, logs a failed run and goes on, and stops', async () => {
    const runs: number[] = [];
    const errors: string[] = [];
    let n = 0;
    const stop = runPeriodically(
      async () => {
        n += 1;
        runs.push(Date.now());
        if (n === 2) throw new Error('boom');
      },
      {
        job: 'periodic-test',
        intervalMs: 1000,
        firstDelayMs: 100,
        log: { error: (_obj, msg) => errors.push(msg) },
        failure: 'job failed',
      },
    );
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs.map((t) => t - start)).toEqual([100, 1100, 2100]);
    expect(errors).toEqual(['job failed']);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(3);
  });

  it('pauses while the database is unavailable (one warning, no error per run) and says when it resumes', async () => {
    const lines: string[] = [];
    let databaseUp = true;
    let done = 0;
    const stop = runPeriodically(
      async () => {
        if (!databaseUp)
          throw new DatabaseUnavailableError(
            Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          );
        done += 1;
      },
      {
        job: 'outage-test',
        intervalMs: 1000,
        log: {
          error: (_obj, msg) => lines.push(`error: ${msg}`),
          warn: (_obj, msg) => lines.push(`warn: ${msg}`),
          info: (_obj, msg) => lines.push(`info: ${msg}`),
        },
        failure: 'job failed',
      },
    );
    await vi.advanceTimersByTimeAsync(2000);
    databaseUp = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(2);
    expect(lines).toEqual(['warn: job failed: the database is unavailable; paused until it answers']);
    databaseUp = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(3);
    expect(lines.at(-1)).toBe('info: job failed: the database answers again; resumed');
    // A later outage is reported again.
    databaseUp = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(lines.filter((l) => l.startsWith('warn'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('error'))).toHaveLength(0);
    stop();
  });
});
