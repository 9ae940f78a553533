export {
  backoffDelay,
  type ClientOptions,
  createClient,
  type LogOutputsOptions,
  MAX_BATCH_SIZE,
  type OutputRef,
  parseRetryAfter,
  type RecordMeasurementsOptions,
  type RetryOptions,
  type TrellisClient,
  type WaitForReviewOptions,
} from './client.js';
export { NETWORK_ERROR, ReviewTimeoutError, TrellisError } from './errors.js';
export type * from './types.js';
