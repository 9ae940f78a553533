/** Client for the strategy diagnostic, the executive summary, the optimizer's next steps and the demo banner. */
import type {
  DiagnosticSide,
  DiagnosticZone,
  IndicatorKey,
  IndicatorStatus,
  IndicatorUnit,
} from '@trellis/core';
import type { components } from '@trellis/sdk';
import { request, send } from '../api';

type Schemas = components['schemas'];

export interface Indicator {
  key: IndicatorKey;
  side: DiagnosticSide;
  label: string;
  definition: string;
  unit: IndicatorUnit;
  healthy: number;
  alarm: number;
  trendOf: string | null;
  value: number | null;
  trend: Array<number | null>;
  pressure: number | null;
  status: IndicatorStatus;
  evidence: { count: number; days: number };
  minimum: { count: number; countOf: string; days: number };
  action: { label: string; href: string };
}
export interface Contribution {
  key: IndicatorKey;
  side: DiagnosticSide;
  pressure: number;
  pull: number;
}
export interface Position {
  position: number;
  zone: DiagnosticZone;
  scalePressure: number | null;
  governancePressure: number | null;
  strainedBothWays: boolean;
  contributions: Contribution[];
  drivers: Contribution[];
  withoutData: IndicatorKey[];
  tooEarly: IndicatorKey[];
  judged: number;
  needed: number;
}
export type MaturityScore = Schemas['MaturityScore'];
export type Diagnostic = Schemas['Diagnostic'];
export type MaturitySnapshot = Schemas['MaturitySnapshot'];
export type Maturity = Schemas['Maturity'];
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}
export interface ValueClaim {
  applicationId: string;
  applicationName: string;
  stage: string;
  metric: string;
  unit: string;
  claim: string;
  verdict: 'improved' | 'worsened' | 'inconclusive' | 'not-enough-evidence';
  /** The verdict in words with its grade, e.g. "improved — before-after comparison". */
  verdictLabel: string;
  grade: string;
  difference: Interval;
  ratio: Interval | null;
}
export type ExecutiveSummary = Schemas['ExecutiveSummary'];
/** The optimizer's contract (GET /planning/recommendations; 404 when it has never run). */
export interface Recommendations {
  runId: string;
  createdAt: string;
  steps: Array<{
    stageId: string;
    applicationId: string;
    applicationName: string;
    stageName: string;
    startMonth: number;
    startDate: string;
    value: number;
  }>;
  deferred: Array<{ stageId: string; applicationName: string; stageName: string; reason: string }>;
}
export interface FirstRun {
  steps: Array<{
    key: string;
    label: string;
    hint: string;
    done: boolean;
    count: number;
    href: string;
  }>;
  next: string | null;
  complete: boolean;
}
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
    const latest = await request<Recommendations | { runId: null }>('GET', '/planning/recommendations');
    return latest.runId === null ? null : (latest as Recommendations);
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
