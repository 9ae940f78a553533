import { automationModes, decisionTypes, raciLetters } from '@trellis/core';
import { z } from 'zod';
import { Problem } from '../../../platform/http/problem';
import { Id, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import { RiskTierSchema } from '../../portfolio/routes/application-schemas';
import { requestStatuses } from '../decisions-schema';

/** Schemas shared by the decision routes (rubrics, evaluations, boundaries, requests). */
export const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use 1–40 lowercase letters, digits or _');
export const DecisionCriterion = z
  .strictObject({
    key: Key,
    label: z.string().trim().min(1).max(200),
    weight: z.number().min(0).max(1000).describe('Relative weight; weights are normalized to sum to 1'),
    direction: z.enum(['benefit', 'cost']),
    anchors: z.array(z.string().trim().max(300)).length(5).describe('What levels 1…5 mean'),
  })
  .meta({ id: 'DecisionCriterion' });
export const KnockOutRule = z
  .strictObject({ key: Key, label: z.string().trim().min(1).max(300) })
  .meta({ id: 'KnockOutRule' });
export const RubricInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    criteria: z.array(DecisionCriterion).min(1).max(20),
    knockOuts: z.array(KnockOutRule).max(20).default([]),
  })
  .meta({ id: 'NewDecisionRubric' });
export const RubricVersion = z
  .object({
    id: Id,
    version: z.number().int(),
    criteria: z.array(DecisionCriterion),
    knockOuts: z.array(KnockOutRule),
    createdAt: Timestamp,
  })
  .meta({ id: 'DecisionRubricVersion' });
export const Rubric = z
  .object({
    id: Id,
    name: z.string(),
    currentVersion: z.number().int(),
    current: RubricVersion,
    createdAt: Timestamp,
  })
  .meta({ id: 'DecisionRubric' });

export const DecisionType = z.enum(decisionTypes).meta({ id: 'DecisionType' });
export const AutomationMode = z.enum(automationModes).meta({ id: 'AutomationMode' });
/** The same tiers as the registry's (one OpenAPI component). */
export const TierSchema = RiskTierSchema;
export const RequestStatus = z.enum(requestStatuses);

export const BoundaryAnswers = z
  .strictObject({
    errorCost: z.enum(['low', 'medium', 'high', 'severe']).describe('What an error in an output costs'),
    reversibility: z.enum(['easy', 'costly', 'irreversible']).describe('How easily an error is undone'),
    judgment: z.enum(['none', 'some', 'essential']).describe('Need for human judgment or empathy'),
    regulated: z.boolean().describe('Regulation requires a person to decide or oversee'),
    volume: z.enum(['low', 'medium', 'high']).describe('Outputs per month: <50, 50–1000, >1000'),
  })
  .meta({ id: 'BoundaryAnswers' });
export const BoundaryReason = z.object({
  answer: z.string(),
  text: z.string(),
  limit: AutomationMode,
  decisive: z.boolean(),
});
export const QualityEvidence = z
  .object({
    hasStandard: z.boolean(),
    reviewed: z.number().int(),
    outgoingUpper: z.number().nullable(),
    outgoingLimit: z.number().nullable(),
    openAlarms: z.number().int(),
  })
  .meta({ id: 'QualityEvidence' });
export const QaDefault = z.object({
  requiresStandard: z.boolean(),
  approverAudit: z.object({ policy: z.literal('fixed-rate'), fraction: z.number() }).nullable(),
  summary: z.string(),
});

export const RightsCell = z
  .strictObject({
    decisionType: DecisionType,
    orgUnitId: Id.nullable().describe('null: organization-wide'),
    role: RoleSchema,
    letter: z.enum(raciLetters),
  })
  .meta({ id: 'DecisionRightsCell' });
