/** API client of the decision-making capability (`/api/v1/decisions/…`). */
import type {
  AutomationMode,
  BoundaryAnswers,
  BoundaryReason,
  DecisionCriterion,
  DecisionType,
  KnockOutRule,
  QaDefault,
  QualityEvidence,
  RaciLetter,
  Tier,
} from '@trellis/core';
import type { components } from '@trellis/sdk';
import { type Page, type Role, request } from '../api';

type Schemas = components['schemas'];

export interface RubricVersion {
  id: string;
  version: number;
  criteria: DecisionCriterion[];
  knockOuts: KnockOutRule[];
  createdAt: string;
}
export interface Rubric {
  id: string;
  name: string;
  currentVersion: number;
  current: RubricVersion;
  createdAt: string;
}
export interface RubricInput {
  name: string;
  criteria: DecisionCriterion[];
  knockOuts: KnockOutRule[];
}
export type ApplicationOption = Schemas['ApplicationOption'];
export type EvaluationSummary = Schemas['EvaluationSummary'];
export interface CandidateResult {
  candidateId: string;
  assessors: number;
  scores: { assessorId: string; score: number }[];
  mean: number;
  sd: number | null;
  min: number;
  max: number;
  criteria: {
    key: string;
    levels: number[];
    mean: number;
    range: number;
    sd: number | null;
    disagreement: boolean;
  }[];
  knockedOut: { key: string; label: string; by: string[] }[];
  rank: number;
  probabilityFirst: number | null;
  rankInterval: [number, number] | null;
}
export interface WeightFlip {
  criterion: string;
  upper: string;
  lower: string;
  currentWeight: number;
  flipWeight: number | null;
}
export type Evaluation = Schemas['Evaluation'];
export interface SheetInput {
  applicationId: string;
  levels: Record<string, number>;
  knockOuts: string[];
  comment?: string;
}
export interface Boundary {
  id: string;
  workflowId: string;
  mode: AutomationMode;
  recommended: AutomationMode;
  answers: BoundaryAnswers;
  reasons: BoundaryReason[];
  qaDefault: QaDefault;
  rationale: string;
  decidedBy: string;
  reviewOn: string;
  createdAt: string;
}
export interface ApplicationTasks {
  application: ApplicationOption;
  tasks: {
    workflow: { id: string; name: string; description: string };
    boundary: Boundary | null;
    quality: QualityEvidence;
  }[];
}
export interface Recommendation {
  mode: AutomationMode;
  reasons: BoundaryReason[];
  quality: QualityEvidence;
}
export interface RightsCell {
  decisionType: DecisionType;
  orgUnitId: string | null;
  role: Role;
  letter: RaciLetter;
}
export interface OrgUnitOption {
  id: string;
  name: string;
  kind: string;
}
export interface Pattern {
  id: string;
  name: string;
  decisionType: DecisionType;
  applicationId: string | null;
  orgUnitId: string | null;
  maxTier: Tier;
  payload: Record<string, string | number | boolean>;
  createdAt: string;
}
export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type DecisionRequest = Schemas['DecisionRequest'];
export interface Approval {
  approverId: string;
  approverName: string;
  requestVersion: number;
  accountable: boolean;
  verdict: 'approve' | 'reject';
  comment: string;
  createdAt: string;
}
/** What a request decides when another capability opened it: a change proposal from an insight. */
export interface RequestOrigin {
  kind: 'change_proposal';
  id: string;
  target: string;
  subject: string;
  status: string;
  insight: { id: string; statement: string };
  link: string;
}
export interface RequestDetail {
  request: DecisionRequest;
  approvals: Approval[];
  origin: RequestOrigin | null;
  rights: { accountable: Role[]; responsible: Role[]; consulted: Role[]; informed: Role[] };
  required: number;
  canDecide: boolean;
  canEdit: boolean;
}
export interface NewRequest {
  decisionType: DecisionType;
  applicationId?: string | null;
  orgUnitId?: string | null;
  title: string;
  payload?: Record<string, unknown>;
}
export interface LogEntry {
  id: string;
  kind: 'request' | 'automation_boundary';
  decisionType: DecisionType;
  outcome: 'approved' | 'rejected';
  title: string;
  requestId: string | null;
  applicationId: string | null;
  workflowId: string | null;
  evidence: Record<string, unknown>;
  rationale: string;
  decidedBy: string;
  decidedAt: string;
}
export interface Durations {
  count: number;
  median: number | null;
  mean: number | null;
  p90: number | null;
}
export interface DecisionMetrics {
  from: string;
  to: string;
  decided: number;
  approved: number;
  rejected: number;
  selfServeShare: number | null;
  leadTimeHours: Durations;
  approverLeadTimeHours: Durations;
  open: number;
  openAgeHours: Durations;
  overdue: number;
}

const id = encodeURIComponent;

export const decisionsApi = {
  rubrics: () => request<{ items: Rubric[] }>('GET', '/decisions/rubrics'),
  rubric: (rubricId: string) =>
    request<Rubric & { versions: RubricVersion[] }>('GET', `/decisions/rubrics/${id(rubricId)}`),
  createStarterRubric: () => request<Rubric>('POST', '/decisions/rubrics/starter'),
  createRubric: (body: RubricInput) => request<Rubric>('POST', '/decisions/rubrics', { body }),
  saveRubric: (rubricId: string, body: RubricInput & { baseVersion: number }) =>
    request<Rubric>('PUT', `/decisions/rubrics/${id(rubricId)}`, { body }),

  applications: () => request<{ items: ApplicationOption[] }>('GET', '/decisions/applications'),
  orgUnits: () => request<{ items: OrgUnitOption[] }>('GET', '/decisions/org-units'),

  evaluations: () => request<{ items: EvaluationSummary[] }>('GET', '/decisions/evaluations'),
  evaluation: (evaluationId: string) =>
    request<Evaluation>('GET', `/decisions/evaluations/${id(evaluationId)}`),
  createEvaluation: (body: {
    title: string;
    rubricId: string;
    applicationIds: string[];
    assessorIds: string[];
  }) => request<EvaluationSummary>('POST', '/decisions/evaluations', { body }),
  submitScores: (evaluationId: string, sheets: SheetInput[]) =>
    request<void>('POST', `/decisions/evaluations/${id(evaluationId)}/scores`, { body: { sheets } }),

  tasks: (applicationId: string) =>
    request<ApplicationTasks>('GET', `/decisions/applications/${id(applicationId)}/tasks`),
  recommend: (workflowId: string, answers: BoundaryAnswers) =>
    request<Recommendation>('POST', `/decisions/workflows/${id(workflowId)}/boundary/recommendation`, {
      body: answers,
    }),
  setBoundary: (
    workflowId: string,
    body: { answers: BoundaryAnswers; mode: AutomationMode; rationale: string; reviewOn: string },
  ) => request<Boundary>('POST', `/decisions/workflows/${id(workflowId)}/boundary`, { body }),

  rights: () => request<{ cells: RightsCell[]; isDefault: boolean }>('GET', '/decisions/rights'),
  saveRights: (cells: RightsCell[]) =>
    request<{ cells: RightsCell[]; isDefault: boolean }>('PUT', '/decisions/rights', { body: { cells } }),

  patterns: () => request<{ items: Pattern[] }>('GET', '/decisions/patterns'),
  createPattern: (body: {
    name: string;
    decisionType: DecisionType;
    maxTier: Tier;
    payload: Record<string, string | number | boolean>;
  }) => request<Pattern>('POST', '/decisions/patterns', { body }),
  deletePattern: (patternId: string) => request<void>('DELETE', `/decisions/patterns/${id(patternId)}`),

  requests: (query: { status?: RequestStatus; cursor?: string } = {}) =>
    request<Page<DecisionRequest>>('GET', '/decisions/requests', { query: { ...query, limit: 50 } }),
  request: (requestId: string) => request<RequestDetail>('GET', `/decisions/requests/${id(requestId)}`),
  submitRequest: (body: NewRequest) => request<DecisionRequest>('POST', '/decisions/requests', { body }),
  editRequest: (
    requestId: string,
    body: { version: number; title?: string; payload?: Record<string, unknown> },
  ) => request<DecisionRequest>('PATCH', `/decisions/requests/${id(requestId)}`, { body }),
  decide: (requestId: string, body: { version: number; verdict: 'approve' | 'reject'; comment?: string }) =>
    request<DecisionRequest>('POST', `/decisions/requests/${id(requestId)}/decision`, { body }),
  withdraw: (requestId: string, version: number) =>
    request<DecisionRequest>('POST', `/decisions/requests/${id(requestId)}/withdraw`, { body: { version } }),

  log: (cursor?: string) =>
    request<Page<LogEntry>>('GET', '/decisions/log', { query: { cursor, limit: 50 } }),
  metrics: (from: string, to: string) =>
    request<DecisionMetrics>('GET', '/decisions/metrics', { query: { from, to } }),
};
