/** API client of the decision-making capability (`/api/v1/decisions/…`). */
import { type Body, type Reply, request, type Schemas } from '../api';

export type Rubric = Schemas['DecisionRubric'];
export type RubricVersion = Schemas['DecisionRubricVersion'];
export type RubricInput = Schemas['NewDecisionRubricInput'];
export type ApplicationOption = Schemas['ApplicationOption'];
export type EvaluationSummary = Schemas['EvaluationSummary'];
export type Evaluation = Schemas['Evaluation'];
export type CandidateResult = NonNullable<Evaluation['results']>['candidates'][number];
export type WeightFlip = NonNullable<Evaluation['results']>['sensitivity'][number];
export type SheetInput = Body<'createDecisionEvaluationScore'>['sheets'][number];
export type Boundary = Schemas['AutomationBoundary'];
export type ApplicationTasks = Reply<'listDecisionApplicationTasks'>;
export type Recommendation = Reply<'recommendAutomationBoundary'>;
export type RightsCell = Schemas['DecisionRightsCell'];
export type OrgUnitOption = Reply<'listDecisionOrgUnits'>['items'][number];
export type Pattern = Schemas['PreapprovedPattern'];
export type DecisionRequest = Schemas['DecisionRequest'];
export type RequestStatus = DecisionRequest['status'];
export type RequestDetail = Reply<'getDecisionRequest'>;
export type Approval = RequestDetail['approvals'][number];
/** What a request decides when another capability opened it: a change proposal from an insight. */
export type RequestOrigin = NonNullable<RequestDetail['origin']>;
export type NewRequest = Body<'createDecisionRequest'>;
export type LogEntry = Schemas['DecisionLogEntry'];
export type DecisionMetrics = Reply<'getDecisionMetrics'>;
export type Durations = DecisionMetrics['leadTimeHours'];

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
  recommend: (workflowId: string, answers: Body<'recommendAutomationBoundary'>) =>
    request<Recommendation>('POST', `/decisions/workflows/${id(workflowId)}/boundary/recommendation`, {
      body: answers,
    }),
  setBoundary: (workflowId: string, body: Body<'setAutomationBoundary'>) =>
    request<Boundary>('POST', `/decisions/workflows/${id(workflowId)}/boundary`, { body }),

  rights: () => request<{ cells: RightsCell[]; isDefault: boolean }>('GET', '/decisions/rights'),
  saveRights: (cells: RightsCell[]) =>
    request<{ cells: RightsCell[]; isDefault: boolean }>('PUT', '/decisions/rights', { body: { cells } }),

  patterns: () => request<{ items: Pattern[] }>('GET', '/decisions/patterns'),
  createPattern: (body: Body<'createDecisionPattern'>) =>
    request<Pattern>('POST', '/decisions/patterns', { body }),
  deletePattern: (patternId: string) => request<void>('DELETE', `/decisions/patterns/${id(patternId)}`),

  requests: (query: { status?: RequestStatus; cursor?: string } = {}) =>
    request<Reply<'listDecisionRequests'>>('GET', '/decisions/requests', { query: { ...query, limit: 50 } }),
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
    request<Reply<'listDecisionLog'>>('GET', '/decisions/log', { query: { cursor, limit: 50 } }),
  metrics: (from: string, to: string) =>
    request<DecisionMetrics>('GET', '/decisions/metrics', { query: { from, to } }),
};
