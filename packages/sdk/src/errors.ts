import type { FieldError, Output, OutputDecision, ProblemBody, RecordedMeasurement } from './types.js';

/**
 * A request Trellis refused (status ≥ 400, from its problem+json body), or one that never got an answer
 * after every retry (status 0, `type` `urn:trellis:sdk:network-error`, the last failure as `cause`).
 */
export class TrellisError extends Error {
  override readonly name = 'TrellisError';
  /** HTTP status; 0 when no response came back. */
  readonly status: number;
  /** The problem type, e.g. `urn:trellis:problem:validation-error`. */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  /** The fields at fault, e.g. `body.outputs.3.clientId`. */
  readonly errors: FieldError[];
  /** On a 409 for a retried write: what the first request stored (an output's decision). */
  readonly original: Record<string, unknown> | undefined;
  /** The server's request id, to quote when asking for help. */
  readonly requestId: string | undefined;
  /** How many attempts were made. */
  readonly attempts: number;
  /** logOutputs: the decisions of the batches stored before this error (in input order). */
  acknowledged: OutputDecision[] = [];
  /** recordMeasurements: the measurements of the batches stored before this error (in input order). */
  acknowledgedMeasurements: RecordedMeasurement[] = [];

  constructor(
    problem: ProblemBody,
    opts: { requestId?: string | undefined; attempts?: number; cause?: unknown } = {},
  ) {
    super(`${problem.status || 'network'} ${problem.title}: ${problem.detail}`, { cause: opts.cause });
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.original = problem.original;
    this.requestId = opts.requestId;
    this.attempts = opts.attempts ?? 1;
  }

  /** The first failed attempt's decision for a 409 on a client id logged before with other content. */
  get originalDecision(): Partial<OutputDecision> | undefined {
    return this.original as Partial<OutputDecision> | undefined;
  }
}

export const NETWORK_ERROR = 'urn:trellis:sdk:network-error';

export function networkError(cause: unknown, attempts: number): TrellisError {
  const message = cause instanceof Error ? describeCause(cause) : String(cause);
  return new TrellisError(
    { type: NETWORK_ERROR, title: 'No response from Trellis', status: 0, detail: message },
    { attempts, cause },
  );
}

function describeCause(error: Error): string {
  const inner = (error as Error & { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? ` (${String(inner.code)})` : '';
  return `${error.message}${code}`;
}

/** `waitForReview` gave up: the output was still waiting for review after `timeoutMs`. */
export class ReviewTimeoutError extends Error {
  override readonly name = 'ReviewTimeoutError';
  constructor(
    /** The output as last read (status `queued`). */
    readonly output: Output,
    readonly timeoutMs: number,
  ) {
    super(`Output ${output.id} was not reviewed within ${timeoutMs} ms (status ${output.status})`);
  }
}
