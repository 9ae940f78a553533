import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { runPulseSchedule } from '../services/pulse-scheduler';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const DAY = 86_400_000;
// Far enough ahead that the real clock (answers are checked against it) is inside every round opened here.
const T0 = new Date('2031-01-06T09:00:00Z');
const day = (n: number) => new Date(T0.getTime() + n * DAY);

// A pulse set to run by itself: each round opens once however many servers run the job, every person of
// the unit finds their own link in the inbox, and the links leave the inboxes when the round is over.
describe.each(testEngines())('scheduled pulse rounds on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let viewer: TestPerson;
  let people: TestPerson[];
  let survey: string;
  let manual: string;

  const send = (who: TestPerson, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: who.headers, payload });
  const rounds = (surveyId: string) =>
    t.db.system((tx) =>
      selectRows<{ id: string; opened_at: string }>(
        tx,
        sql`SELECT id, opened_at FROM pulse_rounds WHERE survey_id = ${surveyId} ORDER BY opened_at`,
      ),
    );
  const invitations = (roundId: string) =>
    t.db.system((tx) =>
      selectRows<{ user_id: string; link: string | null; title: string }>(
        tx,
        sql`SELECT user_id, link, title FROM notifications
            WHERE kind = 'pulse.invitation' AND entity_id = ${roundId} ORDER BY user_id`,
      ),
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    people = [
      await createMember(t.db, owner.organizationId, 'contributor'),
      await createMember(t.db, owner.organizationId, 'contributor'),
      await createMember(t.db, owner.organizationId, 'contributor'),
    ];
    const unit = await send(owner, 'POST', '/api/v1/org-units', {
      name: 'Gamma',
      kind: 'team',
      headcount: 3,
    });
    const unitId = unit.json().id as string;
    for (const p of people) {
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/org-units/${unitId}/members/${p.userId}`,
        headers: owner.headers,
        payload: { role: 'member' },
      });
      expect(put.statusCode, put.body).toBe(204);
    }
    const created = await send(lead, 'POST', '/api/v1/pulse-surveys', {
      orgUnitId: unitId,
      name: 'Gamma check-in',
      cadenceDays: 30,
      cooldownDays: 21,
      autoRounds: true,
      roundDays: 7,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ autoRounds: true, roundDays: 7 });
    survey = created.json().id;
    const other = await send(lead, 'POST', '/api/v1/pulse-surveys', { orgUnitId: unitId, name: 'By hand' });
    manual = other.json().id;
  }, 120_000);
  afterAll(() => t.close());

  it('opens a due round once when two runs race, with one inbox link per person of the unit', async () => {
    const [a, b] = await Promise.all([
      runPulseSchedule(t.db, { now: T0 }),
      runPulseSchedule(t.db, { now: T0 }),
    ]);
    expect(a.opened + b.opened).toBe(1);
    const [round] = await rounds(survey);
    expect(await rounds(survey)).toHaveLength(1);
    expect(await rounds(manual)).toHaveLength(0);
    const inbox = await invitations(round!.id);
    expect(inbox.map((n) => n.user_id)).toEqual(people.map((p) => p.userId).sort());
    // The token rides in the fragment, which browsers never send: no request log holds it.
    expect(inbox.every((n) => n.link!.startsWith('/pulse#token='))).toBe(true);
    const tokens = inbox.map((n) => new URLSearchParams(n.link!.split('#')[1]).get('token')!);
    expect(new Set(tokens).size).toBe(3);
    expect(inbox[0]!.title).toBe('Pulse check-in for Gamma: Gamma check-in');
    // Each link answers once, anonymously.
    const answers = Object.fromEntries(
      ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement', 'workload', 'wellbeing'].map((k) => [
        k,
        4,
      ]),
    );
    for (const token of tokens) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/pulse/answers',
        payload: { token, answers },
      });
      expect(res.statusCode, res.body).toBe(204);
    }
    // Still open a day later: nothing new.
    expect((await runPulseSchedule(t.db, { now: day(1) })).opened).toBe(0);
  });

  it('takes the links out of the inboxes once the round is over, and opens the next one a cadence later', async () => {
    const [first] = await rounds(survey);
    const over = await runPulseSchedule(t.db, { now: day(8) });
    expect(over).toMatchObject({ opened: 0, closed: 1 });
    expect((await invitations(first!.id)).map((n) => n.link)).toEqual([null, null, null]);
    expect((await runPulseSchedule(t.db, { now: day(29) })).opened).toBe(0);
    expect((await runPulseSchedule(t.db, { now: day(30) })).opened).toBe(1);
    expect(await rounds(survey)).toHaveLength(2);
  });

  it('skips a round while everyone was asked within the cooldown', async () => {
    const shorter = await send(lead, 'PATCH', `/api/v1/pulse-surveys/${survey}`, { cadenceDays: 7 });
    expect(shorter.statusCode, shorter.body).toBe(200);
    expect(shorter.json().cadenceDays).toBe(7);
    // Round 2 opened on day 30 and ran to day 37; a cadence of 7 makes round 3 due then, but the cooldown
    // (21 days since day 30) holds everyone back through day 51.
    expect((await runPulseSchedule(t.db, { now: day(38) })).opened).toBe(0);
    expect((await runPulseSchedule(t.db, { now: day(51) })).opened).toBe(0);
    expect((await runPulseSchedule(t.db, { now: day(52) })).opened).toBe(1);
  });

  it('refuses a bad schedule or a non-lead, changing nothing', async () => {
    const stranger = await createOrganizationWithOwner(t.db);
    const before = await databaseDigest(t.db);
    expectProblem(
      await send(lead, 'PATCH', `/api/v1/pulse-surveys/${survey}`, { roundDays: 0 }),
      400,
      'body.roundDays',
    );
    expectProblem(
      await send(lead, 'PATCH', `/api/v1/pulse-surveys/${survey}`, { autoRounds: 'yes' }),
      400,
      'body.autoRounds',
    );
    expectProblem(await send(viewer, 'PATCH', `/api/v1/pulse-surveys/${survey}`, { autoRounds: false }), 403);
    expectProblem(
      await send(stranger, 'PATCH', `/api/v1/pulse-surveys/${survey}`, { autoRounds: false }),
      404,
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });
});
