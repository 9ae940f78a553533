import { InvalidParameterError, requireParameter } from '../errors';
import { solveBanded } from '../stats/linear';

/**
 * Bernoulli CUSUM on reviewed items (Reynolds & Stoumbos 1999, "A CUSUM chart for monitoring a
 * proportion when inspecting continuously", J. Qual. Technol. 31): B_t = max(0, B_{t−1} + X_t − γ),
 * alarm at B_t ≥ h. The chart runs on the integer lattice S = m·B with increments m·X − g, g = round(m·γ),
 * so the chart that runs uses exactly γ' = g/m and its run lengths follow an absorbing Markov chain on
 * 0 … H − 1 (Brook & Evans 1972, "An approach to the probability distribution of cusum run length",
 * Biometrika 59), solved exactly.
 */
export interface BernoulliCusum {
  p0: number;
  p1: number;
  /** Lattice scale m: one defect adds m − g, a clean item subtracts g. */
  scale: number;
  /** Lattice reference value g = round(m·γ). */
  g: number;
  /** Integer alarm threshold on the lattice: alarm when S ≥ H. */
  H: number;
  /** Reference value γ from (p0, p1) before discretisation. */
  gamma: number;
  /** Threshold in units of B: H / m. */
  h: number;
}

const MAX_STATES = 200_000;

function requireRates(p0: number, p1: number): void {
  requireParameter(p0 > 0 && p0 < 1, 'p0', 'in-control defect rate must be in (0, 1)');
  requireParameter(p1 > 0 && p1 < 1, 'p1', 'out-of-control defect rate must be in (0, 1)');
  requireParameter(p0 < p1, 'p0', 'must be below p1 (the chart detects increases)');
}

/** γ = ln((1 − p0)/(1 − p1)) / ln(p1(1 − p0)/(p0(1 − p1))): the SPRT-optimal reference value (Reynolds & Stoumbos 1999). */
export function cusumReferenceValue(p0: number, p1: number): number {
  requireRates(p0, p1);
  return Math.log((1 - p0) / (1 - p1)) / Math.log((p1 * (1 - p0)) / (p0 * (1 - p1)));
}

// Smallest lattice (g ≤ 10) whose g/m is within 0.5% of γ: a finer lattice only costs states.
function defaultScale(gamma: number): number {
  let best = { scale: 0, error: Number.POSITIVE_INFINITY };
  for (let g = 1; g <= 10; g++) {
    const scale = Math.round(g / gamma);
    if (scale <= g) continue;
    const error = Math.abs(g / scale - gamma) / gamma;
    if (error < best.error) best = { scale, error };
    if (error <= 0.005) break;
  }
  return best.scale;
}

/** Builds the lattice chart for (p0, p1) with threshold h (rounded up to the lattice: H = ⌈h·m⌉). */
export function bernoulliCusum(opts: { p0: number; p1: number; h: number; scale?: number }): BernoulliCusum {
  const gamma = cusumReferenceValue(opts.p0, opts.p1);
  requireParameter(opts.h > 0 && Number.isFinite(opts.h), 'h', 'threshold must be positive and finite');
  const scale = opts.scale ?? defaultScale(gamma);
  requireParameter(Number.isInteger(scale) && scale >= 2, 'scale', 'must be an integer ≥ 2');
  const g = Math.round(scale * gamma);
  requireParameter(
    g >= 1 && g < scale,
    'scale',
    `too coarse for reference value ${gamma}: round(scale·γ) must be in [1, scale)`,
  );
  const H = Math.ceil(opts.h * scale - 1e-9);
  return bernoulliCusumLattice({ p0: opts.p0, p1: opts.p1, scale, g, H });
}

/** Builds a chart directly from its lattice (m, g, H), e.g. one restored from storage. */
export function bernoulliCusumLattice(opts: {
  p0: number;
  p1: number;
  scale: number;
  g: number;
  H: number;
}): BernoulliCusum {
  const gamma = cusumReferenceValue(opts.p0, opts.p1);
  const { scale, g, H } = opts;
  requireParameter(Number.isInteger(scale) && scale >= 2, 'scale', 'must be an integer ≥ 2');
  requireParameter(Number.isInteger(g) && g >= 1 && g < scale, 'g', 'must be an integer in [1, scale)');
  requireParameter(
    Number.isInteger(H) && H >= 1 && H <= MAX_STATES,
    'H',
    `must be an integer in [1, ${MAX_STATES}]`,
  );
  return { p0: opts.p0, p1: opts.p1, scale, g, H, gamma, h: H / scale };
}

/** One reviewed item: S ← max(0, S + m·X − g); the caller decides whether to reset after an alarm. */
export function stepCusum(
  c: BernoulliCusum,
  statistic: number,
  defect: boolean,
): { statistic: number; alarm: boolean } {
  const next = Math.max(0, statistic + (defect ? c.scale : 0) - c.g);
  return { statistic: next, alarm: next >= c.H };
}

/**
 * Exact ARL (expected reviewed items to the first alarm) at defect rate p, from lattice state `start`
 * (0 = zero-state). Solves (I − Q) L = 1 over the transient states 0 … H − 1 (Brook & Evans 1972);
 * I − Q is banded (down g, up m − g), so the solve costs O(H·g·(m − g)).
 */
export function cusumArl(c: BernoulliCusum, p: number, opts: { start?: number } = {}): number {
  requireParameter(p >= 0 && p <= 1, 'p', 'defect rate must be in [0, 1]');
  const start = opts.start ?? 0;
  requireParameter(Number.isInteger(start) && start >= 0, 'start', 'must be a non-negative lattice state');
  if (start >= c.H) return 0;
  if (p === 0) return Number.POSITIVE_INFINITY;
  return arlProfile(c, p)[start] as number;
}

function arlProfile(c: BernoulliCusum, p: number): Float64Array {
  const n = c.H;
  const up = c.scale - c.g;
  const lower = c.g;
  const width = lower + up + 1;
  const band = new Float64Array(n * width);
  for (let s = 0; s < n; s++) {
    const row = s * width - s + lower;
    band[row + s] = 1;
    if (s + up < n) band[row + s + up] = (band[row + s + up] as number) - p;
    const down = Math.max(0, s - c.g);
    band[row + down] = (band[row + down] as number) - (1 - p);
  }
  return solveBanded(n, lower, up, band, new Float64Array(n).fill(1));
}

export interface CusumThreshold {
  cusum: BernoulliCusum;
  arl0Reviewed: number;
  arl0Outputs: number;
  /** This chart's in-control false alarms per 100k outputs it monitors (≤ the budget / strata). */
  falseAlarmsPer100k: number;
  arl1Reviewed: number;
  arl1Outputs: number;
  /** In-control ARL solves the search took (each O(H·g·(m − g))): the work, counted, not timed. */
  solves: number;
}

/**
 * Smallest lattice threshold H whose exact in-control ARL, counted in outputs (reviewed ARL / review
 * rate), keeps false alarms at or below falseAlarmsPer100k / strata per 100k outputs. ARL is increasing
 * in H, so a bracket is found by doubling and narrowed by interpolating log ARL (ARL grows about
 * exponentially in h), falling back to bisection.
 */
export function cusumThreshold(opts: {
  p0: number;
  p1: number;
  falseAlarmsPer100k: number;
  reviewRate: number;
  strata?: number;
  scale?: number;
}): CusumThreshold {
  const strata = opts.strata ?? 1;
  requireParameter(
    opts.falseAlarmsPer100k > 0 && Number.isFinite(opts.falseAlarmsPer100k),
    'falseAlarmsPer100k',
    'must be positive',
  );
  requireParameter(opts.reviewRate > 0 && opts.reviewRate <= 1, 'reviewRate', 'must be in (0, 1]');
  requireParameter(Number.isInteger(strata) && strata >= 1, 'strata', 'must be a positive integer');
  const base = bernoulliCusum({ p0: opts.p0, p1: opts.p1, h: 1, scale: opts.scale });
  const target = (opts.reviewRate * 100_000 * strata) / opts.falseAlarmsPer100k;
  const at = (H: number) => bernoulliCusumLattice({ ...base, H });
  let solves = 0;
  const arl = (H: number) => {
    solves++;
    return cusumArl(at(H), opts.p0);
  };

  let lo = 0; // ARL(0) = 0 < target by convention
  let arlLo = 1;
  let hi = base.scale;
  let arlHi = arl(hi);
  while (arlHi < target) {
    lo = hi;
    arlLo = arlHi;
    hi *= 2;
    if (hi > MAX_STATES)
      throw new InvalidParameterError(
        'falseAlarmsPer100k',
        `budget needs more than ${MAX_STATES} lattice states`,
      );
    arlHi = arl(hi);
  }
  // Invariant: ARL(lo) < target ≤ ARL(hi).
  let interpolate = true;
  while (hi - lo > 1) {
    let mid = Math.floor((lo + hi) / 2);
    if (interpolate && lo > 0) {
      const t = (Math.log(target) - Math.log(arlLo)) / (Math.log(arlHi) - Math.log(arlLo));
      mid = Math.min(hi - 1, Math.max(lo + 1, Math.round(lo + t * (hi - lo))));
    }
    interpolate = !interpolate;
    const value = arl(mid);
    if (value < target) {
      lo = mid;
      arlLo = value;
    } else {
      hi = mid;
      arlHi = value;
    }
  }
  const cusum = at(hi);
  const arl1Reviewed = cusumArl(cusum, opts.p1);
  const arl0Outputs = arlHi / opts.reviewRate;
  return {
    cusum,
    arl0Reviewed: arlHi,
    arl0Outputs,
    falseAlarmsPer100k: 100_000 / arl0Outputs,
    arl1Reviewed,
    arl1Outputs: arl1Reviewed / opts.reviewRate,
    solves,
  };
}
