import { nice, ticks } from 'd3-array';

/** A Mantine colour as the theme's CSS variable ('teal.6' → var(--mantine-color-teal-6)): dark mode follows. */
export function themeColor(color: string): string {
  if (color.startsWith('var(') || color.startsWith('#')) return color;
  return `var(--mantine-color-${color.replace('.', '-')})`;
}

/** Maps [d0, d1] onto [r0, r1] linearly (a flat domain maps to the middle of the range). */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const span = d1 - d0;
  return (v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
}

/**
 * A value axis: the domain widened to round numbers at both ends (d3-array `nice`), and about `count` round
 * ticks from its start to its end, both included.
 */
export function valueAxis(domain: readonly [number, number], count: number) {
  const [lo, hi] = domain[0] === domain[1] ? [domain[0], domain[0] + 1] : domain;
  const [n0, n1] = nice(lo, hi, count);
  return { domain: [n0, n1] as const, ticks: ticks(n0, n1, count) };
}

/** A tick's number as people read it: no floating-point tails (0.30000000000000004 → 0.3). */
export function formatTick(v: number): string {
  return String(Number(v.toPrecision(10)));
}

/**
 * About how wide a label is in the charts' 12 px type, a little over (digits are wider than most letters in
 * the fallback fonts): an estimate, as the drawing is laid out before anything is painted.
 */
export const labelWidth = (text: string) =>
  [...text].reduce((sum, c) => sum + (c >= '0' && c <= '9' ? 7.5 : 6.5), 0);

/**
 * How many categories apart the x labels stand so that none overlaps the next: every one when they fit,
 * else every second, third … (the first always shows).
 */
export function labelStep(labels: readonly string[], plotWidth: number): number {
  if (labels.length < 2) return 1;
  const widest = Math.max(...labels.map(labelWidth)) + 12;
  const spacing = plotWidth / (labels.length - 1);
  return Math.max(1, Math.ceil(widest / spacing));
}
