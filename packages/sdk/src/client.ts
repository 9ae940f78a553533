import { networkError, ReviewTimeoutError, TrellisError } from './errors.js';
import type {
  FeedbackInput,
  FeedbackResult,
  MeasurementInput,
  Output,
  OutputDecision,
  OutputInput,
  ProblemBody,
  RecordedMeasurement,
} from './types.js';

/** The most outputs the server takes in one batch request. */
export const MAX_BATCH_SIZE = 1000;

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** Backoff base: attempt n waits a uniform random time in [0, min(maxDelayMs, baseDelayMs·2ⁿ)] (default 200). */
  baseDelayMs?: number;
  /** Backoff ceiling (default 10,000). A server's Retry-After is waited for even when longer. */
  maxDelayMs?: number;
  /** How to wait; tests inject a fake clock (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform [0, 1) source for the jitter (default Math.random). */
  random?: () => number;
}

export interface ClientOptions {
  /** Where Trellis runs, e.g. `https://trellis.example.com`. */
  baseUrl: string;
  /** An API token (`trl_…`), created under Organization → API tokens or with `trellis token create`. */
  token: string;
  /** A fetch implementation (default the global one). */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Per-attempt timeout; a timed-out attempt counts as a network error (default 30,000). */
  timeoutMs?: number;
}

export interface LogOutputsOptions {
  /** Outputs per request, 1–1000 (default 500). */
  batchSize?: number;
  /** Called after each stored batch with its decisions, e.g. to release or hold outputs as they come. */
  onBatch?: (decisions: OutputDecision[], progress: { done: number; total: number }) => void | Promise<void>;
}

export interface TrellisClient {
  /** Logs one output and returns its review decision (hold it when `review` is true in gate mode). */
  logOutput(workflowId: string, output: OutputInput): Promise<OutputDecision>;
  /** Logs outputs in batches (each stored all or nothing), retrying safely; decisions in input order. */
  logOutputs(
    workflowId: string,
    outputs: OutputInput[],
    options?: LogOutputsOptions,
  ): Promise<OutputDecision[]>;
  /** The stored output with its decision and current review status. */
  getDecision(outputId: string): Promise<Output>;
  /**
   * Waits until a person has reviewed the output (or Trellis released it unreviewed) and returns it: in gate
   * mode, release a held output when `defect` is false and fix it when true. Polls `getDecision` with backoff
   * (1 s, growing ×1.5 to 15 s between polls); throws ReviewTimeoutError, holding the last state, after
   * `timeoutMs` (default 10 minutes). Give the output's id, the decision `logOutput` returned, or
   * `{ workflowId, clientId }`: the client id you logged it with (e.g. when it came in through OTLP or
   * another process), read through `GET /api/v1/workflows/{id}/outputs/by-client-id/{clientId}`. A client
   * id never logged in that workflow is a TrellisError with status 404.
   */
  waitForReview(output: OutputRef, options?: WaitForReviewOptions): Promise<Output>;
  /** Records end-user feedback (a rating and/or a flag); a flag can pull the output into the queue. */
  postFeedback(outputId: string, feedback: FeedbackInput): Promise<FeedbackResult>;
  /** Records one measurement of a pilot metric; retried safely by its client id. */
  recordMeasurement(metricId: string, measurement: MeasurementInput): Promise<RecordedMeasurement>;
  /**
   * Records measurements in batches (each stored all or nothing), retrying safely; results in input order.
   * A refused batch throws a TrellisError naming the rows (`body.measurements.3.measuredOn`), with the
   * batches stored before it in `acknowledgedMeasurements`.
   */
  recordMeasurements(
    metricId: string,
    measurements: MeasurementInput[],
    options?: RecordMeasurementsOptions,
  ): Promise<RecordedMeasurement[]>;
}

/** An output to wait on: its id, anything carrying its id (a decision), or its workflow and client id. */
export type OutputRef = string | { id: string } | { workflowId: string; clientId: string };

export interface WaitForReviewOptions {
  /** How long to wait in all, in milliseconds (default 600,000). */
  timeoutMs?: number;
  /** First pause between polls (default 1,000 ms); each next one is 1.5 times longer, up to `maxIntervalMs`. */
  intervalMs?: number;
  /** Longest pause between polls (default 15,000 ms). */
  maxIntervalMs?: number;
}

/** Statuses that end a wait: a review gave its verdict (a second review only adds agreement), or released. */
const REVIEW_DONE: ReadonlySet<string> = new Set(['reviewed', 'second_review', 'released']);

export interface RecordMeasurementsOptions {
  /** Measurements per request, 1–1000 (default 500). */
  batchSize?: number;
  /** Called after each stored batch. */
  onBatch?: (
    stored: RecordedMeasurement[],
    progress: { done: number; total: number },
  ) => void | Promise<void>;
}

/** Which failures a call may retry: every one for idempotent calls, only those that stored nothing else. */
type RetryMode = 'idempotent' | 'unsent-only';

interface Attempted<T> {
  body: T;
  status: number;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const NOT_PROCESSED_STATUS = new Set([429, 503]);
// Connection failures before any byte of the request reached a server.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015). */
export function backoffDelay(
  attempt: number,
  opts: { baseDelayMs: number; maxDelayMs: number; random: () => number },
): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
  return Math.floor(opts.random() * ceiling);
}

function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause && typeof cause === 'object' && 'code' in cause) return String(cause.code);
  return undefined;
}

async function readProblem(response: Response): Promise<ProblemBody> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as Partial<ProblemBody>;
    if (parsed && typeof parsed === 'object' && typeof parsed.type === 'string') {
      return {
        ...parsed,
        type: parsed.type,
        title: parsed.title ?? response.statusText,
        status: parsed.status ?? response.status,
        detail: parsed.detail ?? '',
      };
    }
  } catch {
    // not JSON: a proxy's page, say
  }
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: text.slice(0, 500),
  };
}

export function createClient(options: ClientOptions): TrellisClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  if (!doFetch) throw new TypeError('No fetch available: pass options.fetch');
  if (!options.token) throw new TypeError('options.token is required');
  const retries = options.retry?.retries ?? 5;
  const baseDelayMs = options.retry?.baseDelayMs ?? 200;
  const maxDelayMs = options.retry?.maxDelayMs ?? 10_000;
  const sleep = options.retry?.sleep ?? defaultSleep;
  const random = options.retry?.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const headers = {
    authorization: `Bearer ${options.token}`,
    accept: 'application/json, application/problem+json',
  };

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    mode: RetryMode,
  ): Promise<Attempted<T>> {
    const init: RequestInit = {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let text: string | null = null;
      try {
        response = await doFetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        if (response.ok) text = await response.text();
      } catch (error) {
        const unsent = NOT_SENT_CODES.has(codeOf(error) ?? '');
        if (attempt >= retries || (mode === 'unsent-only' && !unsent)) throw networkError(error, attempt + 1);
        await sleep(backoffDelay(attempt, { baseDelayMs, maxDelayMs, random }));
        continue;
      }
      if (text !== null) return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
      const retryable =
        mode === 'idempotent'
          ? RETRYABLE_STATUS.has(response.status)
          : NOT_PROCESSED_STATUS.has(response.status);
      if (!retryable || attempt >= retries) {
        throw new TrellisError(await readProblem(response), {
          requestId: response.headers.get('x-request-id') ?? undefined,
          attempts: attempt + 1,
        });
      }
      await response.body?.cancel().catch(() => {});
      const jittered = backoffDelay(attempt, { baseDelayMs, maxDelayMs, random });
      const asked = parseRetryAfter(response.headers.get('retry-after'));
      await sleep(asked === null ? jittered : Math.max(asked, jittered));
    }
  }

  const encode = encodeURIComponent;

  async function sendBatch(workflowId: string, batch: OutputInput[]): Promise<OutputDecision[]> {
    try {
      const { body } = await request<{ items: OutputDecision[] }>(
        'POST',
        `/api/v1/workflows/${encode(workflowId)}/outputs/batch`,
        { outputs: batch },
        'idempotent',
      );
      return body.items;
    } catch (error) {
      // Too large a body for the server: halve the batch (each half stays all or nothing).
      if (error instanceof TrellisError && error.status === 413 && batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        return [
          ...(await sendBatch(workflowId, batch.slice(0, half))),
          ...(await sendBatch(workflowId, batch.slice(half))),
        ];
      }
      throw error;
    }
  }

  function checkBatchSize(batchSize: number): void {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE)
      throw new RangeError(`batchSize must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }

  return {
    async logOutput(workflowId, output) {
      const { body } = await request<OutputDecision>(
        'POST',
        `/api/v1/workflows/${encode(workflowId)}/outputs`,
        output,
        'idempotent',
      );
      return body;
    },

    async logOutputs(workflowId, outputs, opts = {}) {
      const batchSize = opts.batchSize ?? 500;
      checkBatchSize(batchSize);
      const decisions: OutputDecision[] = [];
      for (let start = 0; start < outputs.length; start += batchSize) {
        let stored: OutputDecision[];
        try {
          stored = await sendBatch(workflowId, outputs.slice(start, start + batchSize));
        } catch (error) {
          if (error instanceof TrellisError) error.acknowledged = decisions;
          throw error;
        }
        decisions.push(...stored);
        await opts.onBatch?.(stored, { done: decisions.length, total: outputs.length });
      }
      return decisions;
    },

    async getDecision(outputId) {
      return (await request<Output>('GET', `/api/v1/outputs/${encode(outputId)}`, undefined, 'idempotent'))
        .body;
    },

    async waitForReview(output, opts = {}) {
      const path =
        typeof output === 'string'
          ? `/api/v1/outputs/${encode(output)}`
          : 'id' in output
            ? `/api/v1/outputs/${encode(output.id)}`
            : `/api/v1/workflows/${encode(output.workflowId)}/outputs/by-client-id/${encode(output.clientId)}`;
      const timeoutMs = opts.timeoutMs ?? 600_000;
      const maxInterval = opts.maxIntervalMs ?? 15_000;
      let interval = opts.intervalMs ?? 1_000;
      const started = Date.now();
      let slept = 0;
      for (;;) {
        const { body: current } = await request<Output>('GET', path, undefined, 'idempotent');
        if (REVIEW_DONE.has(current.status)) return current;
        // The time waited: the pauses taken, or the clock if requests took longer.
        const remaining = timeoutMs - Math.max(slept, Date.now() - started);
        if (remaining <= 0) throw new ReviewTimeoutError(current, timeoutMs);
        const pause = Math.min(interval, remaining);
        await sleep(pause);
        slept += pause;
        interval = Math.min(maxInterval, interval * 1.5);
      }
    },

    async postFeedback(outputId, feedback) {
      // Feedback carries no idempotency key, so only failures that stored nothing are retried.
      return (
        await request<FeedbackResult>(
          'POST',
          `/api/v1/outputs/${encode(outputId)}/feedback`,
          feedback,
          'unsent-only',
        )
      ).body;
    },

    async recordMeasurement(metricId, measurement) {
      const path = `/api/v1/metrics/${encode(metricId)}/measurements`;
      return (await request<RecordedMeasurement>('POST', path, measurement, 'idempotent')).body;
    },

    async recordMeasurements(metricId, measurements, opts = {}) {
      const batchSize = opts.batchSize ?? 500;
      checkBatchSize(batchSize);
      const path = `/api/v1/metrics/${encode(metricId)}/measurements/batch`;
      const stored: RecordedMeasurement[] = [];
      for (let start = 0; start < measurements.length; start += batchSize) {
        const batch = measurements.slice(start, start + batchSize);
        let items: RecordedMeasurement[];
        try {
          ({ items } = (
            await request<{ items: RecordedMeasurement[] }>(
              'POST',
              path,
              { measurements: batch },
              'idempotent',
            )
          ).body);
        } catch (error) {
          if (error instanceof TrellisError) error.acknowledgedMeasurements = stored;
          throw error;
        }
        stored.push(...items);
        await opts.onBatch?.(items, { done: stored.length, total: measurements.length });
      }
      return stored;
    },
  };
}
