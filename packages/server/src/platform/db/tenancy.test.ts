import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../../capabilities/identity/services/invitations';
import {
  createMember,
  createOrganizationWithOwner,
  createTokenHeaders,
  openTestDatabase,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { APP_ROLE, tenantTables } from './rls';
import { selectRows } from './rows';
import type { Database } from './types';

/** drizzle wraps the database error; the reason is in its cause. */
async function databaseError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { cause?: { message?: string } }).cause?.message ?? error);
  }
  throw new Error('expected the statement to fail');
}

describe.each(testEngines())('row-level security on %s', (engine) => {
  let db: Database;
  let a: TestPerson;
  let b: TestPerson;

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    a = await createOrganizationWithOwner(db, 'Alpha');
    b = await createOrganizationWithOwner(db, 'Beta');
    for (const org of [a, b]) {
      await createMember(db, org.organizationId, 'reviewer');
      await createTokenHeaders(db, org.organizationId, 'contributor');
      const ctx = {
        organizationId: org.organizationId,
        role: org.role,
        actor: { type: 'system' as const, id: null, name: 't' },
        requestId: 't',
      };
      await db.tenant(org.organizationId, (tx) =>
        createInvitation(tx, ctx, { email: 'x@example.com', role: 'viewer' }),
      );
    }
  });
  afterAll(() => db.close());

  it('puts every table with organization_id behind an enabled tenant policy', async () => {
    const tables = await db.system((tx) => tenantTables(tx));
    expect(tables).toEqual(
      expect.arrayContaining(['memberships', 'api_tokens', 'invitations', 'audit_events']),
    );
    const secured = await db.system((tx) =>
      selectRows<{ relname: string; relrowsecurity: boolean; policies: number }>(
        tx,
        sql`SELECT c.relname, c.relrowsecurity,
              (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = 'tenant_isolation') AS policies
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'`,
      ),
    );
    for (const table of [...tables, 'organizations', 'users']) {
      const row = secured.find((r) => r.relname === table);
      expect(row, table).toMatchObject({ relrowsecurity: true, policies: 1 });
    }
  });

  it('runs requests as a role that is neither superuser nor able to bypass RLS', async () => {
    const [role] = await db.tenant(a.organizationId, (tx) =>
      selectRows<{ who: string; rolsuper: boolean; rolbypassrls: boolean }>(
        tx,
        sql`SELECT current_user AS who, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      ),
    );
    expect(role).toEqual({ who: APP_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it.each(['memberships', 'api_tokens', 'invitations', 'audit_events'])(
    'RLS alone hides the other organization’s %s rows (no WHERE in the query)',
    async (table) => {
      const rows = await db.tenant(b.organizationId, (tx) =>
        selectRows<{ organization_id: string }>(tx, sql.raw(`SELECT organization_id FROM "${table}"`)),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.organization_id))).toEqual(new Set([b.organizationId]));
    },
  );

  it('shows a tenant only its own organization and its own members as users', async () => {
    const orgs = await db.tenant(b.organizationId, (tx) =>
      selectRows<{ id: string }>(tx, sql`SELECT id FROM organizations`),
    );
    expect(orgs.map((o) => o.id)).toEqual([b.organizationId]);
    const users = await db.tenant(b.organizationId, (tx) =>
      selectRows<{ id: string }>(tx, sql`SELECT id FROM users`),
    );
    expect(users.map((u) => u.id)).toContain(b.userId);
    expect(users.map((u) => u.id)).not.toContain(a.userId);
  });

  it('refuses to write a row into another organization', async () => {
    await expect(
      db.tenant(b.organizationId, (tx) =>
        tx.execute(
          sql`INSERT INTO memberships (organization_id, user_id, role) VALUES (${a.organizationId}, ${b.userId}, 'viewer')`,
        ),
      ),
    ).rejects.toThrow();
    const rows = await db.system((tx) =>
      selectRows(
        tx,
        sql`SELECT 1 FROM memberships WHERE organization_id = ${a.organizationId} AND user_id = ${b.userId}`,
      ),
    );
    expect(rows).toHaveLength(0);
  });

  it('gives the app role no access to sessions at all', async () => {
    expect(
      await databaseError(db.tenant(a.organizationId, (tx) => tx.execute(sql`SELECT 1 FROM sessions`))),
    ).toMatch(/permission denied/);
  });

  it('keeps the audit log append-only, even for the owner role', async () => {
    expect(
      await databaseError(db.tenant(a.organizationId, (tx) => tx.execute(sql`DELETE FROM audit_events`))),
    ).toMatch(/permission denied|append-only/);
    expect(
      await databaseError(db.system((tx) => tx.execute(sql`UPDATE audit_events SET action = 'x'`))),
    ).toMatch(/append-only/);
    expect(await databaseError(db.system((tx) => tx.execute(sql`DELETE FROM audit_events`)))).toMatch(
      /append-only/,
    );
    const [count] = await db.system((tx) =>
      selectRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'x'`),
    );
    expect(count?.n).toBe(0);
  });
});
