import { type Body, request, type Schemas } from '../api';

/** Client of the sequencing API: expansion templates, plans, gates and gate decisions. */

export type ExpansionTemplate = Schemas['ExpansionTemplate'];
export type TemplateStage = ExpansionTemplate['stages'][number];
/** A template's stage as the create and edit endpoints take it (a criterion's `params` may be left out). */
export type TemplateStageInput = Body<'createExpansionTemplate'>['stages'][number];
export type GateEvaluation = Schemas['GateEvaluation'];
export type GateOutcome = GateEvaluation['recommendation'];
export type CriterionStatus = GateEvaluation['status'];
export type CriterionEvaluation = Schemas['GateCriterionEvaluation'];
export type GateDecision = Schemas['GateDecision'];
export type PlanStage = Schemas['PlanStage'];
export type StageStatus = PlanStage['status'];
export type GateCriterion = PlanStage['criteria'][number];
export type StageUnit = PlanStage['units'][number];
export type ExpansionPlan = Schemas['ExpansionPlan'];
export type PlanStatus = ExpansionPlan['status'];
export type PlanSummary = Schemas['ExpansionPlanSummary'];
/** A stage as the edit endpoints take it. */
export type StageInput = Body<'setExpansionPlan'>['stages'][number];

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

/** A plan's stage in the shape the edit endpoints take. */
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
  createTemplate: (body: Body<'createExpansionTemplate'>) =>
    request<ExpansionTemplate>('POST', '/expansion-templates', { body }),
  updateTemplate: (id: string, body: Body<'setExpansionTemplate'>) =>
    request<ExpansionTemplate>('PUT', `/expansion-templates/${id}`, { body }),
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
