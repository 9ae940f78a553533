import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { selectRows } from '../db/rows';
import type { Database, Tx } from '../db/types';
import { archiveTables, parentsFirst, type TableShape } from './tables';

export const ARCHIVE_FORMAT = 'trellis-organization-archive';
export const ARCHIVE_VERSION = 1;

/** The newest migration this code knows: an archive records it, and a restore refuses a newer one. */
export function currentMigration(): { index: number; tag: string } {
  const journal = JSON.parse(
    fs.readFileSync(new URL('../../../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
  ) as { entries: Array<{ idx: number; tag: string }> };
  const last = journal.entries.at(-1)!;
  return { index: last.idx, tag: last.tag };
}

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  migration: { index: number; tag: string };
  exportedAt: string;
  organization: Record<string, unknown>;
}
/** One line of an archive (JSON lines): the header, a table's columns, a row of it, or the end. */
export type ArchiveLine =
  | ArchiveHeader
  | { table: string; columns: string[]; rows: number }
  | { row: Record<string, unknown> }
  | { end: true; tables: number; rows: number };

/**
 * Writes a complete archive of one organization as JSON lines, from one consistent snapshot (repeatable
 * read): the organization, the people its rows name (with their password hashes, so they can sign in
 * after a restore), then every table with an `organization_id`, parents before children. Tables are found
 * from the catalog, so what a later migration adds is archived too. Times are written in UTC.
 */
export async function exportOrganization(
  db: Database,
  slugOrId: string,
  write: (line: string) => void | Promise<void>,
): Promise<{ tables: number; rows: number }> {
  return db.system(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    const [organization] = await selectRows<{ r: Record<string, unknown> }>(
      tx,
      sql`SELECT row_to_json(o) AS r FROM organizations o WHERE o.slug = ${slugOrId} OR o.id::text = ${slugOrId}`,
    );
    if (!organization) throw new Error(`No organization with the slug or id "${slugOrId}".`);
    const organizationId = organization.r.id as string;
    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      migration: currentMigration(),
      exportedAt: new Date().toISOString(),
      organization: organization.r,
    };
    await write(JSON.stringify(header));
    const tables = await archiveTables(tx);
    let rows = await writeUsers(tx, tables, organizationId, write);
    for (const table of tables) rows += await writeTable(tx, table, organizationId, write);
    await write(JSON.stringify({ end: true, tables: tables.length + 1, rows }));
    return { tables: tables.length + 1, rows };
  });
}

async function writeUsers(
  tx: Tx,
  tables: TableShape[],
  organizationId: string,
  write: (line: string) => void | Promise<void>,
): Promise<number> {
  const references = await selectRows<{ child: string; column: string }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS child, a.attname::text AS column
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass`,
  );
  const named = references.filter((r) => tables.some((t) => t.name === r.child));
  const ids = named.map(
    (r) =>
      sql`SELECT ${sql.identifier(r.column)} AS id FROM ${sql.identifier(r.child)} WHERE organization_id = ${organizationId}`,
  );
  const users = await selectRows<{ r: Record<string, unknown> }>(
    tx,
    sql`SELECT row_to_json(u) AS r FROM users u WHERE u.id IN (${sql.join(ids, sql` UNION `)}) ORDER BY u.id`,
  );
  const columns = users[0] ? Object.keys(users[0].r) : [];
  await write(JSON.stringify({ table: 'users', columns, rows: users.length }));
  for (const user of users) await write(JSON.stringify({ row: user.r }));
  return users.length;
}

async function writeTable(
  tx: Tx,
  table: TableShape,
  organizationId: string,
  write: (line: string) => void | Promise<void>,
): Promise<number> {
  const order = table.columns.includes('id') ? sql`t.id` : sql`row_to_json(t)::text`;
  const found = await selectRows<{ r: Record<string, unknown> }>(
    tx,
    sql`SELECT row_to_json(t) AS r FROM ${sql.identifier(table.name)} t WHERE t.organization_id = ${organizationId} ORDER BY ${order}`,
  );
  const rows = parentsFirst(
    found.map((f) => Object.fromEntries(table.columns.map((c) => [c, f.r[c]]))),
    table.selfReferences,
  );
  await write(JSON.stringify({ table: table.name, columns: table.columns, rows: rows.length }));
  for (const row of rows) await write(JSON.stringify({ row }));
  return rows.length;
}
