import { mkdirSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  createPolicy,
  generateStream,
  scenarioNames,
  scenarios,
  simulatePolicy,
  sweepRates,
} from '@trellis/core';
import { summarize } from './aggregate';
import { benchConfigs, judge, judgeStrata, pilotSpecs } from './configs';
import { printReport } from './report';
import { measureSpeed } from './speed';
import { evaluateTargets } from './targets';
import type { RunRecord } from './tasks';

/**
 * QA-Bench: every policy and baseline on the same seeded streams, scenarios a–g and the
 * stationary sweep. `--quick` runs 6 seeds; `--seeds N`, `--workers N` override.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes('--quick');
const seeds = flag('--seeds', quick ? 6 : 100);
const workers = flag('--workers', 2);
const length = 100_000;

// In-control review rate of each monitored adaptive config's unmonitored twin (scenario a, 8 seeds).
function pilot(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, p] of Object.entries(pilotSpecs)) {
    let effort = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const stream = generateStream({ scenario: scenarios.a, seed: 1_000_000 + seed, length, judge });
      effort +=
        simulatePolicy({
          policy: createPolicy(p.spec),
          stream,
          coinSeed: seed,
          stratification: p.stratification,
        }).effort / 8;
    }
    const share = judgeStrata(scenarios.a.rate(0, 0)).share;
    out[name] = p.stratum === 0 ? (effort - (share[1] as number)) / (share[0] as number) : effort;
  }
  return out;
}

// Workers do not inherit tsx's loader: register it, then import the TypeScript worker.
const workerUrl = new URL('./worker.ts', import.meta.url).href;
const workerBootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`;

function runWorkers(
  tasks: { key: string; seed: number }[],
  pilotRates: Record<string, number>,
): Promise<RunRecord[]> {
  const shares = Array.from({ length: workers }, (_, w) => tasks.filter((_, i) => i % workers === w));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<RunRecord[]>((resolve, reject) => {
          const worker = new Worker(workerBootstrap, {
            eval: true,
            workerData: { tasks: share, length, pilot: pilotRates },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  ).then((parts) => parts.flat());
}

async function main(): Promise<void> {
  const started = performance.now();
  const pilotRates = pilot();
  const keys = [...scenarioNames, ...sweepRates().map((p) => `p=${p}`)];
  const tasks = keys.flatMap((key) => Array.from({ length: seeds }, (_, s) => ({ key, seed: s + 1 })));
  const records = await runWorkers(tasks, pilotRates);
  const simulationSeconds = (performance.now() - started) / 1000;
  const summaries = summarize(records);
  const configs = benchConfigs((name) => pilotRates[name] ?? 0.05);
  const heavy = ['adaptive-pooled', 'adaptive-judge', 'adaptive+cusum', 'csp1-1/10+cusum'];
  const speed = measureSpeed(
    configs
      .filter((c) => heavy.includes(c.name))
      .map((c) => ({
        name: c.name,
        spec: c.spec,
        strata: c.name === 'adaptive-pooled' ? 3 : c.name === 'adaptive-judge' ? 2 : 1,
      })),
  );
  const pureMedianUs = Math.max(...speed.map((s) => s.pureMedianUs));
  const targets = evaluateTargets(summaries, { pureMedianUs });
  const totalSeconds = (performance.now() - started) / 1000;
  printReport({ summaries, targets, speed, seeds, workers, simulationSeconds, totalSeconds, quick });
  mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
  const json = {
    seeds,
    length,
    workers,
    quick,
    pilotRates,
    simulationSeconds,
    totalSeconds,
    speed,
    targets,
    summaries,
    configs,
  };
  writeFileSync(new URL('../results/qa.json', import.meta.url), `${JSON.stringify(json, null, 1)}\n`);
}

await main();
