import type { GateCriterionKind } from '@trellis/core';
import type { components } from '@trellis/sdk';
import { request } from '../api';

type Schemas = components['schemas'];

/** Client of the sequencing API: expansion templates, plans, gates and gate decisions. */

export type StageStatus = 'planned' | 'running' | 'completed' | 'rolled_back';
export type PlanStatus = 'draft' | 'active' | 'completed' | 'rolled_back';
export type GateOutcome = 'advance' | 'hold' | 'rework' | 'roll_back';
export type CriterionStatus = 'met' | 'not_met' | 'not_enough_evidence';

export interface GateCriterion {
  kind: GateCriterionKind;
  params: Record<string, number>;
}
export interface TemplateStage {
  name: string;
  unitKind: 'division' | 'department' | 'team' | null;
  durationMonths: number;
  changeLoad: number;
  criteria: GateCriterion[];
}
export type ExpansionTemplate = Schemas['ExpansionTemplate'];
export interface CriterionEvaluation {
  kind: GateCriterionKind;
  label: string;
  params: Record<string, number>;
  status: CriterionStatus;
  severe: boolean;
  summary: string;
  evidence: Record<string, unknown>;
}
export type GateEvaluation = Schemas['GateEvaluation'];
export type GateDecision = Schemas['GateDecision'];
export interface StageUnit {
  orgUnitId: string;
  name: string;
  headcount: number;
  activeUsers: number | null;
  activeReportedAt: string | null;
}
export type PlanStage = Schemas['PlanStage'];
export type ExpansionPlan = Schemas['ExpansionPlan'];
export interface PlanSummary {
  id: string;
  application: { id: string; name: string; stage: string };
  status: PlanStatus;
  version: number;
  stageCount: number;
  currentStage: { id: string; name: string; position: number } | null;
  gate: { recommendation: GateOutcome; status: CriterionStatus; reason: string } | null;
}
export interface StageInput {
  id?: string | undefined;
  name: string;
  durationMonths: number;
  changeLoad: number;
  expectedValue: number;
  criteria: GateCriterion[];
  orgUnitIds: string[];
  dependsOn: string[];
}

export const OUTCOME_LABELS: Record<GateOutcome, string> = {
  advance: 'Advance',
  hold: 'Hold',
  rework: 'Rework',
  roll_back: 'Roll back',
};
export const OUTCOME_COLORS: Record<GateOutcome, string> = {
  advance: 'teal',
  hold: 'yellow',
  rework: 'orange',
  roll_back: 'red',
};
export const STATUS_LABELS: Record<CriterionStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_enough_evidence: 'Not enough evidence',
};
export const STATUS_COLORS: Record<CriterionStatus, string> = {
  met: 'teal',
  not_met: 'red',
  not_enough_evidence: 'gray',
};
export const STAGE_STATUS_LABELS: Record<StageStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  completed: 'Completed',
  rolled_back: 'Rolled back',
};

/** A stage as the edit endpoints take it. */
export const stageInput = (s: PlanStage): StageInput => ({
  id: s.id,
  name: s.name,
  durationMonths: s.durationMonths,
  changeLoad: s.changeLoad,
  expectedValue: s.expectedValue,
  criteria: s.criteria,
  orgUnitIds: s.units.map((u) => u.orgUnitId),
  dependsOn: s.dependsOn.map((d) => d.stageId),
});

export const sequencingApi = {
  listTemplates: () => request<{ items: ExpansionTemplate[] }>('GET', '/expansion-templates'),
  starterTemplate: () => request<ExpansionTemplate>('POST', '/expansion-templates/starter'),
  createTemplate: (body: { name: string; description: string; stages: TemplateStage[] }) =>
    request<ExpansionTemplate>('POST', '/expansion-templates', { body }),
  updateTemplate: (
    id: string,
    body: { name: string; description: string; stages: TemplateStage[]; version: number },
  ) => request<ExpansionTemplate>('PUT', `/expansion-templates/${id}`, { body }),
  deleteTemplate: (id: string) => request<void>('DELETE', `/expansion-templates/${id}`),

  listPlans: () => request<{ items: PlanSummary[] }>('GET', '/expansion-plans'),
  getPlan: (id: string) => request<ExpansionPlan>('GET', `/expansion-plans/${id}`),
  createPlan: (body: {
    applicationId: string;
    templateId?: string;
    stageUnits: Array<{ orgUnitIds: string[]; expectedValue?: number }>;
  }) => request<ExpansionPlan>('POST', '/expansion-plans', { body }),
  /** A new plan's default stage value (hours saved a month) from the application's evidence, with its basis. */
  stageValueDefault: (applicationId: string) =>
    request<{ hoursPerMonth: number | null; basis: string }>(
      'GET',
      `/applications/${applicationId}/stage-value-default`,
    ),
  updatePlan: (id: string, body: { version: number; stages: StageInput[] }) =>
    request<ExpansionPlan>('PUT', `/expansion-plans/${id}`, { body }),
  proposeChange: (id: string, body: { version: number; stages: StageInput[]; reason: string }) =>
    request<{
      request: { id: string; status: string; tier: string; title: string };
      applied: boolean;
      plan: ExpansionPlan;
    }>('POST', `/expansion-plans/${id}/change-requests`, { body }),
  start: (id: string, body: { version: number; startedOn?: string }) =>
    request<ExpansionPlan>('POST', `/expansion-plans/${id}/start`, { body }),
  reportAdoption: (id: string, stageId: string, orgUnitId: string, activeUsers: number) =>
    request<ExpansionPlan>('PUT', `/expansion-plans/${id}/stages/${stageId}/units/${orgUnitId}/adoption`, {
      body: { activeUsers },
    }),
  decide: (
    id: string,
    stageId: string,
    body: { outcome: GateOutcome; rationale: string; planVersion: number; fingerprint: string },
  ) =>
    request<{ decision: GateDecision; plan: ExpansionPlan }>(
      'POST',
      `/expansion-plans/${id}/stages/${stageId}/gate-decisions`,
      { body },
    ),
};
