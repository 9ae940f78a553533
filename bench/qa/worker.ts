import { parentPort, workerData } from 'node:worker_threads';
import { benchConfigs } from './configs';
import { type RunRecord, runTask } from './tasks';

/** A bench worker: builds the configs from the pilot's rates and runs its share of (scenario, seed) tasks. */
interface WorkerInput {
  tasks: { key: string; seed: number }[];
  length: number;
  pilot: Record<string, number>;
}

const input = workerData as WorkerInput;
const configs = benchConfigs((name) => input.pilot[name] ?? 0.05);
const records: RunRecord[] = [];
for (const task of input.tasks) records.push(...runTask({ ...task, length: input.length, configs }));
parentPort?.postMessage(records);
