import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import { databaseDigest, expectJson, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { DemoStatus } from '../../diagnostic/routes/diagnostic-schemas';
import { addMember } from '../../identity/services/members';
import { createUser } from '../../identity/services/users';
import { createApplication } from '../../portfolio/services/applications';
import { DEMO_ORGANIZATION } from '../seed';
import { removeDemoOrganization } from '../services/demo';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Rows per tenant table that belong to the organization (system scope: no tenant wall). */
async function rowsOf(db: Database, organizationId: string): Promise<Record<string, number>> {
  return db.system(async (tx) => {
    const tables = await selectRows<{ name: string }>(
      tx,
      sql`SELECT c.table_name AS name FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
          WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE'
          ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)} WHERE organization_id = ${organizationId}`,
      );
      counts[name] = row!.n;
    }
    return counts;
  });
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function fillOrganization(t: TestApp, who: TestPerson) {
  const ctx: OrgContext = {
    organizationId: who.organizationId,
    role: 'owner',
    actor: { type: 'system', id: null, name: 'test' },
    requestId: 'test',
  };
  await t.db.tenant(who.organizationId, (tx) =>
    createApplication(tx, ctx, { name: 'Quiz drafting', stage: 'pilot' }),
  );
  await t.app.inject({ method: 'GET', url: '/api/v1/diagnostic', headers: who.headers });
}

describe.each(testEngines())('demo organization (%s)', (engine) => {
  let t: TestApp;
  let demo: TestPerson;
  let real: TestPerson;
  let demoPersonId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    demo = await createOrganizationWithOwner(t.db, DEMO_ORGANIZATION);
    real = await createOrganizationWithOwner(t.db, 'Contoso Learning');
    await fillOrganization(t, demo);
    await fillOrganization(t, real);
    const person = await t.db.system((tx) =>
      createUser(tx, { email: 'malik@northwind.example', name: 'Malik', password: 'a long enough password' }),
    );
    demoPersonId = person.id;
    await t.db.tenant(demo.organizationId, (tx) =>
      addMember(
        tx,
        {
          organizationId: demo.organizationId,
          role: 'owner',
          actor: { type: 'system', id: null, name: 'test' },
          requestId: 'test',
        },
        person.id,
        'reviewer',
      ),
    );
  });
  afterAll(() => t.close());

  it('tells the banner whether this is the demo and how to remove it', async () => {
    const d = expectJson(
      await t.app.inject({ method: 'GET', url: '/api/v1/demo', headers: demo.headers }),
      200,
      DemoStatus,
    );
    expect(d).toEqual({ demo: true, removeCommand: 'npm run trellis -- demo remove' });
    const r = expectJson(
      await t.app.inject({ method: 'GET', url: '/api/v1/demo', headers: real.headers }),
      200,
      DemoStatus,
    );
    expect(r.demo).toBe(false);
  });

  it('refuses to remove a real organization, or the demo for someone below admin, changing nothing', async () => {
    const lead = await createMember(t.db, demo.organizationId, 'lead');
    const before = await databaseDigest(t.db);
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/demo', headers: real.headers }), 403);
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/demo', headers: lead.headers }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('removes the demo and everything in it (audit log included), and leaves other organizations alone', async () => {
    const demoRows = await rowsOf(t.db, demo.organizationId);
    expect(demoRows.applications).toBe(1);
    expect(demoRows.audit_events).toBeGreaterThan(0);
    expect(demoRows.maturity_snapshots).toBe(1);
    const realBefore = await rowsOf(t.db, real.organizationId);
    expect(total(realBefore)).toBeGreaterThan(3);

    const res = await t.app.inject({ method: 'DELETE', url: '/api/v1/demo', headers: demo.headers });
    expect(res.statusCode, res.body).toBe(204);

    expect(total(await rowsOf(t.db, demo.organizationId))).toBe(0);
    expect(await rowsOf(t.db, real.organizationId)).toEqual(realBefore);
    const left = await t.db.system((tx) =>
      selectRows<{ orgs: number; person: number }>(
        tx,
        sql`SELECT (SELECT count(*) FROM organizations WHERE id = ${demo.organizationId})::int AS orgs,
                   (SELECT count(*) FROM users WHERE id = ${demoPersonId})::int AS person`,
      ),
    );
    expect(left[0]).toEqual({ orgs: 0, person: 0 });
    // The audit log stays append-only for the organizations that remain.
    const refused = await t.db
      .system((tx) =>
        tx.execute(sql`DELETE FROM audit_events WHERE organization_id = ${real.organizationId}`),
      )
      .then(
        () => 'deleted',
        (error: { cause?: { message?: string } }) => String(error.cause?.message),
      );
    expect(refused).toMatch(/append-only/);
    // Running the command again finds nothing to remove.
    expect(await removeDemoOrganization(t.db)).toEqual({
      removed: false,
      organizationId: null,
      usersRemoved: 0,
    });
  });
});
