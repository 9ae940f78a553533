import { changeAspects, effectiveCapacity } from '@trellis/core';
import { z } from 'zod';
import { Id, Name, Timestamp } from '../../../platform/http/schemas';
import type { ChangeImpactRow } from '../services/change-impacts';
import type { OrgUnitRow } from '../services/org-units';

/** Shared zod schemas and presenters of the capacity routes. */

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM');
export const Status = z.enum(['green', 'amber', 'red']).meta({ id: 'CapacityStatus' });
export const Threshold = z.number().gt(0).max(10);

export const OrgUnit = z
  .object({
    id: Id,
    parentId: Id.nullable(),
    name: z.string(),
    kind: z.enum(['division', 'department', 'team']),
    headcount: z.number().int(),
    monthlyCapacity: z
      .number()
      .nullable()
      .describe('The unit’s own capacity in change points; null = default'),
    effectiveCapacity: z
      .number()
      .describe('The unit’s own capacity: monthlyCapacity, or 10 points × headcount'),
    capacity: z
      .number()
      .describe(
        'The unit’s capacity with every unit under it (own effective capacity + sub-units’): the figure its load is compared with on the heatmap, in gates and in the optimizer',
      ),
    amberThreshold: z.number(),
    redThreshold: z.number(),
    createdAt: Timestamp,
  })
  .meta({ id: 'OrgUnit' });

/** `capacities` from core's unitCapacities over the organization's whole tree (services/org-units). */
export const presentOrgUnit = (
  u: OrgUnitRow,
  capacities: ReadonlyMap<string, number>,
): z.infer<typeof OrgUnit> => ({
  id: u.id,
  parentId: u.parentId,
  name: u.name,
  kind: u.kind,
  headcount: u.headcount,
  monthlyCapacity: u.monthlyCapacity,
  effectiveCapacity: effectiveCapacity(u),
  capacity: capacities.get(u.id) ?? effectiveCapacity(u),
  amberThreshold: u.amberThreshold,
  redThreshold: u.redThreshold,
  createdAt: u.createdAt.toISOString(),
});

const Magnitude = z.number().int('must be a whole number 0–5').min(0, 'must be 0–5').max(5, 'must be 0–5');
export const Aspects = z
  .partialRecord(z.enum(changeAspects), Magnitude)
  .refine((a) => Object.keys(a).length > 0, 'name at least one aspect that changes')
  .describe('Magnitude 0–5 per changing aspect')
  .meta({ id: 'ChangeAspects' });

export const ImpactShapeInput = {
  aspects: Aspects,
  peopleAffected: z.number().int().min(0).max(1_000_000),
  startDate: IsoDate,
  endDate: IsoDate,
};

export const NewChangeImpact = z
  .strictObject({
    orgUnitId: Id,
    title: Name,
    ...ImpactShapeInput,
    applicationId: Id.nullable().optional(),
    workflowId: Id.nullable().optional(),
  })
  .meta({ id: 'NewChangeImpact' });

export const ChangeImpact = z
  .object({
    id: Id,
    orgUnitId: Id,
    title: z.string(),
    source: z.enum(['manual', 'import', 'expansion']),
    sourceRef: z.string().nullable(),
    applicationId: Id.nullable(),
    workflowId: Id.nullable(),
    aspects: z.record(z.string(), z.number()),
    points: z.number().int().describe('Σ magnitudes: change points per person affected'),
    peopleAffected: z.number().int(),
    startDate: IsoDate,
    endDate: IsoDate,
    createdAt: Timestamp,
  })
  .meta({ id: 'ChangeImpact' });

export const presentImpact = (i: ChangeImpactRow): z.infer<typeof ChangeImpact> => ({
  id: i.id,
  orgUnitId: i.orgUnitId,
  title: i.title,
  source: i.source,
  sourceRef: i.sourceRef,
  applicationId: i.applicationId,
  workflowId: i.workflowId,
  aspects: i.aspects,
  points: i.points,
  peopleAffected: i.peopleAffected,
  startDate: i.startDate,
  endDate: i.endDate,
  createdAt: i.createdAt.toISOString(),
});
