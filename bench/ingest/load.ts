import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { otlpBodies } from './otlp-spans';
import { benchBatch, benchOutput } from './rows';

/**
 * The load generator, in a worker thread (its own event loop, so the server's thread only serves):
 * `loops` closed loops over keep-alive HTTP connections, each waiting for its answer before the next request.
 */
export interface LoadPlan {
  port: number;
  headers: Record<string, string>;
  loops: Array<{ path: string; prefix: string }>;
  /**
   * 'batch': `batches` requests of `batchSize` outputs per loop; 'single': one output per request for
   * `durationMs` (closed loops); 'rate': one output per request at `ratePerSecond` for `durationMs`, open loop
   * (requests start on schedule whatever the answers do; latency counts from the scheduled start);
   * 'otlp': `batches` protobuf OTLP trace exports of `batchSize` GenAI spans per loop, to /v1/traces.
   */
  kind: 'batch' | 'single' | 'rate' | 'otlp';
  ratePerSecond?: number;
  batchSize?: number;
  batches?: number;
  durationMs?: number;
  /** Expected status; anything else fails the run. */
  expect: number;
}

export interface LoadResult {
  requests: number;
  rows: number;
  elapsedMs: number;
  /** Per-request latency in ms, sorted. */
  latencies: number[];
}

const { plan } = workerData as { plan: LoadPlan };
const agent = new http.Agent({ keepAlive: true, maxSockets: plan.kind === 'rate' ? 256 : plan.loops.length });

function post(path: string, body: Buffer | Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: plan.port,
        path,
        method: 'POST',
        agent,
        headers: {
          ...plan.headers,
          'content-type': plan.kind === 'otlp' ? 'application/x-protobuf' : 'application/json',
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== plan.expect)
            reject(
              new Error(
                `HTTP ${res.statusCode} on ${path}: ${Buffer.concat(chunks).toString().slice(0, 300)}`,
              ),
            );
          else resolve(res.statusCode);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<LoadResult> {
  const latencies: number[] = [];
  let rows = 0;
  let requests = 0;
  // Bodies are built before the clock starts, so the worker spends the timed window sending.
  const bodies: Array<Array<Buffer | Uint8Array>> =
    plan.kind === 'batch'
      ? plan.loops.map((loop) =>
          Array.from({ length: plan.batches! }, (_, b) =>
            Buffer.from(JSON.stringify({ outputs: benchBatch(loop.prefix, b, plan.batchSize!) })),
          ),
        )
      : plan.kind === 'otlp'
        ? plan.loops.map((loop, l) => otlpBodies(loop.prefix, String(l), plan.batches!, plan.batchSize!))
        : [];
  const started = performance.now();
  const deadline = started + (plan.durationMs ?? 0);
  if (plan.kind === 'rate') {
    const interval = 1000 / plan.ratePerSecond!;
    const inFlight: Promise<void>[] = [];
    for (let i = 0; started + i * interval < deadline; i++) {
      const scheduled = started + i * interval;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const loop = plan.loops[i % plan.loops.length]!;
      const body = Buffer.from(JSON.stringify(benchOutput(loop.prefix, i)));
      inFlight.push(
        post(loop.path, body).then(() => {
          latencies.push(performance.now() - scheduled);
          rows++;
          requests++;
        }),
      );
    }
    await Promise.all(inFlight);
    agent.destroy();
    return {
      requests,
      rows,
      elapsedMs: performance.now() - started,
      latencies: latencies.sort((a, b) => a - b),
    };
  }
  await Promise.all(
    plan.loops.map(async (loop, l) => {
      if (plan.kind === 'batch' || plan.kind === 'otlp') {
        for (const body of bodies[l]!) {
          const t0 = performance.now();
          await post(loop.path, body);
          latencies.push(performance.now() - t0);
          rows += plan.batchSize!;
          requests++;
        }
        return;
      }
      for (let i = 0; performance.now() < deadline; i++) {
        const body = Buffer.from(JSON.stringify(benchOutput(loop.prefix, i)));
        const t0 = performance.now();
        await post(loop.path, body);
        latencies.push(performance.now() - t0);
        rows++;
        requests++;
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { requests, rows, elapsedMs, latencies: latencies.sort((a, b) => a - b) };
}

main().then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: Error) => parentPort!.postMessage({ ok: false, error: error.message }),
);
