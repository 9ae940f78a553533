import type { EvidenceGrade, MetricKind } from '@trellis/core';
import { formatNumber, statesFold } from '@trellis/core';
import type { MetricEvidence } from '../../api/evidence';

export const GRADE_LABELS: Record<EvidenceGrade, string> = {
  anecdote: 'Anecdote',
  'before-after': 'Before-after',
  controlled: 'Controlled comparison',
};
export const GRADE_COLORS: Record<EvidenceGrade, string> = {
  anecdote: 'gray',
  'before-after': 'yellow',
  controlled: 'teal',
};
export const VERDICT_COLORS = {
  improved: 'teal',
  worsened: 'red',
  inconclusive: 'gray',
  'not-enough-evidence': 'gray',
} as const;
export const KIND_LABELS: Record<MetricKind, string> = {
  mean: 'Mean',
  duration: 'Duration (mean)',
  median: 'Median',
  proportion: 'Proportion',
};

/** What the interval chart draws: always oriented so that right is better. */
export interface ChartModel {
  scale: 'log' | 'linear';
  estimate: number;
  lower: number;
  upper: number;
  /** The value meaning "no change" (1 on the log scale, 0 on the linear one). */
  reference: number;
  caption: string;
  format: (x: number) => string;
}

export function chartModel(evidence: MetricEvidence): ChartModel | null {
  const c = evidence.comparison;
  if (!c) return null;
  const { metric } = evidence;
  if (statesFold(metric, c.ratio)) {
    const r = c.ratio;
    // Improvement factor: the pilot's level relative to the reference, turned so that > 1 is better.
    const factor =
      metric.better === 'lower'
        ? { estimate: 1 / r.estimate, lower: 1 / r.upper, upper: 1 / r.lower }
        : { estimate: r.estimate, lower: r.lower, upper: r.upper };
    return {
      scale: 'log',
      ...factor,
      reference: 1,
      caption: `Improvement factor, log scale (${metric.better === 'lower' ? 'reference ÷ pilot' : 'pilot ÷ reference'}); 1× is no change`,
      format: (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`,
    };
  }
  const sign = metric.better === 'lower' ? -1 : 1;
  const scale = c.statistic === 'proportion' ? 100 : 1;
  const d = c.difference;
  const ends = [d.lower * sign * scale, d.upper * sign * scale].sort((a, b) => a - b) as [number, number];
  const unit = c.statistic === 'proportion' ? 'pp' : metric.unit;
  return {
    scale: 'linear',
    estimate: d.estimate * sign * scale,
    lower: ends[0],
    upper: ends[1],
    reference: 0,
    caption: `Improvement${unit ? ` in ${unit}` : ''} (${metric.better === 'lower' ? 'reference − pilot' : 'pilot − reference'}); 0 is no change`,
    format: (x) => `${x > 0 ? '+' : ''}${Number(x.toPrecision(3))}`,
  };
}

/** Tick values for an axis over [min, max]: 1-2-5 steps (on the log scale, in the ratio itself). */
export function axisTicks(scale: 'log' | 'linear', min: number, max: number): number[] {
  if (scale === 'log') {
    const ticks: number[] = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
      for (const m of [1, 2, 5]) {
        const t = m * 10 ** e;
        if (t >= min && t <= max) ticks.push(Number(t.toPrecision(3)));
      }
    return ticks;
  }
  const span = max - min;
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) ticks.push(Number(t.toPrecision(6)));
  return ticks;
}

export function formatLevel(evidence: MetricEvidence, value: number): string {
  if (evidence.metric.kind === 'proportion') return `${formatNumber(value * 100)}%`;
  return evidence.metric.unit ? `${formatNumber(value)} ${evidence.metric.unit}` : formatNumber(value);
}
