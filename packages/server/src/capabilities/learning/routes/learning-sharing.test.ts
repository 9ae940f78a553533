import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../platform/db/client';
import { selectRows } from '../../../platform/db/rows';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTestDatabaseUrl,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { runDueLearningJobs } from '../services/learning-scheduler';
import { call, createTestApplication, needsAnalysisExperiment } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Note {
  id: number;
  kind: string;
  title: string;
  body: string;
  readAt: string | null;
}
interface Idea {
  id: string;
  status: string;
  applicationId: string | null;
  mergedIntoId: string | null;
}

const DAY = 86_400_000;

async function confirmedInsight(t: TestApp, lead: TestPerson, tags: string[], applicationId: string) {
  const experiment = await call<{ id: string }>(
    t,
    lead,
    'POST',
    '/api/v1/experiments',
    needsAnalysisExperiment(applicationId),
  );
  const insight = await call<{ id: string }>(t, lead, 'POST', '/api/v1/insights', {
    statement: `Shorter interview guides work better (${tags.join(', ')})`,
    tags,
    evidence: [{ kind: 'experiment', entityId: experiment.id, stance: 'supporting' }],
  });
  await call(t, lead, 'POST', `/api/v1/insights/${insight.id}/status`, { status: 'confirmed' }, 200);
  return insight.id;
}

describe.each(testEngines())('learning: follows, inbox, digest, ideas, loops on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let contributor: TestPerson;
  let viewer: TestPerson;
  let stranger: TestPerson;
  let applicationId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    stranger = await createOrganizationWithOwner(t.db);
    applicationId = (
      await createTestApplication(t.db, owner, 'Needs-analysis assistant', {
        stage: 'pilot',
        ownerId: lead.userId,
      })
    ).id;
  });
  afterAll(() => t.close());

  it('follows a tag and an application, refusing another organization’s application and a bad tag', async () => {
    const foreign = await createTestApplication(t.db, stranger, 'Theirs');
    const before = await databaseDigest(t.db);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/follows',
        headers: viewer.headers,
        payload: { kind: 'application', target: foreign.id },
      }),
      400,
      'body.target',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/follows',
        headers: viewer.headers,
        payload: { kind: 'tag', target: '<b>' },
      }),
      400,
      'body.target',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
    await call(t, viewer, 'POST', '/api/v1/follows', { kind: 'tag', target: 'Interviews' });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/follows',
        headers: viewer.headers,
        payload: { kind: 'tag', target: 'interviews' },
      }),
      409,
    );
    await call(t, contributor, 'POST', '/api/v1/follows', { kind: 'application', target: applicationId });
    const mine = await call<{ items: { kind: string; target: string }[] }>(
      t,
      viewer,
      'GET',
      '/api/v1/follows',
    );
    expect(mine.items).toEqual([expect.objectContaining({ kind: 'tag', target: 'interviews' })]);
  });

  it('runs the weekly digest once per organization even with two workers at once, and it reaches followers', async () => {
    const insightId = await confirmedInsight(t, lead, ['interviews'], applicationId);
    const unrelated = await confirmedInsight(
      t,
      lead,
      ['quizzes'],
      (await createTestApplication(t.db, owner, 'Quiz drafts')).id,
    );
    const now = new Date();
    // A first tick creates the schedule rows (due next Monday, so nothing runs); then make them due.
    await runDueLearningJobs(t.db, new Date(now.getTime() - 14 * DAY));
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE learning_schedules SET next_run_at = ${new Date(now.getTime() - 1000).toISOString()}, last_run_at = ${new Date(now.getTime() - 7 * DAY).toISOString()}`,
      ),
    );
    const ran = await Promise.all([runDueLearningJobs(t.db, now), runDueLearningJobs(t.db, now)]);
    const schedules = await t.db.system((tx) =>
      selectRows<{ organization_id: string; job: string; runs: number }>(
        tx,
        sql`SELECT organization_id, job, runs FROM learning_schedules WHERE organization_id = ${owner.organizationId} ORDER BY job`,
      ),
    );
    expect(schedules.map((s) => [s.job, s.runs])).toEqual([
      ['digest.weekly', 1],
      ['loops.daily', 1],
    ]);
    // Each due row ran exactly once between the two workers (two orgs × two jobs at least).
    expect(ran[0]! + ran[1]!).toBeGreaterThanOrEqual(4);

    const inbox = await call<{ items: Note[] }>(t, viewer, 'GET', '/api/v1/notifications');
    const digests = inbox.items.filter((n) => n.kind === 'digest.weekly');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.body).toContain('Shorter interview guides work better (interviews)');
    expect(digests[0]!.body).not.toContain('(quizzes)');
    // The contributor follows the application of the experiment the insight cites.
    const theirs = (
      await call<{ items: Note[] }>(t, contributor, 'GET', '/api/v1/notifications')
    ).items.filter((n) => n.kind === 'digest.weekly');
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.body).toBe('Insight: Shorter interview guides work better (interviews)');
    expect(insightId).not.toBe(unrelated);
  });

  it('counts unread notifications, marks them read, and keeps each inbox private', async () => {
    const count = await call<{ unread: number }>(t, viewer, 'GET', '/api/v1/notifications/unread-count');
    expect(count.unread).toBeGreaterThanOrEqual(1);
    const [first] = (await call<{ items: Note[] }>(t, viewer, 'GET', '/api/v1/notifications?unread=true'))
      .items;
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${first!.id}/read`,
        headers: contributor.headers,
      }),
      404,
    );
    const read = await call<Note>(
      t,
      viewer,
      'POST',
      `/api/v1/notifications/${first!.id}/read`,
      undefined,
      200,
    );
    expect(read.readAt).not.toBeNull();
    expect(
      (await call<{ unread: number }>(t, viewer, 'GET', '/api/v1/notifications/unread-count')).unread,
    ).toBe(count.unread - 1);
    await call(t, viewer, 'POST', '/api/v1/notifications/read-all', undefined, 200);
    expect(
      (await call<{ unread: number }>(t, viewer, 'GET', '/api/v1/notifications/unread-count')).unread,
    ).toBe(0);
  });

  it('takes ideas from contributors, shows similar ones, merges duplicates and turns an accepted one into an application', async () => {
    const first = await call<Idea>(t, contributor, 'POST', '/api/v1/ideas', {
      title: 'Summarise learner feedback surveys',
      description: 'Use AI to summarise free-text answers in end-of-course feedback surveys.',
    });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/ideas',
        headers: viewer.headers,
        payload: { title: 'x', description: 'y' },
      }),
      403,
    );
    const similar = await call<{ items: { id: string }[] }>(
      t,
      viewer,
      'GET',
      `/api/v1/ideas/similar?text=${encodeURIComponent('summarize course feedback')}`,
    );
    expect(similar.items.map((i) => i.id)).toEqual([first.id]);
    const none = await call<{ items: unknown[] }>(
      t,
      viewer,
      'GET',
      '/api/v1/ideas/similar?text=quantum%20chemistry',
    );
    expect(none.items).toEqual([]);

    const duplicate = await call<Idea>(t, lead, 'POST', '/api/v1/ideas', {
      title: 'Feedback survey summaries',
      description: 'Summaries of course feedback.',
    });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/ideas/${duplicate.id}/merge`,
        headers: lead.headers,
        payload: { intoId: duplicate.id },
      }),
      400,
      'body.intoId',
    );
    const merged = await call<Idea>(
      t,
      lead,
      'POST',
      `/api/v1/ideas/${duplicate.id}/merge`,
      { intoId: first.id },
      200,
    );
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: first.id });

    const early = await t.app.inject({
      method: 'POST',
      url: `/api/v1/ideas/${first.id}/status`,
      headers: lead.headers,
      payload: { status: 'accepted' },
    });
    expect(expectProblem(early, 409).detail).toMatch(/under_evaluation/);
    await call(t, lead, 'POST', `/api/v1/ideas/${first.id}/status`, { status: 'under_evaluation' }, 200);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/ideas/${first.id}/application`,
        headers: lead.headers,
      }),
      409,
    );
    await call(
      t,
      lead,
      'POST',
      `/api/v1/ideas/${first.id}/status`,
      { status: 'accepted', note: 'Low risk, clear value' },
      200,
    );
    const converted = await call<Idea>(t, lead, 'POST', `/api/v1/ideas/${first.id}/application`);
    expect(converted.applicationId).not.toBeNull();
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/ideas/${first.id}/application`,
        headers: lead.headers,
      }),
      409,
    );
    const [app] = await t.db.system((tx) =>
      selectRows<{ name: string; stage: string; owner_id: string }>(
        tx,
        sql`SELECT name, stage, owner_id FROM applications WHERE id = ${converted.applicationId}`,
      ),
    );
    expect(app).toEqual({
      name: 'Summarise learner feedback surveys',
      stage: 'idea',
      owner_id: contributor.userId,
    });
  });

  it('shows each live application’s loops and alerts the owner once when one goes quiet', async () => {
    const loops = await call<{
      items: {
        application: { id: string };
        loops: { loop: string; status: string; lastActivityAt: string | null }[];
      }[];
    }>(t, viewer, 'GET', '/api/v1/learning/loops');
    const mine = loops.items.find((i) => i.application.id === applicationId)!;
    expect(mine.loops.map((l) => l.loop)).toEqual(['end_user_feedback', 'reviews', 'pulse', 'experiments']);
    expect(mine.loops.find((l) => l.loop === 'experiments')).toMatchObject({ status: 'active' });
    expect(mine.loops.find((l) => l.loop === 'experiments')!.lastActivityAt).not.toBeNull();

    const later = new Date(Date.now() + 120 * DAY);
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE learning_schedules SET next_run_at = ${new Date(Date.now() - 1000).toISOString()} WHERE job = 'loops.daily'`,
      ),
    );
    await runDueLearningJobs(t.db, later);
    const alerts = (await call<{ items: Note[] }>(t, lead, 'GET', '/api/v1/notifications')).items.filter(
      (n) => n.kind === 'loop.quiet' && n.title.startsWith('Needs-analysis assistant:'),
    );
    expect(alerts.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        'Needs-analysis assistant: the experiments loop has gone quiet',
        'Needs-analysis assistant: the reviews loop has gone quiet',
      ]),
    );
    expect(alerts).toHaveLength(4);
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE learning_schedules SET next_run_at = ${new Date(Date.now() - 1000).toISOString()} WHERE job = 'loops.daily'`,
      ),
    );
    await runDueLearningJobs(t.db, new Date(later.getTime() + DAY));
    const again = (await call<{ items: Note[] }>(t, lead, 'GET', '/api/v1/notifications')).items.filter(
      (n) => n.kind === 'loop.quiet' && n.title.startsWith('Needs-analysis assistant:'),
    );
    expect(again).toHaveLength(4);
  });
});

describe.skipIf(!testEngines().includes('postgres'))(
  'the weekly digest with two server processes on one PostgreSQL',
  () => {
    it('claims each organization’s digest once', async () => {
      const url = await createTestDatabaseUrl();
      const a = await openDatabase({ databaseUrl: url, poolSize: 2 });
      const b = await openDatabase({ databaseUrl: url, poolSize: 2 });
      try {
        const orgs = await Promise.all(Array.from({ length: 6 }, () => createOrganizationWithOwner(a)));
        const past = new Date(Date.now() - 14 * DAY);
        await runDueLearningJobs(a, past);
        await a.system((tx) =>
          tx.execute(sql`UPDATE learning_schedules SET next_run_at = now() - interval '1 second'`),
        );
        const [ranA, ranB] = await Promise.all([runDueLearningJobs(a), runDueLearningJobs(b)]);
        expect(ranA + ranB).toBe(orgs.length * 2);
        const rows = await a.system((tx) =>
          selectRows<{ runs: number; n: number }>(
            tx,
            sql`SELECT runs, count(*)::int AS n FROM learning_schedules GROUP BY runs`,
          ),
        );
        expect(rows).toEqual([{ runs: 1, n: orgs.length * 2 }]);
        const digests = await a.system((tx) =>
          selectRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'digest.sent'`,
          ),
        );
        expect(digests[0]!.n).toBe(orgs.length);
      } finally {
        await a.close();
        await b.close();
      }
    });
  },
);
