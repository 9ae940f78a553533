/**
 * The SDK's own view of the Trellis API (see packages/server/openapi.json). Declared here, not imported,
 * so the SDK has no dependency beyond `fetch`.
 */

export type MetadataValue = string | number | boolean | null;

/** One AI output to log. Give `content` (up to 100,000 characters) or a `link`, or both. */
export interface OutputInput {
  /** Your id for the output (1–200 characters); a retry with the same id and content is idempotent. */
  clientId: string;
  content?: string;
  link?: string;
  /** Up to 30 keys; the standard's segment keys decide the output's segment. */
  metadata?: Record<string, MetadataValue>;
  /** An automated judge's score in [0, 1]; used only to stratify. */
  judgeScore?: number;
}

export type OutputStatus = 'queued' | 'second_review' | 'reviewed' | 'released';

/** The review decision Trellis made when the output was logged. */
export interface OutputDecision {
  id: string;
  clientId: string;
  /** Whether a person reviews this output: hold it in gate mode, or release it and let Trellis audit. */
  review: boolean;
  /** Inclusion probability π the decision was drawn with. */
  pi: number;
  segment: string;
  status: OutputStatus;
  standardVersion: number;
  createdAt: string;
  /** True when this client id was logged before; the stored decision is returned. */
  duplicate: boolean;
}

/** An output as stored, with its decision and current status (`getDecision`). */
export interface Output extends Omit<OutputDecision, 'duplicate'> {
  workflowId: string;
  content: string | null;
  link: string | null;
  metadata: Record<string, unknown>;
  judgeScore: number | null;
  flagged: boolean;
}

/** End-user feedback on an output: a rating (1–5) and/or a flag. */
export interface FeedbackInput {
  rating?: number;
  flag?: boolean;
  comment?: string;
  /** Pull a flagged, unreviewed output into the review queue. */
  pullIntoQueue?: boolean;
}

export interface FeedbackResult {
  id: string;
  pulledIntoQueue: boolean;
}

/** RFC 9457 problem details as the server sends them. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  original?: Record<string, unknown>;
}

/**
 * One measurement of a pilot metric. `measuredOn` (YYYY-MM-DD) must lie in the metric's `window`; for a
 * proportion `value` is 0/1, or a success count out of `total`.
 */
export interface MeasurementInput {
  /** Your id for the measurement (1–200 characters); recording it again stores nothing twice. */
  clientId: string;
  window: 'baseline' | 'pilot';
  /** `pilot` (default), or a concurrent `comparison` group working without the pilot. */
  group?: 'pilot' | 'comparison';
  measuredOn: string;
  value: number;
  total?: number;
  /** If given, must be the metric's unit (e.g. "h"). */
  unit?: string;
  note?: string;
}

/** A measurement as stored. */
export interface RecordedMeasurement extends Omit<MeasurementInput, 'clientId' | 'total' | 'unit' | 'group'> {
  id: string;
  metricId: string;
  clientId: string | null;
  group: 'pilot' | 'comparison';
  total: number | null;
  note: string;
  source: 'entered' | 'imported' | 'api';
  createdAt: string;
  /** True when this client id was recorded before; the stored measurement is returned. */
  duplicate: boolean;
}
