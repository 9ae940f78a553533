import { requireParameter } from '../../errors';
import { definePolicy, type PolicyState, perStratum, requireStrata, type SamplingPolicy } from '../policy';

/**
 * Trellis adaptive policy: budgeted, risk-adaptive sampling. Per stratum a floor π_min > 0, a verification
 * burst after a reviewed defect, and an escape ledger that spends the Horvitz–Thompson (1952) estimate of
 * escaped defects Z = defect·(1 − π)/π against a budget A per output. The soft ledger allows escapes at
 * rate a = 2A·balance/C and sets π so the stratum's estimated defect rate p̂ sheds the rest (per stratum
 * π = 1 − a/p̂; pooled, the riskiest strata are reviewed first). The hard ledger forces π = 1 while the balance is ≤ 0,
 * so Σ Z over any window of W outputs is at most A·W + C + J (C the cap, J = (1 − π_min)/π_min), and
 * since E[Z − escaped | past] = 0 for any predictable π, so are expected escapes, defects adversarial or not.
 * With results that arrive d outputs late the bound grows by J per pending defect.
 */
export interface AdaptiveState {
  [key: string]: number[];
  /** Ledger balance: one per stratum, or one for the workflow in pooled mode. */
  balance: number[];
  /** Outputs left in the stratum's verification burst. */
  burst: number[];
  /** Exponentially-forgotten HT sums of defects (Σ defect/π) and outputs, for the risk estimate. */
  defects: number[];
  outputs: number[];
  /** Pooled mode: each stratum's forgotten share of the workflow's outputs. */
  volume: number[];
  /**
   * Qualification start: outputs of the stratum still to review in full before it has evidence (absent in
   * states saved before qualification existed: those strata count as qualified).
   */
  qualify: number[];
  /** 1 once the stratum has finished its qualification run. */
  qualified: number[];
}

export interface AdaptiveOptions {
  /** The outgoing-defect limit (AOQL), defects per output, in (0, 1). */
  limit: number;
  /**
   * Ledger budget A per output; defaults to 0.97 × limit, keeping 3% of the limit for the ledger's boundary
   * term (opening minus closing balance) over a 100k-output horizon.
   */
  budget?: number;
  /** Floor π_min per stratum (one for all, or per stratum, e.g. from riskProportionalFloors); default 0.02. */
  floor?: number | readonly number[];
  /** Outputs of the stratum reviewed in full after a reviewed defect; default 20. */
  burst?: number;
  soft?: boolean;
  hard?: boolean;
  /** Ledger cap C (banked budget); default 4·J of the ledger's lowest floor, at least 10. */
  cap?: number;
  /** Opening balance as a fraction of the cap; default 1/2. */
  start?: number;
  strata?: number;
  /** 'pooled': one ledger for the workflow, review goes to the riskiest strata first. */
  mode?: 'stratum' | 'pooled';
  /** Prior defect rate for the risk estimate (default the limit) and its weight in outputs (default 100). */
  prior?: number;
  priorWeight?: number;
  /** Forgetting horizon of the risk estimate, in outputs of the stratum; default 5,000. */
  memory?: number;
  /**
   * Qualification start: each stratum's first `qualify` outputs are reviewed in full, and a defect found in
   * that run starts it again (CSP-1's opening phase), so a stratum with no history builds the evidence its
   * guarantee rests on before the ledger may sample it down. Default 0 (off); a standard sizes it from
   * its limit (qualificationRun).
   */
  qualify?: number;
}

export interface AdaptiveParameters {
  strata: number;
  pooled: boolean;
  budget: number;
  floor: number[];
  burst: number;
  soft: boolean;
  hard: boolean;
  /** Per ledger (one per stratum, or one pooled): cap C, opening balance, J = (1 − π_min)/π_min. */
  cap: number[];
  start: number[];
  jump: number[];
  prior: number;
  priorWeight: number;
  decay: number;
  qualify: number;
}

export function adaptiveParameters(opts: AdaptiveOptions): AdaptiveParameters {
  requireParameter(opts.limit > 0 && opts.limit < 1, 'limit', 'outgoing-defect limit must be in (0, 1)');
  const strata = opts.strata ?? (typeof opts.floor === 'object' ? opts.floor.length : 1);
  requireStrata(strata);
  const budget = opts.budget ?? 0.97 * opts.limit;
  requireParameter(budget > 0 && budget < 1, 'budget', 'must be in (0, 1)');
  const floor = perStratum(
    opts.floor ?? 0.02,
    strata,
    'floor',
    (x) => x > 0 && x <= 1,
    'floor must be in (0, 1]',
  );
  const burst = opts.burst ?? 20;
  requireParameter(Number.isInteger(burst) && burst >= 0, 'burst', 'must be a non-negative integer');
  const pooled = (opts.mode ?? 'stratum') === 'pooled';
  const jump = (pooled ? [Math.min(...floor)] : floor).map((f) => (1 - f) / f);
  requireParameter(
    opts.cap === undefined || (opts.cap > 0 && Number.isFinite(opts.cap)),
    'cap',
    'must be positive and finite',
  );
  const cap = jump.map((j) => opts.cap ?? Math.max(10, 4 * j));
  const startShare = opts.start ?? 0.5;
  requireParameter(startShare > 0 && startShare <= 1, 'start', 'must be in (0, 1]');
  const start = cap.map((c) => c * startShare);
  const prior = opts.prior ?? opts.limit;
  requireParameter(prior > 0 && prior < 1, 'prior', 'must be in (0, 1)');
  const priorWeight = opts.priorWeight ?? 100;
  requireParameter(priorWeight > 0 && Number.isFinite(priorWeight), 'priorWeight', 'must be positive');
  const memory = opts.memory ?? 5000;
  requireParameter(memory >= 1 && Number.isFinite(memory), 'memory', 'must be at least 1');
  const qualify = opts.qualify ?? 0;
  requireParameter(Number.isInteger(qualify) && qualify >= 0, 'qualify', 'must be a non-negative integer');
  const soft = opts.soft ?? true;
  const hard = opts.hard ?? true;
  requireParameter(soft || hard, 'soft', 'at least one of the soft and hard ledgers must be on');
  return {
    strata,
    pooled,
    budget,
    floor,
    burst,
    soft,
    hard,
    cap,
    start,
    jump,
    prior,
    priorWeight,
    decay: 1 - 1 / memory,
    qualify,
  };
}

/** Floors proportional to risk weights (e.g. risk tiers): the least risky stratum gets `base`. */
export function riskProportionalFloors(opts: {
  base: number;
  risks: readonly number[];
  max?: number;
}): number[] {
  requireParameter(opts.base > 0 && opts.base <= 1, 'base', 'must be in (0, 1]');
  requireParameter(opts.risks.length > 0 && opts.risks.every((r) => r > 0), 'risks', 'must be positive');
  const lowest = Math.min(...opts.risks);
  return opts.risks.map((r) => Math.min(opts.max ?? 1, (opts.base * r) / lowest));
}

/** The bound on ledger spending Σ Z over any window of W outputs (immediate results): A·W + C + J. */
export function ledgerBound(params: AdaptiveParameters, window: number, ledger = 0): number {
  return params.budget * window + (params.cap[ledger] as number) + (params.jump[ledger] as number);
}

/** Soft-ledger π for one stratum on its own budget: escapes allowed at rate a, so π = 1 − a/p̂ (≥ floor). */
function ownShare(floor: number, risk: number, allowed: number): number {
  const pi = 1 - allowed / risk;
  return Math.max(pi, floor);
}

/**
 * Pooled soft-ledger π: the cheapest allocation meeting escape rate a when each stratum j sheds
 * v_j·p̂_j·(1 − floor_j) escapes at full review — fill the riskiest strata first (a fractional knapsack).
 */
function pooledShare(
  p: AdaptiveParameters,
  state: AdaptiveState,
  s: number,
  allowed: number,
  risk: Float64Array,
): number {
  const rs = risk[s] as number;
  let total = 0;
  let above = 0;
  let own = 0;
  let volume = 0;
  for (let j = 0; j < p.strata; j++) {
    const rj = risk[j] as number;
    const v = state.volume[j] as number;
    const shed = v * rj * (1 - (p.floor[j] as number));
    volume += v;
    total += shed;
    if (j === s) own = shed;
    else if (rj > rs || (rj === rs && j < s)) above += shed;
  }
  const excess = total - allowed * volume;
  const floor = p.floor[s] as number;
  if (excess <= above || own <= 0) return floor;
  return floor + (1 - floor) * Math.min(1, (excess - above) / own);
}

export function createAdaptive(opts: AdaptiveOptions): SamplingPolicy<AdaptiveState> {
  const p = adaptiveParameters(opts);
  const priorMass = p.prior * p.priorWeight;
  const ledgers = p.pooled ? 1 : p.strata;
  const zeros = () => new Array<number>(p.strata).fill(0);
  const risk = new Float64Array(p.strata);
  const riskOf = (state: AdaptiveState, j: number) =>
    ((state.defects[j] as number) + priorMass) / ((state.outputs[j] as number) + p.priorWeight);
  return definePolicy<AdaptiveState>({
    name: 'adaptive',
    strata: p.strata,
    initialState: () => ({
      balance: p.start.slice(0, ledgers),
      burst: zeros(),
      defects: zeros(),
      outputs: zeros(),
      volume: p.pooled ? new Array<number>(p.strata).fill(1 / p.strata) : [],
      qualify: new Array<number>(p.strata).fill(p.qualify),
      qualified: new Array<number>(p.strata).fill(p.qualify > 0 ? 0 : 1),
    }),
    kernel: {
      probability(state, s) {
        if ((state.burst[s] as number) > 0 || (state.qualify?.[s] ?? 0) > 0) return 1;
        const l = p.pooled ? 0 : s;
        const balance = state.balance[l] as number;
        if (p.hard && balance <= 0) return 1;
        const floor = p.floor[s] as number;
        if (!p.soft) return floor;
        // Soft ledger: a half-full ledger allows escapes at rate A, a full one 1.5A, an empty one A/2.
        const cap = p.cap[l] as number;
        const allowed = p.budget * (0.5 + (balance >= cap ? 1 : balance <= 0 ? 0 : balance / cap));
        if (!p.pooled) return ownShare(floor, riskOf(state, s), allowed);
        for (let j = 0; j < p.strata; j++) risk[j] = riskOf(state, j);
        return pooledShare(p, state, s, allowed, risk);
      },
      commit(state, s) {
        const left = state.burst[s] as number;
        if (left > 0) state.burst[s] = left - 1;
        const qualifying = state.qualify?.[s] ?? 0;
        if (qualifying > 0) {
          state.qualify[s] = qualifying - 1;
          if (qualifying === 1) state.qualified[s] = 1;
        }
        const l = p.pooled ? 0 : s;
        state.balance[l] = Math.min(p.cap[l] as number, (state.balance[l] as number) + p.budget);
        state.defects[s] = (state.defects[s] as number) * p.decay;
        state.outputs[s] = (state.outputs[s] as number) * p.decay + 1;
        if (p.pooled) {
          for (let j = 0; j < p.strata; j++) state.volume[j] = (state.volume[j] as number) * p.decay;
          state.volume[s] = (state.volume[s] as number) + 1 - p.decay;
        }
      },
      record(state, s, pi, defect) {
        if (!defect) return;
        // A defect in the qualification run (decided before it ended) starts the run again.
        if (pi === 1 && state.qualified?.[s] === 0) state.qualify[s] = p.qualify;
        const l = p.pooled ? 0 : s;
        state.balance[l] = (state.balance[l] as number) - (1 - pi) / pi;
        state.defects[s] = (state.defects[s] as number) + 1 / pi;
        // Burst only after a surprise: a defect that was more likely missed than seen.
        if (pi <= 0.5 && (state.burst[s] as number) < p.burst) state.burst[s] = p.burst;
      },
      alarms: () => 0,
    },
  });
}

/**
 * The qualification run of an adaptive policy's state (bare or inside a CUSUM monitor): per stratum, outputs
 * still to review in full and whether the stratum has qualified; null for other policies and for states
 * saved before qualification existed.
 */
export function qualificationOf(state: PolicyState): { remaining: number[]; qualified: boolean[] } | null {
  const inner = (state as { inner?: PolicyState }).inner ?? state;
  const { qualify, qualified } = inner as Partial<AdaptiveState>;
  if (!Array.isArray(qualify) || !Array.isArray(qualified)) return null;
  return { remaining: [...qualify], qualified: qualified.map((q) => q === 1) };
}
