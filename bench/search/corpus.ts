import { createRng, type Rng } from '@trellis/core';

/** A seeded synthetic corpus: words from syllables, drawn with Zipf frequencies like natural text. */
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  're',
  'su',
  'ta',
  'ne',
  'vi',
  'do',
  'ra',
  'pe',
  'lu',
  'zo',
  'ha',
  'bi',
  'go',
];
const KINDS = ['insight', 'experiment', 'idea', 'review_comment'] as const;
const TAGS = Array.from({ length: 24 }, (_, i) => `tag${i}`);

export const VOCABULARY = 6000;

function word(i: number): string {
  let n = i + 17;
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `${out}x`;
}

export const words = Array.from({ length: VOCABULARY }, (_, i) => word(i));

/** Zipf(s = 1) over the vocabulary by inverse CDF on the precomputed cumulative weights. */
function zipfSampler(n: number) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1);
    cumulative[k] = total;
  }
  return (rng: Rng) => {
    const u = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const zipf = zipfSampler(VOCABULARY);

const sentence = (rng: Rng, n: number) => Array.from({ length: n }, () => words[zipf(rng)]).join(' ');

export interface BenchDocument {
  kind: (typeof KINDS)[number];
  entityId: string;
  title: string;
  body: string;
  tags: string[];
}

export function* documents(count: number, seed = 7): Generator<BenchDocument> {
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) {
    yield {
      kind: KINDS[i % KINDS.length]!,
      entityId: `doc-${i}`,
      title: sentence(rng, 4 + Math.floor(rng() * 6)),
      body: sentence(rng, 20 + Math.floor(rng() * 50)),
      tags: [TAGS[Math.floor(rng() * TAGS.length)]!],
    };
  }
}

/** Two-word queries: `typed` draws words as people type them (Zipf), `rare` from ranks 500–3000, `common` from the top 20. */
export function queries(kind: 'typed' | 'rare' | 'common', count: number, seed: number): string[] {
  const rng = createRng(seed);
  const pick = () =>
    kind === 'typed'
      ? words[zipf(rng)]!
      : kind === 'rare'
        ? words[500 + Math.floor(rng() * 2500)]!
        : words[Math.floor(rng() * 20)]!;
  return Array.from({ length: count }, () => `${pick()} ${pick()}`);
}
