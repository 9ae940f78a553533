/** Pilot evidence: metrics, their windows and measurements, and the comparison with its grade. */
import type { MetricKind } from '@trellis/core';
import type { components } from '@trellis/sdk';
import { request } from '../api';

type Schemas = components['schemas'];

export type Better = 'higher' | 'lower';
export type EvidenceWindow = 'baseline' | 'pilot';
export type MeasurementGroup = 'pilot' | 'comparison';

export type DateRange = Schemas['DateRange'];
export interface MetricWindows {
  baseline: DateRange;
  pilot: DateRange;
}
export type EvidenceMetric = Schemas['EvidenceMetric'];
export type EffectInterval = Schemas['EffectInterval'];
export interface WindowSummary {
  n: number;
  estimate: number;
  sd: number | null;
}
export type EvidenceComparison = Schemas['EvidenceComparison'];
export type MetricEvidence = Schemas['MetricEvidence'];
export type ApplicationEvidence = Schemas['ApplicationEvidence'];
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
export type Measurement = Schemas['Measurement'];
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
