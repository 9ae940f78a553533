import { readdirSync, readFileSync } from 'node:fs';
import { cohensKappa, createRng, stepCusum } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { runRetention } from '../../../platform/jobs/retention';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { cusumSeries } from '../services/quality-summary';
import {
  type DailySums,
  dashboardChart,
  readDailySums,
  readSegmentSums,
  recomputeDailySums,
  recomputeSegmentSums,
  type SegmentSums,
} from '../services/quality-sums';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** An adaptive standard segmented by language with a judge split and blind second reviews. */
const standard = {
  criteria: [{ key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' }],
  defectRule: { kind: 'any_critical_fail' },
  outgoingLimit: 0.02,
  limitScope: 'segment',
  policy: 'adaptive',
  segmentKeys: ['language'],
  segmentCapacity: 4,
  judgeThreshold: 0.7,
  doubleReviewFraction: 0.3,
};

const LANGUAGES = ['de', 'en', 'fr'];

/** Counters are equal; float sums agree to a relative 1e-9 (incremental vs one aggregate: rounding order differs). */
function expectSameSums(kept: SegmentSums[], scanned: SegmentSums[]) {
  const bySegment = (rows: SegmentSums[]) => [...rows].sort((a, b) => a.segment.localeCompare(b.segment));
  const a = bySegment(kept);
  const b = bySegment(scanned);
  expect(a.map((r) => r.segment)).toEqual(b.map((r) => r.segment));
  a.forEach((row, i) => {
    const other = b[i]!;
    for (const key of [
      'outputs',
      'selected',
      'pending',
      'reviewed',
      'defects',
      'second_ff',
      'second_ft',
      'second_tf',
      'second_tt',
    ] as const) {
      expect(row[key], `${row.segment} ${key}`).toBe(other[key]);
    }
    for (const key of ['ht_escaped', 'ht_escaped_var', 'w', 'w2', 'dw', 'dw2', 'max_w', 'min_pi'] as const) {
      expect(Math.abs(row[key] - other[key]), `${row.segment} ${key}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(other[key])),
      );
    }
  });
}

/** Per workflow, the same way: counters equal, float sums to a relative 1e-9. */
function expectSameDaily(kept: DailySums[], scanned: DailySums[]) {
  expect(kept.map((r) => r.workflow_id)).toEqual(scanned.map((r) => r.workflow_id));
  kept.forEach((row, i) => {
    const other = scanned[i]!;
    for (const key of ['outputs', 'selected', 'reviewed'] as const) expect(row[key], key).toBe(other[key]);
    for (const key of ['w', 'w2', 'dw', 'dw2', 'max_w'] as const) {
      expect(Math.abs(row[key] - other[key]), key).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(other[key])),
      );
    }
  });
}

const ALL_DAYS = ['1970-01-01', '2200-01-01'] as const;

describe.each(testEngines())('the dashboard’s kept per-segment sums on %s', (engine) => {
  let t: TestApp;
  let lead: TestPerson;
  let reviewers: TestPerson[];
  let token: { headers: Record<string, string> };
  beforeAll(async () => {
    t = await createTestApp(engine);
    lead = await createOrganizationWithOwner(t.db);
    reviewers = [
      await createMember(t.db, lead.organizationId, 'reviewer'),
      await createMember(t.db, lead.organizationId, 'reviewer'),
    ];
    token = await createTokenHeaders(t.db, lead.organizationId, 'contributor');
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, headers = token.headers) =>
    t.app.inject({ method: 'POST', url, headers, payload });

  async function compare(workflowId: string) {
    const versions = await t.db.system((tx) =>
      selectRows<{ v: number }>(
        tx,
        sql`SELECT DISTINCT standard_version AS v FROM outputs WHERE workflow_id = ${workflowId}`,
      ),
    );
    for (const { v } of versions) {
      const [kept, scanned] = await t.db.tenant(lead.organizationId, async (tx) => [
        await readSegmentSums(tx, workflowId, v),
        await recomputeSegmentSums(tx, workflowId, v),
      ]);
      expectSameSums(kept, scanned);
    }
    const [keptDays, scannedDays] = await t.db.tenant(lead.organizationId, async (tx) => [
      await readDailySums(tx, lead.organizationId, ...ALL_DAYS),
      await recomputeDailySums(tx, lead.organizationId, ...ALL_DAYS),
    ]);
    expectSameDaily(keptDays, scannedDays);
    expect(await storedCusum(workflowId)).toEqual(await replayedCusum(workflowId));
    return versions.length;
  }

  /** Each sampled review's stored CUSUM value and each stratum's kept state. */
  async function storedCusum(workflowId: string) {
    return t.db.system(async (tx) => ({
      reviews: (
        await selectRows<{ id: string; cusum: number | null }>(
          tx,
          sql`SELECT id, cusum FROM reviews WHERE workflow_id = ${workflowId} AND kind = 'sampled' ORDER BY id`,
        )
      ).map((r) => ({ id: r.id, cusum: r.cusum === null ? null : Number(r.cusum) })),
      states: (
        await selectRows<{ v: number; stratum: number; statistic: number }>(
          tx,
          sql`SELECT standard_version AS v, stratum, statistic FROM quality_cusum_states
              WHERE workflow_id = ${workflowId} ORDER BY standard_version, stratum`,
        )
      ).map((r) => ({ ...r, statistic: Number(r.statistic) })),
    }));
  }

  /** The same replayed from every sampled review, as the dashboard once did per request (stepCusum). */
  async function replayedCusum(workflowId: string) {
    return t.db.system(async (tx) => {
      const standards = await selectRows<{ version: number; policy_spec: unknown }>(
        tx,
        sql`SELECT version, policy_spec FROM quality_standards WHERE workflow_id = ${workflowId}`,
      );
      const rows = await selectRows<{ id: string; v: number; stratum: number; defect: boolean }>(
        tx,
        sql`SELECT id, standard_version AS v, stratum, defect FROM reviews
            WHERE workflow_id = ${workflowId} AND kind = 'sampled' ORDER BY created_at, id`,
      );
      const charts = new Map(standards.map((s) => [s.version, dashboardChart(s.policy_spec)]));
      const state = new Map<string, { v: number; stratum: number; statistic: number }>();
      const values = new Map<string, number | null>();
      for (const row of rows) {
        const chart = charts.get(row.v);
        if (!chart) {
          values.set(row.id, null);
          continue;
        }
        const key = `${row.v}/${row.stratum}`;
        const step = stepCusum(chart, state.get(key)?.statistic ?? 0, row.defect);
        state.set(key, { v: row.v, stratum: row.stratum, statistic: step.alarm ? 0 : step.statistic });
        values.set(row.id, step.statistic);
      }
      return {
        reviews: [...values.entries()]
          .map(([id, cusum]) => ({ id, cusum }))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        states: [...state.values()].sort((a, b) => a.v - b.v || a.stratum - b.stratum),
      };
    });
  }

  /** Purges the content of every reviewed or released output (retention of one day, run two days ahead). */
  async function purgeContent() {
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE organizations SET output_content_retention_days = 1 WHERE id = ${lead.organizationId}`,
      ),
    );
    const run = await runRetention(t.db, new Date(Date.now() + 2 * 86_400_000), undefined, { batchSize: 7 });
    expect(run.skipped).toBe(false);
    return run.counts.output_contents!;
  }

  it('equal a full recomputation after random ingest / review / second review / feedback / alarm / new-standard sequences, and the migration’s back-fill rebuilds them', async () => {
    const created = await post('/api/v1/workflows', { name: 'Draft quiz items' }, lead.headers);
    const workflowId = (created.json() as { id: string }).id;
    expect((await post(`/api/v1/workflows/${workflowId}/standards`, standard, lead.headers)).statusCode).toBe(
      201,
    );
    // A fixed sampling salt: which outputs are sampled follows from their client ids alone, so the
    // sequence below (seeded) is the same on every run and reaches an alarm.
    await t.db.system((tx) =>
      tx.execute(sql`UPDATE workflows SET sampling_salt = ${1} WHERE id = ${workflowId}`),
    );
    const rng = createRng(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)]!;
    const made: string[] = [];
    let n = 0;
    let purged = 0;
    const output = () => {
      const language = pick(LANGUAGES);
      return {
        clientId: `o-${n++}`,
        content: `Item ${n}`,
        metadata: { language },
        judgeScore: rng(),
      };
    };
    const review = async (max: number) => {
      for (let k = 0; k < max; k++) {
        const reviewer = pick(reviewers);
        const next = await post(`/api/v1/workflows/${workflowId}/queue/next`, {}, reviewer.headers);
        if (next.statusCode === 204) break;
        expect(next.statusCode, next.body).toBe(200);
        const item = next.json() as { output: { id: string; segment: string } };
        const failRate = item.output.segment.startsWith('language=de') ? 0.9 : 0.05;
        const submitted = await post(
          `/api/v1/outputs/${item.output.id}/reviews`,
          { answers: { accurate: rng() >= failRate }, timeSpentMs: 1000 },
          reviewer.headers,
        );
        if (submitted.statusCode === 409) continue; // a second review of one's own first review
        expect(submitted.statusCode, submitted.body).toBe(201);
      }
    };
    for (let step = 0; step < 60; step++) {
      const r = rng();
      if (step === 30) {
        // A new standard version: earlier outputs keep theirs, and their sums stay apart.
        const res = await post(
          `/api/v1/workflows/${workflowId}/standards`,
          { ...standard, outgoingLimit: 0.03 },
          lead.headers,
        );
        expect(res.statusCode, res.body).toBe(201);
      } else if (r < 0.3) {
        const res = await post(`/api/v1/workflows/${workflowId}/outputs/batch`, {
          outputs: Array.from({ length: 1 + Math.floor(rng() * 40) }, output),
        });
        expect(res.statusCode, res.body).toBe(200);
        for (const item of res.json().items as Array<{ id: string }>) made.push(item.id);
      } else if (r < 0.4) {
        const res = await post(`/api/v1/workflows/${workflowId}/outputs`, output());
        expect([200, 201], res.body).toContain(res.statusCode);
        made.push(res.json().id);
      } else if (r < 0.8) {
        // Work part of the queue; German items fail nine times in ten so the monitor alarms
        // (at six in ten, one run in six here ended with no alarm).
        await review(1 + Math.floor(rng() * 15));
      } else if (r < 0.84 && made.length) {
        // Retention drops content and keeps decisions, reviews and every aggregate.
        purged += await purgeContent();
      } else if (r < 0.9 && made.length) {
        const res = await post(`/api/v1/outputs/${pick(made)}/feedback`, { flag: true, pullIntoQueue: true });
        expect(res.statusCode, res.body).toBe(201);
      } else {
        const open = await t.db.system((tx) =>
          selectRows<{ id: string }>(
            tx,
            sql`SELECT public_id AS id FROM alarms WHERE workflow_id = ${workflowId} AND cleared_at IS NULL`,
          ),
        );
        for (const a of open) {
          const res = await post(`/api/v1/alarms/${a.id}/clear`, { note: 'Prompt fixed' }, lead.headers);
          expect(res.statusCode, res.body).toBe(200);
        }
      }
      if (step % 10 === 9) await compare(workflowId);
    }
    const versions = await compare(workflowId);
    // The sequence exercised what it claims to.
    const [counts] = await t.db.system((tx) =>
      selectRows<{ sampled: number; second: number; flagged: number; alarms: number }>(
        tx,
        sql`SELECT count(*) FILTER (WHERE kind = 'sampled')::int AS sampled,
              count(*) FILTER (WHERE kind = 'second')::int AS second,
              count(*) FILTER (WHERE kind = 'flagged')::int AS flagged,
              (SELECT count(*) FROM alarms WHERE workflow_id = ${workflowId})::int AS alarms
            FROM reviews WHERE workflow_id = ${workflowId}`,
      ),
    );
    expect(counts!.sampled).toBeGreaterThan(50);
    expect(counts!.second).toBeGreaterThan(0);
    expect(counts!.alarms).toBeGreaterThan(0);
    expect(versions).toBeGreaterThan(1);
    expect(made.length).toBeGreaterThan(200);
    purged += await purgeContent();
    expect(purged).toBeGreaterThan(0);
    await compare(workflowId);

    // The chart's series is what a replay of every review gives: the newest points of each segment's CUSUM
    // (here 5, and the dashboard's 500), in the order of each segment's first review; read for the first
    // standard version, whose queue the sequence worked (the dashboard shows the current one).
    const [first] = await t.db.system((tx) =>
      selectRows<{ policy_spec: unknown }>(
        tx,
        sql`SELECT policy_spec FROM quality_standards WHERE workflow_id = ${workflowId} AND version = 1`,
      ),
    );
    const chart = dashboardChart(first!.policy_spec)!;
    const replay = await t.db.system((tx) =>
      selectRows<{ segment: string; stratum: number; defect: boolean; at: string | Date }>(
        tx,
        sql`SELECT segment, stratum, defect, created_at AS at FROM reviews
            WHERE workflow_id = ${workflowId} AND kind = 'sampled' AND standard_version = 1
            ORDER BY created_at, id`,
      ),
    );
    const statistic = new Map<number, number>();
    const series = new Map<string, Array<{ at: string; value: number }>>();
    for (const row of replay) {
      const step = stepCusum(chart, statistic.get(row.stratum) ?? 0, row.defect);
      statistic.set(row.stratum, step.alarm ? 0 : step.statistic);
      series.set(row.segment, [
        ...(series.get(row.segment) ?? []),
        { at: new Date(row.at).toISOString(), value: step.statistic / chart.scale },
      ]);
    }
    expect(series.size).toBeGreaterThan(1);
    for (const points of [5, 500]) {
      const read = await t.db.tenant(lead.organizationId, (tx) =>
        cusumSeries(tx, workflowId, 1, chart, [...series.keys(), 'language=none'].reverse(), points),
      );
      expect(read).toEqual(
        [...series.entries()].map(([segment, p]) => ({ segment, points: p.slice(-points) })),
      );
    }
    // The agreement figure is Cohen's κ over every double-reviewed output.
    const shown = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/workflows/${workflowId}/quality`,
        headers: lead.headers,
      })
    ).json() as { agreement: { pairs: number; kappa: number | null; observed: number | null } };
    const pairs = await t.db.system((tx) =>
      selectRows<{ a: boolean; b: boolean }>(
        tx,
        sql`SELECT s.defect AS a, d.defect AS b FROM reviews s
            JOIN reviews d ON d.output_id = s.output_id AND d.kind = 'second'
            WHERE s.workflow_id = ${workflowId} AND s.kind = 'sampled'`,
      ),
    );
    const kappa = cohensKappa(pairs.map((p) => [String(p.a), String(p.b)]));
    expect(shown.agreement.pairs).toBe(pairs.length);
    expect(shown.agreement.observed).toBeCloseTo(kappa.observed, 12);
    expect(shown.agreement.kappa).toBeCloseTo(kappa.kappa, 12);

    // Each output carries the verdict of its sampled or flagged review (the list's defect filter reads it).
    const verdicts = async () =>
      t.db.system((tx) =>
        selectRows<{ id: string; kept: boolean | null; verdict: boolean | null }>(
          tx,
          sql`SELECT o.id, o.defect AS kept, r.defect AS verdict FROM outputs o
              LEFT JOIN reviews r ON r.output_id = o.id AND r.kind <> 'second'
              WHERE o.workflow_id = ${workflowId} ORDER BY o.id`,
        ),
      );
    // Each review carries its output's segment and stratum (the CUSUM series reads them from the review).
    const copied = async () => {
      const [row] = await t.db.system((tx) =>
        selectRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM reviews r JOIN outputs o ON o.id = r.output_id
              WHERE r.workflow_id = ${workflowId}
                AND (r.segment IS DISTINCT FROM o.segment OR r.stratum IS DISTINCT FROM o.stratum)`,
        ),
      );
      return row!.n;
    };
    expect(await copied()).toBe(0);
    const kept = await verdicts();
    expect(kept.filter((v) => v.verdict !== null).length).toBe(counts!.sampled + counts!.flagged);
    for (const v of kept) expect(v.kept, v.id).toBe(v.verdict);

    // The migrations' back-fills (the hand-written statements at the end of the `scale` and `scale2`
    // migrations) rebuild the same sums, verdicts, agreement tables, per-day sums and CUSUM values from the
    // stored outputs and reviews.
    const dir = new URL('../../../../drizzle/', import.meta.url);
    const handWritten = (suffix: string) => {
      const file = readdirSync(dir).find((f) => f.endsWith(suffix))!;
      const migration = readFileSync(new URL(file, dir), 'utf8');
      return migration.slice(migration.indexOf('-- hand-written:')).split('--> statement-breakpoint');
    };
    const backfill = [...handWritten('_scale.sql'), ...handWritten('_scale2.sql')];
    expect(backfill.length).toBe(3 + 9);
    const cusumBefore = await storedCusum(workflowId);
    expect(cusumBefore.reviews.filter((r) => r.cusum !== null).length).toBe(counts!.sampled);
    const before = await t.db.tenant(lead.organizationId, (tx) => readSegmentSums(tx, workflowId, 1));
    const dashboard = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/workflows/${workflowId}/quality`,
          headers: lead.headers,
        })
      ).json();
    const shownBefore = await dashboard();
    await t.db.system(async (tx) => {
      await tx.execute(sql`DELETE FROM quality_segment_sums`);
      await tx.execute(sql`DELETE FROM quality_daily_sums`);
      await tx.execute(sql`DELETE FROM quality_cusum_states`);
      await tx.execute(sql`UPDATE outputs SET defect = NULL`);
      await tx.execute(sql`UPDATE reviews SET segment = NULL, stratum = NULL, cusum = NULL`);
      // Spread the outputs over the last five days (UTC), so the back-fill's days are more than one.
      await tx.execute(
        sql`UPDATE outputs SET created_at = created_at - (abs(hashtext(id::text)) % 5) * interval '1 day'`,
      );
      for (const statement of backfill) await tx.execute(sql.raw(statement));
    });
    const after = await t.db.tenant(lead.organizationId, (tx) => readSegmentSums(tx, workflowId, 1));
    expect(after.length).toBeGreaterThan(0);
    expectSameSums(after, before);
    expect(await compare(workflowId)).toBe(versions);
    expect(await verdicts()).toEqual(kept);
    // What the dashboard shows (figures and the CUSUM series read from the reviews) is the same again.
    expect(await dashboard()).toEqual(shownBefore);
    expect(await copied()).toBe(0);
    expect(await storedCusum(workflowId)).toEqual(cusumBefore);
    // Day by day, the back-filled per-day sums are the outputs created that UTC day.
    const days = await t.db.system((tx) =>
      selectRows<{ day: string }>(
        tx,
        sql`SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM quality_daily_sums ORDER BY 1`,
      ),
    );
    expect(days.length).toBeGreaterThan(1);
    for (const { day } of days) {
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const [keptDay, scannedDay] = await t.db.tenant(lead.organizationId, async (tx) => [
        await readDailySums(tx, lead.organizationId, day, next),
        await recomputeDailySums(tx, lead.organizationId, day, next),
      ]);
      expect(keptDay.length).toBeGreaterThan(0);
      expectSameDaily(keptDay, scannedDay);
    }
  }, 240_000);
});
