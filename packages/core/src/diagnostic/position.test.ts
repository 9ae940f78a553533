import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './format';
import { INDICATORS, type IndicatorKey, indicatorKeys } from './indicators';
import {
  diagnosticPosition,
  type IndicatorReading,
  indicatorPressure,
  indicatorStatus,
  MIDDLE_BAND,
  MIN_INDICATORS_FOR_POSITION,
} from './position';

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
    // Scale pressures: 1, 1, 1, 1, 0.5, pulse 0, over the limit 0 → mean 4.5/7; governance 0.
    expect(p.scalePressure).toBeCloseTo(4.5 / 7, 12);
    expect(p.position).toBeCloseTo(-4.5 / 7, 12);
    expect(p.zone).toBe('scale_everything');
    expect(p.drivers.map((d) => d.key)).toEqual(['ai_without_standard', 'change_load', 'drift_alarms']);
    expect(p.drivers[0]!.pull).toBeCloseTo(-1 / 7, 12);
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
    // One of seven scale indicators at full pressure.
    expect(base.position).toBeCloseTo(-1 / 7, 12);
    expect(base.zone).toBe('strategic_expansion');
    const fewer = diagnosticPosition(
      read({ change_load: 1.2, ai_without_standard: 0, drift_alarms: 1, unreviewed_expansions: 0 }),
    );
    expect(fewer.position).toBe(-0.25);
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

describe('indicatorStatus: one rule for the status and the numbers shown beside it', () => {
  it('judges a share on the value as shown: 33% is short of an alarm at 34%, 34% is at it', () => {
    const status = (value: number) => indicatorStatus({ key: 'under_reviewed_workflows', value });
    // 1 of 3 workflows: shown as 33%, alarm at 34%.
    expect(formatIndicatorValue('share', 1 / 3)).toBe('33%');
    expect(status(1 / 3)).toBe('watch');
    expect(status(0.3349)).toBe('watch');
    // 33.5% is shown as 34%: at the alarm.
    expect(formatIndicatorValue('share', 0.335)).toBe('34%');
    expect(status(0.335)).toBe('alarm');
    expect(status(0.34)).toBe('alarm');
    expect(status(0)).toBe('healthy');
    expect(status(0.004)).toBe('healthy');
    expect(status(0.005)).toBe('watch');
  });

  it('agrees with the shown value at every indicator’s alarm and healthy boundary', () => {
    for (const key of indicatorKeys) {
      const { healthy, alarm, unit } = INDICATORS[key];
      expect(indicatorStatus({ key, value: alarm }), key).toBe('alarm');
      expect(indicatorStatus({ key, value: healthy }), key).toBe('healthy');
      // Whatever is shown equal to the alarm is an alarm; whatever is shown short of it is not.
      const step = Math.abs(alarm - healthy) / 1000;
      const towardHealthy = alarm > healthy ? -step : step;
      const near = alarm + towardHealthy;
      const shownAtAlarm = formatIndicatorValue(unit, near) === formatIndicatorValue(unit, alarm);
      expect(indicatorStatus({ key, value: near }), key).toBe(shownAtAlarm ? 'alarm' : 'watch');
    }
  });

  it('is too early to tell below the minimum of evidence, and then does not move the position', () => {
    // 0 experiments, 15 minutes after setup: a rate per month needs 30 days of history.
    expect(indicatorStatus({ key: 'experiment_rate', value: 0, evidence: { count: 1, days: 0.01 } })).toBe(
      'too_early',
    );
    expect(indicatorStatus({ key: 'experiment_rate', value: 0, evidence: { count: 1, days: 30 } })).toBe(
      'alarm',
    );
    expect(indicatorStatus({ key: 'experiment_rate', value: null, evidence: { count: 0, days: 0 } })).toBe(
      'no_data',
    );
  });
});

describe('diagnosticPosition on thin evidence', () => {
  it('says too early to tell, with no drivers, until enough indicators have a status', () => {
    const early = { count: 1, days: 0.01 };
    const readings: IndicatorReading[] = indicatorKeys.map((key) => ({ key, value: null, trend: [] }));
    const set = (key: IndicatorKey, value: number, evidence?: { count: number; days: number }) => {
      readings[indicatorKeys.indexOf(key)] = { key, value, trend: [], evidence };
    };
    set('experiment_rate', 0, early);
    set('ideas_stuck', 0, early);
    set('ai_without_standard', 0);
    set('change_load', 0.5);
    set('decision_lead_time', 200);
    const p = diagnosticPosition(readings);
    expect(p.zone).toBe('too_early');
    expect(p.position).toBe(0);
    expect(p.drivers).toEqual([]);
    expect(p.tooEarly).toEqual(['experiment_rate', 'ideas_stuck']);
    expect(p.judged).toBe(3);
    expect(p.needed).toBe(MIN_INDICATORS_FOR_POSITION);
    // One more indicator with a status and the position speaks: lead time 200 h is past its alarm.
    set('open_request_age', 300);
    const q = diagnosticPosition(readings);
    expect(q.zone).toBe('governance_first');
    expect(q.drivers.map((d) => d.key)).toEqual(['decision_lead_time', 'open_request_age']);
  });
});
