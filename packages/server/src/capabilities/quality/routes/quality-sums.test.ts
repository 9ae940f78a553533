import { readdirSync, readFileSync } from 'node:fs';
import { createRng } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { readSegmentSums, recomputeSegmentSums, type SegmentSums } from '../services/quality-sums';

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
    for (const key of ['outputs', 'selected', 'pending', 'reviewed', 'defects'] as const) {
      expect(row[key], `${row.segment} ${key}`).toBe(other[key]);
    }
    for (const key of ['ht_escaped', 'ht_escaped_var', 'w', 'w2', 'dw', 'dw2', 'max_w', 'min_pi'] as const) {
      expect(Math.abs(row[key] - other[key]), `${row.segment} ${key}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(other[key])),
      );
    }
  });
}

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
    return versions.length;
  }

  it('equal a full recomputation after random ingest / review / second review / feedback / alarm / new-standard sequences, and the migration’s back-fill rebuilds them', async () => {
    const created = await post('/api/v1/workflows', { name: 'Draft quiz items' }, lead.headers);
    const workflowId = (created.json() as { id: string }).id;
    expect((await post(`/api/v1/workflows/${workflowId}/standards`, standard, lead.headers)).statusCode).toBe(
      201,
    );
    const rng = createRng(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)]!;
    const made: string[] = [];
    let n = 0;
    const output = () => {
      const language = pick(LANGUAGES);
      return {
        clientId: `o-${n++}`,
        content: `Item ${n}`,
        metadata: { language },
        judgeScore: rng(),
      };
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
        // Work part of the queue; German items fail often so the monitor alarms.
        const reviewer = pick(reviewers);
        for (let k = 0; k < 1 + Math.floor(rng() * 15); k++) {
          const next = await post(`/api/v1/workflows/${workflowId}/queue/next`, {}, reviewer.headers);
          if (next.statusCode === 204) break;
          expect(next.statusCode, next.body).toBe(200);
          const item = next.json() as { output: { id: string; segment: string } };
          const failRate = item.output.segment.startsWith('language=de') ? 0.6 : 0.05;
          const submitted = await post(
            `/api/v1/outputs/${item.output.id}/reviews`,
            { answers: { accurate: rng() >= failRate }, timeSpentMs: 1000 },
            reviewer.headers,
          );
          if (submitted.statusCode === 409) continue; // a second review of one's own first review
          expect(submitted.statusCode, submitted.body).toBe(201);
        }
      } else if (r < 0.88 && made.length) {
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

    // The migration's back-fill (the hand-written statements at the end of the `scale` migration) rebuilds
    // the same sums and verdicts from the stored outputs and reviews.
    const dir = new URL('../../../../drizzle/', import.meta.url);
    const file = readdirSync(dir).find((f) => f.endsWith('_scale.sql'))!;
    const migration = readFileSync(new URL(file, dir), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- hand-written:')).split('--> statement-breakpoint');
    expect(backfill.length).toBe(3);
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
      await tx.execute(sql`UPDATE outputs SET defect = NULL`);
      await tx.execute(sql`UPDATE reviews SET segment = NULL, stratum = NULL`);
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
  }, 240_000);
});
