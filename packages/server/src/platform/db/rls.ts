import { sql } from 'drizzle-orm';
import { selectRows } from './rows';
import { applySearchFunction } from './search-function';
import type { Tx } from './types';

/** The role every request transaction runs as. It owns nothing, so row-level security always applies. */
export const APP_ROLE = 'trellis_app';

/** Tables that only authentication touches, from the system scope; the app role gets no grant on them. */
const SYSTEM_ONLY = ['sessions', 'setup_tokens', 'login_attempts', 'password_resets'];

const CURRENT_ORG = 'trellis_current_org()';

/**
 * Puts every table that has an `organization_id` column behind a tenant policy, and gives the app role
 * only what it needs. Idempotent: runs after every migration, so a new domain table is covered the
 * moment it exists (a test checks that none is left out).
 */
export async function applyRowLevelSecurity(tx: Tx): Promise<void> {
  await run(
    tx,
    `DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS;
      END IF;
    END $$`,
    `DO $$ BEGIN
      IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
        EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
      END IF;
    END $$`,
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
    `CREATE OR REPLACE FUNCTION ${CURRENT_ORG} RETURNS uuid LANGUAGE sql STABLE AS
      $f$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $f$`,
    `GRANT EXECUTE ON FUNCTION ${CURRENT_ORG} TO ${APP_ROLE}`,
  );
  for (const table of await tenantTables(tx)) {
    await run(tx, ...tenantPolicy(table, `organization_id = ${CURRENT_ORG}`));
    const privileges = table === 'audit_events' ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
    await run(tx, `GRANT ${privileges} ON "${table}" TO ${APP_ROLE}`);
  }
  await run(
    tx,
    ...tenantPolicy('organizations', `id = ${CURRENT_ORG}`),
    `GRANT SELECT, UPDATE ON organizations TO ${APP_ROLE}`,
  );
  // A tenant sees only the users who are members of it.
  const member = `EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.organization_id = ${CURRENT_ORG})`;
  await run(tx, ...tenantPolicy('users', member), `GRANT SELECT ON users TO ${APP_ROLE}`);
  await run(tx, ...SYSTEM_ONLY.map((table) => `REVOKE ALL ON "${table}" FROM ${APP_ROLE}`));
  await run(tx, `REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${APP_ROLE}`, ...APPEND_ONLY_AUDIT);
  await applySearchFunction(tx, APP_ROLE);
}

/** The database user cannot set up the app role; nothing was changed. */
export class MissingPrivilegeError extends Error {
  override readonly name = 'MissingPrivilegeError';
}

/**
 * Checks, before the first migration runs, that the database user can finish what migrating ends with:
 * the app role must exist with this user a member of it, or the user must be able to create and grant it
 * (superuser, or CREATEROLE — on PostgreSQL 16 and later also ADMIN on a role someone else made). Without
 * it, migrating would stop after creating every table. The message names the privilege and the two
 * statements a DBA can run instead.
 */
export async function checkAppRolePrivileges(tx: Tx): Promise<void> {
  const [me] = await selectRows<{
    me: string;
    superuser: boolean;
    createrole: boolean;
    exists: boolean;
    member: boolean;
    admin: boolean;
    version: number;
  }>(
    tx,
    sql.raw(`SELECT current_user AS me, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
        a.oid IS NOT NULL AS exists,
        a.oid IS NOT NULL AND pg_has_role(current_user, a.oid, 'MEMBER') AS member,
        a.oid IS NOT NULL AND pg_has_role(current_user, a.oid, 'MEMBER WITH ADMIN OPTION') AS admin,
        current_setting('server_version_num')::int AS version
      FROM pg_roles r LEFT JOIN pg_roles a ON a.rolname = '${APP_ROLE}'
      WHERE r.rolname = current_user`),
  );
  if (!me || me.superuser || me.member || me.admin) return;
  if (me.createrole && (!me.exists || me.version < 160000)) return;
  const user = `"${me.me.replaceAll('"', '""')}"`;
  const missing = me.exists
    ? `the role ${APP_ROLE} exists but ${user} is not a member of it, and granting it needs ${
        me.version < 160000 ? 'CREATEROLE' : 'ADMIN OPTION on it'
      }`
    : `the role ${APP_ROLE} does not exist, and creating it needs CREATEROLE`;
  throw new MissingPrivilegeError(
    `The database user ${user} cannot set up row-level security: ${missing}. Nothing was changed. ` +
      `Either give the user CREATEROLE (ALTER ROLE ${user} CREATEROLE), or have a superuser run once: ` +
      `CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS; GRANT ${APP_ROLE} TO ${user};`,
  );
}

/** Every base table in the public schema with an `organization_id` column. */
export async function tenantTables(tx: Tx): Promise<string[]> {
  const rows = await selectRows<{ table_name: string }>(
    tx,
    sql`SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
        WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function run(tx: Tx, ...statements: string[]): Promise<void> {
  for (const statement of statements) await tx.execute(sql.raw(statement));
}

function tenantPolicy(table: string, predicate: string): string[] {
  return [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `DROP POLICY IF EXISTS tenant_isolation ON "${table}"`,
    `CREATE POLICY tenant_isolation ON "${table}" TO ${APP_ROLE} USING (${predicate}) WITH CHECK (${predicate})`,
  ];
}

// The audit log is append-only for every role, not only the app's: updates and deletes raise. The one
// exception is removing a whole organization (the demo's): its rows go with it once the organization is gone.
const APPEND_ONLY_AUDIT = [
  `CREATE OR REPLACE FUNCTION trellis_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
  BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
  END $f$`,
  'DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events',
  `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION trellis_audit_append_only()`,
];
