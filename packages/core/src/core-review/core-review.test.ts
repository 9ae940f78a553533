import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { scalingPackageMarkdown } from './package-markdown';
import { normalizeRating } from './readiness';
import { nudgePosition, quadrantCentres, recommendElement } from './recommendation';
import { buildScalingCore, type ReviewElement, workflowStepCoverage } from './scaling-core';

const element = (over: Partial<ReviewElement> & { name: string }): ReviewElement => ({
  id: over.name,
  kind: 'practice',
  description: '',
  position: null,
  hiddenHoursPerWeek: 0,
  carriedBy: '',
  ...over,
});

describe('recommendElement: the 2×2 rule', () => {
  it.each([
    [{ value: 0.8, system: 0.7 }, 'scale'],
    [{ value: 0.8, system: -0.7 }, 'systematize_first'],
    [{ value: -0.8, system: 0.7 }, 'retest'],
    [{ value: -0.8, system: -0.7 }, 'leave_behind'],
    [{ value: 1, system: 1 }, 'scale'],
    [{ value: -1, system: -1 }, 'leave_behind'],
  ] as const)('%o → %s', (position, expected) => {
    expect(recommendElement(position).recommendation).toBe(expected);
    expect(recommendElement(position).borderline).toBe(false);
  });

  it.each([
    // Just above / right of an axis counts for the element; on the axis counts against it.
    [{ value: 0.01, system: 0.01 }, 'scale'],
    [{ value: 0, system: 0.6 }, 'retest'],
    [{ value: 0.6, system: 0 }, 'systematize_first'],
    [{ value: 0, system: 0 }, 'leave_behind'],
    [{ value: -0.01, system: 0.9 }, 'retest'],
    [{ value: 0.14, system: -0.9 }, 'systematize_first'],
  ] as const)('near the axes: %o → %s, marked borderline', (position, expected) => {
    const result = recommendElement(position);
    expect(result.recommendation).toBe(expected);
    expect(result.borderline).toBe(true);
  });

  it('stops marking borderline at 0.15 from both axes', () => {
    expect(recommendElement({ value: 0.15, system: -0.15 }).borderline).toBe(false);
    expect(recommendElement({ value: 0.149, system: 0.5 }).borderline).toBe(true);
  });

  it.each([
    { value: 1.01, system: 0 },
    { value: 0, system: -1.5 },
    { value: Number.NaN, system: 0 },
  ])('refuses a position off the board: %o', (position) => {
    expect(() => recommendElement(position)).toThrow(InvalidParameterError);
  });

  it('puts each quadrant centre in its own quadrant', () => {
    for (const [quadrant, centre] of Object.entries(quadrantCentres))
      expect(recommendElement(centre).recommendation).toBe(quadrant);
  });

  it('nudges stay on the board and cross an axis in steps', () => {
    expect(nudgePosition({ value: 0.95, system: -0.95 }, 0.1, -0.1)).toEqual({ value: 1, system: -1 });
    const crossed = nudgePosition({ value: 0.05, system: 0.5 }, -0.1, 0);
    expect(crossed).toEqual({ value: -0.05, system: 0.5 });
    expect(recommendElement(crossed).recommendation).toBe('retest');
  });
});

describe('buildScalingCore', () => {
  const elements = [
    element({
      name: 'Prompt library',
      kind: 'tool',
      position: { value: 0.7, system: 0.8 },
      hiddenHoursPerWeek: 1,
      carriedBy: 'Learning designer',
    }),
    element({
      name: 'SME reviews every module',
      kind: 'workflow_step',
      position: { value: 0.8, system: -0.7 },
      hiddenHoursPerWeek: 6,
      carriedBy: 'Subject-matter expert',
    }),
    element({
      name: 'Champion fixes prompts at night',
      kind: 'role',
      position: { value: 0.4, system: -0.9 },
      hiddenHoursPerWeek: 4.5,
      carriedBy: 'Pilot champion',
    }),
    element({
      name: 'Weekly show-and-tell',
      kind: 'practice',
      position: { value: -0.3, system: 0.6 },
      hiddenHoursPerWeek: 1.5,
      carriedBy: 'Pilot champion',
    }),
    element({
      name: 'Hand-picked enthusiastic team',
      kind: 'condition',
      position: { value: -0.8, system: -0.6 },
    }),
    element({ name: 'Draft outline with AI', kind: 'workflow_step', position: { value: 0.9, system: 0.9 } }),
    element({ name: 'Translate with AI', kind: 'workflow_step' }),
  ];

  it('sorts elements into the four recommendations and sums the heroic hours of the ones to re-engineer', () => {
    const core = buildScalingCore(elements);
    expect(core.carryForward.map((e) => e.name)).toEqual(['Prompt library', 'Draft outline with AI']);
    expect(core.reengineer.map((e) => e.name)).toEqual([
      'SME reviews every module',
      'Champion fixes prompts at night',
    ]);
    expect(core.retest.map((e) => e.name)).toEqual(['Weekly show-and-tell']);
    expect(core.leaveBehind.map((e) => e.name)).toEqual(['Hand-picked enthusiastic team']);
    expect(core.unplaced.map((e) => e.name)).toEqual(['Translate with AI']);
    expect(core.heroicHoursToReplace).toBe(6 + 4.5);
    expect(core.hiddenHoursTotal).toBe(1 + 6 + 4.5 + 1.5);
    expect(core.hoursByCarrier).toEqual([
      { carriedBy: 'Pilot champion', hoursPerWeek: 6 },
      { carriedBy: 'Subject-matter expert', hoursPerWeek: 6 },
      { carriedBy: 'Learning designer', hoursPerWeek: 1 },
    ]);
  });

  it('counts workflow steps carried forward against all workflow steps, placed or not', () => {
    expect(workflowStepCoverage(buildScalingCore(elements))).toEqual({ covered: 2, total: 3 });
    expect(
      workflowStepCoverage(buildScalingCore(elements.filter((e) => e.kind !== 'workflow_step'))),
    ).toBeNull();
  });

  it('refuses negative hidden hours', () => {
    expect(() => buildScalingCore([element({ name: 'x', hiddenHoursPerWeek: -1 })])).toThrow(
      /hiddenHoursPerWeek/,
    );
  });

  it('renders the package as Markdown with each section and the carriers table', () => {
    const md = scalingPackageMarkdown({
      application: { id: 'a', name: 'Content drafting', stage: 'pilot' },
      version: 2,
      generatedAt: '2026-11-24T12:00:00.000Z',
      generatedBy: 'Ada',
      core: buildScalingCore(elements),
      retrospective: null,
    });
    expect(md).toContain('# Scaling package v2: Content drafting');
    expect(md).toContain('- Must be re-engineered: 2 element(s), 10.5 h/week of heroic effort to replace');
    expect(md).toContain('- **SME reviews every module** (workflow step) — 6 h/week (Subject-matter expert)');
    expect(md).toContain('| Pilot champion | 6 |');
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('normalizeRating', () => {
  it.each([
    [1, 0],
    [3, 0.5],
    [5, 1],
  ])('%i → %d', (rating, expected) => expect(normalizeRating(rating)).toBe(expected));
  it('refuses 0, 6 and 2.5', () => {
    for (const r of [0, 6, 2.5]) expect(() => normalizeRating(r)).toThrow(InvalidParameterError);
  });
});
