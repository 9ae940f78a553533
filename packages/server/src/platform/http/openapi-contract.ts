/**
 * What the OpenAPI document says beyond the routes' schemas, so third parties can generate clients from it:
 * an `operationId` for every operation (a rule from method and path, plus a few names the rule gets wrong),
 * a description for every tag, who may call each operation (`security`) and examples on the main request
 * bodies. Keyed by `METHOD /path` as the document names it, never by the file a route lives in.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type MediaType = { schema?: unknown; example?: unknown };
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, unknown>;
};
type Document = {
  tags?: { name: string; description: string }[];
  paths?: Record<string, Partial<Record<Method, Operation>>>;
};

/** Where the rule's name would mislead (actions named after nouns, sign-in, exports). */
const OPERATION_ID_OVERRIDES: Record<string, string> = {
  'get /healthz': 'checkLiveness',
  'get /readyz': 'checkReadiness',
  'get /api/v1/setup': 'getSetupStatus',
  'post /api/v1/setup': 'completeSetup',
  'post /api/v1/auth/login': 'login',
  'post /api/v1/auth/logout': 'logout',
  'get /api/v1/planning/runs/latest': 'getLatestPlanningRun',
  'post /api/v1/auth/password': 'changePassword',
  'post /api/v1/auth/password-reset': 'requestPasswordReset',
  'post /api/v1/auth/password-reset/confirm': 'confirmPasswordReset',
  'get /api/v1/auth/oidc/{orgSlug}': 'getSsoSignIn',
  'get /api/v1/auth/oidc/{orgSlug}/start': 'startSsoSignIn',
  'get /api/v1/auth/oidc/{orgSlug}/callback': 'completeSsoSignIn',
  'post /api/v1/workflows/{id}/outputs/batch': 'createWorkflowOutputBatch',
  'post /api/v1/workflows/{id}/queue/next': 'claimNextQueueItem',
  'post /api/v1/outputs/{id}/feedback': 'sendOutputFeedback',
  'post /api/v1/outputs/{id}/gold': 'markOutputGold',
  'post /api/v1/workflows/{id}/calibration': 'startCalibrationRound',
  'get /api/v1/change-notes/mine': 'listMyChangeNotes',
  'post /api/v1/capacity/saturation-check': 'checkCapacitySaturation',
  'post /api/v1/pulse/form': 'getPulseForm',
  'post /api/v1/pulse/answers': 'answerPulse',
  'post /api/v1/metrics/{id}/measurements/batch': 'createMetricMeasurementBatch',
  'post /api/v1/decisions/rubrics/starter': 'createStarterDecisionRubrics',
  'post /api/v1/decisions/workflows/{id}/boundary/recommendation': 'recommendAutomationBoundary',
  'post /api/v1/decisions/workflows/{id}/boundary': 'setAutomationBoundary',
  'post /api/v1/decisions/requests/{id}/decision': 'decideDecisionRequest',
  'post /api/v1/experiments/{id}/status': 'setExperimentStatus',
  'post /api/v1/experiments/{id}/result': 'recordExperimentResult',
  'post /api/v1/insights/{id}/evidence': 'addInsightEvidence',
  'post /api/v1/insights/{id}/status': 'setInsightStatus',
  'post /api/v1/ideas/{id}/status': 'setIdeaStatus',
  'post /api/v1/ideas/{id}/application': 'createApplicationFromIdea',
  'post /api/v1/notifications/{id}/read': 'markNotificationRead',
  'post /api/v1/notifications/read-all': 'markAllNotificationsRead',
  'post /api/v1/expansion-templates/starter': 'createStarterExpansionTemplates',
  'get /api/v1/search': 'search',
  'post /api/v1/change-impacts/import': 'importChangeImpacts',
  'post /api/v1/metrics/{id}/measurements/import': 'importMetricMeasurements',
  'post /api/v1/applications/import': 'importApplications',
  'post /api/v1/applications/import/preview': 'previewApplicationsImport',
  'get /api/v1/applications/export': 'exportApplications',
  'get /api/v1/audit-events/export': 'exportAuditEvents',
  'get /api/v1/pulse-surveys/{id}/results': 'getPulseSurveyResults',
  'get /api/v1/pulse-surveys/{id}/results.csv': 'exportPulseSurveyResults',
  'get /api/v1/applications/{applicationId}/readiness': 'getApplicationReadiness',
  'get /api/v1/ideas/similar': 'listSimilarIdeas',
  'get /api/v1/decisions/log': 'listDecisionLog',
  'get /api/v1/decisions/metrics': 'getDecisionMetrics',
  'get /api/v1/decisions/rights': 'getDecisionRights',
};

const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
const isParameter = (segment: string) => segment.startsWith('{');

/**
 * The rule: a verb from the method, then the path's words in PascalCase with every segment but the last in
 * the singular (`/decisions/requests/{id}` → `getDecisionRequest`). GET on a plural path lists, POST on a
 * plural path creates one, POST on any other last word does that word (`/ideas/{id}/merge` → `mergeIdea`);
 * PUT sets, PATCH updates, DELETE deletes. `.csv`/`.md` become words.
 */
export function operationIdFor(method: string, path: string): string {
  const override = OPERATION_ID_OVERRIDES[`${method} ${path}`];
  if (override) return override;
  const segments = path
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .flatMap((s) => (isParameter(s) ? [s] : [s.replace(/\.(\w+)$/, '-$1')]));
  const lastIndex = segments.length - 1;
  const last = segments[lastIndex] ?? '';
  const plural = !isParameter(last) && last.endsWith('s');
  const words = (upTo: number, singularLast: boolean) =>
    segments
      .slice(0, upTo + 1)
      .flatMap((segment, i) => {
        if (isParameter(segment)) return [];
        const parts = segment.split('-');
        if (i < upTo || singularLast) parts[parts.length - 1] = singular(parts.at(-1) ?? '');
        return parts.map(pascal);
      })
      .join('')
      .replace(/Md$/, 'Markdown');
  switch (method) {
    case 'get':
      return `${plural ? 'list' : 'get'}${words(lastIndex, false)}`;
    case 'post': {
      if (plural || isParameter(last)) return `create${words(lastIndex, true)}`;
      const [verb = '', ...rest] = last.split('-');
      return `${verb}${rest.map(pascal).join('')}${words(lastIndex - 1, true)}`;
    }
    case 'put':
      return `set${words(lastIndex, false)}`;
    case 'patch':
      return `update${words(lastIndex, false)}`;
    case 'delete':
      return `delete${words(lastIndex, false)}`;
    default:
      return `${method}${words(lastIndex, false)}`;
  }
}

/** One tag per capability (and the platform's own), in the order the reference lists them. */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  operations: 'Liveness and readiness probes for load balancers and orchestrators.',
  auth: 'First-run setup, sign-in with password or single sign-on, sessions and password resets.',
  organizations: 'The organizations a person belongs to and the one a request acts in.',
  members: 'Members of an organization, their roles, and invitations to join.',
  roles: 'Built-in roles and custom roles: named sets of `<capability>.<action>` permissions.',
  'api tokens': 'API tokens for scripts and integrations; each carries its organization and role.',
  directory:
    'Directory provisioning: SCIM tokens and group → role mappings. The SCIM 2.0 protocol itself is served under /scim/v2 (its own discovery documents: ServiceProviderConfig, Schemas, ResourceTypes).',
  sso: "An organization's OpenID Connect single sign-on settings.",
  audit: 'The append-only record of who changed what, and its CSV export.',
  webhooks: 'Signed HTTP callbacks on events (alarms, decisions, gates, digests) and their deliveries.',
  mail: "E-mail: each person's preferences per kind, and the organization's delivery log (admin).",
  inbox: "Each person's in-app notifications.",
  portfolio:
    'The inventory of AI applications: lifecycle stages, owners, risk, custom fields, imports and saved views.',
  quality:
    'Quality assurance of AI outputs: standards, sampling for review, the review queue, alarms and calibration.',
  evidence: 'Baseline and pilot measurements of an application and the effect they show.',
  'core review': 'What made a pilot work: retrospectives, core elements, scaling packages and readiness.',
  decisions:
    'Decision rights, rubrics, evaluations, automation boundaries and decision requests with approvals.',
  capacity: 'Org units, change load and absorption capacity, change notes and pulse surveys.',
  'pulse (public)': 'The pulse form answered through a one-time link, without signing in.',
  sequencing: 'Expansion templates and plans: stages, gates and gate decisions across org units.',
  learning: 'Experiments, insights, ideas, change proposals, search, follows and the learning digest.',
  diagnostic: 'Maturity diagnostic, first-run checklist and the executive summary.',
  demo: 'Load and remove the demo organization.',
};

/**
 * Who may call what. Public operations need no credentials at all; session operations need a signed-in
 * person (the cookie) and refuse API tokens; every other operation takes either, as the document's
 * top-level `security` says.
 */
const PUBLIC_OPERATIONS = new Set([
  'get /healthz',
  'get /readyz',
  'get /api/v1/setup',
  'post /api/v1/setup',
  'post /api/v1/auth/login',
  'post /api/v1/auth/password-reset',
  'post /api/v1/auth/password-reset/confirm',
  'get /api/v1/auth/oidc/{orgSlug}',
  'get /api/v1/auth/oidc/{orgSlug}/start',
  'get /api/v1/auth/oidc/{orgSlug}/callback',
  'get /api/v1/invitations/lookup',
  'post /api/v1/invitations/register',
  'post /api/v1/pulse/form',
  'post /api/v1/pulse/answers',
  // Says whether the caller is signed in: 204 when not, which is an answer, not a refusal.
  'get /api/v1/session',
]);
const SESSION_OPERATIONS = new Set([
  'post /api/v1/auth/logout',
  'post /api/v1/auth/password',
  'get /api/v1/organizations',
  'post /api/v1/organizations',
  'post /api/v1/invitations/accept',
]);
export const securityOf = (key: string): Record<string, string[]>[] | undefined =>
  PUBLIC_OPERATIONS.has(key) ? [] : SESSION_OPERATIONS.has(key) ? [{ session: [] }] : undefined;

const someId = '3f1c2a9e-5b7d-4e8f-9a01-2b3c4d5e6f70';
const criteria = [
  { key: 'accurate', label: 'Facts match the source documents', kind: 'pass_fail', severity: 'critical' },
  {
    key: 'tone',
    label: 'Tone fits a citizen letter',
    kind: 'scale',
    severity: 'minor',
    levels: ['Hostile', 'Curt', 'Neutral', 'Friendly', 'Warm and clear'],
    passLevel: 3,
  },
];
const output = {
  clientId: 'letter-2026-000417',
  content: 'Dear Ms Jansen, your application for a parking permit has been approved…',
  metadata: { channel: 'letter', language: 'en' },
  judgeScore: 0.12,
};

/** Examples of the main request bodies, by operationId; Redocly checks each against its schema. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  completeSetup: {
    token: 'the-one-time-setup-token',
    organizationName: 'City of Northfield',
    name: 'Ada Jansen',
    email: 'ada.jansen@northfield.example',
    password: 'correct horse battery staple',
  },
  login: { email: 'ada.jansen@northfield.example', password: 'correct horse battery staple' },
  createInvitation: { email: 'sam.okafor@northfield.example', role: 'reviewer' },
  createToken: { name: 'Letter generator ingestion', role: 'contributor', expiresAt: '2027-06-30T00:00:00Z' },
  createWebhook: {
    url: 'https://hooks.northfield.example/trellis',
    events: ['alarm.raised', 'gate.decided'],
  },
  createApplication: {
    name: 'Permit letter drafting',
    stage: 'pilot',
    purpose: 'Drafts approval and refusal letters for parking permits from the case file.',
    riskTier: 'medium',
    dataSensitivity: 'personal',
    audience: 'external',
    aiTools: ['Azure OpenAI GPT-4o'],
    links: [{ label: 'Pilot charter', url: 'https://wiki.northfield.example/permit-letters' }],
    customFields: {},
  },
  createWorkflow: {
    name: 'Permit letters',
    description: 'Letters drafted by the model and sent after sampling review.',
  },
  createWorkflowStandard: {
    criteria,
    defectRule: { kind: 'any_critical_fail' },
    outgoingLimit: 0.02,
    limitScope: 'segment',
    policy: 'adaptive',
    segmentKeys: ['channel'],
    segmentCapacity: 8,
    doubleReviewFraction: 0.1,
  },
  createWorkflowOutput: output,
  createWorkflowOutputBatch: {
    outputs: [output, { clientId: 'letter-2026-000418', link: 'https://cases.northfield.example/418' }],
  },
  createOutputReview: {
    answers: { accurate: true, tone: 4 },
    comment: 'Correct permit number; a little formal.',
    timeSpentMs: 95000,
  },
  createDecisionRequest: {
    decisionType: 'admit_to_pilot',
    applicationId: someId,
    title: 'Admit permit letter drafting to a pilot in Licensing',
    payload: {},
  },
  decideDecisionRequest: {
    version: 1,
    verdict: 'approve',
    comment: 'Quality standard and owner are in place.',
  },
  getPulseForm: { token: 'the-token-from-the-pulse-link' },
  answerPulse: { token: 'the-token-from-the-pulse-link', answers: { load: 3, clarity: 4 } },
  createOrgUnit: { name: 'Licensing', kind: 'department', parentId: null, headcount: 42 },
  createChangeNote: {
    orgUnitId: someId,
    title: 'Permit letters are now drafted by the model',
    body: 'From 1 March every permit letter is drafted by the model and one in ten is reviewed before it is sent.',
  },
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The answers the platform gives before or around any route's own code, documented on every operation they
 * can come from (a route's own documentation of the same status wins): the request did not validate, the
 * body was too large or not JSON, no or a stale credential, a session's write without its CSRF token, and a
 * database that cannot be reached (nothing was done; send it again later).
 */
function addPlatformAnswers(
  operation: Operation,
  method: Method,
  path: string,
  security: Record<string, string[]>[] | undefined,
): void {
  operation.responses ??= {};
  const responses = operation.responses;
  const add = (status: string, description: string) => {
    responses[status] ??= problem(description);
  };
  const isPublic = security !== undefined && security.length === 0;
  // Errors are problem+json whatever the operation answers on success (a CSV export, Markdown).
  for (const [status, response] of Object.entries(responses))
    if (Number(status) >= 400) responses[status] = { ...(response as object), content: problem('').content };
  const write = method !== 'get';
  // Any request can arrive malformed (a bad query or percent-encoding), whatever the operation takes.
  add('400', 'The request does not match the operation: `errors` names each field at fault');
  // A write's body is read (and refused) before the route runs, also on routes that take none.
  if (write) {
    add('413', 'The body is larger than this server accepts');
    add('415', 'The body is not sent as application/json');
  }
  if (!isPublic) add('401', 'No valid session or API token');
  // A session that names an organization it is not a member of finds nothing there, on every route.
  if (!isPublic)
    add('404', 'Not found in the organization (or the session is not a member of the one it names)');
  if (!isPublic && write)
    add('403', "Not allowed: the caller's role, or a session's write without X-CSRF-Token");
  // Liveness answers without the database.
  if (path !== '/healthz')
    add('503', 'The database cannot be reached: nothing was done; send the request again after Retry-After');
}

/** Adds operationIds, tag descriptions, security and examples; fails on a name given twice or a stale table. */
export function describeContract<T>(document: T): T {
  const doc = document as Document;
  const seen = new Map<string, string>();
  const used = new Set<string>();
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations) as [Method, Operation][]) {
      const key = `${method} ${path}`;
      const id = operationIdFor(method, path);
      if (seen.has(id)) throw new Error(`operationId ${id} names both ${seen.get(id)} and ${key}`);
      seen.set(id, key);
      operation.operationId = id;
      for (const tag of operation.tags ?? []) used.add(tag);
      const security = securityOf(key);
      if (security) operation.security = security;
      const json = operation.requestBody?.content?.['application/json'];
      if (json && id in REQUEST_EXAMPLES) json.example = REQUEST_EXAMPLES[id];
      addPlatformAnswers(operation, method, path, security);
    }
  }
  const known = new Set(seen.values());
  const stale = [...Object.keys(OPERATION_ID_OVERRIDES), ...PUBLIC_OPERATIONS, ...SESSION_OPERATIONS].filter(
    (key) => !known.has(key),
  );
  const staleExamples = Object.keys(REQUEST_EXAMPLES).filter((id) => !seen.has(id));
  if (stale.length || staleExamples.length)
    throw new Error(
      `The OpenAPI contract names operations that do not exist: ${[...stale, ...staleExamples]}`,
    );
  const undescribed = [...used].filter((tag) => !(tag in TAG_DESCRIPTIONS));
  if (undescribed.length) throw new Error(`Describe these tags in TAG_DESCRIPTIONS: ${undescribed}`);
  doc.tags = Object.entries(TAG_DESCRIPTIONS)
    .filter(([name]) => used.has(name))
    .map(([name, description]) => ({ name, description }));
  return document;
}
