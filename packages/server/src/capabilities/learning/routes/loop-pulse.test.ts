import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit, setOrgUnitMember } from '../../capacity/services/org-units';
import {
  answerPulse,
  closePulseRound,
  createPulseSurvey,
  inboxPulseTokens,
  startPulseRound,
} from '../../capacity/services/pulse';
import { createApplication } from '../../portfolio/services/applications';
import { call, systemCtx } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Loops {
  items: {
    application: { id: string; name: string };
    loops: { loop: string; lastActivityAt: string | null; status: string; cadenceDays: number }[];
  }[];
}

const DAY = 86_400_000;
const ITEMS = [{ key: 'workload', label: 'My workload is manageable right now.' }];

describe.each(testEngines())('the pulse loop reads the capacity pulse on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let stranger: TestPerson;
  let ctx: OrgContext;
  let division: string;
  let team: string;
  let otherTeam: string;
  let teamApp: string;
  let quietApp: string;
  const now = new Date();

  const tenant = <T>(fn: (tx: Parameters<Parameters<TestApp['db']['tenant']>[1]>[0]) => Promise<T>) =>
    t.db.tenant(owner.organizationId, fn);

  /** A round on the unit's survey opened `openedDaysAgo`, answered `answers` times, closed `closedDaysAgo`. */
  async function round(
    c: OrgContext,
    org: string,
    surveyId: string,
    opts: { openedDaysAgo: number; answers: number; closedDaysAgo: number | null },
  ) {
    const opened = new Date(now.getTime() - opts.openedDaysAgo * DAY);
    return t.db.tenant(org, async (tx) => {
      const { round: r } = await startPulseRound(tx, c, surveyId, {
        closesInDays: 14,
        now: opened,
        delivery: { emailOrigin: null },
      });
      // The unit's people answer, each through the link in their own inbox.
      const tokens = await inboxPulseTokens(tx, r.id);
      expect(tokens.length).toBeGreaterThanOrEqual(opts.answers);
      for (const token of tokens.slice(0, opts.answers))
        await answerPulse(tx, org, token, { workload: 3 }, opened);
      if (opts.closedDaysAgo !== null)
        await closePulseRound(tx, c, r.id, new Date(now.getTime() - opts.closedDaysAgo * DAY));
      return r;
    });
  }

  /** Three people with an account in the unit: a round asks at least three. */
  async function staff(c: OrgContext, org: string, unitId: string) {
    for (let i = 0; i < 3; i++) {
      const person = await createMember(t.db, org, 'contributor');
      await t.db.tenant(org, (tx) =>
        setOrgUnitMember(tx, c, unitId, { userId: person.userId, role: 'member' }),
      );
    }
  }

  const pulseOf = async (person: TestPerson, applicationId: string) => {
    const loops = await call<Loops>(t, person, 'GET', '/api/v1/learning/loops');
    return loops.items.find((i) => i.application.id === applicationId)?.loops.find((l) => l.loop === 'pulse');
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    stranger = await createOrganizationWithOwner(t.db);
    ctx = systemCtx(owner.organizationId);
    await tenant(async (tx) => {
      division = (await createOrgUnit(tx, ctx, { name: 'Learning & Development', kind: 'division' })).id;
      team = (await createOrgUnit(tx, ctx, { name: 'Needs analysis', kind: 'team', parentId: division })).id;
      otherTeam = (await createOrgUnit(tx, ctx, { name: 'Facilitation', kind: 'team', parentId: division }))
        .id;
      teamApp = (
        await createApplication(tx, ctx, {
          name: 'Needs-analysis assistant',
          stage: 'pilot',
          orgUnitIds: [team],
        })
      ).id;
      quietApp = (
        await createApplication(tx, ctx, { name: 'Quiz drafts', stage: 'pilot', orgUnitIds: [otherTeam] })
      ).id;
    });
    await staff(ctx, owner.organizationId, team);
    await staff(ctx, owner.organizationId, otherTeam);
  });
  afterAll(() => t.close());

  it('is never active while no pulse round has closed with answers', async () => {
    const survey = await tenant((tx) =>
      createPulseSurvey(tx, ctx, {
        orgUnitId: team,
        name: 'Team pulse',
        cadenceDays: 30,
        cooldownDays: 0,
        items: ITEMS,
      }),
    );
    // Answered but still open; closed without answers; closed with two answers (a group too small to show,
    // so not even that it answered may show): none is a turn of the loop.
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 3, answers: 3, closedDaysAgo: null });
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 20, answers: 0, closedDaysAgo: 10 });
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 30, answers: 2, closedDaysAgo: 25 });
    expect(await pulseOf(owner, teamApp)).toMatchObject({ lastActivityAt: null });
  });

  it('takes the latest close of an answered round of the application’s unit, and leaves other units alone', async () => {
    const survey = await tenant((tx) =>
      createPulseSurvey(tx, ctx, {
        orgUnitId: team,
        name: 'Second pulse',
        cadenceDays: 30,
        cooldownDays: 0,
        items: ITEMS,
      }),
    );
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 50, answers: 3, closedDaysAgo: 40 });
    const recent = await round(ctx, owner.organizationId, survey.id, {
      openedDaysAgo: 12,
      answers: 3,
      closedDaysAgo: 5,
    });
    const pulse = await pulseOf(owner, teamApp);
    expect(pulse?.lastActivityAt).toBe(new Date(now.getTime() - 5 * DAY).toISOString());
    expect(pulse?.status).toBe('active');
    expect(recent.id).toBeTruthy();
    expect(await pulseOf(owner, quietApp)).toMatchObject({ lastActivityAt: null });
  });

  it('counts a round of the division above the team, which reached the team’s people', async () => {
    const survey = await tenant((tx) =>
      createPulseSurvey(tx, ctx, {
        orgUnitId: division,
        name: 'Division pulse',
        cadenceDays: 30,
        cooldownDays: 0,
        items: ITEMS,
      }),
    );
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 4, answers: 4, closedDaysAgo: 2 });
    const expected = new Date(now.getTime() - 2 * DAY).toISOString();
    expect((await pulseOf(owner, teamApp))?.lastActivityAt).toBe(expected);
    expect((await pulseOf(owner, quietApp))?.lastActivityAt).toBe(expected);
  });

  it('counts a round whose closing time passed without anyone closing it', async () => {
    const survey = await tenant((tx) =>
      createPulseSurvey(tx, ctx, {
        orgUnitId: otherTeam,
        name: 'Lapsed',
        cadenceDays: 30,
        cooldownDays: 0,
        items: ITEMS,
      }),
    );
    // Opened 15 days ago with a 14-day window: it closed by itself a day ago.
    await round(ctx, owner.organizationId, survey.id, { openedDaysAgo: 15, answers: 3, closedDaysAgo: null });
    expect((await pulseOf(owner, quietApp))?.lastActivityAt).toBe(
      new Date(now.getTime() - DAY).toISOString(),
    );
  });

  it('never reads another organization’s pulse', async () => {
    const theirs = systemCtx(stranger.organizationId);
    const { unitId, appId } = await t.db.tenant(stranger.organizationId, async (tx) => {
      const unit = await createOrgUnit(tx, theirs, { name: 'Their team', kind: 'team' });
      const app = await createApplication(tx, theirs, {
        name: 'Theirs',
        stage: 'pilot',
        orgUnitIds: [unit.id],
      });
      return { unitId: unit.id, appId: app.id };
    });
    await staff(theirs, stranger.organizationId, unitId);
    const survey = await t.db.tenant(stranger.organizationId, (tx) =>
      createPulseSurvey(tx, theirs, {
        orgUnitId: unitId,
        name: 'Theirs',
        cadenceDays: 30,
        cooldownDays: 0,
        items: ITEMS,
      }),
    );
    await round(theirs, stranger.organizationId, survey.id, {
      openedDaysAgo: 2,
      answers: 3,
      closedDaysAgo: 1,
    });
    expect((await pulseOf(stranger, appId))?.lastActivityAt).toBe(
      new Date(now.getTime() - DAY).toISOString(),
    );
    const mine = await call<Loops>(t, owner, 'GET', '/api/v1/learning/loops');
    expect(mine.items.map((i) => i.application.id)).not.toContain(appId);
    expect((await pulseOf(owner, teamApp))?.lastActivityAt).toBe(
      new Date(now.getTime() - 2 * DAY).toISOString(),
    );
  });
});
