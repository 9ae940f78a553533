import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});
