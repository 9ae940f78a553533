import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { requireParameter } from '../errors';
import { normalCdf, normalPdf } from '../stats/distributions';
import { solveDense } from '../stats/linear';
import { gaussLegendre } from '../stats/quadrature';

/**
 * Display charts. The p-chart and EWMA of defect indicators are for showing a stream, not for alarms
 * (the Bernoulli CUSUM is the monitor). The normal-theory ARLs serve a continuous judge score.
 */

export interface ControlLimits {
  center: number;
  lower: number;
  upper: number;
}

function requireRate(p: number, name: string): void {
  requireParameter(p > 0 && p < 1, name, 'must be in (0, 1)');
}

/** Shewhart p-chart limits for a window of n outputs: p0 ± L √(p0(1 − p0)/n), clipped to [0, 1]. */
export function pChartLimits(opts: { p0: number; n: number; sigmas?: number }): ControlLimits {
  const sigmas = opts.sigmas ?? 3;
  requireRate(opts.p0, 'p0');
  requireParameter(Number.isInteger(opts.n) && opts.n >= 1, 'n', 'window size must be a positive integer');
  requireParameter(sigmas > 0, 'sigmas', 'must be positive');
  const halfWidth = sigmas * Math.sqrt((opts.p0 * (1 - opts.p0)) / opts.n);
  return {
    center: opts.p0,
    lower: Math.max(0, opts.p0 - halfWidth),
    upper: Math.min(1, opts.p0 + halfWidth),
  };
}

/**
 * Exact probability that one window's defect count falls outside the p-chart limits when the true rate
 * is p (binomial tails). At small p0 the discrete count makes this several times the nominal 0.27%.
 */
export function pChartAlarmProbability(opts: { p0: number; n: number; p: number; sigmas?: number }): number {
  requireParameter(opts.p >= 0 && opts.p <= 1, 'p', 'must be in [0, 1]');
  const { lower, upper } = pChartLimits(opts);
  const n = opts.n;
  // Alarm when count/n > upper or count/n < lower.
  const highest = Math.floor(upper * n + 1e-9);
  const lowest = Math.ceil(lower * n - 1e-9);
  const above = 1 - binomialCdf(highest, n, opts.p);
  const below = lowest > 0 ? binomialCdf(lowest - 1, n, opts.p) : 0;
  return above + below;
}

/** One EWMA step z ← (1 − λ) z + λ x (Roberts 1959); x is a defect indicator or a score. */
export function ewmaStep(previous: number, x: number, lambda: number): number {
  requireParameter(lambda > 0 && lambda <= 1, 'lambda', 'must be in (0, 1]');
  return (1 - lambda) * previous + lambda * x;
}

/**
 * EWMA limits for defect indicators after t observations: p0 ± L σ √(λ/(2 − λ) (1 − (1 − λ)^(2t))),
 * σ² = p0(1 − p0) (Lucas & Saccucci 1990, eq. 2); omit t for the asymptotic limits.
 */
export function ewmaLimits(opts: { p0: number; lambda: number; sigmas?: number; t?: number }): ControlLimits {
  const sigmas = opts.sigmas ?? 3;
  requireRate(opts.p0, 'p0');
  requireParameter(opts.lambda > 0 && opts.lambda <= 1, 'lambda', 'must be in (0, 1]');
  requireParameter(
    opts.t === undefined || (Number.isInteger(opts.t) && opts.t >= 1),
    't',
    'must be a positive integer',
  );
  const decay = opts.t === undefined ? 0 : (1 - opts.lambda) ** (2 * opts.t);
  const variance = opts.p0 * (1 - opts.p0) * (opts.lambda / (2 - opts.lambda)) * (1 - decay);
  const halfWidth = sigmas * Math.sqrt(variance);
  return {
    center: opts.p0,
    lower: Math.max(0, opts.p0 - halfWidth),
    upper: Math.min(1, opts.p0 + halfWidth),
  };
}

const NODES = 64;

/**
 * Zero-state (or head-start) ARL of the one-sided upper CUSUM S_t = max(0, S_{t−1} + X_t − k), alarm at
 * S_t > h, for X ~ N(shift, 1). Solves Page's ARL integral equation
 * L(z) = 1 + L(0) Φ(k − z − δ) + ∫₀ʰ L(y) φ(y − z + k − δ) dy by the Nyström method with Gauss–Legendre
 * nodes (Goel & Wu 1971), the continuous limit of Brook & Evans' (1972) Markov chain; the head start
 * is Lucas & Crosier's (1982) fast initial response. `twoSided` combines an upper and a lower chart by
 * 1/ARL = 1/ARL⁺ + 1/ARL⁻, the relation Lucas & Crosier (1982) use for their two-sided tables.
 */
export function normalCusumArl(opts: {
  k: number;
  h: number;
  shift?: number;
  headStart?: number;
  twoSided?: boolean;
}): number {
  if (opts.twoSided) {
    requireParameter(!opts.headStart, 'headStart', 'the two-sided combination is for zero-start charts');
    const upper = normalCusumArl({ ...opts, twoSided: false });
    const lower = normalCusumArl({ ...opts, shift: -(opts.shift ?? 0), twoSided: false });
    return 1 / (1 / upper + 1 / lower);
  }
  const { k, h } = opts;
  const delta = opts.shift ?? 0;
  const start = opts.headStart ?? 0;
  requireParameter(Number.isFinite(k), 'k', 'must be finite');
  requireParameter(h > 0 && Number.isFinite(h), 'h', 'must be positive and finite');
  requireParameter(Number.isFinite(delta), 'shift', 'must be finite');
  requireParameter(start >= 0 && start <= h, 'headStart', 'must be in [0, h]');
  const { nodes, weights } = gaussLegendre(NODES, 0, h);
  const n = NODES + 1; // unknowns: L(0), then L at each node
  const a = new Float64Array(n * n);
  const point = (i: number) => (i === 0 ? 0 : (nodes[i - 1] as number));
  for (let i = 0; i < n; i++) {
    const z = point(i);
    a[i * n + i] = 1;
    a[i * n] = (a[i * n] as number) - normalCdf(k - z - delta);
    for (let j = 1; j < n; j++) {
      a[i * n + j] =
        (a[i * n + j] as number) - (weights[j - 1] as number) * normalPdf(point(j) - z + k - delta);
    }
  }
  const arl = solveDense(a, new Float64Array(n).fill(1), n);
  if (start === 0) return arl[0] as number;
  let value = 1 + (arl[0] as number) * normalCdf(k - start - delta);
  for (let j = 1; j < n; j++)
    value += (weights[j - 1] as number) * normalPdf(point(j) - start + k - delta) * (arl[j] as number);
  return value;
}

/**
 * Zero-state ARL of the two-sided EWMA Z_t = (1 − λ) Z_{t−1} + λ X_t, Z_0 = 0, X ~ N(shift, 1), with
 * asymptotic limits ±L √(λ/(2 − λ)) (Lucas & Saccucci 1990). Solves
 * L(z) = 1 + (1/λ) ∫ L(y) φ((y − (1 − λ) z)/λ − δ) dy over the in-control band by the Nyström method
 * with Gauss–Legendre nodes (Crowder 1987).
 */
export function normalEwmaArl(opts: { lambda: number; L: number; shift?: number }): number {
  const { lambda, L } = opts;
  const delta = opts.shift ?? 0;
  requireParameter(lambda > 0 && lambda <= 1, 'lambda', 'must be in (0, 1]');
  requireParameter(L > 0 && Number.isFinite(L), 'L', 'must be positive and finite');
  requireParameter(Number.isFinite(delta), 'shift', 'must be finite');
  const c = L * Math.sqrt(lambda / (2 - lambda));
  // The kernel's width is λ: keep enough nodes per kernel width for small λ.
  const n = Math.min(400, Math.max(64, Math.ceil((12 * c) / lambda)));
  const { nodes, weights } = gaussLegendre(n, -c, c);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const shrunk = (1 - lambda) * (nodes[i] as number);
    a[i * n + i] = 1;
    for (let j = 0; j < n; j++) {
      const density = normalPdf(((nodes[j] as number) - shrunk) / lambda - delta) / lambda;
      a[i * n + j] = (a[i * n + j] as number) - (weights[j] as number) * density;
    }
  }
  const arl = solveDense(a, new Float64Array(n).fill(1), n);
  // Interpolate at z = 0 with the equation itself (Nyström interpolation).
  let value = 1;
  for (let j = 0; j < n; j++) {
    value +=
      ((weights[j] as number) * normalPdf((nodes[j] as number) / lambda - delta) * (arl[j] as number)) /
      lambda;
  }
  return value;
}
