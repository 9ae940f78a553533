/** Pilot evidence: metrics, their windows and measurements, and the comparison with its grade. */
import { type Body, type Reply, request, type Schemas } from '../api';

export type DateRange = Schemas['DateRange'];
export type MetricWindows = Schemas['EvidenceWindows'];
export type EvidenceMetric = Schemas['EvidenceMetric'];
export type Better = EvidenceMetric['better'];
export type EffectInterval = Schemas['EffectInterval'];
export type EvidenceComparison = Schemas['EvidenceComparison'];
export type WindowSummary = EvidenceComparison['baseline'];
export type MetricEvidence = Schemas['MetricEvidence'];
export type ApplicationEvidence = Schemas['ApplicationEvidence'];
export type NewMetric = Body<'createApplicationMetric'>;
export type MeasurementInput = Body<'createMetricMeasurement'>;
export type EvidenceWindow = MeasurementInput['window'];
export type MeasurementGroup = NonNullable<MeasurementInput['group']>;
export type Measurement = Schemas['Measurement'];
export type ImportResult = Reply<'importMetricMeasurements'>;

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
