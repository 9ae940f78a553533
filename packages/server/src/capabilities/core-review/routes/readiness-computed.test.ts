import { monthRange } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../../platform/auth/roles';
import { expectJson } from '../../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createApplication } from '../../portfolio/services/applications';
import { DimensionReadiness } from './core-review-schemas';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Decision rights, change capacity and learning orientation are computed from the data Trellis holds now
// (RACI grid and rubrics, the capacity heatmap, experiments), and say "not enough evidence yet" without it.
describe.each(testEngines())('readiness computed from data on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let applicationId: string;

  const readiness = async () =>
    Object.fromEntries(
      expectJson(
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${applicationId}/readiness`,
          headers: owner.headers,
        }),
        200,
        z.object({ items: z.array(DimensionReadiness) }),
      ).items.map((d) => [d.dimension, d]),
    );
  const post = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: owner.headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as Role,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    applicationId = (
      await t.db.tenant(owner.organizationId, (tx) =>
        createApplication(tx, ctx, { name: 'Quiz drafting', stage: 'pilot' }),
      )
    ).id;
  });
  afterAll(() => t.close());

  it('says "not enough evidence yet" with no RACI, units or experiments, and never the old "until … in Trellis"', async () => {
    const r = await readiness();
    for (const d of ['decision_rights', 'change_capacity', 'learning_orientation']) {
      expect(r[d], d).toMatchObject({ source: 'missing', score: null });
      expect(r[d]!.explanation, d).toMatch(/Not enough evidence yet/);
      expect(r[d]!.explanation, d).not.toMatch(/until .* (are|is) in Trellis/);
    }
  });

  it('computes decision rights from the RACI grid and the rubrics', async () => {
    const org = owner.organizationId;
    await t.db.system(async (tx) => {
      await tx.execute(sql`INSERT INTO decision_rights (organization_id, decision_type, role, letter) VALUES
        (${org}, 'admit_to_pilot', 'admin', 'A'), (${org}, 'admit_to_pilot', 'lead', 'R'),
        (${org}, 'retire', 'owner', 'A')`);
      await tx.execute(
        sql`INSERT INTO decision_rubrics (organization_id, name) VALUES (${org}, 'Pilot intake')`,
      );
    });
    const r = await readiness();
    // RACI: 2 of 7 decision types have an Accountable; rubric: not scored (0). Mean of the two parts.
    expect(r.decision_rights).toMatchObject({ source: 'computed', rating: null });
    expect(r.decision_rights!.score).toBeCloseTo((2 / 7 + 0) / 2, 12);
    expect(r.decision_rights!.explanation).toMatch(/2 of 7 decision types have an Accountable/);
    expect(r.decision_rights!.explanation).toMatch(/not yet scored against a decision rubric/);
  });

  it('computes change capacity from the heatmap of the units using the application', async () => {
    const green = await post('/api/v1/org-units', { name: 'Calm team', kind: 'team', headcount: 10 });
    const red = await post('/api/v1/org-units', { name: 'Busy team', kind: 'team', headcount: 2 });
    const [thisMonth, next] = monthRange(new Date().toISOString().slice(0, 7), 2) as [string, string];
    // Busy team: 15 points × 2 people = 30 a month against a capacity of 20 next month → red.
    await post('/api/v1/change-impacts', {
      orgUnitId: red,
      title: 'Rollout',
      aspects: { process: 5, tools: 5, skills: 5 },
      peopleAffected: 2,
      startDate: `${next}-01`,
      endDate: `${next}-28`,
    });
    await t.db.system((tx) =>
      tx.execute(sql`INSERT INTO application_units (organization_id, application_id, org_unit_id) VALUES
        (${owner.organizationId}, ${applicationId}, ${green}), (${owner.organizationId}, ${applicationId}, ${red})`),
    );
    const r = await readiness();
    expect(r.change_capacity).toMatchObject({ source: 'computed', score: 0.5 });
    expect(r.change_capacity!.explanation).toMatch(/Busy team: red/);
    expect(r.change_capacity!.explanation).toMatch(/Calm team: green/);
    expect(r.change_capacity!.explanation).toContain(thisMonth);
  });

  it('computes learning orientation from ended experiments with a result, not from running ones', async () => {
    const insert = (title: string, status: string, result: string | null) =>
      t.db.system((tx) =>
        tx.execute(sql`INSERT INTO experiments (organization_id, application_id, stage, title, hypothesis, design,
          metrics, starts_on, status, result) VALUES (${owner.organizationId}, ${applicationId}, 'pilot', ${title},
          'h', 'before_after', '[]', now() - interval '30 days', ${status}, ${result})`),
      );
    await insert('Running', 'running', null);
    let r = await readiness();
    expect(r.learning_orientation).toMatchObject({ source: 'missing', score: null });
    expect(r.learning_orientation!.explanation).toMatch(/1 experiment of this application, none ended yet/);
    await insert('Done', 'completed', 'supported');
    await insert('Dropped', 'abandoned', null);
    r = await readiness();
    expect(r.learning_orientation).toMatchObject({ source: 'computed', score: 0.5 });
    expect(r.learning_orientation!.explanation).toMatch(/1 of 2 ended experiments with a recorded result/);
  });
});
