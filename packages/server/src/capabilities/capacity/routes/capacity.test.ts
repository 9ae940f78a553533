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
import { createChangeImpact } from '../services/change-impacts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Load model (packages/core/src/capacity/load.ts): points × people in every active month; capacity 10 × headcount.
describe.each(testEngines())('change absorption capacity on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let viewer: TestPerson;
  let division: string;
  let alpha: string;
  let beta: string;

  const post = (who: TestPerson, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload });
  const get = (who: TestPerson | { headers: Record<string, string> }, url: string) =>
    t.app.inject({ method: 'GET', url, headers: who.headers });
  const unit = async (payload: object) => {
    const res = await post(owner, '/api/v1/org-units', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const impact = (orgUnitId: string, overrides: object = {}) => ({
    orgUnitId,
    title: 'Rollout',
    aspects: { process: 4, tools: 3, skills: 3 },
    peopleAffected: 6,
    startDate: '2027-03-01',
    endDate: '2027-04-30',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    division = await unit({ name: 'Operations', kind: 'division' });
    alpha = await unit({ name: 'Alpha', kind: 'team', parentId: division, headcount: 8 });
    beta = await unit({ name: 'Beta', kind: 'team', parentId: division, headcount: 4, monthlyCapacity: 30 });
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/org-units/${alpha}/members/${lead.userId}`,
      headers: owner.headers,
      payload: { role: 'lead' },
    });
  }, 120_000);
  afterAll(() => t.close());

  it('lists org units to any member, with the effective capacity, up to 500 a page', async () => {
    const res = await get(viewer, '/api/v1/org-units?limit=500');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.nextCursor).toBeNull();
    const byName = Object.fromEntries(body.items.map((u: { name: string }) => [u.name, u]));
    expect(byName.Alpha).toMatchObject({
      parentId: division,
      kind: 'team',
      headcount: 8,
      monthlyCapacity: null,
      effectiveCapacity: 80,
      amberThreshold: 0.8,
      redThreshold: 1,
    });
    expect(byName.Beta).toMatchObject({ monthlyCapacity: 30, effectiveCapacity: 30 });
    expectProblem(await get(viewer, '/api/v1/org-units?limit=501'), 400, 'query.limit');
    const paged = await get(viewer, '/api/v1/org-units?limit=2');
    expect(paged.json().items.map((u: { name: string }) => u.name)).toEqual(['Operations', 'Alpha']);
    const next = await get(viewer, `/api/v1/org-units?limit=2&cursor=${paged.json().nextCursor}`);
    expect(next.json().items.map((u: { name: string }) => u.name)).toEqual(['Beta']);
  });

  it('refuses bad units, leaving everything as it was', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const before = await databaseDigest(t.db);
    expectProblem(
      await post(owner, '/api/v1/org-units', { name: 'X', kind: 'division', parentId: alpha }),
      400,
      'body.kind',
    );
    expectProblem(
      await post(owner, '/api/v1/org-units', { name: 'X', kind: 'team', amberThreshold: 1.2 }),
      400,
      'body.amberThreshold',
    );
    expectProblem(await post(viewer, '/api/v1/org-units', { name: 'X', kind: 'team' }), 403);
    expectProblem(
      await post(other, '/api/v1/org-units', { name: 'X', kind: 'team', parentId: division }),
      400,
      'body.parentId',
    );
    expectProblem(await get(other, `/api/v1/org-units/${alpha}`), 404);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('refuses impacts that end before they start or rate out of range, changing nothing', async () => {
    const before = await databaseDigest(t.db);
    const url = '/api/v1/change-impacts';
    expectProblem(await post(lead, url, impact(alpha, { endDate: '2027-02-28' })), 400, 'body.endDate');
    expectProblem(await post(lead, url, impact(alpha, { aspects: { tools: 6 } })), 400, 'body.aspects.tools');
    expectProblem(await post(lead, url, impact(alpha, { aspects: {} })), 400, 'body.aspects');
    expectProblem(await post(lead, url, impact(alpha, { aspects: { mood: 2 } })), 400);
    expectProblem(await post(lead, url, impact(alpha, { startDate: '2027-02-30' })), 400, 'body.startDate');
    expectProblem(await post(lead, url, impact(alpha, { peopleAffected: 9 })), 400, 'body.peopleAffected');
    expectProblem(await post(viewer, url, impact(alpha)), 403);
    expectProblem(
      await post(lead, `${url}/import`, { items: [impact(alpha), impact(beta, { endDate: '2026-01-01' })] }),
      400,
      'body.items.1.endDate',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('computes the heatmap exactly, rolls it up, and announces a unit turning red', async () => {
    await post(owner, '/api/v1/webhooks', { url: 'https://hooks.example.com/trellis', events: ['unit.red'] });
    // Alpha: 10 points × 6 people = 60 in March and April 2027 → 60 / 80 = 0.75 green.
    const first = await post(lead, '/api/v1/change-impacts', impact(alpha, { title: 'Rollout A' }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ points: 10, source: 'manual' });
    let map = (await get(viewer, '/api/v1/capacity/heatmap?from=2027-03&months=2')).json();
    const row = (id: string) => map.rows.find((r: { unit: { id: string } }) => r.unit.id === id);
    expect(row(alpha).cells[0]).toMatchObject({ load: 60, capacity: 80, ratio: 0.75, status: 'green' });
    // Rollout B, March only: + (2 + 2) × 6 = 24 → 84 / 80 = 1.05 red in March; April stays 0.75.
    const second = await post(
      lead,
      '/api/v1/change-impacts',
      impact(alpha, {
        title: 'Rollout B',
        aspects: { roles: 2, behaviours: 2 },
        endDate: '2027-03-31',
      }),
    );
    expect(second.statusCode, second.body).toBe(201);
    map = (await get(viewer, '/api/v1/capacity/heatmap?from=2027-03&months=2')).json();
    expect(row(alpha).cells[0]).toMatchObject({ load: 84, status: 'red' });
    expect(row(alpha).cells[0].ratio).toBeCloseTo(1.05, 12);
    expect(row(alpha).cells[1]).toMatchObject({ load: 60, status: 'green' });
    // Operations rolls up Alpha (80) and Beta (30): 84 / 110.
    expect(row(division).cells[0]).toMatchObject({ ownLoad: 0, load: 84, capacity: 110, status: 'green' });

    const deliveries = await t.db.system((tx) =>
      selectRows<{ event: string; payload: { data: { orgUnitId: string; months: string[] } } }>(
        tx,
        sql`SELECT event, payload FROM webhook_deliveries WHERE organization_id = ${owner.organizationId} AND event = 'unit.red'`,
      ),
    );
    expect(deliveries.map((d) => [d.payload.data.orgUnitId, d.payload.data.months])).toEqual([
      [alpha, ['2027-03']],
    ]);
    const inbox = await t.db.system((tx) =>
      selectRows<{ user_id: string; kind: string }>(
        tx,
        sql`SELECT user_id, kind FROM notifications WHERE organization_id = ${owner.organizationId} AND kind = 'unit.red'`,
      ),
    );
    expect(inbox).toEqual([{ user_id: lead.userId, kind: 'unit.red' }]);

    const cell = (
      await get(viewer, `/api/v1/capacity/heatmap/cell?orgUnitId=${division}&month=2027-03`)
    ).json();
    expect(
      cell.items.map((i: { title: string; load: number; unitName: string }) => [i.title, i.load, i.unitName]),
    ).toEqual([
      ['Rollout A', 60, 'Alpha'],
      ['Rollout B', 24, 'Alpha'],
    ]);
  });

  it('lets sequencing record an impact from an expansion stage through createChangeImpact', async () => {
    const ctx = {
      organizationId: owner.organizationId,
      role: 'lead' as const,
      actor: { type: 'system' as const, id: null, name: 'planner' },
      requestId: 'test',
    };
    const row = await t.db.tenant(owner.organizationId, (tx) =>
      createChangeImpact(tx, ctx, {
        ...impact(beta, { title: 'Stage 2: Beta', peopleAffected: 1, aspects: { tools: 1 } }),
        startDate: '2028-01-01',
        endDate: '2028-01-31',
        source: 'expansion',
        sourceRef: 'stage-2',
      }),
    );
    const listed = (await get(viewer, `/api/v1/change-impacts?orgUnitId=${beta}`)).json();
    expect(listed.items.find((i: { id: string }) => i.id === row.id)).toMatchObject({
      source: 'expansion',
      sourceRef: 'stage-2',
      points: 1,
    });
    expectProblem(await post(lead, '/api/v1/change-impacts', { ...impact(beta), source: 'expansion' }), 400);
  });

  it('answers the saturation check without changing anything', async () => {
    const before = await databaseDigest(t.db);
    // April: 60 existing + 5 × 6 = 90 of 80 → red, 10 points over the red line.
    const res = await post(viewer, '/api/v1/capacity/saturation-check', {
      orgUnitId: alpha,
      aspects: { tools: 5 },
      peopleAffected: 6,
      startDate: '2027-04-01',
      endDate: '2027-04-30',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      fits: false,
      worstStatus: 'red',
      worstMonth: '2027-04',
      maxOvershoot: 10,
    });
    expect(res.json().months[0]).toMatchObject({
      existingLoad: 60,
      addedLoad: 30,
      projectedLoad: 90,
      capacity: 80,
    });
    const fits = await post(viewer, '/api/v1/capacity/saturation-check', {
      orgUnitId: beta,
      aspects: { tools: 1 },
      peopleAffected: 4,
      startDate: '2027-04-01',
      endDate: '2027-04-30',
    });
    expect(fits.json()).toMatchObject({ fits: true, worstStatus: 'green', maxOvershoot: 0 });
    expectProblem(
      await post(viewer, '/api/v1/capacity/saturation-check', {
        orgUnitId: alpha,
        aspects: { tools: 1 },
        peopleAffected: 1,
        startDate: '2027-04-02',
        endDate: '2027-04-01',
      }),
      400,
      'body.endDate',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  describe('pulse', () => {
    let survey: string;
    // The people of Alpha and Beta who are asked; they leave the units again at the end of this block.
    const asked: { unitId: string; person: TestPerson }[] = [];
    const join = async (unitId: string, n: number) => {
      for (let i = 0; i < n; i++) {
        const person = await createMember(t.db, owner.organizationId, 'contributor');
        const put = await t.app.inject({
          method: 'PUT',
          url: `/api/v1/org-units/${unitId}/members/${person.userId}`,
          headers: owner.headers,
          payload: { role: 'member' },
        });
        expect(put.statusCode, put.body).toBe(204);
        asked.push({ unitId, person });
      }
    };
    const answer = (token: string, answers: Record<string, number>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/pulse/answers', payload: { token, answers } });
    const all = (v: number) =>
      Object.fromEntries(
        ['awareness', 'desire', 'knowledge', 'ability', 'reinforcement', 'workload', 'wellbeing'].map((k) => [
          k,
          v,
        ]),
      );
    /** Opens a round; the tokens are those in the invited people's own inboxes (nobody else gets one). */
    const openRound = async (surveyId: string) => {
      const res = await post(lead, `/api/v1/pulse-surveys/${surveyId}/rounds`, {});
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as { round: { id: string }; invited: number; skippedForCooldown: number };
      const inbox = await t.db.system((tx) =>
        selectRows<{ link: string }>(
          tx,
          sql`SELECT link FROM notifications WHERE kind = 'pulse.invitation' AND entity_id = ${body.round.id}`,
        ),
      );
      expect(inbox).toHaveLength(body.invited);
      const tokens = inbox.map((n) => new URLSearchParams(n.link.split('#')[1]).get('token')!);
      return { ...body, tokens };
    };
    const close = async (id: string) => {
      const res = await post(lead, `/api/v1/pulse-rounds/${id}/close`, {});
      expect(res.statusCode, res.body).toBe(200);
    };
    let small: Awaited<ReturnType<typeof openRound>>;

    beforeAll(async () => {
      const res = await post(lead, '/api/v1/pulse-surveys', {
        orgUnitId: alpha,
        name: 'Alpha check-in',
        cooldownDays: 21,
      });
      expect(res.statusCode, res.body).toBe(201);
      survey = res.json().id;
      expect(res.json().items.map((i: { key: string }) => i.key)).toEqual([
        'awareness',
        'desire',
        'knowledge',
        'ability',
        'reinforcement',
        'workload',
        'wellbeing',
      ]);
      await join(alpha, 2);
    });
    afterAll(async () => {
      for (const { unitId, person } of asked) {
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/org-units/${unitId}/members/${person.userId}`,
          headers: owner.headers,
        });
      }
    });

    it('answers through the link in one’s own inbox, once, refusing bad answers', async () => {
      // Alpha's lead and its two other people: one link each, in their inboxes only.
      small = await openRound(survey);
      expect(small.invited).toBe(3);
      const token = small.tokens[0]!;
      const form = await t.app.inject({ method: 'POST', url: '/api/v1/pulse/form', payload: { token } });
      expect(form.statusCode, form.body).toBe(200);
      expect(form.json()).toMatchObject({ surveyName: 'Alpha check-in', unitName: 'Alpha' });
      const before = await databaseDigest(t.db);
      expectProblem(await answer(token, { ...all(3), workload: 6 }), 400, 'body.answers.workload');
      expectProblem(await answer(token, { awareness: 3 }), 400, 'body.answers.desire');
      expectProblem(await answer('forged', all(3)), 400, 'body.token');
      expect(await databaseDigest(t.db)).toEqual(before);
      expect((await answer(token, all(1))).statusCode).toBe(204);
      expectProblem(await answer(token, all(5)), 400, 'body.token');
      expect((await answer(small.tokens[1]!, all(1))).statusCode).toBe(204);
      const stored = await t.db.system((tx) =>
        selectRows<Record<string, unknown>>(
          tx,
          sql`SELECT * FROM pulse_responses WHERE organization_id = ${owner.organizationId}`,
        ),
      );
      expect(stored).toHaveLength(2);
      expect(Object.keys(stored[0]!).sort()).toEqual(['answers', 'id', 'organization_id', 'round_id']);
    });

    it('keeps the cooldown: a person asked recently gets no new link', async () => {
      await join(alpha, 3);
      const again = await openRound(survey);
      expect(again.skippedForCooldown).toBe(3);
      expect(again.invited).toBe(3);
      // Three respondents: this round can be shown once it is closed.
      for (const [i, token] of again.tokens.entries())
        expect((await answer(token, all(i + 3))).statusCode).toBe(204);
      // While open, nothing of it shows anywhere.
      let results = (await get(viewer, `/api/v1/pulse-surveys/${survey}/results`)).json();
      expect(results.rounds).toEqual([]);
      await close(small.round.id);
      await close(again.round.id);
      expectProblem(await answer(small.tokens[2]!, all(2)), 400, 'body.token');
      results = (await get(viewer, `/api/v1/pulse-surveys/${survey}/results`)).json();
      const [first, second] = results.rounds;
      expect(first).toMatchObject({
        roundId: small.round.id,
        suppressed: true,
        respondents: null,
        overall: null,
        items: null,
      });
      // Answers 3, 4, 5 on every item: mean 4.
      expect(second).toMatchObject({
        roundId: again.round.id,
        suppressed: false,
        respondents: 3,
        overall: 4,
      });
      expect(second.items[0]).toEqual({ key: 'awareness', mean: 4, counts: [0, 0, 1, 1, 1] });
      // Pooled: the small round is left out first, so pooled = the big round alone (no subtraction attack).
      expect(results.pooled).toMatchObject({ suppressed: false, respondents: 3, overall: 4 });
    });

    it('never shows a group under 3, through any route or filter', async () => {
      const everywhere = [
        `/api/v1/pulse-surveys/${survey}/results`,
        `/api/v1/org-units/${alpha}/pulse-trend`,
        `/api/v1/org-units/${division}/pulse-trend`,
      ];
      for (const url of everywhere) {
        const body = (await get(viewer, url)).json();
        const rounds = body.rounds ?? body.items;
        const shown = rounds.find((r: { roundId: string }) => r.roundId === small.round.id);
        expect(shown, url).toMatchObject({ suppressed: true, respondents: null, overall: null, items: null });
      }
      // A window holding only the small round: nothing, pooled or not.
      const results = (await get(viewer, `/api/v1/pulse-surveys/${survey}/results`)).json();
      const smallClosed = results.rounds[0].closedAt;
      const only = (
        await get(viewer, `/api/v1/pulse-surveys/${survey}/results?from=${smallClosed}&to=${smallClosed}`)
      ).json();
      expect(only.rounds).toHaveLength(1);
      expect(only.pooled).toEqual({ suppressed: true, respondents: null, overall: null, items: null });
      const trend = (
        await get(viewer, `/api/v1/org-units/${alpha}/pulse-trend?from=${smallClosed}&to=${smallClosed}`)
      ).json();
      expect(trend.items.every((r: { suppressed: boolean }) => r.suppressed)).toBe(true);
      const csv = await get(
        viewer,
        `/api/v1/pulse-surveys/${survey}/results.csv?from=${smallClosed}&to=${smallClosed}`,
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.body.trim().split('\n')).toEqual([
        'round_id,closed_at,item,respondents,mean,n1,n2,n3,n4,n5,status',
        `${small.round.id},${smallClosed},,,,,,,,,suppressed (fewer than 3 respondents)`,
      ]);
      const full = await get(viewer, `/api/v1/pulse-surveys/${survey}/results.csv`);
      expect(full.body).toContain(',awareness,3,4.000,0,0,1,1,1,shown');
      expect(full.body).not.toContain('1.000');
    });

    it('explains the absorption score from load and the latest shown pulse', async () => {
      const res = await get(viewer, `/api/v1/org-units/${alpha}/absorption?from=2027-03&months=2`);
      expect(res.statusCode, res.body).toBe(200);
      const [march, april] = res.json().items;
      // March: ratio 1.05 → headroom 0; pulse 4 → 75; score (0 + 75) / 2 = 37.5 → 38.
      expect(march).toMatchObject({ status: 'red', score: 38 });
      expect(march.factors.map((f: { factor: string; value: number }) => [f.factor, f.value])).toEqual([
        ['headroom', 0],
        ['pulse', 75],
      ]);
      // April: ratio 0.75 → headroom 25; (25 + 75) / 2 = 50.
      expect(april).toMatchObject({ status: 'green', score: 50 });
    });

    it('leaves a pulse round under 3 out of the absorption score', async () => {
      const created = await post(lead, '/api/v1/pulse-surveys', { orgUnitId: beta, name: 'Beta check-in' });
      const betaSurvey = created.json().id as string;
      await join(beta, 3);
      const round = await openRound(betaSurvey);
      // Two of Beta's three answer.
      for (const token of round.tokens.slice(0, 2))
        expect((await answer(token, all(5))).statusCode).toBe(204);
      await close(round.round.id);
      const res = await get(viewer, `/api/v1/org-units/${beta}/absorption?from=2027-03&months=1`);
      // Beta in March: 0 of 30 → headroom 100, and no pulse factor from the 2-person round.
      expect(res.json().items[0]).toMatchObject({ score: 100, pulseRoundId: null });
      expect(res.json().items[0].factors.map((f: { factor: string }) => f.factor)).toEqual(['headroom']);
    });
  });

  it('publishes a note to the unit’s people, who acknowledge it once', async () => {
    const member = await createMember(t.db, owner.organizationId, 'contributor');
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/org-units/${alpha}/members/${member.userId}`,
      headers: owner.headers,
      payload: { role: 'member' },
    });
    expectProblem(
      await post(lead, '/api/v1/change-notes', { orgUnitId: beta, title: 'x', body: 'y' }),
      400,
      'body.orgUnitId',
    );
    const res = await post(lead, '/api/v1/change-notes', {
      orgUnitId: division,
      title: 'New intake form',
      body: 'Use the AI draft.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const note = res.json();
    expect(note).toMatchObject({ recipients: 2, acknowledged: 0, unitName: 'Operations' });
    const mine = (await get(member, '/api/v1/change-notes/mine')).json();
    expect(mine.items.map((n: { id: string }) => n.id)).toEqual([note.id]);
    expect((await post(member, `/api/v1/change-notes/${note.id}/acknowledge`, {})).statusCode).toBe(204);
    expectProblem(await post(member, `/api/v1/change-notes/${note.id}/acknowledge`, {}), 409);
    expectProblem(await post(viewer, `/api/v1/change-notes/${note.id}/acknowledge`, {}), 404);
    const list = (await get(viewer, `/api/v1/change-notes?orgUnitId=${alpha}`)).json();
    expect(list.items).toEqual([]);
    const all = (await get(viewer, `/api/v1/change-notes?orgUnitId=${division}`)).json();
    expect(all.items[0]).toMatchObject({ recipients: 2, acknowledged: 1 });
  });
});
