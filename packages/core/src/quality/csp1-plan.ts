import { requireParameter } from '../errors';

/**
 * CSP-1 continuous sampling plan (Dodge 1943, "A sampling inspection plan for continuous production",
 * Ann. Math. Statist. 14): review every output until i consecutive clean ones, then a random fraction f,
 * back to 100% at the first defect found. Formulas are Dodge's for a stationary Bernoulli(p) process.
 */

function requirePlan(i: number, f: number): void {
  requireParameter(Number.isInteger(i) && i >= 0, 'i', 'clearance number must be a non-negative integer');
  requireParameter(f > 0 && f <= 1, 'f', 'sampling fraction must be in (0, 1]');
}

function requireRate(p: number): void {
  requireParameter(p >= 0 && p <= 1, 'p', 'defect rate must be in [0, 1]');
}

/** Average fraction inspected, AFI = f / (f + (1 − f) qⁱ) with q = 1 − p (Dodge 1943, eq. 3). */
export function csp1Afi(p: number, i: number, f: number): number {
  requireRate(p);
  requirePlan(i, f);
  const u = (1 - p) ** i;
  return f / (f + (1 - f) * u);
}

/** Average outgoing quality, AOQ = p (1 − AFI) (Dodge 1943): the rate of unreviewed defects per output. */
export function csp1Aoq(p: number, i: number, f: number): number {
  requireRate(p);
  requirePlan(i, f);
  const u = (1 - p) ** i;
  return (p * (1 - f) * u) / (f + (1 - f) * u);
}

/**
 * AOQL = max over p of AOQ (Dodge 1943). d ln AOQ / dp = 0 reduces to
 * s(p) = f q + (1 − f) q^(i+1) − i f p = 0, and s is strictly decreasing from s(0) = 1 to s(1) = −i f,
 * so the maximizer is its unique root, found by bisection to machine precision.
 */
export function csp1Aoql(i: number, f: number): { aoql: number; pAtMax: number } {
  requirePlan(i, f);
  if (f === 1) return { aoql: 0, pAtMax: 0 };
  if (i === 0) return { aoql: 1 - f, pAtMax: 1 };
  const s = (p: number) => f * (1 - p) + (1 - f) * (1 - p) ** (i + 1) - i * f * p;
  let lo = 0;
  let hi = 1;
  while (hi - lo > 1e-15) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (s(mid) > 0) lo = mid;
    else hi = mid;
  }
  const pAtMax = (lo + hi) / 2;
  return { aoql: csp1Aoq(pAtMax, i, f), pAtMax };
}

/** Smallest clearance number i with AOQL(i, f) ≤ aoql; the AOQL decreases strictly in i. */
export function csp1ClearanceNumber(aoql: number, f: number): number {
  requireParameter(aoql > 0 && aoql < 1, 'aoql', 'must be in (0, 1)');
  requireParameter(f > 0 && f < 1, 'f', 'sampling fraction must be in (0, 1)');
  if (csp1Aoql(0, f).aoql <= aoql) return 0;
  let lo = 0;
  let hi = 1;
  while (csp1Aoql(hi, f).aoql > aoql) {
    lo = hi;
    hi *= 2;
  }
  // Invariant: AOQL(lo) > aoql ≥ AOQL(hi).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (csp1Aoql(mid, f).aoql > aoql) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Worst-case long-run outgoing rate (1 − f) / (1 + f i) when defects may arrive exactly while sampling
 * is sparse: each cycle of i reviewed clean outputs plus 1/f sampled-phase outputs lets through (1 − f)/f
 * defects (the non-stationary bound of QA-ENGINE.md).
 */
export function csp1WorstCaseAoq(i: number, f: number): number {
  requirePlan(i, f);
  return (1 - f) / (1 + f * i);
}

export interface Csp1Plan {
  i: number;
  f: number;
  aoql: number;
  pAtMax: number;
  worstCaseAoq: number;
  afiAt: (p: number) => number;
}

/** Plans a CSP-1 for a target AOQL and sampling fraction f: the smallest clearance number that meets it. */
export function planCsp1(opts: { aoql: number; f: number }): Csp1Plan {
  const i = csp1ClearanceNumber(opts.aoql, opts.f);
  const { aoql, pAtMax } = csp1Aoql(i, opts.f);
  return {
    i,
    f: opts.f,
    aoql,
    pAtMax,
    worstCaseAoq: csp1WorstCaseAoq(i, opts.f),
    afiAt: (p: number) => csp1Afi(p, i, opts.f),
  };
}
