import { POINTS_PER_PERSON_MONTH } from '../capacity/load';
import type { GateCriterion } from './criteria';

export interface StarterStage {
  name: string;
  unitKind: 'division' | 'department' | 'team' | null;
  durationMonths: number;
  changeLoad: number;
  criteria: GateCriterion[];
}

export const STARTER_TEMPLATE_NAME = 'Pilot team → second team → department → organization';

/**
 * The starter template: each stage's gate asks more as the reach grows — the pilot's quality and adoption
 * and the second team's readiness first; then the automation boundaries and an approval per the RACI; a
 * current sustainable-core review before a department takes it on. Loads are change points per receiving
 * unit per month (capacity/load.ts: a team of 8 absorbs 80).
 */
export function starterTemplateStages(): StarterStage[] {
  const quality = (maxDefectRate: number, minReviewed: number): GateCriterion => ({
    kind: 'quality',
    params: { maxDefectRate, minReviewed },
  });
  const adoption = (minActiveShare: number): GateCriterion => ({
    kind: 'adoption',
    params: { minActiveShare },
  });
  const pulse: GateCriterion = { kind: 'pulse', params: { minReadiness: 3.5 } };
  const capacity: GateCriterion = { kind: 'capacity', params: {} };
  const months = (m: number): GateCriterion => ({ kind: 'min_duration', params: { months: m } });
  const boundaries: GateCriterion = { kind: 'automation_boundaries', params: {} };
  const approvals: GateCriterion = { kind: 'approvals', params: {} };
  const core: GateCriterion = { kind: 'core_review', params: {} };
  return [
    {
      name: 'Pilot team',
      unitKind: 'team',
      durationMonths: 3,
      changeLoad: 2 * POINTS_PER_PERSON_MONTH,
      criteria: [quality(0.05, 30), adoption(0.6), pulse, capacity, months(2)],
    },
    {
      name: 'Second team',
      unitKind: 'team',
      durationMonths: 3,
      changeLoad: 3 * POINTS_PER_PERSON_MONTH,
      criteria: [quality(0.05, 100), adoption(0.6), pulse, capacity, boundaries, approvals, months(2)],
    },
    {
      name: 'Department',
      unitKind: 'department',
      durationMonths: 6,
      changeLoad: 6 * POINTS_PER_PERSON_MONTH,
      criteria: [quality(0.03, 200), adoption(0.5), pulse, capacity, core, boundaries, approvals, months(3)],
    },
    {
      name: 'Organization',
      unitKind: 'division',
      durationMonths: 12,
      changeLoad: 10 * POINTS_PER_PERSON_MONTH,
      criteria: [quality(0.03, 300), adoption(0.5), core, months(6)],
    },
  ];
}
