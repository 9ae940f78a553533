import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { PageSkeleton } from './components/PageSkeleton';
import { RequireSession } from './components/RequireSession';
import { InvitePage } from './pages/Auth/InvitePage';
import { SetupPage } from './pages/Auth/SetupPage';
import { SignInPage } from './pages/Auth/SignInPage';
import { CapacityPage } from './pages/Capacity/CapacityPage';
import { CoreReviewPage } from './pages/CoreReview/CoreReviewPage';
import { DecisionsPage } from './pages/Decisions/DecisionsPage';
import { DiagnosticPage } from './pages/Diagnostic/DiagnosticPage';
import { HomePage } from './pages/Home/HomePage';
import { NotFoundPage } from './pages/Home/NotFoundPage';
import { LearningPage } from './pages/Learning/LearningPage';
import { PortfolioPage } from './pages/Portfolio/PortfolioPage';
import { SequencingPage } from './pages/Sequencing/SequencingPage';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const MembersPage = named(() => import('./pages/Settings/MembersPage'), 'MembersPage');
const TokensPage = named(() => import('./pages/Settings/TokensPage'), 'TokensPage');
const AuditLogPage = named(() => import('./pages/Settings/AuditLogPage'), 'AuditLogPage');
const QualityPage = named(() => import('./pages/Quality/QualityPage'), 'QualityPage');
const QualityDashboardPage = named(() => import('./pages/Quality/DashboardPage'), 'DashboardPage');
const StandardPage = named(() => import('./pages/Quality/StandardPage'), 'StandardPage');
const ReviewPage = named(() => import('./pages/Quality/ReviewPage'), 'ReviewPage');
const OutputsPage = named(() => import('./pages/Quality/OutputsPage'), 'OutputsPage');
const CalibrationPage = named(() => import('./pages/Quality/CalibrationPage'), 'CalibrationPage');
const WebhooksPage = named(() => import('./pages/Settings/WebhooksPage'), 'WebhooksPage');
const ApplicationPage = named(() => import('./pages/Portfolio/ApplicationPage'), 'ApplicationPage');
const AccountPage = named(() => import('./pages/Account/AccountPage'), 'AccountPage');

export function App() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invite" element={<InvitePage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="portfolio" element={<PortfolioPage />} />
          <Route path="portfolio/:applicationId" element={<ApplicationPage />} />
          <Route path="core-review" element={<CoreReviewPage />} />
          <Route path="decisions" element={<DecisionsPage />} />
          <Route path="quality" element={<QualityPage />} />
          <Route path="quality/:workflowId" element={<QualityDashboardPage />} />
          <Route path="quality/:workflowId/standard" element={<StandardPage />} />
          <Route path="quality/:workflowId/review" element={<ReviewPage />} />
          <Route path="quality/:workflowId/outputs" element={<OutputsPage />} />
          <Route path="quality/:workflowId/calibration" element={<CalibrationPage />} />
          <Route path="capacity" element={<CapacityPage />} />
          <Route path="sequencing" element={<SequencingPage />} />
          <Route path="learning" element={<LearningPage />} />
          <Route path="diagnostic" element={<DiagnosticPage />} />
          <Route path="settings/members" element={<MembersPage />} />
          <Route path="settings/tokens" element={<TokensPage />} />
          <Route path="settings/webhooks" element={<WebhooksPage />} />
          <Route path="settings/audit" element={<AuditLogPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
