import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { createPolicy, type MonitoredState } from '../policies';
import {
  adaptiveReviewRate,
  monitorFalseAlarms,
  monitorPromise,
  type SamplingSettings,
  samplingPolicySpec,
} from './sampling';

/** Runs a standard's own policy (with its monitor) in control; an alarm is counted and cleared at once. */
function inControl(settings: SamplingSettings, outputs: number, seed: number) {
  const policy = createPolicy(samplingPolicySpec(settings));
  const { kernel } = policy;
  const state = policy.initialState() as MonitoredState;
  const rng = createRng(seed);
  let alarms = 0;
  let sum = 0;
  for (let i = 0; i < outputs; i++) {
    const s = i % settings.strata;
    const pi = kernel.probability(state, s);
    sum += pi;
    const review = rng() < pi;
    kernel.commit(state, s, pi, review);
    if (!review) continue;
    kernel.record(state, s, pi, rng() < settings.monitor.p0);
    if (state.alarmed[s] === 1) {
      alarms++;
      state.alarmed[s] = 0;
      state.statistic[s] = 0;
    }
  }
  return { alarmsPer100k: (alarms * 100_000) / outputs, reviewRate: sum / outputs, alarms };
}

describe('the adaptive standard’s in-control review rate and its false alarms', () => {
  const settings: SamplingSettings = {
    limit: 0.01,
    scope: 'segment',
    policy: 'adaptive',
    floor: 0.02,
    strata: 1,
    monitor: { p0: 0.005, p1: 0.05, falseAlarmsPer100k: 0.25 },
  };

  it('sets the monitor for the rate the policy runs at, not a margin over its floor', () => {
    const expected = adaptiveReviewRate({ limit: 0.01, floor: 0.02, p0: 0.005 });
    // Independent streams (other seeds, longer) of the standard's own policy: the in-control review rate.
    const runs = [101, 102, 103, 104].map((seed) => inControl(settings, 400_000, seed).reviewRate);
    const mean = runs.reduce((a, b) => a + b, 0) / runs.length;
    // The floor is 2%; the policy runs at more than twice that.
    expect(mean).toBeGreaterThan(0.035);
    // Tolerance: the rate is the simulation's mean + 2 SE; an independent mean lies within 15% of it.
    expect(Math.abs(mean - expected.mean) / expected.mean).toBeLessThan(0.15);
    expect(expected.rate).toBeGreaterThanOrEqual(expected.mean);
    const promise = monitorFalseAlarms(settings, samplingPolicySpec(settings).monitor!.charts as never, mean);
    expect(promise.expectedPer100k).toBeLessThanOrEqual(promise.promisedPer100k * 1.1);
  });

  it('raises no more false alarms than it promises, by simulation', () => {
    // A budget of 25 per 100k makes alarms frequent enough to count: about 375 expected in 1.5M outputs.
    const budget = { ...settings, monitor: { ...settings.monitor, falseAlarmsPer100k: 25 } };
    const chart = samplingPolicySpec(budget).monitor!.charts as never;
    const sim = inControl(budget, 1_500_000, 7);
    const promise = monitorFalseAlarms(budget, chart, sim.reviewRate);
    // Poisson: with ~300 alarms one standard error is ~6%; 3 SE is the tolerance.
    const se = Math.sqrt(sim.alarms) / sim.alarms;
    expect(sim.alarmsPer100k).toBeLessThanOrEqual(promise.promisedPer100k * (1 + 3 * se));
    // The exact-ARL figure at the simulated rate agrees with the count.
    expect(Math.abs(sim.alarmsPer100k / promise.expectedPer100k - 1)).toBeLessThan(3 * se);
  });

  it('states the promise and the expectation at the real review rate side by side, the latter by simulation', () => {
    const budget = { ...settings, monitor: { ...settings.monitor, falseAlarmsPer100k: 25 } };
    const promise = monitorPromise(budget)!;
    expect(promise.promisedPer100k).toBe(25);
    // The real rate is the simulated in-control mean, below the mean + 2 SE the chart was set for.
    const { mean, rate } = adaptiveReviewRate({ limit: 0.01, floor: 0.02, p0: 0.005 });
    expect(promise.reviewRate).toBe(mean);
    expect(promise.reviewRate).toBeLessThan(rate);
    // An independent simulation of the standard's own policy (other seed) counts what the monitor raises.
    const sim = inControl(budget, 1_500_000, 11);
    const se = Math.sqrt(sim.alarms) / sim.alarms;
    expect(Math.abs(sim.alarmsPer100k / promise.expectedPer100k - 1)).toBeLessThan(3 * se);
    expect(monitorPromise({ ...settings, policy: 'fixed-rate', fraction: 0.1 })!.reviewRate).toBe(0.1);
  });
});
