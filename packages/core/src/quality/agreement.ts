import { requireParameter } from '../errors';
import { type Interval, wilsonInterval } from './estimators';

type Label = string | number;

/**
 * Cohen's (1960) kappa for two reviewers ("A coefficient of agreement for nominal scales", Educ.
 * Psychol. Meas. 20): κ = (p_o − p_e)/(1 − p_e). NaN when both reviewers used one category only.
 */
export function cohensKappa(pairs: Array<[Label, Label]>): {
  kappa: number;
  observed: number;
  expected: number;
  n: number;
} {
  const n = pairs.length;
  requireParameter(n > 0, 'pairs', 'needs at least one double-reviewed item');
  const first = new Map<Label, number>();
  const second = new Map<Label, number>();
  let agreements = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreements++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  const observed = agreements / n;
  const kappa = expected === 1 ? Number.NaN : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, n };
}

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha for any number of coders with missing values (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability", Univ. of Pennsylvania): α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 * from the coincidence matrix o. Each unit lists one value per coder (null when missing); units with
 * fewer than two values are not pairable. Ordinal values are ranked numerically (or by `order`).
 */
export function krippendorffAlpha(
  units: Array<Array<Label | null>>,
  opts: { level?: MeasurementLevel; order?: Label[] } = {},
): { alpha: number; n: number } {
  const level = opts.level ?? 'nominal';
  const values = collectValues(units, level, opts.order);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const coincidences = new Float64Array(size * size);
  for (const unit of units) {
    const present = unit.filter((v): v is Label => v !== null);
    if (present.length < 2) continue;
    for (let i = 0; i < present.length; i++) {
      for (let j = 0; j < present.length; j++) {
        if (i === j) continue;
        const cell =
          (index.get(present[i] as Label) as number) * size + (index.get(present[j] as Label) as number);
        coincidences[cell] = (coincidences[cell] as number) + 1 / (present.length - 1);
      }
    }
  }
  const marginals = values.map((_, c) => {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += coincidences[c * size + k] as number;
    return sum;
  });
  const n = marginals.reduce((a, b) => a + b, 0);
  const delta = distance(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += (coincidences[c * size + k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  const alpha = expected === 0 ? Number.NaN : 1 - ((n - 1) * observed) / expected;
  return { alpha, n: Math.round(n) };
}

function collectValues(units: Array<Array<Label | null>>, level: MeasurementLevel, order?: Label[]): Label[] {
  const seen = new Set<Label>();
  for (const unit of units) for (const v of unit) if (v !== null) seen.add(v);
  const values = [...seen];
  if (level === 'interval' || level === 'ratio') {
    requireParameter(
      values.every((v) => typeof v === 'number' && Number.isFinite(v)),
      'units',
      `${level} data must be finite numbers`,
    );
  }
  if (order) {
    const rank = new Map(order.map((v, i) => [v, i]));
    requireParameter(
      values.every((v) => rank.has(v)),
      'order',
      'must list every value that occurs',
    );
    return values.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
  }
  const numeric = values.every((v) => typeof v === 'number');
  return values.sort((a, b) =>
    numeric ? (a as number) - (b as number) : String(a).localeCompare(String(b)),
  );
}

// Krippendorff's (2011) difference functions δ²_ck for each level of measurement.
function distance(
  level: MeasurementLevel,
  values: Label[],
  marginals: number[],
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
    case 'ratio':
      return (c, k) => {
        const a = values[c] as number;
        const b = values[k] as number;
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      };
    case 'ordinal': {
      const cumulative = [0];
      for (const m of marginals) cumulative.push((cumulative[cumulative.length - 1] as number) + m);
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
        return (between - ((marginals[lo] as number) + (marginals[hi] as number)) / 2) ** 2;
      };
    }
  }
}

/**
 * A reviewer's (or judge's) sensitivity and specificity against gold items, each with a Wilson (1927)
 * interval; an estimate is NaN (interval [0, 1]) when there are no gold items of that kind.
 */
export function goldCalibration(
  items: Array<{ truth: boolean; judged: boolean }>,
  opts: { confidence?: number } = {},
): { sensitivity: Interval; specificity: Interval; n: number; positives: number; negatives: number } {
  let positives = 0;
  let negatives = 0;
  let truePositives = 0;
  let trueNegatives = 0;
  for (const { truth, judged } of items) {
    if (truth) {
      positives++;
      if (judged) truePositives++;
    } else {
      negatives++;
      if (!judged) trueNegatives++;
    }
  }
  const rate = (hits: number, total: number): Interval =>
    total === 0
      ? { estimate: Number.NaN, lower: 0, upper: 1 }
      : wilsonInterval(hits, total, opts.confidence ?? 0.95);
  return {
    sensitivity: rate(truePositives, positives),
    specificity: rate(trueNegatives, negatives),
    n: items.length,
    positives,
    negatives,
  };
}
