import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { csp1Aoql, InvalidParameterError, planCsp1 } from '@trellis/core';
import { describe, expect, it } from 'vitest';
import { formatCusum, formatPlan, formatSimulate, qaCusum, qaPlan, qaSimulate } from './qa-cli';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('trellis qa plan', () => {
  it('gives the smallest clearance number meeting the AOQL, with the plan’s AOQL and worst case', () => {
    const r = qaPlan({ aoql: 0.01, f: 0.1 });
    expect(r.i).toBe(planCsp1({ aoql: 0.01, f: 0.1 }).i);
    expect(r.aoql).toBeLessThanOrEqual(0.01);
    expect(csp1Aoql(r.i - 1, 0.1).aoql).toBeGreaterThan(0.01);
    expect(r.pAtMax).toBeGreaterThan(0.01);
    expect(r.worstCaseAoq).toBeCloseTo(0.9 / (1 + 0.1 * r.i), 12);
    expect(r.afiAtPAtMax).toBeGreaterThan(0.1);
    expect(r.afiAtPAtMax).toBeLessThan(1);
    expect(formatPlan(r)).toContain(`clearance number i      ${r.i}`);
  });

  it('names the flag at fault', () => {
    expect(() => qaPlan({ aoql: 1.5, f: 0.1 })).toThrow(
      new InvalidParameterError('--aoql', 'must be in (0, 1)'),
    );
    expect(() => qaPlan({ aoql: 0.01, f: 0 })).toThrow(/^--f: /);
  });
});

describe('trellis qa cusum', () => {
  it('sets the threshold for the false-alarm budget at the review rate, with run lengths in reviews and outputs', () => {
    const r = qaCusum({ p0: 0.005, p1: 0.05, falseAlarms: 0.25, reviewRate: 0.1 });
    expect(r.falseAlarmsPer100k).toBeLessThanOrEqual(0.25);
    expect(r.arl0Outputs).toBeCloseTo(r.arl0Reviewed / 0.1, 6);
    expect(r.arl1Outputs).toBeCloseTo(r.arl1Reviewed / 0.1, 6);
    expect(r.arl1Reviewed).toBeLessThan(r.arl0Reviewed / 100);
    expect(r.h).toBeCloseTo(r.lattice.H / r.lattice.scale, 12);
    // Splitting the budget over strata needs a higher threshold per chart.
    const split = qaCusum({ p0: 0.005, p1: 0.05, falseAlarms: 0.25, reviewRate: 0.1, strata: 4 });
    expect(split.h).toBeGreaterThan(r.h);
    expect(split.falseAlarmsPer100k).toBeLessThanOrEqual(0.25 / 4);
    expect(formatCusum(split)).toContain('4 strata share the budget');
  });

  it('names the flag at fault', () => {
    expect(() => qaCusum({ p0: 0.05, p1: 0.005, falseAlarms: 0.25, reviewRate: 0.1 })).toThrow(
      /^--p0: must be below p1/,
    );
    expect(() => qaCusum({ p0: 0.005, p1: 0.05, falseAlarms: 0, reviewRate: 0.1 })).toThrow(
      /^--false-alarms: /,
    );
    expect(() => qaCusum({ p0: 0.005, p1: 0.05, falseAlarms: 1, reviewRate: 2 })).toThrow(/^--review-rate: /);
    expect(() => qaCusum({ p0: 0.005, p1: 0.05, falseAlarms: 1, reviewRate: 0.1, strata: 1.5 })).toThrow(
      /^--strata: /,
    );
  });
});

describe('trellis qa simulate', () => {
  it('runs each policy on the same streams: effort, outgoing rate against the limit, detection delay', () => {
    const r = qaSimulate({
      scenario: 'c',
      policies: ['adaptive', 'csp1', 'fixed-rate', 'full'],
      limit: 0.01,
      seeds: 2,
      outputs: 40_000,
    });
    expect(r.results.map((x) => x.policy)).toEqual(['adaptive', 'csp1', 'fixed-rate', 'full']);
    const by = Object.fromEntries(r.results.map((x) => [x.policy, x]));
    expect(by.full!.effort).toBe(1);
    expect(by.full!.aoq).toBe(0);
    expect(by.csp1!.aoq).toBeLessThanOrEqual(0.01);
    expect(by.adaptive!.aoq).toBeLessThanOrEqual(0.01);
    expect(by['fixed-rate']!.aoq).toBeGreaterThan(0.01); // 90% of a 5% shift escapes
    for (const x of r.results) {
      expect(x.perSeed).toHaveLength(2);
      expect(x.detection).not.toBeNull();
      expect(x.falseAlarmsPer100k).not.toBeNull();
    }
    expect(by.adaptive!.detection!.detectedSeeds).toBe(2);
    expect(by.adaptive!.detection!.medianDelay).toBeGreaterThan(0);
    expect(formatSimulate(r)).toMatch(/fixed-rate .* NO/);
  });

  it('shows the monitor’s promised false alarms beside the expected ones at the real review rate', () => {
    const r = qaSimulate({
      scenario: 'a',
      policies: ['adaptive', 'fixed-rate'],
      limit: 0.01,
      seeds: 1,
      outputs: 5_000,
    });
    const adaptive = r.results.find((x) => x.policy === 'adaptive')!;
    expect(adaptive.monitorPromise).toMatchObject({ promisedPer100k: 0.25 });
    // The adaptive policy reviews about 4–5% in control (simulated), well above its 2% floor.
    expect(adaptive.monitorPromise!.reviewRate).toBeGreaterThan(0.035);
    expect(adaptive.monitorPromise!.expectedPer100k).toBeLessThanOrEqual(0.25 * 1.1);
    const fixed = r.results.find((x) => x.policy === 'fixed-rate')!;
    expect(fixed.monitorPromise!.reviewRate).toBe(0.1);
    const text = formatSimulate(r);
    expect(text).toMatch(/FA\/100k promised +expected +simulated/);
    expect(text).toMatch(/adaptive .* 0\.25 .* at \d+(\.\d+)?% reviewed/);
  });

  it('takes a stationary rate, stratifies by segment, and is reproducible', () => {
    const once = qaSimulate({
      scenario: 'e',
      policies: ['adaptive'],
      limit: 0.01,
      seeds: 1,
      outputs: 20_000,
      stratifyBy: 'segment',
    });
    const again = qaSimulate({
      scenario: 'e',
      policies: ['adaptive'],
      limit: 0.01,
      seeds: 1,
      outputs: 20_000,
      stratifyBy: 'segment',
    });
    expect(once).toEqual(again);
    expect(once.results[0]!.detection).toBeNull();
    const stationary = qaSimulate({
      scenario: '0.02',
      policies: ['fixed-rate'],
      limit: 0.01,
      seeds: 1,
      outputs: 10_000,
      fraction: 0.5,
    });
    expect(stationary.scenario.description).toBe('stationary p = 0.02');
    expect(stationary.results[0]!.effort).toBeGreaterThan(0.45);
  });

  it('names the flag at fault', () => {
    const base = { scenario: 'c', policies: ['adaptive' as const], limit: 0.01, seeds: 1, outputs: 1000 };
    expect(() => qaSimulate({ ...base, scenario: 'z' })).toThrow(/^--scenario: one of a, b, c/);
    expect(() => qaSimulate({ ...base, limit: 0 })).toThrow(/^--limit: /);
    expect(() => qaSimulate({ ...base, seeds: 0 })).toThrow(/^--seeds: /);
    expect(() => qaSimulate({ ...base, outputs: 0.5 })).toThrow(/^--outputs: /);
    expect(() => qaSimulate({ ...base, policies: ['sometimes' as 'full'] })).toThrow(
      /^--policy: "sometimes"/,
    );
    expect(() => qaSimulate({ ...base, fraction: 2 })).toThrow(/^--fraction: /);
  });
});

describe('the trellis CLI', () => {
  it('prints --json and exits 2 (a usage error) on a bad parameter, naming it', async () => {
    const cli = ['--import', 'tsx', 'packages/server/src/cli.ts', 'qa'];
    const { stdout } = await run(
      process.execPath,
      [...cli, 'plan', '--aoql', '0.01', '--f', '0.1', '--json'],
      {
        cwd: repoRoot,
      },
    );
    expect(JSON.parse(stdout)).toEqual(qaPlan({ aoql: 0.01, f: 0.1 }));
    const failed = await run(
      process.execPath,
      [...cli, 'cusum', '--p0', '0.1', '--p1', '0.05', '--false-alarms', '1', '--review-rate', '0.1'],
      {
        cwd: repoRoot,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('--p0: must be below p1');
  });
});
