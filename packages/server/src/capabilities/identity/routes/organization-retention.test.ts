import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOrganization } from '../../../platform/backup/archive';
import { selectRows } from '../../../platform/db/rows';
import { DEFAULT_RETENTION, type RetentionPolicy, runRetention } from '../../../platform/jobs/retention';
import { auditEventsOf, expectJson, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createWorkflowWithStandard } from '../../quality/test/quality';
import { CurrentOrganization } from './organizations';

const DAY = 86_400_000;
const PERSONAL = { customer: 'jane.doe@example.com', ticket: 'T-1' };
// Time moves a month on for the job only: the test's sign-in sessions must outlive that run.
const POLICY: RetentionPolicy = { ...DEFAULT_RETENTION, sessionDays: 3650 };

describe.each(testEngines())("an organization's output content retention on %s", (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const patch = (headers: Record<string, string>, payload: unknown) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/organization', headers, payload: payload as object });

  /** A workflow whose every output is queued for review, with `n` outputs logged; reviews the first `reviewed`. */
  async function outputsOf(owner: TestPerson, n: number, reviewed: number) {
    const id = await createWorkflowWithStandard(t.app, owner.headers, 'Answers', {
      outgoingLimit: 0.01,
      policy: 'full',
      segmentKeys: [],
      doubleReviewFraction: 0,
    });
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const batch = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${id}/outputs/batch`,
      headers: token.headers,
      payload: {
        outputs: Array.from({ length: n }, (_, i) => ({
          clientId: `c-${i}`,
          content: `Answer ${i} for Jane Doe`,
          metadata: PERSONAL,
        })),
      },
    });
    expect(batch.statusCode, batch.body).toBe(200);
    const ids: string[] = [];
    for (let i = 0; i < reviewed; i++) {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${id}/queue/next`,
        headers: owner.headers,
      });
      expect(next.statusCode, next.body).toBe(200);
      const outputId = next.json().output.id as string;
      const review = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${outputId}/reviews`,
        headers: owner.headers,
        payload: { answers: { accurate: i % 2 === 0 }, comment: 'checked', timeSpentMs: 1000 },
      });
      expect(review.statusCode, review.body).toBe(201);
      ids.push(outputId);
    }
    return { workflowId: id, reviewed: ids };
  }

  const contentState = (organizationId: string) =>
    t.db.system((tx) =>
      selectRows<{ id: string; status: string; purged: boolean; content: string | null; metadata: object }>(
        tx,
        sql`SELECT id, status, content_purged_at IS NOT NULL AS purged, content, metadata FROM outputs
            WHERE organization_id = ${organizationId} ORDER BY id`,
      ),
    );

  it('is set by admins only, validated by field, and a refused request changes nothing', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const lead = await createMember(t.db, owner.organizationId, 'lead');
    const admin = await createMember(t.db, owner.organizationId, 'admin');
    expectProblem(await patch(lead.headers, { outputContentRetentionDays: 30 }), 403);
    for (const bad of [0, -1, 1.5, 36_501, '30'])
      expectProblem(
        await patch(admin.headers, { outputContentRetentionDays: bad }),
        400,
        'body.outputContentRetentionDays',
      );
    expectProblem(await patch(admin.headers, {}), 400, 'body.name');
    expectProblem(await patch(admin.headers, { name: '', outputContentRetentionDays: 30 }), 400, 'body.name');
    const get = async () =>
      expectJson(
        await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers: owner.headers }),
        200,
        CurrentOrganization,
      );
    expect((await get()).outputContentRetentionDays).toBeNull();
    const set = expectJson(
      await patch(admin.headers, { outputContentRetentionDays: 90 }),
      200,
      CurrentOrganization,
    );
    expect(set.outputContentRetentionDays).toBe(90);
    expect((await get()).outputContentRetentionDays).toBe(90);
    // The name is left alone when only the retention is given, and null keeps content forever again.
    const name = (await get()).name;
    expect(
      expectJson(await patch(admin.headers, { outputContentRetentionDays: null }), 200, CurrentOrganization),
    ).toMatchObject({ name, outputContentRetentionDays: null });
    const audit = (await auditEventsOf(t.db, owner.organizationId)).filter(
      (e) => e.action === 'organization.retention_changed',
    );
    expect(audit.map((e) => [e.before, e.after])).toEqual(
      expect.arrayContaining([
        [{ outputContentRetentionDays: null }, { outputContentRetentionDays: 90 }],
        [{ outputContentRetentionDays: 90 }, { outputContentRetentionDays: null }],
      ]),
    );
    expect(audit).toHaveLength(2);
  });

  it("drops reviewed outputs' content after the period, keeps decisions, reviews and aggregates, and never touches another organization", async () => {
    const a = await createOrganizationWithOwner(t.db);
    const b = await createOrganizationWithOwner(t.db);
    const c = await createOrganizationWithOwner(t.db);
    const inA = await outputsOf(a, 5, 4);
    // A's fourth reviewed output becomes a gold item: calibration shows it, so it keeps its content.
    const gold = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${inA.reviewed[3]}/gold`,
      headers: a.headers,
      payload: {},
    });
    expect(gold.statusCode, gold.body).toBe(201);
    const due = inA.reviewed.slice(0, 3);
    await outputsOf(b, 4, 4);
    await outputsOf(c, 3, 3);
    expect((await patch(a.headers, { outputContentRetentionDays: 30 })).statusCode).toBe(200);
    // B keeps content forever; C keeps it for a year.
    expect((await patch(c.headers, { outputContentRetentionDays: 365 })).statusCode).toBe(200);
    const quality = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/workflows/${inA.workflowId}/quality`,
          headers: a.headers,
        })
      ).json();
    const summaryBefore = await quality();
    const bBefore = await contentState(b.organizationId);
    const cBefore = await contentState(c.organizationId);

    // 29 days on, nothing is due yet.
    const early = await runRetention(t.db, new Date(Date.now() + 29 * DAY), POLICY);
    expect(early.counts.output_contents).toBe(0);
    expect((await contentState(a.organizationId)).filter((o) => o.purged)).toHaveLength(0);

    // 31 days on: A's three reviewed outputs lose content and metadata; the queued one and the gold item keep them.
    const now = new Date(Date.now() + 31 * DAY);
    const run = await runRetention(t.db, now, POLICY, { batchSize: 2 });
    expect(run.counts.output_contents).toBe(3);
    const after = await contentState(a.organizationId);
    expect(
      after
        .filter((o) => o.purged)
        .map((o) => o.id)
        .sort(),
    ).toEqual([...due].sort());
    for (const o of after)
      if (o.purged) expect([o.content, o.metadata, o.status]).toEqual([null, {}, 'reviewed']);
      else
        expect([o.content?.startsWith('Answer'), o.metadata, o.status]).toEqual([
          true,
          PERSONAL,
          o.id === inA.reviewed[3] ? 'reviewed' : 'queued',
        ]);
    expect(await contentState(b.organizationId)).toEqual(bBefore);
    expect(await contentState(c.organizationId)).toEqual(cBefore);

    // The API says why the body is empty; the verdict and reviews are still there, the dashboard unchanged.
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/outputs/${inA.reviewed[0]}`,
      headers: a.headers,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      content: null,
      link: null,
      metadata: {},
      contentRemoved: {
        afterDays: 30,
        at: now.toISOString(),
        message: "Content removed after 30 days by the organization's retention setting.",
      },
      defect: false,
      reviewCount: 1,
      reviews: [{ kind: 'sampled', comment: 'checked', defect: false }],
    });
    // An emptied output cannot become a gold item: reviewers would have nothing to judge.
    const promote = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${due[1]}/gold`,
      headers: a.headers,
      payload: {},
    });
    expectProblem(promote, 409);
    expect(promote.json().detail).toMatch(/retention setting/);
    const kept = after.find((o) => !o.purged)!;
    const keptDetail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/outputs/${kept.id}`,
      headers: a.headers,
    });
    expect(keptDetail.json()).toMatchObject({ contentRemoved: null, metadata: PERSONAL });
    expect(await quality()).toEqual(summaryBefore);

    // The audit log records the run with counts only (one event, though it took two batches); B has none.
    const purges = (await auditEventsOf(t.db, a.organizationId)).filter(
      (e) => e.action === 'outputs.content_purged',
    );
    expect(purges).toHaveLength(1);
    expect(purges[0]!.after).toEqual({
      outputs: 3,
      retentionDays: 30,
      createdBefore: new Date(now.getTime() - 30 * DAY).toISOString(),
    });
    expect(JSON.stringify(purges[0])).not.toContain('Jane');
    for (const other of [b, c])
      expect(
        (await auditEventsOf(t.db, other.organizationId)).some((e) => e.action === 'outputs.content_purged'),
      ).toBe(false);

    // The export carries the mark.
    const lines: Record<string, unknown>[] = [];
    await exportOrganization(t.db, a.organizationId, (line) => {
      lines.push(JSON.parse(line));
    });
    const rows = lines.flatMap((l) => ('row' in l ? [l.row as Record<string, unknown>] : []));
    const marked = rows.filter((r) => inA.reviewed.includes(r.id as string) && r.content_purged_at);
    expect(marked).toHaveLength(3);
    expect(marked.every((r) => r.content === null && r.content_purged_after_days === 30)).toBe(true);

    // Once the queued one is reviewed, the next run takes it too; a later run finds nothing more.
    for (let i = 0; i < 1; i++) {
      const next = await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${inA.workflowId}/queue/next`,
        headers: a.headers,
      });
      expect(next.statusCode).toBe(200);
      expect(next.json().output.contentRemoved).toBeNull();
      const review = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${next.json().output.id}/reviews`,
        headers: a.headers,
        payload: { answers: { accurate: true }, timeSpentMs: 1000 },
      });
      expect(review.statusCode).toBe(201);
    }
    expect((await runRetention(t.db, now, POLICY)).counts.output_contents).toBe(1);
    expect((await runRetention(t.db, now, POLICY)).counts.output_contents).toBe(0);
    expect(await contentState(b.organizationId)).toEqual(bBefore);
  }, 120_000);
});
