import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import { searchDocuments } from '../../packages/server/src/capabilities/learning/learning-schema';
import { search } from '../../packages/server/src/capabilities/learning/services/search';
import type { OrgContext } from '../../packages/server/src/platform/auth/request-auth';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import type { Database } from '../../packages/server/src/platform/db/types';
import { startPgCluster } from '../../packages/server/src/test/pg-cluster';
import { documents, queries } from './corpus';

/**
 * `npm run bench:search`: learning search over 100,000 documents on PGlite and PostgreSQL 15,
 * through the product's own `search()` in a tenant transaction (row-level security on), against a
 * primary-key lookup of one document in the same kind of transaction. `--docs N` for another size.
 */
const args = process.argv.slice(2);
const docsArg = args.indexOf('--docs');
const DOCS = docsArg >= 0 ? Number(args[docsArg + 1]) : 100_000;
const WARMUP = 30;
const TIMED = 300;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Stats {
  median: number;
  p95: number;
  meanHits: number;
}
interface EngineResult {
  engine: 'pglite' | 'postgres';
  docs: number;
  loadSeconds: number;
  lookup: Stats;
  typed: Stats;
  rare: Stats;
  common: Stats;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function time(run: (i: number) => Promise<number>, count: number): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const ms: number[] = [];
  let hits = 0;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    hits += await run(WARMUP + i);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), meanHits: hits / count };
}

async function benchEngine(engine: EngineResult['engine'], db: Database): Promise<EngineResult> {
  const organizationId = await db.system(async (tx) => {
    const user = await createUser(tx, {
      email: `bench-${engine}@example.com`,
      name: 'Bench',
      password: 'bench password 1',
    });
    const org = await createOrganization(tx, {
      name: 'Bench',
      ownerId: user.id,
      actor: { type: 'user', id: user.id, name: 'Bench' },
    });
    return org.id;
  });
  const ctx: OrgContext = {
    organizationId,
    role: 'viewer',
    actor: { type: 'system', id: null, name: 'bench' },
    requestId: 'bench',
  };
  const started = Date.now();
  let batch: (typeof searchDocuments.$inferInsert)[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await db.system((tx) => tx.insert(searchDocuments).values(rows));
  };
  for (const doc of documents(DOCS)) {
    batch.push({ organizationId, ...doc, link: `/learning/${doc.entityId}` });
    if (batch.length === 1000) await flush();
  }
  if (batch.length) await flush();
  await db.system((tx) => tx.execute('ANALYZE search_documents' as never));
  const loadSeconds = (Date.now() - started) / 1000;
  console.error(`${engine}: ${DOCS.toLocaleString('en-US')} documents loaded in ${loadSeconds.toFixed(1)} s`);

  const lookup = await time(async (i) => {
    const rows = await db.tenant(organizationId, (tx) =>
      tx
        .select({ title: searchDocuments.title })
        .from(searchDocuments)
        .where(
          and(
            eq(searchDocuments.organizationId, organizationId),
            eq(searchDocuments.kind, 'insight'),
            eq(searchDocuments.entityId, `doc-${(i * 4 * 7919) % DOCS}`),
          ),
        ),
    );
    return rows.length;
  }, TIMED);
  const run = (list: string[]) => async (i: number) => {
    const hits = await db.tenant(organizationId, (tx) =>
      search(tx, ctx, { q: list[i % list.length]!, limit: 20 }),
    );
    return hits.length;
  };
  const typed = await time(run(queries('typed', WARMUP + TIMED, 11)), TIMED);
  const rare = await time(run(queries('rare', WARMUP + TIMED, 12)), TIMED);
  const common = await time(run(queries('common', WARMUP + TIMED, 13)), TIMED);
  return { engine, docs: DOCS, loadSeconds, lookup, typed, rare, common };
}

async function main() {
  const results: EngineResult[] = [];
  const cluster = await startPgCluster();
  try {
    if (cluster) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('CREATE DATABASE bench_search');
      await admin.end();
      const url = new URL(cluster.url);
      url.pathname = '/bench_search';
      const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
      try {
        results.push(await benchEngine('postgres', db));
      } finally {
        await db.close();
      }
    } else {
      console.error('No PostgreSQL binaries (postgresql-15): the PostgreSQL row is skipped.');
    }
    const db = await openDatabase({ memory: true });
    try {
      results.push(await benchEngine('pglite', db));
    } finally {
      await db.close();
    }
  } finally {
    cluster?.stop();
  }

  const f = (s: Stats) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;
  const header = [
    'engine',
    'docs',
    'load s',
    'pk lookup ms',
    'typed q ms',
    'rare q ms',
    'common q ms',
    'typed/pk',
    'typed hits',
  ];
  const rows = results.map((r) => [
    r.engine,
    r.docs.toLocaleString('en-US'),
    r.loadSeconds.toFixed(1),
    f(r.lookup),
    f(r.typed),
    f(r.rare),
    f(r.common),
    (r.typed.median / r.lookup.median).toFixed(1),
    r.typed.meanHits.toFixed(1),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nLearning search: median / p95 latency of ${TIMED} queries (after ${WARMUP} warm-up), top 20 by ts_rank with ts_headline snippets, each in a tenant transaction; pk lookup = one row by primary key in the same kind of transaction\n`,
  );
  const [load1] = os.loadavg();
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${load1?.toFixed(1)} at the end of the run\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log('');
  for (const r of results) {
    const met = r.typed.median < 10;
    console.log(
      `${met ? 'met    ' : 'NOT met'}  median typed query under 10 ms at ${r.docs.toLocaleString('en-US')} documents (${r.engine}): ${r.typed.median.toFixed(2)} ms`,
    );
  }
  const out = path.join(here, '../results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'search.json'),
    `${JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, loadAverage: os.loadavg(), results }, null, 2)}\n`,
  );
  console.log(`\nJSON: bench/results/search.json`);
}

await main();
