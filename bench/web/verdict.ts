/**
 * bench:web's verdict on "main content visible ≤ target, cold, on every page", read from enough loads to decide
 * it. One page's cold loads on this machine spread by 20–40 % (slow stretches of 30–60 s hit whichever page is
 * being loaded), so the median of a handful of loads cannot tell 950 ms from 1,050; the slowest of twelve such
 * medians is biased upward besides. Each page's median gets a distribution-free confidence interval instead
 * (order statistics: no assumption on the shape of the load times), and the verdict is "met" only when every
 * page's interval lies at or below the target, "not met" when one lies wholly above it, and "not decided"
 * otherwise (more loads narrow the intervals). The intervals are family-wise (Bonferroni over the pages): at
 * 95 %, the chance that any page's true median lies outside its interval is at most 5 %.
 */

export interface MedianInterval {
  /** The interval's ends: the r-th smallest and r-th largest value. */
  low: number;
  high: number;
  /** r, 1-based. */
  rank: number;
  /** The exact coverage for any continuous distribution: 1 − 2·P(Binomial(n, ½) ≤ r − 1). */
  coverage: number;
}

/**
 * The distribution-free confidence interval for the median of the distribution `values` were drawn from:
 * [x(r), x(n−r+1)] with the largest r whose coverage is at least `confidence`. `null` when even [min, max] falls
 * short (n = 5 at 95 % covers 93.75 %).
 */
export function medianInterval(values: readonly number[], confidence: number): MedianInterval | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must lie in (0, 1)');
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // P(B ≤ k) for B ~ Binomial(n, ½), term by term from P(B = 0) = 2^−n in log space (no underflow for large n).
  const tail = (1 - confidence) / 2;
  let logTerm = -n * Math.LN2;
  let below = 0; // P(B ≤ r − 1) for the current r
  let rank = 0;
  for (let r = 1; r <= Math.floor((n + 1) / 2); r++) {
    if (r > 1) logTerm += Math.log((n - (r - 2)) / (r - 1));
    const next = below + Math.exp(logTerm);
    if (next > tail) break;
    below = next;
    rank = r;
  }
  if (rank === 0) return null;
  return { low: sorted[rank - 1]!, high: sorted[n - rank]!, rank, coverage: 1 - 2 * below };
}

/** The fewest values that have a median interval at `confidence`: [min, max] covers 1 − 2^(1−n). */
export function fewestLoads(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must lie in (0, 1)');
  return Math.max(1, Math.ceil(1 - Math.log2(1 - confidence) - 1e-12));
}

export type Verdict = 'met' | 'not met' | 'not decided';

export interface PageVerdict {
  name: string;
  interval: MedianInterval | null;
}

/**
 * The verdict on "every page's median ≤ target", with family-wise `confidence` over the pages. `deciding`: the
 * pages the verdict turns on (over the target for "not met", straddling it or without an interval for "not
 * decided", the one with the highest upper end for "met").
 */
export function coldVerdict(
  pages: readonly { name: string; cold: readonly number[] }[],
  target: number,
  confidence = 0.95,
): { verdict: Verdict; perPage: PageVerdict[]; pageConfidence: number; deciding: PageVerdict[] } {
  const pageConfidence = 1 - (1 - confidence) / Math.max(1, pages.length);
  const perPage = pages.map((page) => ({
    name: page.name,
    interval: medianInterval(page.cold, pageConfidence),
  }));
  const over = perPage.filter((p) => p.interval && p.interval.low > target);
  if (over.length) return { verdict: 'not met', perPage, pageConfidence, deciding: over };
  const open = perPage.filter((p) => !p.interval || p.interval.high > target);
  if (open.length) return { verdict: 'not decided', perPage, pageConfidence, deciding: open };
  const highest = perPage.reduce((a, b) => (b.interval!.high > a.interval!.high ? b : a));
  return { verdict: 'met', perPage, pageConfidence, deciding: [highest] };
}
