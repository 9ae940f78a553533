import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../packages/server/src/app';
import { createApiToken } from '../../packages/server/src/capabilities/identity/services/api-tokens';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import { createSession } from '../../packages/server/src/platform/auth/sessions';
import { loadConfig } from '../../packages/server/src/platform/config';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import { selectRows } from '../../packages/server/src/platform/db/rows';
import type { Database } from '../../packages/server/src/platform/db/types';
import { startPgCluster } from '../../packages/server/src/test/pg-cluster';

/**
 * `npm run bench:scale [-- --max 1e7] [-- --requests 20] [-- --hold]`: grows organizations on a throwaway
 * PostgreSQL 15 cluster to 10⁵, 10⁶ (and, with --max 1e7, 10⁷) outputs — one workflow holding 22% of them,
 * sampled reviews, second reviews, a review backlog — by bulk SQL (INSERT … SELECT generate_series), then
 * times each request through the real HTTP API as the application role with row-level security on.
 *
 * Each size is its own organization in the one database (10⁵, then 10⁶, then 10⁷ outputs; the database holds
 * them all at the end). Each is timed once right after it is grown ("as grown"), and then all of them again
 * side by side: rounds that take each request in turn for every organization, so the sizes are compared at
 * the same moment under the same machine load. The ratios and the verdict come from the side-by-side rounds
 * (a load that changed while the database grew would otherwise read as a cost of size).
 * Prints size × request (median and p95), the 10ⁿ/10⁵ ratios, the verdict and the storage per million outputs.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`--${name} needs a positive number\n`);
    process.exit(2);
  }
  return value;
};
const MAX = flag('max', 1e6);
/** `--hold`: after measuring, keep the database up (its URL on stderr) for EXPLAIN until SIGINT/SIGTERM. */
const HOLD = args.includes('--hold');
const REQUESTS = flag('requests', 20);
const SIZES = [1e5, 1e6, 1e7].filter((n) => n <= MAX);
const SHARE = 0.22;
/** The issue's target at 10⁷ outputs: every request's median at most this, and at most RATIO_TARGET × at 10⁵. */
const MEDIAN_TARGET_MS = 100;
const RATIO_TARGET = 2;
const OTHER_WORKFLOWS = 9;
/** A million outputs a day: the organization of the issue. Outputs are spread evenly up to `now`. */
const SPACING_MS = 86_400_000 / 1e6;
const LANGUAGES: Array<[string, number]> = [
  ['en', 0.6],
  ['de', 0.2],
  ['fr', 0.1],
  ['es', 0.05],
  ['ja', 0.05],
];
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Timing {
  median: number;
  p95: number;
}

async function timeOnce(run: (i: number) => Promise<void>, i: number): Promise<number> {
  const started = performance.now();
  await run(i);
  return performance.now() - started;
}

async function time(n: number, run: (i: number) => Promise<void>): Promise<Timing> {
  await run(-1); // warm-up, not counted
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push(await timeOnce(run, i));
  return summarize(ms);
}

function summarize(samples: number[]): Timing {
  const ms = [...samples].sort((a, b) => a - b);
  return {
    median: ms[Math.floor((ms.length - 1) / 2)]!,
    p95: ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)]!,
  };
}

/** One organization of the bench (one per size), with its ten workflows and standards. */
async function setUp(db: Database, baseUrl: string, size: number) {
  const system = { type: 'system' as const, id: null, name: 'bench' };
  const password = 'a long enough password';
  const label = `1e${Math.log10(size)}`;
  const { organizationId, ownerId, secondId } = await db.system(async (tx) => {
    const owner = await createUser(tx, { email: `owner-${label}@scale.test`, name: 'Owner', password });
    const second = await createUser(tx, { email: `second-${label}@scale.test`, name: 'Second', password });
    const org = await createOrganization(tx, { name: `Scale ${label}`, ownerId: owner.id, actor: system });
    return { organizationId: org.id, ownerId: owner.id, secondId: second.id };
  });
  const ctx = { organizationId, role: 'owner' as const, actor: system, requestId: 'bench' };
  const token = await db.tenant(organizationId, (tx) =>
    createApiToken(tx, { ...ctx, role: 'admin' }, { name: 'scale', role: 'lead' }),
  );
  const session = await db.system((tx) => createSession(tx, ownerId));
  const tokenHeaders = { authorization: `Bearer ${token.secret}`, 'content-type': 'application/json' };
  const sessionHeaders = {
    cookie: `trellis_session=${session.token}`,
    'x-csrf-token': session.csrfToken,
    'x-trellis-organization': organizationId,
    'content-type': 'application/json',
  };
  const post = async (p: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${p}`, {
      method: 'POST',
      headers: tokenHeaders,
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${p}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const workflows: string[] = [];
  for (let w = 0; w <= OTHER_WORKFLOWS; w++) {
    const { id } = await post('/api/v1/workflows', { name: w === 0 ? 'Support replies' : `Task ${w}` });
    await post(`/api/v1/workflows/${id}/standards`, {
      criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
      segmentKeys: ['language'],
    });
    workflows.push(id);
  }
  return { organizationId, ownerId, secondId, workflows, tokenHeaders, sessionHeaders };
}

/** Outputs g in (from, to]: realistic shape, spread at a million a day ending `max` outputs after t0. */
async function grow(db: Database, s: Awaited<ReturnType<typeof setUp>>, t0: Date, from: number, to: number) {
  const langCase = (() => {
    let acc = 0;
    const parts = LANGUAGES.map(([, share], i) => {
      acc += share;
      return `WHEN u < ${acc.toFixed(4)} THEN ${i}`;
    });
    return `CASE ${parts.join(' ')} ELSE 0 END`;
  })();
  const langs = `(ARRAY[${LANGUAGES.map(([l]) => `'${l}'`).join(',')}])`;
  const others = `(ARRAY[${s.workflows
    .slice(1)
    .map((w) => `'${w}'::uuid`)
    .join(',')}])`;
  // Newest 2% of the outputs grown so far are not reviewed yet (the backlog), the rest are.
  const chunk = 250_000;
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(to, start + chunk);
    await db.system((tx) =>
      tx.execute(
        sql.raw(`
        INSERT INTO outputs (organization_id, workflow_id, client_id, content_hash, content, metadata, judge_score,
          segment, stratum, pi, selected, standard_version, status, created_at)
        SELECT '${s.organizationId}'::uuid,
          CASE WHEN (g % 100) < ${Math.round(SHARE * 100)} THEN '${s.workflows[0]}'::uuid
               ELSE ${others}[1 + (g % ${OTHER_WORKFLOWS})] END,
          'bulk-' || g, md5(g::text),
          'Thank you for contacting us about order ' || g || '. ' || repeat('We have looked into it and the refund is on its way. '::text, (1 + g % 4)::int),
          jsonb_build_object('language', ${langs}[1 + lang]),
          NULL,
          'language=' || ${langs}[1 + lang], lang, pi, r < pi, 1,
          CASE WHEN r >= pi THEN 'released' ELSE 'queued' END,
          '${t0.toISOString()}'::timestamptz + (g * ${SPACING_MS}) * interval '1 millisecond'
        FROM (SELECT g, ${langCase} AS lang, r,
                CASE WHEN u < 0.2 THEN 0.2 ELSE 0.05 END AS pi
              FROM (SELECT g, ((g * 2654435761) % 4294967296) / 4294967296.0 AS u,
                      ((g * 40503 + 7) % 65536) / 65536.0 AS r
                    FROM generate_series(${start + 1}::bigint, ${end}::bigint) g) x) y`),
      ),
    );
    log(`  outputs ${end.toLocaleString('en')}`);
  }
  // Reviews for the selected outputs older than the backlog: sampled, 3% defective (more in German); 10% of
  // them with a blind second review that agrees 95% of the time.
  const backlogFrom = Math.floor(to * 0.98);
  await db.system(async (tx) => {
    await tx.execute(
      sql.raw(`
      WITH done AS (
        UPDATE outputs SET status = 'reviewed',
          defect = (abs(hashtext(id::text)) % 1000) < CASE WHEN segment = 'language=de' THEN 60 ELSE 25 END
        WHERE organization_id = '${s.organizationId}' AND status = 'queued'
          AND created_at < '${t0.toISOString()}'::timestamptz + (${backlogFrom} * ${SPACING_MS}) * interval '1 millisecond'
        RETURNING id, workflow_id, segment, stratum, created_at, defect AS d)
      INSERT INTO reviews (organization_id, workflow_id, output_id, reviewer_id, standard_version, kind, answers,
        defect, score, comment, time_spent_ms, created_at, segment, stratum)
      SELECT '${s.organizationId}'::uuid, workflow_id, id, '${s.ownerId}'::uuid, 1, 'sampled',
        jsonb_build_object('ok', NOT d), d, CASE WHEN d THEN 0 ELSE 1 END, '', 20000 + (abs(hashtext(id::text)) % 40000),
        created_at + interval '2 hours', segment, stratum
      FROM done`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO reviews (organization_id, workflow_id, output_id, reviewer_id, standard_version, kind, answers,
        defect, score, comment, time_spent_ms, created_at, segment, stratum)
      SELECT organization_id, workflow_id, output_id, '${s.secondId}'::uuid, 1, 'second',
        jsonb_build_object('ok', NOT d), d, CASE WHEN d THEN 0 ELSE 1 END, '', 25000, created_at + interval '1 hour',
        segment, stratum
      FROM (SELECT r.*, CASE WHEN abs(hashtext(r.id::text)) % 20 = 0 THEN NOT r.defect ELSE r.defect END AS d
            FROM reviews r WHERE r.organization_id = '${s.organizationId}' AND r.kind = 'sampled'
              AND abs(hashtext(r.output_id::text)) % 10 = 0
              AND NOT EXISTS (SELECT 1 FROM reviews x WHERE x.output_id = r.output_id AND x.kind = 'second')) y`),
    );
    // The dashboard's and the diagnostic's sums and the reviews' CUSUM values, rebuilt as the migrations
    // back-fill them (the bulk rows above bypass the services that keep them).
    const migrations = path.join(import.meta.dirname, '../../packages/server/drizzle');
    const handWritten = (suffix: string, from: 'first' | 'last') => {
      const file = fs.readdirSync(migrations).find((f) => f.endsWith(suffix))!;
      const text = fs.readFileSync(path.join(migrations, file), 'utf8');
      const at = from === 'first' ? text.indexOf('-- hand-written:') : text.lastIndexOf('-- hand-written:');
      return text.slice(at).replaceAll('--> statement-breakpoint', '');
    };
    // The back-fills are database-wide: every organization's sums are rebuilt (the bench's only tenants).
    await tx.execute(sql`DELETE FROM quality_segment_sums`);
    await tx.execute(sql`DELETE FROM quality_daily_sums`);
    await tx.execute(sql`DELETE FROM quality_cusum_states`);
    await tx.execute(sql.raw(handWritten('_scale.sql', 'last')));
    await tx.execute(sql.raw(handWritten('_scale2.sql', 'first')));
  });
  await db
    .system((tx) => tx.execute(sql`VACUUM ANALYZE`))
    .catch(async () => {
      // VACUUM cannot run in a transaction block: ANALYZE can.
      await db.system((tx) => tx.execute(sql`ANALYZE`));
    });
}

interface Storage {
  outputs: number;
  heapBytes: number;
  indexBytes: number;
  perMillion: { heapMb: number; indexMb: number; totalMb: number };
  indexes: Array<{ name: string; mb: number }>;
}

async function storage(db: Database, outputs: number): Promise<Storage> {
  const [row] = await db.system((tx) =>
    selectRows<{ heap: string; index: string }>(
      tx,
      sql`SELECT sum(pg_table_size(c.oid))::bigint AS heap, sum(pg_indexes_size(c.oid))::bigint AS index
          FROM pg_class c WHERE c.relname IN ('outputs', 'reviews', 'review_claims', 'quality_segment_sums')`,
    ),
  );
  const indexes = await db.system((tx) =>
    selectRows<{ name: string; bytes: string }>(
      tx,
      sql`SELECT i.relname AS name, pg_relation_size(i.oid)::bigint AS bytes FROM pg_index x
          JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
          WHERE t.relname IN ('outputs', 'reviews') ORDER BY pg_relation_size(i.oid) DESC`,
    ),
  );
  const heap = Number(row!.heap);
  const index = Number(row!.index);
  const mb = (b: number) => b / 2 ** 20;
  const per = 1e6 / outputs;
  return {
    outputs,
    heapBytes: heap,
    indexBytes: index,
    perMillion: { heapMb: mb(heap) * per, indexMb: mb(index) * per, totalMb: mb(heap + index) * per },
    indexes: indexes.map((i) => ({ name: i.name, mb: mb(Number(i.bytes)) })),
  };
}

type Org = Awaited<ReturnType<typeof setUp>>;
type Requests = Array<[string, (i: number) => Promise<void>]>;

/** The requests timed, for one organization: the issue's list, through HTTP as its owner or its token. */
async function requestsOf(db: Database, baseUrl: string, s: Org, size: number): Promise<Requests> {
  const w = s.workflows[0]!;
  const get = async (p: string, headers: Record<string, string> = s.sessionHeaders) => {
    const response = await fetch(`${baseUrl}${p}`, { headers });
    if (response.status !== 200) throw new Error(`${p}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const post = async (
    p: string,
    body: unknown,
    expect: number,
    headers: Record<string, string> = s.tokenHeaders,
  ) => {
    const response = await fetch(`${baseUrl}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status !== expect) throw new Error(`${p}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : ((await response.json()) as Record<string, unknown>);
  };
  // A cursor halfway down the big workflow's history, made as the list makes them.
  const [mid] = await db.system((tx) =>
    selectRows<{ at: string; id: string }>(
      tx,
      sql`SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, id FROM outputs
          WHERE workflow_id = ${w} AND client_id LIKE 'bulk-%'
            AND created_at <= (SELECT min(created_at) + (max(created_at) - min(created_at)) / 2 FROM outputs
                               WHERE organization_id = ${s.organizationId} AND client_id LIKE 'bulk-%')
          ORDER BY created_at DESC, id DESC LIMIT 1`,
    ),
  );
  const deep = Buffer.from(JSON.stringify([mid!.at, mid!.id])).toString('base64url');
  let serial = 0;
  const one = () => ({
    clientId: `live-${size}-${serial++}`,
    content: 'Thank you for contacting us; the refund is on its way.',
    metadata: { language: 'en' },
  });
  return [
    ['outputs list, first page', async () => void (await get(`/api/v1/workflows/${w}/outputs?limit=50`))],
    [
      'outputs list, deep page',
      async () => void (await get(`/api/v1/workflows/${w}/outputs?limit=50&cursor=${deep}`)),
    ],
    [
      'outputs filtered by defect',
      async () => void (await get(`/api/v1/workflows/${w}/outputs?limit=50&defect=true`)),
    ],
    [
      'outputs filtered by segment',
      async () =>
        void (await get(
          `/api/v1/workflows/${w}/outputs?limit=50&segment=${encodeURIComponent('language=ja')}`,
        )),
    ],
    ['quality summary (dashboard)', async () => void (await get(`/api/v1/workflows/${w}/quality`))],
    ['executive summary', async () => void (await get('/api/v1/executive-summary'))],
    ['diagnostic', async () => void (await get('/api/v1/diagnostic'))],
    ['first-run checklist (home page)', async () => void (await get('/api/v1/diagnostic/first-run'))],
    ['ingest one', async () => void (await post(`/api/v1/workflows/${w}/outputs`, one(), 201))],
    [
      'ingest batch of 100',
      async () =>
        void (await post(
          `/api/v1/workflows/${w}/outputs/batch`,
          { outputs: Array.from({ length: 100 }, one) },
          200,
        )),
    ],
    [
      'claim a review',
      async () => {
        const claimed = await post(`/api/v1/workflows/${w}/queue/next`, {}, 200, s.sessionHeaders);
        const id = (claimed!.output as { id: string }).id;
        // Skip it (one small UPDATE) so the next claim does the queue's work again instead of finding this one.
        await post(`/api/v1/outputs/${id}/release`, {}, 204, s.sessionHeaders);
      },
    ],
  ];
}

/** Each request `REQUESTS` times in a row (after a warm-up), for the organization just grown. */
async function measure(requests: Requests): Promise<Record<string, Timing>> {
  const results: Record<string, Timing> = {};
  for (const [name, run] of requests) {
    results[name] = await time(REQUESTS, run);
    log(`  ${name}: median ${results[name]!.median.toFixed(1)} ms, p95 ${results[name]!.p95.toFixed(1)} ms`);
  }
  return results;
}

/**
 * Every size side by side: per request, a warm-up for each organization, then `REQUESTS` rounds, each timing
 * the request once for every organization in turn (smallest first, then the order reversed every other round
 * so no size always follows another): what differs between the sizes is their data, not the moment.
 */
async function measureSideBySide(orgs: Requests[]): Promise<Array<Record<string, Timing>>> {
  const results: Array<Record<string, Timing>> = orgs.map(() => ({}));
  for (const [index, [name]] of orgs[0]!.entries()) {
    const runs = orgs.map((requests) => requests[index]![1]);
    for (const run of runs) await run(-1);
    const samples: number[][] = runs.map(() => []);
    for (let i = 0; i < REQUESTS; i++) {
      const order = runs.map((_, k) => (i % 2 ? runs.length - 1 - k : k));
      for (const k of order) samples[k]!.push(await timeOnce(runs[k]!, i));
    }
    samples.forEach((ms, k) => {
      results[k]![name] = summarize(ms);
    });
    log(`  ${name}: medians ${samples.map((ms) => summarize(ms).median.toFixed(1)).join(' / ')} ms`);
  }
  return results;
}

async function main() {
  const cluster = await startPgCluster();
  if (!cluster) throw new Error('PostgreSQL 15 binaries not found (set PGBIN)');
  const db = await openDatabase({ databaseUrl: cluster.url, poolSize: 10 });
  const app = await buildApp({
    db,
    config: loadConfig(
      { publicUrl: 'http://bench.test', ingestRateLimit: 100_000_000, ingestOrgRateLimit: 100_000_000 },
      {},
    ),
    serveWeb: false,
  });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const runs: Array<{
      size: number;
      organizationId: string;
      loadAverage: number[];
      /** Timed right after this size was grown. */
      asGrown: Record<string, Timing>;
      /** Timed at the end, in rounds beside every other size: what the ratios and the verdict read. */
      requests: Record<string, Timing>;
      storage: Storage;
    }> = [];
    const orgs: Requests[] = [];
    let stored = 0;
    for (const size of SIZES) {
      log(`growing an organization to ${size.toLocaleString('en')} outputs`);
      const started = performance.now();
      const s = await setUp(db, baseUrl, size);
      await grow(db, s, new Date(Date.now() - size * SPACING_MS), 0, size);
      stored += size;
      log(
        `  grown in ${((performance.now() - started) / 1000).toFixed(0)} s; timing ${REQUESTS} requests each`,
      );
      const loadBefore = os.loadavg()[0]!;
      const requests = await requestsOf(db, baseUrl, s, size);
      orgs.push(requests);
      runs.push({
        size,
        organizationId: s.organizationId,
        loadAverage: [loadBefore, os.loadavg()[0]!],
        asGrown: await measure(requests),
        requests: {},
        storage: await storage(db, stored),
      });
    }
    log(`side by side: ${REQUESTS} rounds per request, each round every size in turn`);
    const sideLoad = os.loadavg()[0]!;
    const sideBySide = await measureSideBySide(orgs);
    runs.forEach((run, k) => {
      run.requests = sideBySide[k]!;
    });
    const sideLoadAfter = os.loadavg()[0]!;
    const names = Object.keys(runs[0]!.requests);
    const base = runs[0]!;
    const last = runs[runs.length - 1]!;
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
    const exp = (size: number) => `10^${Math.log10(size)}`;
    const header = `| request | ${runs.map((r) => `${exp(r.size)} median / p95 ms`).join(' | ')} | ${runs
      .slice(1)
      .map((r) => `${exp(r.size)}/10^5`)
      .join(' | ')} | as grown: ${runs.map((r) => exp(r.size)).join(' / ')} median ms |`;
    const ratio = (name: string, r: (typeof runs)[number]) =>
      r.requests[name]!.median / base.requests[name]!.median;
    const lines = [
      header,
      `|---|${runs.map(() => '---').join('|')}|${runs
        .slice(1)
        .map(() => '---')
        .join('|')}|---|`,
      ...names.map(
        (name) =>
          `| ${name} | ${runs.map((r) => `${fmt(r.requests[name]!.median)} / ${fmt(r.requests[name]!.p95)}`).join(' | ')} | ${runs
            .slice(1)
            .map((r) => ratio(name, r).toFixed(2))
            .join(' | ')} | ${runs.map((r) => fmt(r.asGrown[name]!.median)).join(' / ')} |`,
      ),
      `| load average (1 min, before / after) | ${runs.map(() => `${sideLoad.toFixed(1)} / ${sideLoadAfter.toFixed(1)}`).join(' | ')} | | as grown: ${runs.map((r) => r.loadAverage.map((l) => l.toFixed(1)).join(' / ')).join(', ')} |`,
      `| storage per 10^6 outputs, heap + indexes (MB) | ${runs
        .map((r) => `${r.storage.perMillion.heapMb.toFixed(0)} + ${r.storage.perMillion.indexMb.toFixed(0)}`)
        .join(' | ')} |`,
    ];
    const slow = names.filter((name) => last.requests[name]!.median > MEDIAN_TARGET_MS);
    const steep = names.filter((name) => ratio(name, last) > RATIO_TARGET);
    const quiet = os.loadavg()[0]! <= os.cpus().length / 2;
    const verdict =
      last.size < 1e7
        ? `Target (at 10^7, --max 1e7): every request ≤ ${MEDIAN_TARGET_MS} ms median and ≤ ${RATIO_TARGET}× its 10^5 median — not measured at this size`
        : `Target: every request ≤ ${MEDIAN_TARGET_MS} ms median at 10^7 and ≤ ${RATIO_TARGET}× its 10^5 median (side by side) — ${
            slow.length || steep.length
              ? `NOT met (${[...slow.map((n) => `${n}: ${fmt(last.requests[n]!.median)} ms`), ...steep.map((n) => `${n}: ${ratio(n, last).toFixed(2)}×`)].join('; ')})`
              : 'met'
          }${quiet ? '' : ' (machine not quiet: the load average is above half the CPUs)'}`;
    process.stdout.write(
      `\nbench:scale — PostgreSQL 15, one organization per size in one database (${stored.toLocaleString('en')} outputs), ${REQUESTS} requests each through HTTP as the app role (RLS on), side by side; ${os.cpus().length} cores\n\n${lines.join('\n')}\n\n${verdict}\n\nIndexes at ${stored.toLocaleString('en')} outputs (MB): ${last.storage.indexes
        .map((i) => `${i.name} ${i.mb.toFixed(0)}`)
        .join(', ')}\n`,
    );
    const out = path.join(import.meta.dirname, '../results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, 'scale.json'),
      `${JSON.stringify({ requests: REQUESTS, targets: { medianMs: MEDIAN_TARGET_MS, ratio: RATIO_TARGET }, verdict, runs }, null, 2)}\n`,
    );
    if (HOLD) {
      log(
        `holding the database at ${cluster.url} (organizations ${runs.map((r) => `${exp(r.size)} ${r.organizationId}`).join(', ')}); SIGINT or SIGTERM ends`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
  } finally {
    await app.close();
    await db.close();
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
