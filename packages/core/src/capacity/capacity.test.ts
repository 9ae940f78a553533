import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { absorptionScore } from './absorption';
import { computeHeatmap } from './heatmap';
import { defaultMonthlyCapacity, impactMonthlyLoad, statusOf, validateImpact } from './load';
import { daysInMonth, monthRange, monthsBetween } from './months';
import { aggregatePulse, aggregatePulseGroups, validatePulseAnswers } from './pulse';
import { checkSaturation } from './saturation';

// Every expected value below is computed by hand from the model stated in load.ts.
const thresholds = { amberThreshold: 0.8, redThreshold: 1 };

describe('months', () => {
  it('knows month lengths, ranges and spans', () => {
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29);
    expect(monthRange('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsBetween('2026-12-31', '2027-02-01')).toEqual(['2026-12', '2027-01', '2027-02']);
  });
});

describe('load model', () => {
  it('gives 10 points per person per month as the default capacity', () => {
    expect(defaultMonthlyCapacity(8)).toBe(80);
    expect(defaultMonthlyCapacity(0)).toBe(0);
  });

  it('counts points × people in every full active month', () => {
    // process 4 + tools 3 + skills 3 = 10 points, × 6 people = 60 in March and in April.
    const loads = impactMonthlyLoad(
      { points: 10, peopleAffected: 6, startDate: '2026-03-01', endDate: '2026-04-30' },
      ['2026-02', '2026-03', '2026-04', '2026-05'],
    );
    expect(loads).toEqual([0, 60, 60, 0]);
  });

  it('prorates partial months by active days', () => {
    // Feb 15–28 is 14 of 28 days → 30; Mar 1–10 is 10 of 31 days → 600/31.
    const [feb, mar] = impactMonthlyLoad(
      { points: 10, peopleAffected: 6, startDate: '2026-02-15', endDate: '2026-03-10' },
      ['2026-02', '2026-03'],
    );
    expect(feb).toBe(30);
    expect(mar).toBeCloseTo(600 / 31, 12);
  });

  it('is green below amber, amber up to and including red, red above', () => {
    expect(statusOf(63.9, 80, thresholds)).toBe('green');
    expect(statusOf(64, 80, thresholds)).toBe('amber');
    expect(statusOf(80, 80, thresholds)).toBe('amber');
    expect(statusOf(80.1, 80, thresholds)).toBe('red');
    expect(statusOf(1, 0, thresholds)).toBe('red');
    expect(statusOf(0, 0, thresholds)).toBe('green');
  });

  it.each([
    [{ aspects: {}, peopleAffected: 1, startDate: '2026-01-01', endDate: '2026-01-31' }, 'aspects'],
    [
      { aspects: { tools: 6 }, peopleAffected: 1, startDate: '2026-01-01', endDate: '2026-01-31' },
      'aspects.tools',
    ],
    [
      { aspects: { tools: 2.5 }, peopleAffected: 1, startDate: '2026-01-01', endDate: '2026-01-31' },
      'aspects.tools',
    ],
    [
      { aspects: { mood: 2 }, peopleAffected: 1, startDate: '2026-01-01', endDate: '2026-01-31' },
      'aspects.mood',
    ],
    [
      { aspects: { tools: 2 }, peopleAffected: -1, startDate: '2026-01-01', endDate: '2026-01-31' },
      'peopleAffected',
    ],
    [
      { aspects: { tools: 2 }, peopleAffected: 1, startDate: '2026-02-30', endDate: '2026-03-31' },
      'startDate',
    ],
    [{ aspects: { tools: 2 }, peopleAffected: 1, startDate: '2026-02-01', endDate: '2026-01-31' }, 'endDate'],
  ])('refuses a bad impact %#, naming %s', (impact, parameter) => {
    let caught: unknown;
    try {
      validateImpact(impact as Parameters<typeof validateImpact>[0]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidParameterError);
    expect((caught as InvalidParameterError).parameter).toBe(parameter);
  });
});

describe('heatmap', () => {
  const units = [
    { id: 'D', parentId: null, headcount: 0, monthlyCapacity: null, ...thresholds },
    { id: 'A', parentId: 'D', headcount: 8, monthlyCapacity: null, ...thresholds },
    { id: 'B', parentId: 'D', headcount: 4, monthlyCapacity: 30, ...thresholds },
  ];
  const impacts = [
    { orgUnitId: 'A', points: 10, peopleAffected: 6, startDate: '2026-03-01', endDate: '2026-03-31' },
    { orgUnitId: 'B', points: 5, peopleAffected: 6, startDate: '2026-03-01', endDate: '2026-04-30' },
    { orgUnitId: 'B', points: 1, peopleAffected: 1, startDate: '2027-01-01', endDate: '2027-01-31' },
  ];

  it('adds impacts per unit and month and rolls them up the hierarchy', () => {
    const rows = computeHeatmap(units, impacts, ['2026-03', '2026-04']);
    const byId = Object.fromEntries(rows.map((r) => [r.unitId, r]));
    // A: 60 of 80 = 0.75 green. B: 30 of 30 = 1.0 amber (red only above 1.0).
    expect(byId.A!.cells[0]).toMatchObject({
      ownLoad: 60,
      load: 60,
      capacity: 80,
      ratio: 0.75,
      status: 'green',
    });
    expect(byId.B!.cells[0]).toMatchObject({ load: 30, capacity: 30, ratio: 1, status: 'amber' });
    // D: own 0, rolled 90 of 80 + 30 = 110 → 0.818… amber; April: 30 of 110.
    expect(byId.D!.cells[0]).toMatchObject({ ownLoad: 0, load: 90, capacity: 110, status: 'amber' });
    expect(byId.D!.cells[0]!.ratio).toBeCloseTo(90 / 110, 12);
    expect(byId.D!.cells[1]).toMatchObject({ load: 30, status: 'green' });
    expect(byId.A!.cells[1]!.load).toBe(0);
  });

  it('prorates partial months exactly as impactMonthlyLoad does', () => {
    // Feb 15–28 is 14 of 28 days → 30; Mar 1–10 is 10 of 31 days → 600/31.
    const [row] = computeHeatmap(
      [units[1]!],
      [{ orgUnitId: 'A', points: 10, peopleAffected: 6, startDate: '2026-02-15', endDate: '2026-03-10' }],
      ['2026-02', '2026-03'],
    );
    expect(row!.cells[0]!.load).toBe(30);
    expect(row!.cells[1]!.load).toBeCloseTo(600 / 31, 12);
  });
});

describe('saturation check', () => {
  const unit = { headcount: 8, monthlyCapacity: null, ...thresholds };

  it('answers no with the overshoot when the change takes a month above red', () => {
    // March: 60 existing + (2 + 2) × 6 = 84 of 80 → 1.05, red, 4 points over the red line (1.0 × 80).
    const check = checkSaturation(
      unit,
      { '2026-03': 60 },
      {
        aspects: { tools: 2, process: 2 },
        peopleAffected: 6,
        startDate: '2026-03-01',
        endDate: '2026-04-30',
      },
    );
    expect(check.fits).toBe(false);
    expect(check.worstStatus).toBe('red');
    expect(check.worstMonth).toBe('2026-03');
    expect(check.maxOvershoot).toBeCloseTo(4, 12);
    expect(check.months.map((m) => [m.month, m.existingLoad, m.addedLoad, m.status])).toEqual([
      ['2026-03', 60, 24, 'red'],
      ['2026-04', 0, 24, 'green'],
    ]);
    expect(check.months[0]!.ratio).toBeCloseTo(1.05, 12);
  });

  it('answers yes when the change stays within tolerance', () => {
    // April: 0 + 24 of 80 = 0.3.
    const check = checkSaturation(
      unit,
      { '2026-03': 60 },
      {
        aspects: { tools: 2, process: 2 },
        peopleAffected: 6,
        startDate: '2026-04-01',
        endDate: '2026-04-30',
      },
    );
    expect(check).toMatchObject({ fits: true, worstStatus: 'green', maxOvershoot: 0, worstMonth: null });
    expect(check.months[0]!.ratio).toBeCloseTo(0.3, 12);
  });

  it('uses the unit’s own capacity and thresholds', () => {
    // Capacity 100, red at 0.5 → red line 50; 10 points × 6 = 60 → overshoot 10.
    const check = checkSaturation(
      { headcount: 8, monthlyCapacity: 100, amberThreshold: 0.4, redThreshold: 0.5 },
      {},
      { aspects: { roles: 5, skills: 5 }, peopleAffected: 6, startDate: '2026-05-01', endDate: '2026-05-31' },
    );
    expect(check.fits).toBe(false);
    expect(check.maxOvershoot).toBeCloseTo(10, 12);
  });
});

describe('pulse aggregation', () => {
  const items = [
    { key: 'awareness', label: 'a' },
    { key: 'workload', label: 'w' },
  ];

  it('summarizes a group of three or more: means and counts', () => {
    const result = aggregatePulse(items, [
      { awareness: 1, workload: 5 },
      { awareness: 2, workload: 5 },
      { awareness: 4, workload: 2 },
    ]);
    expect(result.suppressed).toBe(false);
    if (result.suppressed) return;
    expect(result.respondents).toBe(3);
    expect(result.items[0]).toEqual({ key: 'awareness', mean: 7 / 3, counts: [1, 1, 0, 1, 0] });
    expect(result.items[1]).toEqual({ key: 'workload', mean: 4, counts: [0, 1, 0, 0, 2] });
    expect(result.overall).toBeCloseTo((7 / 3 + 4) / 2, 12);
  });

  it('suppresses a group under three entirely, its size included', () => {
    expect(
      aggregatePulse(items, [
        { awareness: 1, workload: 1 },
        { awareness: 5, workload: 5 },
      ]),
    ).toEqual({
      respondents: null,
      suppressed: true,
      items: null,
      overall: null,
    });
  });

  it('leaves small groups out before pooling, so pooled views cannot be subtracted', () => {
    const big = [1, 2, 3].map((v) => ({ awareness: v, workload: v }));
    const small = [{ awareness: 5, workload: 5 }];
    const pooled = aggregatePulseGroups(items, [big, small]);
    expect(pooled).toMatchObject({ respondents: 3, overall: 2 });
    expect(aggregatePulseGroups(items, [small, small, small]).suppressed).toBe(true);
  });

  it('refuses unanswered, unknown and out-of-range answers', () => {
    expect(() => validatePulseAnswers(items, { awareness: 3 })).toThrow(/workload/);
    expect(() => validatePulseAnswers(items, { awareness: 3, workload: 6 })).toThrow(/1–5/);
    expect(() => validatePulseAnswers(items, { awareness: 3, workload: 2, mood: 1 })).toThrow(/mood/);
    expect(() => validatePulseAnswers(items, { awareness: 3, workload: 2 })).not.toThrow();
  });
});

describe('absorption score', () => {
  it('averages headroom and pulse when the pulse is known', () => {
    // headroom 100 × (1 − 0.5/1) = 50; pulse 100 × (4 − 1)/4 = 75; mean 62.5 → 63.
    const s = absorptionScore({ ratio: 0.5, redThreshold: 1, pulseOverall: 4 });
    expect(s.score).toBe(63);
    expect(s.factors.map((f) => [f.factor, f.value, f.weight])).toEqual([
      ['headroom', 50, 0.5],
      ['pulse', 75, 0.5],
    ]);
  });

  it('is headroom alone without a pulse, and 0 beyond the red line', () => {
    expect(absorptionScore({ ratio: 0.6, redThreshold: 0.8, pulseOverall: null }).score).toBe(25);
    expect(absorptionScore({ ratio: 1.2, redThreshold: 1, pulseOverall: null }).score).toBe(0);
    expect(absorptionScore({ ratio: null, redThreshold: 1, pulseOverall: 5 }).score).toBe(50);
  });
});
