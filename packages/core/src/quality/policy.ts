import { requireParameter } from '../errors';

/**
 * One interface for every sampling policy. The decision is taken at ingestion from the state alone (π is
 * fixed before the content is judged, the draw u is passed in), and the review result arrives later,
 * possibly out of order, through `observe`. State is plain JSON so the server can persist it per workflow.
 */
export type JsonValue = number | boolean | string | null | JsonValue[] | { [key: string]: JsonValue };
export type PolicyState = { [key: string]: JsonValue };

export interface OutputInfo {
  /** Index of the output's stratum, 0 … strata − 1 (0 when the policy is unstratified). */
  stratum?: number;
}

export interface ReviewDecision<S> {
  review: boolean;
  /** Inclusion probability π ∈ (0, 1]: store it with the output (Horvitz & Thompson 1952). */
  pi: number;
  state: S;
}

export interface ReviewResult {
  stratum?: number;
  /** The π logged with the output at its decision. */
  pi: number;
  defect: boolean;
}

/**
 * The mutable fast path behind a policy: the simulator calls it in its hot loop without allocating.
 * `probability` never mutates; `commit` is the ingestion update; `record` takes a review result.
 */
export interface PolicyKernel<S> {
  probability(state: S, stratum: number): number;
  commit(state: S, stratum: number, pi: number, review: boolean): void;
  record(state: S, stratum: number, pi: number, defect: boolean): void;
  /** Monitor alarms raised so far (0 for a policy without a monitor). */
  alarms(state: S): number;
}

export interface SamplingPolicy<S extends PolicyState = PolicyState> {
  readonly name: string;
  readonly strata: number;
  readonly kernel: PolicyKernel<S>;
  initialState(): S;
  /** Review iff u < π; returns a new state and leaves the given one untouched. */
  decide(state: S, output: OutputInfo, u: number): ReviewDecision<S>;
  /** Folds in a (possibly late) review result; returns a new state. */
  observe(state: S, result: ReviewResult): S;
}

/** Deep copy of plain JSON data (arrays, objects, primitives): the pure interface never shares state. */
export function cloneState<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = v !== null && typeof v === 'object' ? cloneState(v) : v;
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = cloneState((value as Record<string, unknown>)[key]);
  return out as T;
}

function requireStratum(stratum: number, strata: number): void {
  requireParameter(
    Number.isInteger(stratum) && stratum >= 0 && stratum < strata,
    'stratum',
    `must be an integer in [0, ${strata})`,
  );
}

/** Builds the pure JSON-state interface around a kernel; both paths run the same code. */
export function definePolicy<S extends PolicyState>(opts: {
  name: string;
  strata: number;
  kernel: PolicyKernel<S>;
  initialState: () => S;
}): SamplingPolicy<S> {
  const { name, strata, kernel } = opts;
  return {
    name,
    strata,
    kernel,
    initialState: opts.initialState,
    decide(state, output, u) {
      const stratum = output.stratum ?? 0;
      requireStratum(stratum, strata);
      requireParameter(u >= 0 && u < 1, 'u', 'the draw must be uniform in [0, 1)');
      const next = cloneState(state);
      const pi = kernel.probability(next, stratum);
      const review = u < pi;
      kernel.commit(next, stratum, pi, review);
      return { review, pi, state: next };
    },
    observe(state, result) {
      const stratum = result.stratum ?? 0;
      requireStratum(stratum, strata);
      requireParameter(result.pi > 0 && result.pi <= 1, 'pi', 'must be in (0, 1]');
      const next = cloneState(state);
      kernel.record(next, stratum, result.pi, result.defect);
      return next;
    },
  };
}

/** A per-stratum parameter given once or per stratum, validated and expanded. */
export function perStratum(
  value: number | readonly number[],
  strata: number,
  parameter: string,
  valid: (x: number) => boolean,
  message: string,
): number[] {
  const values = typeof value === 'number' ? new Array<number>(strata).fill(value) : [...value];
  requireParameter(values.length === strata, parameter, `needs one value per stratum (${strata})`);
  for (const x of values) requireParameter(valid(x), parameter, message);
  return values;
}

export function requireStrata(strata: number): void {
  requireParameter(
    Number.isInteger(strata) && strata >= 1 && strata <= 1024,
    'strata',
    'must be an integer in [1, 1024]',
  );
}
