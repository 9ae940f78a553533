import betaQuantileImpl from '@stdlib/stats-base-dists-beta-quantile';
import gammaQuantileImpl from '@stdlib/stats-base-dists-gamma-quantile';
import normalCdfImpl from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';
import { requireParameter } from '../errors';

/** Standard normal distribution function Φ(x) (stdlib: erfc-based, double precision). */
export function normalCdf(x: number): number {
  return normalCdfImpl(x, 0, 1);
}

/** Standard normal quantile Φ⁻¹(p) (stdlib: Wichura 1988, AS 241). */
export function normalQuantile(p: number): number {
  requireParameter(p >= 0 && p <= 1, 'p', 'must be a probability in [0, 1]');
  return normalQuantileImpl(p, 0, 1);
}

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Gamma quantile for shape k and scale θ (mean kθ); stdlib inverts the regularized incomplete gamma. */
export function gammaQuantile(p: number, shape: number, scale: number): number {
  requireParameter(p >= 0 && p <= 1, 'p', 'must be a probability in [0, 1]');
  requireParameter(shape > 0 && Number.isFinite(shape), 'shape', 'must be positive and finite');
  requireParameter(scale > 0 && Number.isFinite(scale), 'scale', 'must be positive and finite');
  // stdlib's gamma is parametrized by rate.
  return gammaQuantileImpl(p, shape, 1 / scale);
}

/** Beta(a, b) quantile; stdlib inverts the regularized incomplete beta (Boost's algorithm). */
export function betaQuantile(p: number, a: number, b: number): number {
  requireParameter(p >= 0 && p <= 1, 'p', 'must be a probability in [0, 1]');
  requireParameter(a > 0 && Number.isFinite(a), 'a', 'must be positive and finite');
  requireParameter(b > 0 && Number.isFinite(b), 'b', 'must be positive and finite');
  return betaQuantileImpl(p, a, b);
}

/** Student's t quantile with ν degrees of freedom (ν may be fractional, as in Welch–Satterthwaite). */
export function tQuantile(p: number, df: number): number {
  requireParameter(p >= 0 && p <= 1, 'p', 'must be a probability in [0, 1]');
  requireParameter(df > 0 && !Number.isNaN(df), 'df', 'must be positive');
  return Number.isFinite(df) ? tQuantileImpl(p, df) : normalQuantile(p);
}
