/** Typed client for the Trellis HTTP API (`/api/v1`). Errors arrive as RFC 9457 problem+json. */
import { BUILT_IN_ROLES, WEBHOOK_EVENTS as CORE_WEBHOOK_EVENTS } from '@trellis/core';
import type { Body, QueryOf, Reply, Schemas } from './api/contract';
import { ORGANIZATION_STORAGE_KEY } from './organization-storage';

/** Every API type is one of these look-ups into the generated contract (api/contract.ts). */
export type { Body, QueryOf, Reply, Schemas } from './api/contract';

export const ROLES = BUILT_IN_ROLES;
export type Role = Schemas['Role'];

export type User = Session['user'];
export type OrganizationRef = Schemas['OrganizationRef'];
/** `customRole` is present when the member holds a custom role instead of a built-in one. */
export type Membership = Session['memberships'][number];
export type Session = Schemas['Session'];
export type CurrentOrganization = Schemas['CurrentOrganization'];
export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type InvitationLookup = Reply<'getInvitationLookup'>;
export type ApiToken = Schemas['ApiToken'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditFilters = Omit<QueryOf<'listAuditEvents'>, 'cursor' | 'limit'>;

export type Criterion = Schemas['Criterion'];
export type CriterionKind = Criterion['kind'];
export type Severity = Criterion['severity'];
export type DefectRule = Schemas['DefectRule'];
export type StandardInput = Body<'createWorkflowStandard'>;
export type PolicyName = NonNullable<StandardInput['policy']>;
export type QualityStandard = Schemas['QualityStandard'];
export type Workflow = Schemas['Workflow'];
export type OtlpRoutingRule = Schemas['OtlpRoutingRule'];
export type OtlpRoutingRuleInput = Schemas['NewOtlpRoutingRuleInput'];
export type QueueItem = Schemas['QueueItem'];
/** Set on an output whose content the organization's retention setting removed. */
export type ContentRemoved = Schemas['ContentRemovedInput'];
export type Answers = Body<'createOutputReview'>['answers'];
export type ReviewResult = Schemas['ReviewResult'];
export type SegmentQuality = Schemas['SegmentQuality'];
export type Bound = SegmentQuality['escapedDefects'];
export type Alarm = Schemas['Alarm'];
export type QualitySummary = Schemas['QualitySummary'];
export type JudgeAgreement = Schemas['JudgeAgreement'];

export type OutputDetail = Schemas['Output'];
export type OutputStatus = OutputDetail['status'];
export type OutputSummary = Schemas['OutputSummary'];
export type OutputFilters = Omit<QueryOf<'listWorkflowOutputs'>, 'cursor' | 'limit'>;
export type GoldItem = Reply<'markOutputGold', 201>;
export type CalibrationRound = Schemas['CalibrationRound'];
export type RoundStatus = CalibrationRound['status'];
export type CalibrationReport = Reply<'getWorkflowCalibration'>;
export type ReviewerCalibration = CalibrationReport['reviewers'][number];
/** An interval whose estimate is null when there is nothing to estimate from (no gold items of that kind). */
export type Interval = ReviewerCalibration['sensitivity'];

export const WEBHOOK_EVENTS = ['*', ...CORE_WEBHOOK_EVENTS] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
export type Webhook = Schemas['Webhook'];
export type WebhookKind = Webhook['kind'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

export type FieldError = Schemas['FieldError'];

/** A failed request: the problem+json body (or a stand-in when the server sent none). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(props: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    errors?: FieldError[];
  }) {
    const detail = props.detail ?? props.title ?? `Request failed with status ${props.status}`;
    super(detail);
    this.name = 'ApiError';
    this.status = props.status;
    this.type = props.type ?? 'about:blank';
    this.title = props.title ?? 'Request failed';
    this.detail = detail;
    this.errors = props.errors ?? [];
  }

  /** Field errors keyed by form field name (`body.email`, `/email` and `email` all become `email`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.errors) {
      const key = error.path
        .replace(/^\//, '')
        .replace(/^body[./]/, '')
        .replaceAll('/', '.');
      if (key && !(key in out)) out[key] = error.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let organizationId: string | null = readStoredOrganization();

function readStoredOrganization(): string | null {
  try {
    return globalThis.localStorage?.getItem(ORGANIZATION_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getOrganizationId(): string | null {
  return organizationId;
}

/** Sets the organization header for this page only, without remembering it as the user's choice. */
export function setOrganizationHeader(id: string | null): void {
  organizationId = id;
}

/** The user's choice of organization: sent from now on and remembered across visits. */
export function setOrganizationId(id: string | null): void {
  organizationId = id;
  try {
    if (id) localStorage.setItem(ORGANIZATION_STORAGE_KEY, id);
    else localStorage.removeItem(ORGANIZATION_STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/** Query parameters; a list repeats its key (`kind=idea&kind=insight`), as the server reads it. */
type Query = Record<string, string | number | undefined | null | readonly (string | number)[]>;

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** How long the boot script's answers may stand in for the page's first requests. */
const BOOT_DATA_MS = 30_000;

/**
 * The answer to a request the boot script (packages/web/boot-script.ts) started for the first page, taken
 * once: for the same URL and organization, while the page is still loading, and never after a write
 * (which clears them all).
 */
function takeBootResponse(url: string, organization: string | null): Promise<Response> | undefined {
  const boot = (globalThis as { __trellisBoot?: { data?: Record<string, BootEntry> } }).__trellisBoot;
  const entry = boot?.data?.[url];
  if (!entry) return undefined;
  delete boot!.data![url];
  if (entry.organization !== organization || Date.now() - entry.at > BOOT_DATA_MS) return undefined;
  return entry.response;
}
interface BootEntry {
  organization: string;
  response: Promise<Response>;
  at: number;
}
function forgetBootResponses() {
  const boot = (globalThis as { __trellisBoot?: { data?: Record<string, BootEntry> } }).__trellisBoot;
  if (boot?.data) boot.data = {};
}

export async function send(method: string, path: string, options: { body?: unknown; query?: Query } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (organizationId) headers['X-Trellis-Organization'] = organizationId;
  const url = buildUrl(path, options.query);
  if (method !== 'GET') forgetBootResponses();
  const early = method === 'GET' ? takeBootResponse(url, organizationId) : undefined;
  let response: Response;
  try {
    response =
      (await early?.catch(() => undefined)) ??
      (await fetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }));
  } catch {
    throw new ApiError({ status: 0, title: 'Network error', detail: 'Could not reach the Trellis server.' });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const problem = JSON.parse(text) as Partial<ApiError> & { errors?: FieldError[] };
    return new ApiError({
      status: response.status,
      type: problem.type,
      title: problem.title,
      detail: problem.detail,
      errors: Array.isArray(problem.errors) ? problem.errors : [],
    });
  } catch {
    return new ApiError({ status: response.status, title: response.statusText || undefined });
  }
}

export async function request<T>(
  method: string,
  path: string,
  options: { body?: unknown; query?: Query } = {},
) {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const signedOut = () => {
  setCsrfToken(null);
  return null;
};

/** Calls that set the session (setup, login, accept) also hand us the CSRF token. */
async function sessionRequest(path: string, body: unknown): Promise<Session> {
  const session = await request<Session>('POST', path, { body });
  setCsrfToken(session.csrfToken);
  return session;
}

export const api = {
  setupStatus: () => request<{ needed: boolean }>('GET', '/setup'),
  setup: (body: { token: string; organizationName: string; name: string; email: string; password: string }) =>
    sessionRequest('/setup', body),

  session: async (): Promise<Session | null> => {
    try {
      const session = await request<Session | undefined>('GET', '/session');
      if (!session) return signedOut(); // 204: nobody is signed in
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return signedOut();
      throw error;
    }
  },
  login: (body: { email: string; password: string }) => sessionRequest('/auth/login', body),
  logout: () => request<void>('POST', '/auth/logout'),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    request<void>('POST', '/auth/password', { body }),
  /** E-mails a reset link if the address has an account; the same answer either way. */
  requestPasswordReset: (body: { email: string }) => request<void>('POST', '/auth/password-reset', { body }),
  confirmPasswordReset: (body: { token: string; newPassword: string }) =>
    request<void>('POST', '/auth/password-reset/confirm', { body }),

  organization: () => request<CurrentOrganization>('GET', '/organization'),
  updateOrganization: (body: Body<'updateOrganization'>) =>
    request<CurrentOrganization>('PATCH', '/organization', { body }),
  createOrganization: (body: { name: string }) =>
    request<OrganizationRef>('POST', '/organizations', { body }),

  members: (cursor?: string) =>
    request<Reply<'listMembers'>>('GET', '/members', { query: { cursor, limit: 100 } }),
  updateMember: (userId: string, body: { role: Role }) =>
    request<Member>('PATCH', `/members/${encodeURIComponent(userId)}`, { body }),
  removeMember: (userId: string) => request<void>('DELETE', `/members/${encodeURIComponent(userId)}`),

  invitations: (cursor?: string) =>
    request<Reply<'listInvitations'>>('GET', '/invitations', { query: { cursor, limit: 100 } }),
  createInvitation: (body: { email: string; role: Role }) =>
    request<{ invitation: Invitation; url: string }>('POST', '/invitations', { body }),
  revokeInvitation: (id: string) => request<void>('DELETE', `/invitations/${encodeURIComponent(id)}`),
  lookupInvitation: (token: string) =>
    request<InvitationLookup>('GET', '/invitations/lookup', { query: { token } }),
  /** Accepts as the signed-in person the invitation is for. */
  acceptInvitation: (body: { token: string }) => sessionRequest('/invitations/accept', body),
  /** Creates the account from an invitation; answers the same whether or not the e-mail had one. */
  registerFromInvitation: (body: { token: string; name: string; password: string }) =>
    request<{ email: string }>('POST', '/invitations/register', { body }),

  tokens: (cursor?: string) =>
    request<Reply<'listTokens'>>('GET', '/tokens', { query: { cursor, limit: 100 } }),
  createToken: (body: { name: string; role?: Role; customRoleId?: string; expiresAt?: string }) =>
    request<{ token: ApiToken; secret: string }>('POST', '/tokens', { body }),
  revokeToken: (id: string) => request<void>('DELETE', `/tokens/${encodeURIComponent(id)}`),

  workflows: (cursor?: string) =>
    request<Reply<'listWorkflows'>>('GET', '/workflows', { query: { cursor, limit: 100 } }),
  workflow: (id: string) => request<Workflow>('GET', `/workflows/${encodeURIComponent(id)}`),
  createWorkflow: (body: { name: string; description?: string }) =>
    request<Workflow>('POST', '/workflows', { body }),
  otlpRoutingRules: () => request<{ items: OtlpRoutingRule[] }>('GET', '/otlp/routing-rules'),
  setOtlpRoutingRules: (rules: OtlpRoutingRuleInput[]) =>
    request<{ items: OtlpRoutingRule[] }>('PUT', '/otlp/routing-rules', { body: { rules } }),
  standards: (workflowId: string) =>
    request<{ items: QualityStandard[] }>('GET', `/workflows/${encodeURIComponent(workflowId)}/standards`),
  createStandard: (workflowId: string, body: StandardInput) =>
    request<QualityStandard>('POST', `/workflows/${encodeURIComponent(workflowId)}/standards`, { body }),
  /** The next output to review, null when the queue is empty (204), or the calibration round coming first. */
  claimNext: async (workflowId: string) =>
    (await request<QueueItem | { state: 'calibration-required'; detail: string } | undefined>(
      'POST',
      `/workflows/${encodeURIComponent(workflowId)}/queue/next`,
    )) ?? null,
  releaseClaim: (outputId: string) =>
    request<void>('POST', `/outputs/${encodeURIComponent(outputId)}/release`),
  submitReview: (outputId: string, body: { answers: Answers; comment?: string; timeSpentMs: number }) =>
    request<ReviewResult>('POST', `/outputs/${encodeURIComponent(outputId)}/reviews`, { body }),
  quality: (workflowId: string) =>
    request<QualitySummary>('GET', `/workflows/${encodeURIComponent(workflowId)}/quality`),
  judgeAgreement: (workflowId: string) =>
    request<JudgeAgreement>('GET', `/workflows/${encodeURIComponent(workflowId)}/judge-agreement`),
  clearAlarm: (alarmId: string, note: string) =>
    request<Alarm>('POST', `/alarms/${alarmId}/clear`, { body: { note } }),
  outputs: (workflowId: string, filters: OutputFilters, cursor?: string) =>
    request<Reply<'listWorkflowOutputs'>>('GET', `/workflows/${encodeURIComponent(workflowId)}/outputs`, {
      query: { ...filters, cursor, limit: 50 },
    }),
  output: (id: string) => request<OutputDetail>('GET', `/outputs/${encodeURIComponent(id)}`),
  promoteToGold: (outputId: string, note: string) =>
    request<GoldItem>('POST', `/outputs/${encodeURIComponent(outputId)}/gold`, { body: { note } }),
  startCalibration: (workflowId: string) =>
    request<CalibrationRound>('POST', `/workflows/${encodeURIComponent(workflowId)}/calibration`),
  judgeCalibration: (roundId: string, body: { goldItemId: string; answers: Answers }) =>
    request<CalibrationRound>('POST', `/calibration-rounds/${encodeURIComponent(roundId)}/judgments`, {
      body,
    }),
  calibration: (workflowId: string) =>
    request<CalibrationReport>('GET', `/workflows/${encodeURIComponent(workflowId)}/calibration`),

  webhooks: () => request<{ items: Webhook[] }>('GET', '/webhooks'),
  createWebhook: (body: { kind: WebhookKind; url: string; events: WebhookEventName[] }) =>
    request<{ webhook: Webhook; secret: string | null }>('POST', '/webhooks', { body }),
  deleteWebhook: (id: string) => request<void>('DELETE', `/webhooks/${encodeURIComponent(id)}`),
  updateWebhook: (id: string, body: Body<'updateWebhook'>) =>
    request<Reply<'updateWebhook'>>('PATCH', `/webhooks/${encodeURIComponent(id)}`, { body }),
  pingWebhook: (id: string) => request<WebhookDelivery>('POST', `/webhooks/${encodeURIComponent(id)}/ping`),
  webhookDeliveries: (id: string, cursor?: string) =>
    request<Reply<'listWebhookDeliveries'>>('GET', `/webhooks/${encodeURIComponent(id)}/deliveries`, {
      query: { cursor, limit: 20 },
    }),

  auditEvents: (filters: AuditFilters, cursor?: string) =>
    request<Reply<'listAuditEvents'>>('GET', '/audit-events', { query: { ...filters, cursor, limit: 50 } }),
  /** Fetches the export (the organization header can't ride on a plain link) and returns it as a file. */
  exportAuditEvents: async (format: 'csv' | 'jsonl', filters: AuditFilters) => {
    const response = await send('GET', '/audit-events/export', { query: { ...filters, format } });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `audit-events.${format}`;
    return { blob: await response.blob(), filename };
  },
};
