import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { loadConfig } from '../../../platform/config';
import { selectRows } from '../../../platform/db/rows';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { runPulseSchedule } from '../services/pulse-scheduler';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const ITEMS = ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement', 'workload', 'wellbeing'];
const all = (v: number) => Object.fromEntries(ITEMS.map((k) => [k, v]));

// What a lead or admin can do against a pulse's anonymity, each attack tried through the API: holding the
// links, stuffing ballots, probing which links were used, reading the audit log, reading request logs.
describe.each(testEngines())('pulse anonymity against a hostile lead or admin on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let viewer: TestPerson;
  let people: TestPerson[];
  let unitId: string;
  let survey: string;

  const send = (who: TestPerson, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const publicPost = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
  /** The pulse links in one person's inbox, read as that person through the API. */
  const inboxLinks = async (who: TestPerson) => {
    const res = await send(who, 'GET', '/api/v1/notifications?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { kind: string; link: string | null; entityId: string | null }[]).filter(
      (n) => n.kind === 'pulse.invitation',
    );
  };
  const tokenOf = (link: string) => new URLSearchParams(link.split('#')[1] ?? '').get('token');
  /** Opens a round as the lead; each person's token as they find it in their inbox. */
  const openRound = async () => {
    const res = await send(lead, 'POST', `/api/v1/pulse-surveys/${survey}/rounds`, { closesInDays: 7 });
    expect(res.statusCode, res.body).toBe(201);
    const roundId = res.json().round.id as string;
    const tokens: string[] = [];
    for (const p of people) {
      const mine = (await inboxLinks(p)).filter((n) => n.entityId === roundId);
      expect(mine).toHaveLength(1);
      tokens.push(tokenOf(mine[0]!.link!)!);
    }
    return { res, roundId, tokens };
  };
  const answer = (token: string, answers = all(3)) => publicPost('/api/v1/pulse/answers', { token, answers });
  const close = async (roundId: string) => {
    const res = await send(lead, 'POST', `/api/v1/pulse-rounds/${roundId}/close`, {});
    expect(res.statusCode, res.body).toBe(200);
  };
  const responsesOf = (roundId: string) =>
    t.db.system(async (tx) => {
      const [row] = await selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM pulse_responses WHERE round_id = ${roundId}`,
      );
      return row!.n;
    });

  beforeAll(async () => {
    // SMTP set: links also go out by e-mail (the outbox is filled; no mailer runs in tests).
    t = await createTestApp(engine, { smtpUrl: 'smtp://127.0.0.1:2525', mailFrom: 'trellis@example.org' });
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    people = [];
    for (let i = 0; i < 4; i++) people.push(await createMember(t.db, owner.organizationId, 'contributor'));
    const unit = await send(owner, 'POST', '/api/v1/org-units', {
      name: 'Claims',
      kind: 'team',
      headcount: 4,
    });
    unitId = unit.json().id;
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
      name: 'Claims check-in',
      cooldownDays: 0,
    });
    expect(created.statusCode, created.body).toBe(201);
    survey = created.json().id;
  }, 120_000);
  afterAll(() => t.close());

  it('hands the lead who opens a round no link: each invited person gets their own, inbox and e-mail', async () => {
    const since = await lastAuditId(t.db, owner.organizationId);
    const { res, roundId, tokens } = await openRound();
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['emailed', 'invited', 'round', 'skippedForCooldown']);
    expect(body).toMatchObject({ invited: 4, emailed: 4, skippedForCooldown: 0 });
    for (const token of tokens) expect(res.body).not.toContain(token);
    expect(res.body).not.toContain('/pulse');
    // One link per person, each different; the token only in the fragment, which no request carries.
    expect(new Set(tokens).size).toBe(4);
    for (const p of people) {
      const [n] = (await inboxLinks(p)).filter((x) => x.entityId === roundId);
      expect(n!.link).toMatch(/^\/pulse#token=[^&?]+$/);
    }
    // Nobody else holds one: not the lead, the owner or a viewer.
    for (const other of [lead, owner, viewer]) expect(await inboxLinks(other)).toEqual([]);
    // The e-mail carries the same link as the person's inbox, to that person only.
    const mails = await t.db.system((tx) =>
      selectRows<{ to_address: string; text_body: string; html_body: string; kind: string }>(
        tx,
        sql`SELECT to_address, text_body, html_body, kind FROM digest_emails
            WHERE organization_id = ${owner.organizationId} AND kind = 'pulse' ORDER BY to_address`,
      ),
    );
    expect(mails.map((m) => m.to_address)).toEqual(people.map((p) => p.email).sort());
    for (const [i, p] of people.entries()) {
      const mail = mails.find((m) => m.to_address === p.email)!;
      expect(mail.text_body).toContain(`http://trellis.test/pulse#token=${encodeURIComponent(tokens[i]!)}`);
      for (const [j, other] of tokens.entries()) if (j !== i) expect(mail.text_body).not.toContain(other);
    }
    // Neither the audit log nor the admin's delivery log shows a token.
    const events = await auditEventsSince(t.db, owner.organizationId, since);
    expect(events.map((e) => e.action)).toEqual(['pulse_round.opened']);
    expect(events[0]!.after).toMatchObject({ roundId, invited: 4 });
    const log = await send(owner, 'GET', '/api/v1/learning/digest-emails?limit=200');
    expect(log.statusCode, log.body).toBe(200);
    for (const token of [...tokens, ...tokens.map(encodeURIComponent)]) {
      expect(JSON.stringify(events)).not.toContain(token);
      expect(log.body).not.toContain(token);
    }
    await close(roundId);
  });

  it('refuses ballots from anyone not invited: no links to order, each link answers once', async () => {
    const before = await databaseDigest(t.db);
    expectProblem(
      await send(lead, 'POST', `/api/v1/pulse-surveys/${survey}/rounds`, { extraLinks: 2 }),
      400,
      'body.extraLinks',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
    const { roundId, tokens } = await openRound();
    expect((await answer(tokens[0]!, all(5))).statusCode).toBe(204);
    const settled = await databaseDigest(t.db);
    expectProblem(await answer(tokens[0]!, all(1)), 400, 'body.token');
    expectProblem(await answer(randomBytes(32).toString('base64url'), all(1)), 400, 'body.token');
    expect(await databaseDigest(t.db)).toEqual(settled);
    expect(await responsesOf(roundId)).toBe(1);
    await close(roundId);
  });

  it('makes a used link, a closed round’s link and one never issued look alike', async () => {
    const { roundId, tokens } = await openRound();
    const form = (token: string) => publicPost('/api/v1/pulse/form', { token });
    const fresh = await form(tokens[1]!);
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toMatchObject({ surveyName: 'Claims check-in', unitName: 'Claims' });
    expect((await answer(tokens[0]!)).statusCode).toBe(204);
    const strip = (body: { detail: string; errors?: unknown; status: number; type: string }) => ({
      status: body.status,
      type: body.type,
      detail: body.detail,
      errors: body.errors,
    });
    const used = expectProblem(await form(tokens[0]!), 400, 'body.token');
    const never = expectProblem(await form(randomBytes(32).toString('base64url')), 400, 'body.token');
    expect(strip(used)).toEqual(strip(never));
    await close(roundId);
    const unusedOfClosed = expectProblem(await form(tokens[1]!), 400, 'body.token');
    expect(strip(unusedOfClosed)).toEqual(strip(never));
    expect(strip(expectProblem(await answer(tokens[1]!), 400, 'body.token'))).toEqual(strip(never));
  });

  it('keeps answers out of the audit log: no event per answer, the count only at close and only from 3', async () => {
    const since = await lastAuditId(t.db, owner.organizationId);
    const small = await openRound();
    const afterOpen = await lastAuditId(t.db, owner.organizationId);
    for (const token of small.tokens.slice(0, 2)) expect((await answer(token)).statusCode).toBe(204);
    expect(await lastAuditId(t.db, owner.organizationId)).toBe(afterOpen);
    await close(small.roundId);
    const big = await openRound();
    for (const [i, token] of big.tokens.slice(0, 3).entries())
      expect((await answer(token, all(i + 2))).statusCode).toBe(204);
    // Nobody closes it: the schedule ends it when its time is up.
    const over = new Date(Date.now() + 8 * 86_400_000);
    expect((await runPulseSchedule(t.db, { now: over })).closed).toBeGreaterThanOrEqual(1);
    const events = (await auditEventsSince(t.db, owner.organizationId, since)).filter((e) =>
      e.action.startsWith('pulse_round.'),
    );
    expect(events.map((e) => [e.action, e.after])).toEqual([
      ['pulse_round.opened', expect.objectContaining({ roundId: small.roundId, invited: 4 })],
      ['pulse_round.closed', { roundId: small.roundId, invited: 4, respondents: null }],
      ['pulse_round.opened', expect.objectContaining({ roundId: big.roundId, invited: 4 })],
      ['pulse_round.closed', { roundId: big.roundId, invited: 4, respondents: 3 }],
    ]);
    expect(events[3]!.actor).toMatchObject({ type: 'system' });
    // The shown counts are those of the people who answered: 2 → suppressed, 3 → shown.
    const results = (await send(viewer, 'GET', `/api/v1/pulse-surveys/${survey}/results`)).json();
    const byId = new Map(results.rounds.map((r: { roundId: string }) => [r.roundId, r]));
    expect(byId.get(small.roundId)).toMatchObject({ suppressed: true, respondents: null, items: null });
    expect(byId.get(big.roundId)).toMatchObject({ suppressed: false, respondents: 3, overall: 3 });
    // Once over, the links leave the inboxes and the stored e-mails.
    for (const p of people) {
      const [n] = (await inboxLinks(p)).filter((x) => x.entityId === big.roundId);
      expect(n!.link).toBeNull();
    }
    const leftover = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM digest_emails WHERE kind = 'pulse' AND text_body LIKE '%token=%'
              AND organization_id = ${owner.organizationId}`,
      ),
    );
    expect(leftover[0]!.n).toBe(0);
    // None of them was sent here (no mailer runs): each is cancelled, with why, and none goes out later.
    const states = await t.db.system((tx) =>
      selectRows<{ status: string; last_error: string | null; n: number }>(
        tx,
        sql`SELECT status, last_error, count(*)::int AS n FROM digest_emails
              WHERE kind = 'pulse' AND organization_id = ${owner.organizationId} GROUP BY status, last_error`,
      ),
    );
    // (Rounds of the tests before this one too: every pulse e-mail of the organization.)
    expect(states.map(({ status, last_error }) => ({ status, last_error }))).toEqual([
      { status: 'cancelled', last_error: 'The round closed before it was sent.' },
    ]);
    expect(states[0]!.n).toBeGreaterThanOrEqual(8);
  });

  it('refuses a round that could never be shown (fewer than 3 to ask), changing nothing', async () => {
    const pair = await send(owner, 'POST', '/api/v1/org-units', { name: 'Pair', kind: 'team', headcount: 2 });
    for (const p of people.slice(0, 2)) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/org-units/${pair.json().id}/members/${p.userId}`,
        headers: owner.headers,
        payload: { role: 'member' },
      });
    }
    const created = await send(lead, 'POST', '/api/v1/pulse-surveys', {
      orgUnitId: pair.json().id,
      name: 'Pair check-in',
      cooldownDays: 0,
    });
    const before = await databaseDigest(t.db);
    expectProblem(await send(lead, 'POST', `/api/v1/pulse-surveys/${created.json().id}/rounds`, {}), 409);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('keeps link tokens out of the request log, from the inbox link to the answer', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      db: t.db,
      config: loadConfig({ publicUrl: 'http://trellis.test' }, {}),
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
      serveWeb: false,
    });
    await logged.ready();
    try {
      const { roundId, tokens } = await openRound();
      // As the answer page does with the link from the inbox: the form, then the answer.
      const [n] = (await inboxLinks(people[0]!)).filter((x) => x.entityId === roundId);
      expect(new URL(n!.link!, 'http://trellis.test').search).toBe('');
      const token = tokenOf(n!.link!)!;
      expect(token).toBe(tokens[0]);
      const form = await logged.inject({ method: 'POST', url: '/api/v1/pulse/form', payload: { token } });
      expect(form.statusCode, form.body).toBe(200);
      const done = await logged.inject({
        method: 'POST',
        url: '/api/v1/pulse/answers',
        payload: { token, answers: all(4) },
      });
      expect(done.statusCode, done.body).toBe(204);
      const again = await logged.inject({
        method: 'POST',
        url: '/api/v1/pulse/answers',
        payload: { token, answers: all(4) },
      });
      expect(again.statusCode).toBe(400);
      const log = lines.join('');
      expect(log).toContain('/api/v1/pulse/answers');
      expect(log).not.toContain(token);
      expect(log).not.toContain(encodeURIComponent(token));
      await close(roundId);
    } finally {
      await logged.close();
    }
  });
});
