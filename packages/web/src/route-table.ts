import type { AccessArea } from '@trellis/core';

/**
 * The app's routes in one table that the router (App.tsx), the boot script (boot-script.ts, built by
 * vite.config.ts) and the data layer (api.ts adopts what the boot script fetched; routes-data.ts warms the
 * cache the page reads) all read. Data only, no imports at run time: vite.config.ts reads it at build time.
 *
 * - `path`: as the router matches it, absolute; `shell`: inside the signed-in shell (RequireSession and
 *   AppLayout), whose own first request is `SHELL_DATA`.
 * - `page`: the page's module under src/pages (without `.tsx`) and `name`, the component it exports.
 * - `data`: the requests the page makes on its first render, unconditionally (or only where the member may
 *   read `area`, or only with the route parameters `only`), as paths under /api/v1 with the route's
 *   `:parameters`. The boot script starts them as soon as the session has answered, in parallel with the
 *   page's code (only on a URL without a query string: a page's filters in the query change its requests);
 *   `routes-data.test.ts` holds them to the requests the page's data layer makes.
 */
export interface PageData {
  url: string;
  area?: AccessArea;
  only?: Record<string, string>;
}

export interface PageRoute {
  path: string;
  page: string;
  name: string;
  shell: boolean;
  data?: PageData[];
}

/**
 * A custom role's permission to read an area is `<area>.read` (@trellis/core's ACTION_OF_ROLE.viewer; the
 * build reads this file without core: routes-data.test.ts holds the two equal).
 */
export const READ_ACTION = 'read';

/** The shell's own first request (the demo banner above every signed-in page). */
export const SHELL_DATA: PageData[] = [{ url: '/demo' }];

export const ROUTE_TABLE: PageRoute[] = [
  { path: '/setup', page: 'Auth/SetupPage', name: 'SetupPage', shell: false },
  { path: '/sign-in', page: 'Auth/SignInPage', name: 'SignInPage', shell: false },
  { path: '/sign-in/:orgSlug', page: 'Auth/SsoSignInPage', name: 'SsoSignInPage', shell: false },
  { path: '/invite', page: 'Auth/InvitePage', name: 'InvitePage', shell: false },
  { path: '/forgot-password', page: 'Auth/PasswordResetPages', name: 'ForgotPasswordPage', shell: false },
  { path: '/reset-password', page: 'Auth/PasswordResetPages', name: 'ResetPasswordPage', shell: false },
  { path: '/pulse', page: 'Capacity/PulseAnswerPage', name: 'PulseAnswerPage', shell: false },
  {
    path: '/',
    page: 'Home/HomePage',
    name: 'HomePage',
    shell: true,
    data: [{ url: '/organization' }, { url: '/diagnostic/first-run', area: 'diagnostic' }],
  },
  {
    path: '/portfolio',
    page: 'Portfolio/PortfolioPage',
    name: 'PortfolioPage',
    shell: true,
    data: [{ url: '/applications?limit=50', area: 'portfolio' }],
  },
  {
    path: '/portfolio/:applicationId/evidence',
    page: 'Portfolio/EvidencePage',
    name: 'EvidencePage',
    shell: true,
    data: [{ url: '/applications/:applicationId/evidence', area: 'evidence' }],
  },
  {
    path: '/portfolio/:applicationId',
    page: 'Portfolio/ApplicationPage',
    name: 'ApplicationPage',
    shell: true,
    data: [
      { url: '/applications/:applicationId', area: 'portfolio' },
      { url: '/applications/:applicationId/transitions', area: 'portfolio' },
    ],
  },
  { path: '/core-review', page: 'CoreReview/CoreReviewPage', name: 'CoreReviewPage', shell: true },
  {
    path: '/core-review/:applicationId',
    page: 'CoreReview/ApplicationReviewPage',
    name: 'ApplicationReviewPage',
    shell: true,
  },
  {
    path: '/core-review/:applicationId/packages/:packageId',
    page: 'CoreReview/ScalingPackagePage',
    name: 'ScalingPackagePage',
    shell: true,
  },
  {
    path: '/portfolio/:applicationId/retrospective',
    page: 'Portfolio/RetrospectivePage',
    name: 'RetrospectivePage',
    shell: true,
    data: [
      { url: '/applications/:applicationId/retrospective', area: 'core_review' },
      { url: '/applications/:applicationId/evidence-link-options', area: 'core_review' },
      { url: '/core-review/applications', area: 'core_review' },
    ],
  },
  { path: '/decisions', page: 'Decisions/DecisionsPage', name: 'DecisionsPage', shell: true },
  { path: '/decisions/requests/:requestId', page: 'Decisions/RequestPage', name: 'RequestPage', shell: true },
  { path: '/decisions/evaluations', page: 'Decisions/EvaluationsPage', name: 'EvaluationsPage', shell: true },
  {
    path: '/decisions/evaluations/:evaluationId',
    page: 'Decisions/EvaluationPage',
    name: 'EvaluationPage',
    shell: true,
  },
  { path: '/decisions/rubrics', page: 'Decisions/RubricsPage', name: 'RubricsPage', shell: true },
  { path: '/decisions/rubrics/:rubricId', page: 'Decisions/RubricPage', name: 'RubricPage', shell: true },
  { path: '/decisions/boundaries', page: 'Decisions/BoundariesPage', name: 'BoundariesPage', shell: true },
  { path: '/decisions/rights', page: 'Decisions/RightsPage', name: 'RightsPage', shell: true },
  { path: '/decisions/log', page: 'Decisions/LogPage', name: 'LogPage', shell: true },
  {
    path: '/quality',
    page: 'Quality/QualityPage',
    name: 'QualityPage',
    shell: true,
    data: [{ url: '/workflows?limit=100', area: 'quality' }],
  },
  { path: '/quality/otlp-routing', page: 'Quality/OtlpRoutingPage', name: 'OtlpRoutingPage', shell: true },
  {
    path: '/quality/:workflowId',
    page: 'Quality/DashboardPage',
    name: 'DashboardPage',
    shell: true,
    data: [
      { url: '/workflows/:workflowId', area: 'quality' },
      { url: '/workflows/:workflowId/quality', area: 'quality' },
    ],
  },
  { path: '/quality/:workflowId/standard', page: 'Quality/StandardPage', name: 'StandardPage', shell: true },
  { path: '/quality/:workflowId/review', page: 'Quality/ReviewPage', name: 'ReviewPage', shell: true },
  { path: '/quality/:workflowId/outputs', page: 'Quality/OutputsPage', name: 'OutputsPage', shell: true },
  {
    path: '/quality/:workflowId/calibration',
    page: 'Quality/CalibrationPage',
    name: 'CalibrationPage',
    shell: true,
    data: [
      { url: '/workflows/:workflowId', area: 'quality' },
      { url: '/workflows/:workflowId/calibration', area: 'quality' },
    ],
  },
  { path: '/capacity', page: 'Capacity/CapacityPage', name: 'CapacityPage', shell: true },
  {
    path: '/capacity/:tab',
    page: 'Capacity/CapacityPage',
    name: 'CapacityPage',
    shell: true,
    data: [{ url: '/org-units?limit=500', area: 'capacity', only: { tab: 'units' } }],
  },
  { path: '/sequencing', page: 'Sequencing/SequencingPage', name: 'SequencingPage', shell: true },
  { path: '/sequencing/plans/:planId', page: 'Sequencing/PlanPage', name: 'PlanPage', shell: true },
  { path: '/sequencing/templates', page: 'Sequencing/TemplatesPage', name: 'TemplatesPage', shell: true },
  { path: '/sequencing/optimizer', page: 'Sequencing/OptimizerPage', name: 'OptimizerPage', shell: true },
  {
    path: '/sequencing/roadmap',
    page: 'Sequencing/RoadmapPage',
    name: 'RoadmapPage',
    shell: true,
    data: [{ url: '/planning/runs/latest', area: 'sequencing' }],
  },
  { path: '/learning', page: 'Learning/LearningPage', name: 'LearningPage', shell: true },
  {
    path: '/learning/experiments/:experimentId',
    page: 'Learning/ExperimentPage',
    name: 'ExperimentPage',
    shell: true,
  },
  { path: '/learning/insights/:insightId', page: 'Learning/InsightPage', name: 'InsightPage', shell: true },
  { path: '/learning/search', page: 'Learning/SearchPage', name: 'SearchPage', shell: true },
  { path: '/learning/ideas', page: 'Learning/IdeasPage', name: 'IdeasPage', shell: true },
  { path: '/learning/month', page: 'Learning/MonthPage', name: 'MonthPage', shell: true },
  { path: '/learning/loops', page: 'Learning/LoopsPage', name: 'LoopsPage', shell: true },
  { path: '/inbox', page: 'Inbox/InboxPage', name: 'InboxPage', shell: true },
  {
    path: '/diagnostic',
    page: 'Diagnostic/DiagnosticPage',
    name: 'DiagnosticPage',
    shell: true,
    data: [
      { url: '/diagnostic', area: 'diagnostic' },
      { url: '/diagnostic/maturity', area: 'diagnostic' },
    ],
  },
  {
    path: '/executive',
    page: 'Executive/ExecutivePage',
    name: 'ExecutivePage',
    shell: true,
    data: [
      { url: '/executive-summary', area: 'diagnostic' },
      { url: '/planning/recommendations', area: 'diagnostic' },
    ],
  },
  {
    path: '/settings/organization',
    page: 'Settings/OrganizationSettingsPage',
    name: 'OrganizationSettingsPage',
    shell: true,
  },
  { path: '/settings/members', page: 'Settings/MembersPage', name: 'MembersPage', shell: true },
  { path: '/settings/tokens', page: 'Settings/TokensPage', name: 'TokensPage', shell: true },
  { path: '/settings/webhooks', page: 'Settings/WebhooksPage', name: 'WebhooksPage', shell: true },
  { path: '/settings/audit', page: 'Settings/AuditLogPage', name: 'AuditLogPage', shell: true },
  { path: '/settings/email', page: 'Settings/EmailDeliveriesPage', name: 'EmailDeliveriesPage', shell: true },
  { path: '/settings/sso', page: 'Settings/SsoSettingsPage', name: 'SsoSettingsPage', shell: true },
  { path: '/settings/directory', page: 'Settings/DirectoryPage', name: 'DirectoryPage', shell: true },
  { path: '/settings/roles', page: 'Settings/RolesPage', name: 'RolesPage', shell: true },
  { path: '/account', page: 'Account/AccountPage', name: 'AccountPage', shell: true },
  { path: '/account/email', page: 'Account/EmailPreferencesPage', name: 'EmailPreferencesPage', shell: true },
];
