import { describe, expect, it } from 'vitest';
import { INDICATORS, type IndicatorKey, indicatorKeys } from './indicators';
import { diagnosticPosition, type IndicatorReading, indicatorPressure, MIDDLE_BAND } from './position';

const read = (values: Partial<Record<IndicatorKey, number | null>>): IndicatorReading[] =>
  indicatorKeys.map((key) => ({ key, value: values[key] ?? null, trend: [] }));

// A healthy organization: every indicator at its healthy value.
const healthy = Object.fromEntries(indicatorKeys.map((k) => [k, INDICATORS[k].healthy])) as Record<
  IndicatorKey,
  number
>;

describe('indicatorPressure', () => {
  it('is 0 at healthy, 1 at alarm and linear in between, in both directions', () => {
    expect(indicatorPressure('change_load', 0.8)).toBe(0);
    expect(indicatorPressure('change_load', 1.0)).toBeCloseTo(0.5, 12);
    expect(indicatorPressure('change_load', 1.5)).toBe(1);
    // Lower is worse: healthy 2 experiments a month, alarm 0.
    expect(indicatorPressure('experiment_rate', 3)).toBe(0);
    expect(indicatorPressure('experiment_rate', 0.5)).toBeCloseTo(0.75, 12);
    expect(indicatorPressure('pulse_wellbeing', -0.25)).toBeCloseTo(0.5, 12);
    expect(indicatorPressure('ideas_stuck', null)).toBeNull();
  });
});

describe('diagnosticPosition', () => {
  it('lands in the middle for a healthy organization', () => {
    const p = diagnosticPosition(read(healthy));
    expect(p.position).toBe(0);
    expect(p.zone).toBe('strategic_expansion');
    expect(p.drivers).toEqual([]);
  });

  it('lands toward scale-everything when load, drift and ungoverned outputs pile up', () => {
    const p = diagnosticPosition(
      read({
        ...healthy,
        change_load: 1.4,
        drift_alarms: 6,
        ai_without_standard: 0.3,
        under_reviewed_workflows: 0.5,
        unreviewed_expansions: 0.25,
      }),
    );
    // Scale pressures: 1, 1, 1, 1, 0.5, pulse 0 → mean 4.5/6 = 0.75; governance 0.
    expect(p.scalePressure).toBeCloseTo(0.75, 12);
    expect(p.position).toBeCloseTo(-0.75, 12);
    expect(p.zone).toBe('scale_everything');
    expect(p.drivers.map((d) => d.key)).toEqual(['ai_without_standard', 'change_load', 'drift_alarms']);
    expect(p.drivers[0]!.pull).toBeCloseTo(-1 / 6, 12);
  });

  it('lands toward governance-first when decisions wait and nothing is tried', () => {
    const p = diagnosticPosition(
      read({
        ...healthy,
        decision_lead_time: 200,
        open_request_age: 400,
        experiment_rate: 0,
        over_reviewed_workflows: 1,
        low_risk_full_review: 0.3,
      }),
    );
    // Governance: 1, 1, 0.5, 1, 1, ideas 0 → 4.5/6.
    expect(p.governancePressure).toBeCloseTo(0.75, 12);
    expect(p.position).toBeCloseTo(0.75, 12);
    expect(p.zone).toBe('governance_first');
    expect(p.drivers).toHaveLength(3);
    expect(p.drivers.every((d) => d.side === 'governance_first')).toBe(true);
  });

  it('an indicator without data does not move the position', () => {
    const base = diagnosticPosition(read({ ...healthy, change_load: 1.2, ideas_stuck: null }));
    expect(base.withoutData).toEqual(['ideas_stuck']);
    // One of six scale indicators at full pressure.
    expect(base.position).toBeCloseTo(-1 / 6, 12);
    expect(base.zone).toBe('strategic_expansion');
    const fewer = diagnosticPosition(read({ change_load: 1.2 }));
    expect(fewer.position).toBe(-1);
    expect(fewer.governancePressure).toBeNull();
  });

  it('flags a middle reached by pressure on both sides', () => {
    const p = diagnosticPosition(
      read({ ...healthy, change_load: 2, drift_alarms: 9, decision_lead_time: 500, open_request_age: 900 }),
    );
    expect(Math.abs(p.position)).toBeLessThanOrEqual(MIDDLE_BAND);
    expect(p.zone).toBe('strategic_expansion');
    expect(p.strainedBothWays).toBe(false);
    const both = diagnosticPosition(
      read(Object.fromEntries(indicatorKeys.map((k) => [k, INDICATORS[k].alarm]))),
    );
    expect(both.position).toBe(0);
    expect(both.strainedBothWays).toBe(true);
  });

  it('refuses the same indicator twice', () => {
    expect(() =>
      diagnosticPosition([
        { key: 'change_load', value: 1, trend: [] },
        { key: 'change_load', value: 1, trend: [] },
      ]),
    ).toThrow(/twice/);
  });
});
