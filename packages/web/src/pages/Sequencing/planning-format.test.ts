import { describe, expect, it } from 'vitest';
import type { PlanningRun, PlanningStep, PlanningUnit } from '../../api/planning';
import { roadmapState } from './planning-format';

const unit = (id: string, name: string, committed: number[]): PlanningUnit => ({
  id,
  name,
  kind: 'team',
  capacity: [10, 10, 10],
  committed,
  maxConcurrent: 2,
  amberThreshold: 0.8,
  redThreshold: 1,
});
const step: PlanningStep = {
  stageId: 'stage-1',
  planId: 'plan',
  applicationId: 'app',
  applicationName: 'AI-drafted course content',
  stageName: 'Department',
  position: 1,
  grade: 'controlled',
  gate: 'advance',
  expectedValue: 100,
  confidence: 0.9,
  durationMonths: 1,
  changeLoad: 4,
  unitIds: ['design'],
  earliestMonth: 0,
  dependsOn: [],
};
const run = {
  startMonth: '2026-12',
  months: ['2026-12', '2027-01', '2027-02'],
  discountRate: 0,
  // Course design is already over in December from a running change; the step may go in any month.
  units: [unit('design', 'Course design', [12, 8, 0])],
  steps: [step],
} as unknown as PlanningRun;

describe('roadmapState', () => {
  it('tells overload from changes under way apart from what the schedule breaks', () => {
    const quiet = roadmapState(run, new Map([['stage-1', 2]]));
    expect(quiet.problems).toEqual([]);
    expect(quiet.alreadyOver).toEqual([
      'Course design is at 120 % of its change capacity in December 2026, from changes already under way',
    ]);
    expect(quiet.cells.get('design')!.map((c) => c.status)).toEqual(['red', 'amber', 'green']);
    expect(quiet.value).toBeCloseTo(90, 12);

    // Moved into January, the step takes the unit to 8 + 4 = 12 of 10: that one is the schedule's doing.
    const moved = roadmapState(run, new Map([['stage-1', 1]]));
    expect(moved.problems).toEqual(['Course design is at 120 % of its change capacity in January 2027']);
    expect(moved.alreadyOver).toHaveLength(1);
  });

  it('counts a step added to a month already over as the schedule’s problem', () => {
    const piledOn = roadmapState(run, new Map([['stage-1', 0]]));
    expect(piledOn.problems).toEqual(['Course design is at 160 % of its change capacity in December 2026']);
    expect(piledOn.alreadyOver).toEqual([]);
  });
});
