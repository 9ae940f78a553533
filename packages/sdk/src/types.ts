/**
 * The SDK's names for the Trellis API's types, all taken from `openapi.gen.ts`, which `npm run openapi`
 * generates from packages/server/openapi.json (a copy kept in this package, so the SDK depends on nothing
 * beyond `fetch`). Add a name here as an alias of the generated types, never as a hand-written shape.
 */
import type { components, operations } from './openapi.gen.js';

type Schemas = components['schemas'];
type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;
type Reply<Op extends keyof operations, Status extends number> = operations[Op]['responses'] extends {
  [S in Status]: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type { components, operations, paths } from './openapi.gen.js';

/** One AI output to log. Give `content` (up to 100,000 characters) or a `link`, or both. */
export type OutputInput = Schemas['NewOutputInput'];
export type MetadataValue = NonNullable<OutputInput['metadata']>[string];
export type OutputStatus = Schemas['OutputDecision']['status'];
/** The review decision Trellis made when the output was logged. */
export type OutputDecision = Schemas['OutputDecision'];
/** An output as stored, with its decision and current status (`getDecision`). */
export type Output = Schemas['Output'];
/** End-user feedback on an output: a rating (1–5) and/or a flag. */
export type FeedbackInput = Body<'sendOutputFeedback'>;
export type FeedbackResult = Reply<'sendOutputFeedback', 201>;
/** RFC 9457 problem details as the server sends them. */
export type FieldError = Schemas['FieldError'];
export type ProblemBody = Schemas['Problem'];
/**
 * One measurement of a pilot metric. `measuredOn` (YYYY-MM-DD) must lie in the metric's `window`; for a
 * proportion `value` is 0/1, or a success count out of `total`.
 */
export type MeasurementInput = Schemas['NewBatchMeasurementInput'];
/** A measurement as stored. */
export type RecordedMeasurement = Schemas['RecordedMeasurement'];
