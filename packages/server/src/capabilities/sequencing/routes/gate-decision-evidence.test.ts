import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit } from '../../capacity/services/org-units';
import { call, createTestApplication, type InsightDetail, systemCtx } from '../../learning/test/learning';
import { insertPlan } from '../../planning/test/planning-fixture';
import { gateDecisions } from '../sequencing-schema';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// A gate decision is evidence an insight can cite, within its own organization only.
describe.each(testEngines())('insights cite gate decisions on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let contributor: TestPerson;
  let stranger: TestPerson;
  let planId: string;
  let decisionId: string;
  let foreignDecision: string;

  /** A plan of one running stage and the decision recorded on its gate, written directly. */
  async function decided(person: TestPerson, appName: string, rationale: string) {
    const org = person.organizationId;
    const app = await createTestApplication(t.db, person, appName, { stage: 'pilot' });
    return t.db.tenant(org, async (tx) => {
      const unit = await createOrgUnit(tx, systemCtx(org), {
        name: `${appName} team`,
        kind: 'team',
        headcount: 6,
      });
      const [stageId] = await insertPlan(tx, org, app.id, [
        {
          name: 'Pilot team',
          status: 'running',
          durationMonths: 2,
          changeLoad: 10,
          expectedValue: 5,
          unitIds: [unit.id],
        },
      ]);
      const [row] = await tx
        .insert(gateDecisions)
        .values({
          organizationId: org,
          stageId: stageId!,
          outcome: 'hold',
          recommended: 'hold',
          rationale,
          snapshot: {},
          planVersion: 1,
          decidedByName: 'Lead',
        })
        .returning();
      return { id: row!.id, stageId: stageId! };
    });
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    stranger = await createOrganizationWithOwner(t.db);
    decisionId = (await decided(owner, 'Course content', 'Support is at 110% of its capacity in March.')).id;
    foreignDecision = (await decided(stranger, 'Their pilot', 'Not yours to cite.')).id;
    const plans = await call<{ items: { id: string }[] }>(t, owner, 'GET', '/api/v1/expansion-plans');
    planId = plans.items[0]!.id;
  });
  afterAll(() => t.close());

  it('offers the organization’s gate decisions and puts a cited one on the trail, linked to its plan', async () => {
    const options = await call<{ kinds: { kind: string; options: { id: string; label: string }[] }[] }>(
      t,
      contributor,
      'GET',
      '/api/v1/learning/evidence-options',
    );
    const gate = options.kinds.find((k) => k.kind === 'gate_decision')!;
    expect(gate.options.map((o) => o.id)).toEqual([decisionId]);
    expect(gate.options[0]!.label).toMatch(/^Course content, Pilot team — hold \(\d{4}-\d{2}-\d{2}\)$/);
    const insight = await call<InsightDetail>(t, contributor, 'POST', '/api/v1/insights', {
      statement: 'A saturated team holds the next stage',
      evidence: [{ kind: 'gate_decision', entityId: decisionId, stance: 'supporting' }],
    });
    expect(insight.evidence).toEqual([
      expect.objectContaining({
        kind: 'gate_decision',
        entityId: decisionId,
        title: 'Course content, Pilot team: hold',
        detail: 'Support is at 110% of its capacity in March.',
        link: `/sequencing/plans/${planId}`,
      }),
    ]);
  });

  it('refuses another organization’s gate decision, changing nothing', async () => {
    const before = await databaseDigest(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/insights',
      headers: contributor.headers,
      payload: {
        statement: 'Fine',
        evidence: [{ kind: 'gate_decision', entityId: foreignDecision, stance: 'supporting' }],
      },
    });
    expect(expectProblem(res, 400, 'body.evidence.0.entityId').errors?.[0]?.message).toBe(
      'No gate decision with this id in the organization.',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });
});
