/** Pilot evidence: metrics, their windows and measurements, and the comparison with its grade. */
import type { EvidenceGrade, MetricKind } from '@trellis/core';
import { request } from '../api';

export type Better = 'higher' | 'lower';
export type EvidenceWindow = 'baseline' | 'pilot';
export type MeasurementGroup = 'pilot' | 'comparison';

export interface DateRange {
  start: string;
  end: string;
}
export interface MetricWindows {
  baseline: DateRange;
  pilot: DateRange;
}
export interface EvidenceMetric {
  id: string;
  applicationId: string;
  name: string;
  unit: string;
  kind: MetricKind;
  better: Better;
  howMeasured: string;
  windows: { baseline: DateRange | null; pilot: DateRange | null };
  createdAt: string;
}
export interface EffectInterval {
  estimate: number;
  lower: number;
  upper: number;
}
export interface WindowSummary {
  n: number;
  estimate: number;
  sd: number | null;
}
export interface EvidenceComparison {
  statistic: 'mean' | 'median' | 'proportion';
  method: 'welch' | 'newcombe' | 'bootstrap-bca';
  methodReason: string;
  caution: string | null;
  confidence: number;
  baseline: WindowSummary;
  pilot: WindowSummary;
  difference: EffectInterval;
  ratio: EffectInterval | null;
  ratioMethod: 'delta-log' | 'miettinen-nurminen' | 'bootstrap-bca' | null;
}
export interface MetricEvidence {
  metric: EvidenceMetric;
  counts: { baseline: number; pilot: number; comparison: number; comparisonBaseline: number };
  grade: { grade: EvidenceGrade; reason: string; contrast: 'concurrent' | 'before-after' | null };
  reference: 'pilot group, baseline window' | 'comparison group, pilot window' | null;
  comparison: EvidenceComparison | null;
  claim: string | null;
  /** not-enough-evidence for an anecdote, whatever its interval says. */
  verdict: 'improved' | 'worsened' | 'inconclusive' | 'not-enough-evidence' | null;
  /** Which side of no effect the interval lies on, whatever the grade. */
  direction: 'improved' | 'worsened' | 'inconclusive' | null;
  /** The verdict in words with its grade, e.g. "improved — before-after comparison". */
  verdictLabel: string | null;
}
export interface ApplicationEvidence {
  application: { id: string; name: string; stage: string };
  items: MetricEvidence[];
}
export interface NewMetric {
  name: string;
  unit?: string;
  kind: MetricKind;
  better: Better;
  howMeasured?: string;
  windows?: MetricWindows;
}
export interface MeasurementInput {
  window: EvidenceWindow;
  group?: MeasurementGroup;
  measuredOn: string;
  value: number;
  total?: number;
  note?: string;
}
export interface Measurement {
  id: string;
  metricId: string;
  window: EvidenceWindow;
  group: MeasurementGroup;
  measuredOn: string;
  value: number;
  total: number | null;
  note: string;
  clientId: string | null;
  source: 'entered' | 'imported' | 'api';
  createdAt: string;
}
export interface ImportResult {
  rows: number;
  baseline: number;
  pilot: number;
  comparison: number;
  imported: number;
  duplicates: number;
}

const path = encodeURIComponent;

export const evidenceApi = {
  applicationEvidence: (applicationId: string) =>
    request<ApplicationEvidence>('GET', `/applications/${path(applicationId)}/evidence`),
  createMetric: (applicationId: string, body: NewMetric) =>
    request<EvidenceMetric>('POST', `/applications/${path(applicationId)}/metrics`, { body }),
  setWindows: (metricId: string, body: MetricWindows) =>
    request<EvidenceMetric>('PUT', `/metrics/${path(metricId)}/windows`, { body }),
  measurements: (metricId: string) =>
    request<{ items: Measurement[] }>('GET', `/metrics/${path(metricId)}/measurements`),
  recordMeasurement: (metricId: string, body: MeasurementInput) =>
    request<Measurement>('POST', `/metrics/${path(metricId)}/measurements`, { body }),
  importMeasurements: (metricId: string, body: { csv: string; dryRun?: boolean }) =>
    request<ImportResult>('POST', `/metrics/${path(metricId)}/measurements/import`, { body }),
  deleteMeasurement: (id: string) => request<void>('DELETE', `/measurements/${path(id)}`),
};
