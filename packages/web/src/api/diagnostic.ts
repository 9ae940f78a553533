/** Client for the strategy diagnostic, the executive summary, the optimizer's next steps and the demo banner. */
import { request, type Schemas, send } from '../api';

export type Diagnostic = Schemas['Diagnostic'];
export type Indicator = Schemas['DiagnosticIndicator'];
export type Position = Schemas['DiagnosticPosition'];
export type Contribution = Position['contributions'][number];
export type MaturityScore = Schemas['MaturityScore'];
export type MaturitySnapshot = Schemas['MaturitySnapshot'];
export type Maturity = Schemas['Maturity'];
export type ExecutiveSummary = Schemas['ExecutiveSummary'];
export type ValueClaim = ExecutiveSummary['value'][number];
export type Interval = ValueClaim['difference'];
/** The optimizer's contract (GET /planning/recommendations); `runId` is null when it has never run. */
export type Recommendations = Schemas['PlanningRecommendations'];
export type FirstRun = Schemas['FirstRunChecklist'];
export type DemoStatus = Schemas['DemoStatus'];

export const diagnosticApi = {
  diagnostic: () => request<Diagnostic>('GET', '/diagnostic'),
  maturity: () => request<Maturity>('GET', '/diagnostic/maturity'),
  firstRun: () => request<FirstRun>('GET', '/diagnostic/first-run'),
  takeSelfAssessment: (answers: Record<string, number>) =>
    request<MaturitySnapshot>('POST', '/diagnostic/self-assessments', { body: { answers } }),
  executiveSummary: () => request<ExecutiveSummary>('GET', '/executive-summary'),
  /** Null when the optimizer has not been run yet. */
  recommendations: async (): Promise<Recommendations | null> => {
    const latest = await request<Recommendations>('GET', '/planning/recommendations');
    return latest.runId === null ? null : latest;
  },
  executiveMarkdown: async () => {
    const response = await send('GET', '/executive-summary.md');
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'executive-summary.md';
    return { blob: await response.blob(), filename };
  },
  demoStatus: () => request<DemoStatus>('GET', '/demo'),
  removeDemo: () => request<void>('DELETE', '/demo'),
};
