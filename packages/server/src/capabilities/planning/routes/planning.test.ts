import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf, databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit } from '../../capacity/services/org-units';
import { createApplication } from '../../portfolio/services/applications';
import { stageDependencies } from '../../sequencing/sequencing-schema';
import { planningSolver } from '../services/planning-solver';
import {
  insertPlan,
  insertStageDependency,
  type SaturatedPortfolio,
  seedSaturatedPortfolio,
  systemContext,
} from '../test/planning-fixture';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const base = { startMonth: '2027-01', horizonMonths: 6, discountRate: 0, timeLimitSeconds: 5 };

// The portfolio (test/planning-fixture.ts): Customer Success has 40 − 25 committed = 15 free per month;
// Content drafting → Second team (controlled evidence: confidence 0.9, value 100, 15/month, 6 months) and
// Needs analysis → Pilot team (anecdote: 0.4, value 60, 15/month, 3 months) compete for it; Needs analysis →
// Department (0.4 × 80, Operations) waits for the pilot. The optimum is Second team alone: 90 > 24 + 32.
describe.each(testEngines())('the next-step optimizer API on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let viewer: TestPerson;
  let p: SaturatedPortfolio;

  const run = (who: TestPerson, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/planning/runs', headers: who.headers, payload });
  const get = (who: TestPerson, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    p = await seedSaturatedPortfolio(t.db, owner.organizationId);
  }, 120_000);
  afterAll(async () => {
    await planningSolver.close();
    await t.close();
  });

  it('has no recommendation before the first run, answered as a state (200), not an error', async () => {
    const res = await get(viewer, '/api/v1/planning/recommendations');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ runId: null, createdAt: null, steps: [], deferred: [] });
    const latest = await get(viewer, '/api/v1/planning/runs/latest');
    expect(latest.statusCode, latest.body).toBe(200);
    expect(latest.json()).toEqual({ run: null });
  });

  it('defers the step that waits for the saturated team, with the reason in words, beside greedy', async () => {
    const res = await run(lead, base);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.status).toBe('optimal');
    expect(body.months).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(body.optimizer.value).toBeCloseTo(90, 9);
    expect(body.optimizer.gap).toBeLessThanOrEqual(1e-4);
    expect(body.optimizer.scheduled).toEqual([
      {
        stageId: p.secondTeam,
        startMonth: 0,
        endMonth: 5,
        startDate: '2027-01-01',
        value: expect.closeTo(90, 9),
      },
    ]);
    const reasons = Object.fromEntries(
      body.optimizer.deferred.map((d: { stageId: string; reason: string }) => [d.stageId, d.reason]),
    );
    // 25 committed + 15 planned of 40 = 100 %; the pilot's 15 = 37.5 % → 38 %.
    expect(reasons[p.pilotTeam]).toBe(
      'Waits: Customer Success is at 100 % of its change capacity in January 2027 (this step needs 38 % more)',
    );
    expect(reasons[p.department]).toBe(
      'Waits for: Needs analysis → Pilot team, which is not scheduled within the horizon',
    );
    expect(body.greedy.method).toBe('greedy');
    expect(body.greedy.value).toBeCloseTo(90, 9);
    expect(body.greedyValue).toBeCloseTo(90, 9);

    const steps = Object.fromEntries(body.steps.map((s: { stageId: string }) => [s.stageId, s]));
    expect(steps[p.secondTeam]).toMatchObject({
      grade: 'controlled',
      confidence: 0.9,
      applicationName: 'Content drafting',
    });
    expect(steps[p.pilotTeam]).toMatchObject({ grade: 'anecdote', confidence: 0.4 });
    expect(steps[p.department]).toMatchObject({ dependsOn: [p.pilotTeam], earliestMonth: 0 });
    expect(body.steps.map((s: { stageId: string }) => s.stageId)).not.toContain(p.running);
    // The running Ticket triage pilot is fixed load on Operations (capacity 30) in January and February.
    const units = Object.fromEntries(body.units.map((u: { id: string }) => [u.id, u]));
    expect(units[p.operations]).toMatchObject({ name: 'Operations', capacity: [30, 30, 30, 30, 30, 30] });
    expect(units[p.operations].committed).toEqual([15, 15, 0, 0, 0, 0]);
    expect(units[p.customerSuccess].committed).toEqual([25, 25, 25, 25, 25, 25]);
    expect(body.fixed).toEqual([
      expect.objectContaining({ stageId: p.running, startMonth: 0, endMonth: 1, changeLoad: 15 }),
    ]);

    const audit = await auditEventsOf(t.db, owner.organizationId);
    expect(audit.find((e) => e.action === 'planning_run.created' && e.entityId === body.id)).toBeTruthy();

    // The latest run in one request (the roadmap's first data): the same run as by its id.
    const latest = await get(viewer, '/api/v1/planning/runs/latest');
    expect(latest.statusCode, latest.body).toBe(200);
    expect(latest.json()).toEqual({ run: (await get(viewer, `/api/v1/planning/runs/${body.id}`)).json() });

    const rec = await get(viewer, '/api/v1/planning/recommendations');
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json()).toEqual({
      runId: body.id,
      createdAt: body.createdAt,
      steps: [
        {
          stageId: p.secondTeam,
          applicationId: p.contentDrafting,
          applicationName: 'Content drafting',
          stageName: 'Second team',
          startMonth: '2027-01',
          startDate: '2027-01-01',
          value: expect.closeTo(90, 9),
        },
      ],
      deferred: [
        {
          stageId: p.pilotTeam,
          applicationName: 'Needs analysis',
          stageName: 'Pilot team',
          reason: reasons[p.pilotTeam],
        },
        {
          stageId: p.department,
          applicationName: 'Needs analysis',
          stageName: 'Department',
          reason: reasons[p.department],
        },
      ],
    });
    const list = await get(viewer, '/api/v1/planning/runs');
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([body.id]);
    const again = await get(viewer, `/api/v1/planning/runs/${body.id}`);
    expect(again.json().optimizer).toEqual(body.optimizer);
  }, 120_000);

  it('what-if: more Customer Success capacity schedules the pilot and then the department', async () => {
    const res = await run(lead, { ...base, whatIf: { capacities: { [p.customerSuccess]: 70 } } });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    // 90 + 0.4 × 60 + 0.4 × 80 = 146; the department starts once the 3-month pilot has ended (month 3).
    expect(body.optimizer.value).toBeCloseTo(146, 9);
    const starts = Object.fromEntries(
      body.optimizer.scheduled.map((s: { stageId: string; startMonth: number }) => [s.stageId, s.startMonth]),
    );
    expect(starts).toEqual({ [p.secondTeam]: 0, [p.pilotTeam]: 0, [p.department]: 3 });
    expect(body.optimizer.deferred).toEqual([]);
  }, 120_000);

  it('weights: with confidence ignored the department and pilot (60 + 80) beat the second team (100)', async () => {
    const res = await run(lead, { ...base, weights: { confidence: 0 } });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.optimizer.value).toBeCloseTo(140, 9);
    expect(body.optimizer.deferred.map((d: { stageId: string }) => d.stageId)).toEqual([p.secondTeam]);
    // Greedy takes the single most valuable step first, the second team, and so gets 100.
    expect(body.greedy.value).toBeCloseTo(100, 9);
  }, 120_000);

  it('rolls loads up the hierarchy as the heatmap does: a division holds its teams’ changes and its own', async () => {
    // A division (own capacity 10) with two teams (20 each): 50 rolled up. Each team's step (15) fits its
    // team; the division's own step (25) fits its 50. All three at once would be 55 of the division's 50.
    const other = await createOrganizationWithOwner(t.db);
    const ids = await t.db.tenant(other.organizationId, async (tx) => {
      const ctx = systemContext(other.organizationId);
      const unit = async (name: string, monthlyCapacity: number, parentId?: string) =>
        (
          await createOrgUnit(tx, ctx, {
            name,
            kind: parentId ? 'team' : 'division',
            monthlyCapacity,
            parentId,
          })
        ).id;
      const division = await unit('Learning', 10);
      const teamA = await unit('Course design', 20, division);
      const teamB = await unit('Assessment', 20, division);
      const plan = async (name: string, changeLoad: number, unitIds: string[]) => {
        const app = (await createApplication(tx, ctx, { name, stage: 'pilot' })).id;
        const [stage] = await insertPlan(tx, other.organizationId, app, [
          { name, durationMonths: 3, changeLoad, expectedValue: 50, unitIds },
        ]);
        return stage!;
      };
      const a = await plan('Team A', 15, [teamA]);
      const b = await plan('Team B', 15, [teamB]);
      const d = await plan('Division', 25, [division]);
      return { division, teamA, a, b, d };
    });
    // Discounted, each step would rather start at once; the division's capacity makes one of them wait.
    const res = await run(other, { ...base, discountRate: 0.05 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    const steps = Object.fromEntries(body.steps.map((s: { stageId: string }) => [s.stageId, s]));
    expect(steps[ids.a].loads).toEqual([
      { unitId: ids.teamA, load: 15, concurrent: true },
      { unitId: ids.division, load: 15, concurrent: false },
    ]);
    expect(body.units.find((u: { id: string }) => u.id === ids.division).capacity[0]).toBe(50);
    // Every step is scheduled (six months hold them), but never all three in one month.
    expect(body.optimizer.scheduled).toHaveLength(3);
    expect(body.optimizer.scheduled.filter((s: { startMonth: number }) => s.startMonth === 0)).toHaveLength(
      2,
    );
    const starts = new Map(
      body.optimizer.scheduled.map((s: { stageId: string; startMonth: number }) => [s.stageId, s.startMonth]),
    );
    for (let m = 0; m < 6; m++) {
      const active = [ids.a, ids.b, ids.d].filter((id) => {
        const start = starts.get(id) as number;
        return start <= m && m < start + 3;
      });
      const divisionLoad = active.reduce((sum, id) => sum + (id === ids.d ? 25 : 15), 0);
      expect(divisionLoad).toBeLessThanOrEqual(50);
    }
  }, 120_000);

  it('refuses bad input with the field at fault and stores nothing', async () => {
    const other = await createOrganizationWithOwner(t.db);
    const foreign = await seedSaturatedPortfolio(t.db, other.organizationId);
    const before = await databaseDigest(t.db);
    expectProblem(await run(lead, { ...base, horizonMonths: 0 }), 400, 'body.horizonMonths');
    expectProblem(await run(lead, { ...base, horizonMonths: 37 }), 400, 'body.horizonMonths');
    expectProblem(await run(lead, { ...base, timeLimitSeconds: 11 }), 400, 'body.timeLimitSeconds');
    expectProblem(await run(lead, { ...base, timeLimitSeconds: 0 }), 400, 'body.timeLimitSeconds');
    expectProblem(await run(lead, { ...base, startMonth: '2027-13' }), 400, 'body.startMonth');
    expectProblem(
      await run(lead, { ...base, whatIf: { capacities: { [foreign.customerSuccess]: 70 } } }),
      400,
      `body.whatIf.capacities.${foreign.customerSuccess}`,
    );
    expectProblem(
      await run(lead, { ...base, whatIf: { values: { [foreign.secondTeam]: 70 } } }),
      400,
      `body.whatIf.values.${foreign.secondTeam}`,
    );
    expectProblem(await run(viewer, base), 403);
    expectProblem(await get(viewer, `/api/v1/planning/runs/${foreign.secondTeam}`), 404);
    expect(await databaseDigest(t.db)).toEqual(before);
  }, 120_000);

  it('refuses a dependency cycle across applications, naming the stages, and stores nothing', async () => {
    // Pilot team → Second team (cross-application) and Second team → Department → Pilot team: a cycle.
    await t.db.tenant(owner.organizationId, async (tx) => {
      await insertStageDependency(tx, owner.organizationId, p.secondTeam, p.department);
      await insertStageDependency(tx, owner.organizationId, p.pilotTeam, p.secondTeam);
    });
    const before = await databaseDigest(t.db);
    const problem = expectProblem(await run(lead, base), 400, 'stageDependencies');
    expect(problem.detail).toMatch(/cycle/);
    expect(problem.detail).toContain('Content drafting → Second team');
    expect(problem.detail).toContain('Needs analysis → Pilot team');
    expect(await databaseDigest(t.db)).toEqual(before);
    await t.db.tenant(owner.organizationId, (tx) =>
      tx.delete(stageDependencies).where(eq(stageDependencies.organizationId, owner.organizationId)),
    );
  }, 120_000);
});
