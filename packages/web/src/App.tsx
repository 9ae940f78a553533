import { type ComponentType, isValidElement, type ReactNode, Suspense } from 'react';
import { createRoutesFromElements, matchRoutes, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { PageSkeleton } from './components/PageSkeleton';
import { RequireSession } from './components/RequireSession';
import { lazyPreloaded } from './lazy-preloaded';
import { NotFoundPage } from './pages/Home/NotFoundPage';

/**
 * Every page is its own chunk (no page pays for another's charts). `preload` starts fetching a page's code
 * without rendering it, so the first page's code loads in parallel with the session check; once loaded, the
 * page renders without suspending (lazy-preloaded.tsx).
 */
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazyPreloaded(() => load().then((module) => module[name]));

const SignInPage = named(() => import('./pages/Auth/SignInPage'), 'SignInPage');
const InvitePage = named(() => import('./pages/Auth/InvitePage'), 'InvitePage');
const ForgotPasswordPage = named(() => import('./pages/Auth/PasswordResetPages'), 'ForgotPasswordPage');
const ResetPasswordPage = named(() => import('./pages/Auth/PasswordResetPages'), 'ResetPasswordPage');
const SetupPage = named(() => import('./pages/Auth/SetupPage'), 'SetupPage');
const SsoSignInPage = named(() => import('./pages/Auth/SsoSignInPage'), 'SsoSignInPage');
const CapacityPage = named(() => import('./pages/Capacity/CapacityPage'), 'CapacityPage');
const PulseAnswerPage = named(() => import('./pages/Capacity/PulseAnswerPage'), 'PulseAnswerPage');
const CoreReviewPage = named(() => import('./pages/CoreReview/CoreReviewPage'), 'CoreReviewPage');
const DiagnosticPage = named(() => import('./pages/Diagnostic/DiagnosticPage'), 'DiagnosticPage');
const HomePage = named(() => import('./pages/Home/HomePage'), 'HomePage');
const PortfolioPage = named(() => import('./pages/Portfolio/PortfolioPage'), 'PortfolioPage');
const OptimizerPage = named(() => import('./pages/Sequencing/OptimizerPage'), 'OptimizerPage');
const PlanPage = named(() => import('./pages/Sequencing/PlanPage'), 'PlanPage');
const RoadmapPage = named(() => import('./pages/Sequencing/RoadmapPage'), 'RoadmapPage');
const SequencingPage = named(() => import('./pages/Sequencing/SequencingPage'), 'SequencingPage');
const TemplatesPage = named(() => import('./pages/Sequencing/TemplatesPage'), 'TemplatesPage');
const ExecutivePage = named(() => import('./pages/Executive/ExecutivePage'), 'ExecutivePage');
const MembersPage = named(() => import('./pages/Settings/MembersPage'), 'MembersPage');
const TokensPage = named(() => import('./pages/Settings/TokensPage'), 'TokensPage');
const AuditLogPage = named(() => import('./pages/Settings/AuditLogPage'), 'AuditLogPage');
const EmailDeliveriesPage = named(
  () => import('./pages/Settings/EmailDeliveriesPage'),
  'EmailDeliveriesPage',
);
const RolesPage = named(() => import('./pages/Settings/RolesPage'), 'RolesPage');
const OrganizationSettingsPage = named(
  () => import('./pages/Settings/OrganizationSettingsPage'),
  'OrganizationSettingsPage',
);
const SsoSettingsPage = named(() => import('./pages/Settings/SsoSettingsPage'), 'SsoSettingsPage');
const DirectoryPage = named(() => import('./pages/Settings/DirectoryPage'), 'DirectoryPage');
const QualityPage = named(() => import('./pages/Quality/QualityPage'), 'QualityPage');
const QualityDashboardPage = named(() => import('./pages/Quality/DashboardPage'), 'DashboardPage');
const StandardPage = named(() => import('./pages/Quality/StandardPage'), 'StandardPage');
const ReviewPage = named(() => import('./pages/Quality/ReviewPage'), 'ReviewPage');
const OutputsPage = named(() => import('./pages/Quality/OutputsPage'), 'OutputsPage');
const CalibrationPage = named(() => import('./pages/Quality/CalibrationPage'), 'CalibrationPage');
const OtlpRoutingPage = named(() => import('./pages/Quality/OtlpRoutingPage'), 'OtlpRoutingPage');
const WebhooksPage = named(() => import('./pages/Settings/WebhooksPage'), 'WebhooksPage');
const EvidencePage = named(() => import('./pages/Portfolio/EvidencePage'), 'EvidencePage');
const LearningPage = named(() => import('./pages/Learning/LearningPage'), 'LearningPage');
const ExperimentPage = named(() => import('./pages/Learning/ExperimentPage'), 'ExperimentPage');
const InsightPage = named(() => import('./pages/Learning/InsightPage'), 'InsightPage');
const LearningSearchPage = named(() => import('./pages/Learning/SearchPage'), 'SearchPage');
const IdeasPage = named(() => import('./pages/Learning/IdeasPage'), 'IdeasPage');
const MonthPage = named(() => import('./pages/Learning/MonthPage'), 'MonthPage');
const LoopsPage = named(() => import('./pages/Learning/LoopsPage'), 'LoopsPage');
const InboxPage = named(() => import('./pages/Inbox/InboxPage'), 'InboxPage');
const ApplicationPage = named(() => import('./pages/Portfolio/ApplicationPage'), 'ApplicationPage');
const AccountPage = named(() => import('./pages/Account/AccountPage'), 'AccountPage');
const EmailPreferencesPage = named(
  () => import('./pages/Account/EmailPreferencesPage'),
  'EmailPreferencesPage',
);
const ApplicationReviewPage = named(
  () => import('./pages/CoreReview/ApplicationReviewPage'),
  'ApplicationReviewPage',
);
const ScalingPackagePage = named(() => import('./pages/CoreReview/ScalingPackagePage'), 'ScalingPackagePage');
const RetrospectivePage = named(() => import('./pages/Portfolio/RetrospectivePage'), 'RetrospectivePage');
const DecisionsPage = named(() => import('./pages/Decisions/DecisionsPage'), 'DecisionsPage');
const DecisionRequestPage = named(() => import('./pages/Decisions/RequestPage'), 'RequestPage');
const EvaluationsPage = named(() => import('./pages/Decisions/EvaluationsPage'), 'EvaluationsPage');
const EvaluationPage = named(() => import('./pages/Decisions/EvaluationPage'), 'EvaluationPage');
const RubricsPage = named(() => import('./pages/Decisions/RubricsPage'), 'RubricsPage');
const RubricPage = named(() => import('./pages/Decisions/RubricPage'), 'RubricPage');
const BoundariesPage = named(() => import('./pages/Decisions/BoundariesPage'), 'BoundariesPage');
const RightsPage = named(() => import('./pages/Decisions/RightsPage'), 'RightsPage');
const DecisionLogPage = named(() => import('./pages/Decisions/LogPage'), 'LogPage');

/** The app's routes (exported for routes-data.test.ts, which holds the data prefetch map to them). */
export const routes = (
  <>
    <Route path="/setup" element={<SetupPage />} />
    <Route path="/sign-in" element={<SignInPage />} />
    <Route path="/sign-in/:orgSlug" element={<SsoSignInPage />} />
    <Route path="/invite" element={<InvitePage />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    <Route path="/reset-password" element={<ResetPasswordPage />} />
    <Route path="/pulse" element={<PulseAnswerPage />} />
    <Route
      element={
        <RequireSession>
          <AppLayout />
        </RequireSession>
      }
    >
      <Route index element={<HomePage />} />
      <Route path="portfolio" element={<PortfolioPage />} />
      <Route path="portfolio/:applicationId/evidence" element={<EvidencePage />} />
      <Route path="portfolio/:applicationId" element={<ApplicationPage />} />
      <Route path="core-review" element={<CoreReviewPage />} />
      <Route path="core-review/:applicationId" element={<ApplicationReviewPage />} />
      <Route path="core-review/:applicationId/packages/:packageId" element={<ScalingPackagePage />} />
      <Route path="portfolio/:applicationId/retrospective" element={<RetrospectivePage />} />
      <Route path="decisions" element={<DecisionsPage />} />
      <Route path="decisions/requests/:requestId" element={<DecisionRequestPage />} />
      <Route path="decisions/evaluations" element={<EvaluationsPage />} />
      <Route path="decisions/evaluations/:evaluationId" element={<EvaluationPage />} />
      <Route path="decisions/rubrics" element={<RubricsPage />} />
      <Route path="decisions/rubrics/:rubricId" element={<RubricPage />} />
      <Route path="decisions/boundaries" element={<BoundariesPage />} />
      <Route path="decisions/rights" element={<RightsPage />} />
      <Route path="decisions/log" element={<DecisionLogPage />} />
      <Route path="quality" element={<QualityPage />} />
      <Route path="quality/otlp-routing" element={<OtlpRoutingPage />} />
      <Route path="quality/:workflowId" element={<QualityDashboardPage />} />
      <Route path="quality/:workflowId/standard" element={<StandardPage />} />
      <Route path="quality/:workflowId/review" element={<ReviewPage />} />
      <Route path="quality/:workflowId/outputs" element={<OutputsPage />} />
      <Route path="quality/:workflowId/calibration" element={<CalibrationPage />} />
      <Route path="capacity" element={<CapacityPage />} />
      <Route path="capacity/:tab" element={<CapacityPage />} />
      <Route path="sequencing" element={<SequencingPage />} />
      <Route path="sequencing/plans/:planId" element={<PlanPage />} />
      <Route path="sequencing/templates" element={<TemplatesPage />} />
      <Route path="sequencing/optimizer" element={<OptimizerPage />} />
      <Route path="sequencing/roadmap" element={<RoadmapPage />} />
      <Route path="learning" element={<LearningPage />} />
      <Route path="learning/experiments/:experimentId" element={<ExperimentPage />} />
      <Route path="learning/insights/:insightId" element={<InsightPage />} />
      <Route path="learning/search" element={<LearningSearchPage />} />
      <Route path="learning/ideas" element={<IdeasPage />} />
      <Route path="learning/month" element={<MonthPage />} />
      <Route path="learning/loops" element={<LoopsPage />} />
      <Route path="inbox" element={<InboxPage />} />
      <Route path="diagnostic" element={<DiagnosticPage />} />
      <Route path="executive" element={<ExecutivePage />} />
      <Route path="settings/organization" element={<OrganizationSettingsPage />} />
      <Route path="settings/members" element={<MembersPage />} />
      <Route path="settings/tokens" element={<TokensPage />} />
      <Route path="settings/webhooks" element={<WebhooksPage />} />
      <Route path="settings/audit" element={<AuditLogPage />} />
      <Route path="settings/email" element={<EmailDeliveriesPage />} />
      <Route path="settings/sso" element={<SsoSettingsPage />} />
      <Route path="settings/directory" element={<DirectoryPage />} />
      <Route path="settings/roles" element={<RolesPage />} />
      <Route path="account" element={<AccountPage />} />
      <Route path="account/email" element={<EmailPreferencesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>
);

/**
 * Starts loading the code of the page at `pathname` (and nothing else); safe to call before rendering. Settles
 * (never rejects) once that code has loaded or failed: a failure shows where the page renders.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const loads: Promise<unknown>[] = [];
  for (const match of matchRoutes(createRoutesFromElements(routes), pathname) ?? []) {
    const element: ReactNode = match.route.element;
    if (!isValidElement(element)) continue;
    const type = element.type as { preload?: () => Promise<unknown> };
    if (type.preload) loads.push(type.preload());
  }
  return Promise.allSettled(loads).then(() => undefined);
}

export function App() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>{routes}</Routes>
    </Suspense>
  );
}
