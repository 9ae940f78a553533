export {
  backoffDelay,
  type ClientOptions,
  createClient,
  type LogOutputsOptions,
  MAX_BATCH_SIZE,
  parseRetryAfter,
  type RecordMeasurementsOptions,
  type RetryOptions,
  type TrellisClient,
} from './client';
export { NETWORK_ERROR, TrellisError } from './errors';
export type * from './types';
