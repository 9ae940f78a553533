import {
  createPolicy,
  generateStream,
  hashUniform,
  type Scenario,
  scenarios,
  simulatePolicy,
  stationaryScenario,
} from '@trellis/core';
import { type BenchConfig, judge } from './configs';

/** One seed's outcome for one config on one stream: the figures the aggregate needs, nothing more. */
export interface RunRecord {
  config: string;
  scenario: string;
  seed: number;
  effort: number;
  aoq: number;
  segmentAoq: number[];
  inControl: number;
  inControlReviews: number;
  falseAlarms: number;
  delay: number | null;
  pChartFalseAlarms: number;
  pChartDelay: number | null;
  covered: boolean;
}

export function scenarioFor(key: string): Scenario {
  if (key.startsWith('p=')) return stationaryScenario(Number(key.slice(2)));
  const s = scenarios[key as keyof typeof scenarios];
  if (!s) throw new Error(`unknown scenario ${key}`);
  return s;
}

function applies(config: BenchConfig, key: string): boolean {
  if (key.startsWith('p=')) return config.sweep;
  return config.only === undefined || config.only.includes(key);
}

/** Generates one seeded stream and runs every applicable config on it, each with its own coin stream. */
export function runTask(opts: {
  key: string;
  seed: number;
  length: number;
  configs: BenchConfig[];
}): RunRecord[] {
  const { key, seed, length, configs } = opts;
  const streamSeed = Math.floor(hashUniform(`stream:${key}`, seed) * 2 ** 32);
  const stream = generateStream({ scenario: scenarioFor(key), seed: streamSeed, length, judge });
  const out: RunRecord[] = [];
  configs.forEach((config, index) => {
    if (!applies(config, key)) return;
    const coinSeed = Math.floor(hashUniform(`coins:${config.name}:${index}`, seed) * 2 ** 32);
    const phase = config.pChart ? Math.floor(hashUniform('phase', seed) * config.pChart.window) : 0;
    const r = simulatePolicy({
      policy: createPolicy(config.spec),
      stream,
      coinSeed,
      stratification: config.stratification,
      ...(config.pChart ? { pChart: { ...config.pChart, phase } } : {}),
    });
    out.push({
      config: config.name,
      scenario: key,
      seed,
      effort: r.effort,
      aoq: r.aoq,
      segmentAoq: r.segmentAoq,
      inControl: r.inControlOutputs,
      inControlReviews: r.inControlReviews,
      falseAlarms: r.cusum.falseAlarms,
      delay: r.cusum.delay,
      pChartFalseAlarms: r.pChart?.falseAlarms ?? 0,
      pChartDelay: r.pChart?.delay ?? null,
      covered: r.covered,
    });
  });
  return out;
}
