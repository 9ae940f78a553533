import { gateCriterionKinds, gateRecommendations } from '@trellis/core';
import { z } from 'zod';
import { Id, Name, Timestamp } from '../../../platform/http/schemas';
import { gateOutcomes, planStatuses, stageStatuses } from '../sequencing-schema';
import type { PlanDetail } from '../services/expansion-plans';
import type { TemplateRow } from '../services/expansion-templates';
import type { GateDecisionRow } from '../services/gate-decisions';
import type { GateEvaluation } from '../services/gates';

export const GateCriterion = z.strictObject({
  kind: z.enum(gateCriterionKinds),
  params: z.record(z.string(), z.number()).default({}),
});

const StageShape = {
  name: Name,
  durationMonths: z.number().int().min(1).max(60),
  changeLoad: z.number().min(0).max(100_000).describe('Change points per receiving unit per month'),
  criteria: z.array(GateCriterion).max(8),
};

export const TemplateStage = z.strictObject({
  ...StageShape,
  unitKind: z.enum(['division', 'department', 'team']).nullable().default(null),
});
export const TemplateInput = z
  .strictObject({
    name: Name,
    description: z.string().trim().max(2000).optional(),
    stages: z.array(TemplateStage).min(1).max(12),
  })
  .meta({ id: 'NewExpansionTemplate' });
export const Template = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    stages: z.array(TemplateStage),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ExpansionTemplate' });

export const presentTemplate = (t: TemplateRow): z.infer<typeof Template> => ({
  id: t.id,
  name: t.name,
  description: t.description,
  stages: t.stages as z.infer<typeof TemplateStage>[],
  version: t.version,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

export const StageInput = z.strictObject({
  id: Id.optional().describe('An existing stage of the plan; leave out for a new stage'),
  ...StageShape,
  expectedValue: z.number().min(0).max(1e9).default(0),
  orgUnitIds: z.array(Id).max(200),
  dependsOn: z.array(Id).max(50).default([]).describe("Other applications' stages that must end first"),
});
export const PlanEdit = z.strictObject({
  version: z.number().int().min(1),
  stages: z.array(StageInput).min(1).max(12),
});

const Evidence = z.record(z.string(), z.unknown());
export const CriterionEvaluation = z
  .object({
    kind: z.enum(gateCriterionKinds),
    label: z.string(),
    params: z.record(z.string(), z.number()),
    status: z.enum(['met', 'not_met', 'not_enough_evidence']),
    severe: z.boolean(),
    summary: z.string(),
    evidence: Evidence,
  })
  .meta({ id: 'GateCriterionEvaluation' });
export const GateEvaluationSchema = z
  .object({
    planId: Id,
    stageId: Id,
    stageName: z.string(),
    nextStageId: Id.nullable(),
    planVersion: z.number().int(),
    criteria: z.array(CriterionEvaluation),
    recommendation: z.enum(gateRecommendations),
    status: z.enum(['met', 'not_met', 'not_enough_evidence']),
    reason: z.string(),
    because: z.array(z.enum(gateCriterionKinds)),
    fingerprint: z.string(),
    evaluatedAt: Timestamp,
  })
  .meta({ id: 'GateEvaluation' });

export const GateDecision = z
  .object({
    id: Id,
    stageId: Id,
    outcome: z.enum(gateOutcomes),
    recommended: z.enum(gateOutcomes),
    rationale: z.string(),
    planVersion: z.number().int(),
    fingerprint: z.string(),
    snapshot: Evidence,
    decidedBy: z.string().nullable(),
    decidedByName: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'GateDecision' });
export const presentDecision = (d: GateDecisionRow): z.infer<typeof GateDecision> => ({
  id: d.id,
  stageId: d.stageId,
  outcome: d.outcome,
  recommended: d.recommended,
  rationale: d.rationale,
  planVersion: d.planVersion,
  fingerprint: d.fingerprint,
  snapshot: d.snapshot,
  decidedBy: d.decidedBy,
  decidedByName: d.decidedByName,
  createdAt: d.createdAt.toISOString(),
});

const StageUnit = z.object({
  orgUnitId: Id,
  name: z.string(),
  headcount: z.number().int(),
  activeUsers: z.number().int().nullable(),
  activeReportedAt: Timestamp.nullable(),
});
const Stage = z
  .object({
    id: Id,
    position: z.number().int(),
    name: z.string(),
    status: z.enum(stageStatuses),
    durationMonths: z.number().int(),
    changeLoad: z.number(),
    expectedValue: z.number(),
    criteria: z.array(GateCriterion),
    startedAt: Timestamp.nullable(),
    endedAt: Timestamp.nullable(),
    units: z.array(StageUnit),
    dependsOn: z.array(
      z.object({
        stageId: Id,
        stageName: z.string(),
        applicationId: Id,
        applicationName: z.string(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: 'PlanStage' });
export const Plan = z
  .object({
    id: Id,
    application: z.object({ id: Id, name: z.string(), stage: z.string(), ownerId: z.string().nullable() }),
    templateId: Id.nullable(),
    status: z.enum(planStatuses),
    version: z.number().int(),
    locked: z.boolean(),
    stages: z.array(Stage),
    gate: GateEvaluationSchema.nullable().describe('The running stage’s gate, evaluated now'),
    decisions: z.array(GateDecision),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ExpansionPlan' });

export function presentPlan(
  d: PlanDetail,
  gate: GateEvaluation | null,
  decisions: GateDecisionRow[],
): z.infer<typeof Plan> {
  return {
    id: d.plan.id,
    application: d.application,
    templateId: d.plan.templateId,
    status: d.plan.status,
    version: d.plan.version,
    locked: d.locked,
    stages: d.stages.map((s) => ({
      id: s.id,
      position: s.position,
      name: s.name,
      status: s.status,
      durationMonths: s.durationMonths,
      changeLoad: s.changeLoad,
      expectedValue: s.expectedValue,
      criteria: s.criteria.map((c) => ({ kind: c.kind, params: c.params as Record<string, number> })),
      startedAt: s.startedAt?.toISOString() ?? null,
      endedAt: s.endedAt?.toISOString() ?? null,
      units: s.units.map((u) => ({
        orgUnitId: u.orgUnitId,
        name: u.name,
        headcount: u.headcount,
        activeUsers: u.activeUsers,
        activeReportedAt: u.activeReportedAt?.toISOString() ?? null,
      })),
      dependsOn: s.dependsOn,
    })),
    gate,
    decisions: decisions.map(presentDecision),
    createdAt: d.plan.createdAt.toISOString(),
    updatedAt: d.plan.updatedAt.toISOString(),
  };
}

export const PlanSummary = z
  .object({
    id: Id,
    application: z.object({ id: Id, name: z.string(), stage: z.string() }),
    status: z.enum(planStatuses),
    version: z.number().int(),
    stageCount: z.number().int(),
    currentStage: z.object({ id: Id, name: z.string(), position: z.number().int() }).nullable(),
    gate: z
      .object({
        recommendation: z.enum(gateRecommendations),
        status: z.enum(['met', 'not_met', 'not_enough_evidence']),
        reason: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'ExpansionPlanSummary' });
