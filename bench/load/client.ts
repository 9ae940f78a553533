import { createWriteStream } from 'node:fs';
import { createClient, type OutputDecision, type TrellisClient } from '@trellis/sdk';
import { benchOutput } from '../ingest/rows';

/**
 * The load client of `npm run bench:load`, in its own process: open-loop arrivals per operation for a fixed
 * duration against the servers in turn, and an acknowledgement log (one JSON line per acknowledged write,
 * written after the server's answer) that the orchestrator checks against the database afterwards.
 */
export interface ClientPlan {
  servers: string[];
  token: string;
  reviewers: Array<{ cookie: string; csrfToken: string; organizationId: string }>;
  workflows: string[];
  durationMs: number;
  /** Arrivals per second of each operation; `batchSize` outputs per batch. */
  rates: { single: number; batch: number; resend: number; review: number; read: number };
  batchSize: number;
  /** At most this many requests of one operation in flight; later arrivals wait (their wait is counted). */
  maxInFlight: number;
  ackLog: string;
}

export type Acknowledgement =
  | { k: 'output'; workflowId: string; clientId: string; id: string }
  | { k: 'review'; outputId: string; id: string };

export interface ClientResult {
  /** Per operation: latencies in ms (from each arrival's scheduled start), sorted; errors by message. */
  operations: Record<string, { latencies: number[]; errors: Record<string, number> }>;
  /** Completed requests per minute of the run, all operations. */
  perMinute: number[];
  acknowledgedOutputs: number;
  acknowledgedReviews: number;
  emptyQueue: number;
  /** A resent client id answered with another id, or not as a duplicate. */
  idempotencyViolations: number;
  elapsedMs: number;
}

const plan = JSON.parse(process.argv[2]!) as ClientPlan;
const ack = createWriteStream(plan.ackLog, { flags: 'a' });
const log = (a: Acknowledgement) => ack.write(`${JSON.stringify(a)}\n`);
const operations: ClientResult['operations'] = {};
const perMinute: number[] = [];
let started = 0;
const counts = { outputs: 0, reviews: 0, empty: 0, violations: 0 };

function operation(op: string) {
  operations[op] ??= { latencies: [], errors: {} };
  return operations[op];
}
function record(op: string, ms: number) {
  operation(op).latencies.push(ms);
  const minute = Math.floor((performance.now() - started) / 60_000);
  perMinute[minute] = (perMinute[minute] ?? 0) + 1;
}
function fail(op: string, error: unknown) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const { errors } = operation(op);
  errors[message] = (errors[message] ?? 0) + 1;
}

// One SDK client per server, with its retries (idempotent by client id) on.
const sdks: TrellisClient[] = plan.servers.map((baseUrl) =>
  createClient({ baseUrl, token: plan.token, retry: { retries: 5 } }),
);
const pick = <T>(list: T[], i: number) => list[i % list.length]!;
const acked = (workflowId: string, decisions: OutputDecision[]) => {
  for (const d of decisions) {
    log({ k: 'output', workflowId, clientId: d.clientId, id: d.id });
    counts.outputs++;
  }
};
const singles: Array<{ workflowId: string; i: number; id: string }> = [];

async function ingestSingle(i: number, at: number) {
  const workflowId = pick(plan.workflows, i);
  const decision = await pick(sdks, i).logOutput(workflowId, benchOutput('single', i));
  record('ingest single', performance.now() - at);
  acked(workflowId, [decision]);
  singles.push({ workflowId, i, id: decision.id });
}

async function ingestBatch(i: number, at: number) {
  const workflowId = pick(plan.workflows, i + 1);
  const outputs = Array.from({ length: plan.batchSize }, (_, k) => benchOutput(`batch${i}`, k));
  const decisions = await pick(sdks, i + 2).logOutputs(workflowId, outputs, { batchSize: plan.batchSize });
  record('ingest batch', performance.now() - at);
  acked(workflowId, decisions);
}

// The same output again (same client id and content), as a client retrying after a lost answer would.
async function resend(i: number, at: number) {
  if (!singles.length) return;
  const earlier = singles[(i * 7919) % singles.length]!;
  const decision = await pick(sdks, i + 1).logOutput(earlier.workflowId, benchOutput('single', earlier.i));
  record('ingest resend', performance.now() - at);
  if (!decision.duplicate || decision.id !== earlier.id) counts.violations++;
}

async function call(op: string, url: string, init: RequestInit, at: number) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${op}: HTTP ${response.status} ${text.slice(0, 120)}`);
  record(op, performance.now() - at);
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

async function review(i: number, at: number) {
  const reviewer = pick(plan.reviewers, i);
  const headers = {
    cookie: reviewer.cookie,
    'x-csrf-token': reviewer.csrfToken,
    'x-trellis-organization': reviewer.organizationId,
  };
  const server = pick(plan.servers, i);
  const claim = await call(
    'review claim',
    `${server}/api/v1/workflows/${pick(plan.workflows, i)}/queue/next`,
    { method: 'POST', headers },
    at,
  );
  if (claim.status === 204) {
    counts.empty++;
    return;
  }
  const outputId = (claim.body!.output as { id: string }).id;
  const submitAt = performance.now();
  // One verdict in 200 fails, so the charts move a little without tipping a workflow into an alarm.
  const submitted = await call(
    'review submit',
    `${pick(plan.servers, i + 1)}/api/v1/outputs/${outputId}/reviews`,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { ok: i % 200 !== 199 }, timeSpentMs: 20_000 }),
    },
    submitAt,
  );
  log({ k: 'review', outputId, id: submitted.body!.id as string });
  counts.reviews++;
}

const reads: Array<(workflowId: string) => [op: string, path: string]> = [
  (w) => ['read quality', `/api/v1/workflows/${w}/quality`],
  (w) => ['read outputs', `/api/v1/workflows/${w}/outputs?limit=50`],
  () => ['read workflows', '/api/v1/workflows?limit=50'],
];
async function read(i: number, at: number) {
  const [op, path] = pick(reads, i)(pick(plan.workflows, Math.floor(i / reads.length)));
  await call(
    op,
    `${pick(plan.servers, i)}${path}`,
    { headers: { authorization: `Bearer ${plan.token}` } },
    at,
  );
}

/** Open-loop arrivals at `rate` per second until the deadline; latency counts from the scheduled start. */
async function arrivals(op: string, rate: number, run: (i: number, at: number) => Promise<void>) {
  if (rate <= 0) return;
  const interval = 1000 / rate;
  const deadline = started + plan.durationMs;
  const pending = new Set<Promise<void>>();
  const waiting: Array<() => void> = [];
  let inFlight = 0;
  for (let i = 0; started + i * interval < deadline; i++) {
    const at = started + i * interval;
    const wait = at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    while (inFlight >= plan.maxInFlight) await new Promise<void>((r) => waiting.push(r));
    inFlight++;
    const p: Promise<void> = run(i, at)
      .catch((error: unknown) => fail(op, error))
      .finally(() => {
        inFlight--;
        pending.delete(p);
        waiting.shift()?.();
      });
    pending.add(p);
  }
  await Promise.all(pending);
}

async function main(): Promise<ClientResult> {
  started = performance.now();
  await Promise.all([
    arrivals('ingest single', plan.rates.single, ingestSingle),
    arrivals('ingest batch', plan.rates.batch, ingestBatch),
    arrivals('ingest resend', plan.rates.resend, resend),
    arrivals('review claim', plan.rates.review, review),
    arrivals('read', plan.rates.read, read),
  ]);
  const elapsedMs = performance.now() - started;
  await new Promise<void>((resolve, reject) =>
    ack.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  for (const o of Object.values(operations)) o.latencies.sort((a, b) => a - b);
  return {
    operations,
    perMinute: Array.from(perMinute, (n) => n ?? 0),
    acknowledgedOutputs: counts.outputs,
    acknowledgedReviews: counts.reviews,
    emptyQueue: counts.empty,
    idempotencyViolations: counts.violations,
    elapsedMs,
  };
}

main().then(
  (result) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
