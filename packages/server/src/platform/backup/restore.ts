import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit';
import { selectRows } from '../db/rows';
import type { Database, Tx } from '../db/types';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveHeader,
  type ArchiveLine,
  currentMigration,
} from './archive';
import { archiveTables, parentsFirst, type TableShape } from './tables';

/** Why an archive can't be restored; nothing of it is stored. */
export class RestoreError extends Error {
  override readonly name = 'RestoreError';
}

const CHUNK = 500;

interface Section {
  table: string;
  columns: string[];
  expected: number;
  rows: Array<Record<string, unknown>>;
  stored: number;
}

/**
 * Restores an organization archive (archive.ts) in one transaction: all of it, or nothing when any line is
 * wrong, a row clashes with what the instance has (the organization, its slug, a person's email) or the
 * archive ends early. Rows keep the archive's uuids; ids the database numbers itself are renumbered (see
 * Renumbering), so an organization restores beside others. Columns a later migration added take their
 * defaults, so an archive from an older version restores too.
 */
export async function importOrganization(
  db: Database,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<{ organizationId: string; tables: number; rows: number }> {
  return db.system(async (tx) => {
    const tables = new Map((await archiveTables(tx)).map((t) => [t.name, t]));
    const renumber = new Renumbering(await identityReferences(tx));
    let header: ArchiveHeader | undefined;
    let section: Section | undefined;
    let rows = 0;
    let sections = 0;
    let ended = false;
    let lineNumber = 0;
    const flush = async (final: boolean) => {
      if (!section) return;
      const shape = tables.get(section.table);
      if (section.table === 'users') await insertUsers(tx, section.rows, section.columns);
      else if (shape && (final || shape.selfReferences.length === 0))
        await insertRows(
          tx,
          shape,
          section.columns,
          parentsFirst(section.rows, shape.selfReferences),
          renumber,
        );
      else return;
      section.stored += section.rows.length;
      section.rows = [];
    };
    for await (const text of lines) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      if (ended) throw new RestoreError(`Line ${lineNumber}: the archive goes on after its end.`);
      let line: ArchiveLine;
      try {
        line = JSON.parse(text) as ArchiveLine;
      } catch {
        throw new RestoreError(`Line ${lineNumber} is not JSON.`);
      }
      if (!header) {
        header = checkHeader(line, lineNumber);
        await insertOrganization(tx, header.organization);
        continue;
      }
      if ('table' in line) {
        await closeSection(section, flush);
        if (line.table !== 'users' && !tables.has(line.table))
          throw new RestoreError(`Line ${lineNumber}: this version of Trellis has no table "${line.table}".`);
        section = { table: line.table, columns: line.columns, expected: line.rows, rows: [], stored: 0 };
        sections += 1;
      } else if ('row' in line) {
        if (!section) throw new RestoreError(`Line ${lineNumber}: a row before any table.`);
        section.rows.push(line.row);
        rows += 1;
        if (section.rows.length >= CHUNK) await flush(false);
      } else if ('end' in line) {
        await closeSection(section, flush);
        if (line.rows !== rows || line.tables !== sections)
          throw new RestoreError(
            `The archive's end counts ${line.rows} rows in ${line.tables} tables; it has ${rows} in ${sections}.`,
          );
        ended = true;
      } else throw new RestoreError(`Line ${lineNumber} is not part of an archive.`);
    }
    if (!header) throw new RestoreError('The archive is empty.');
    if (!ended) throw new RestoreError('The archive ends early (no end line): it was cut short.');
    const organizationId = header.organization.id as string;
    await recordAudit(
      tx,
      { organizationId, actor: { type: 'system', id: null, name: 'trellis import' } },
      {
        action: 'organization.imported',
        entityType: 'organization',
        entityId: organizationId,
        after: { exportedAt: header.exportedAt, migration: header.migration.tag, rows },
      },
    );
    return { organizationId, tables: sections, rows };
  });
}

async function closeSection(section: Section | undefined, flush: (final: boolean) => Promise<void>) {
  if (!section) return;
  await flush(true);
  if (section.stored !== section.expected)
    throw new RestoreError(
      `Table ${section.table}: the archive announced ${section.expected} rows and has ${section.stored}.`,
    );
}

function checkHeader(line: ArchiveLine, lineNumber: number): ArchiveHeader {
  if (!('format' in line) || line.format !== ARCHIVE_FORMAT)
    throw new RestoreError(`Line ${lineNumber}: not a Trellis organization archive.`);
  if (line.version !== ARCHIVE_VERSION)
    throw new RestoreError(
      `Archive format version ${line.version}; this Trellis reads version ${ARCHIVE_VERSION}.`,
    );
  const current = currentMigration();
  if (line.migration.index > current.index)
    throw new RestoreError(
      `The archive comes from a newer Trellis (schema ${line.migration.tag}; this one is at ${current.tag}). Upgrade first.`,
    );
  return line;
}

async function insertOrganization(tx: Tx, organization: Record<string, unknown>) {
  const [clash] = await selectRows<{ id: string }>(
    tx,
    sql`SELECT id FROM organizations WHERE id = ${organization.id as string} OR slug = ${organization.slug as string}`,
  );
  if (clash)
    throw new RestoreError(
      `This instance already has the organization (id ${organization.id} or slug "${organization.slug}").`,
    );
  await insertJson(tx, 'organizations', Object.keys(organization), [organization], false);
}

/** People already here (same id and email) are kept as they are; an email that belongs to someone else is refused. */
async function insertUsers(tx: Tx, users: Array<Record<string, unknown>>, columns: string[]) {
  if (users.length === 0) return;
  const existing = await selectRows<{ id: string; email: string }>(
    tx,
    sql`SELECT id, lower(email) AS email FROM users
        WHERE id IN (SELECT (x->>'id')::uuid FROM json_array_elements(${JSON.stringify(users)}::json) x)
           OR lower(email) IN (SELECT lower(x->>'email') FROM json_array_elements(${JSON.stringify(users)}::json) x)`,
  );
  const fresh = users.filter((user) => {
    const same = existing.find((e) => e.id === user.id);
    const email = String(user.email).toLowerCase();
    if (same && same.email !== email)
      throw new RestoreError(`Person ${user.id} exists here with another email.`);
    if (!same && existing.some((e) => e.email === email))
      throw new RestoreError(`The email ${user.email} belongs to another person on this instance.`);
    return !same;
  });
  if (fresh.length) await insertJson(tx, 'users', columns, fresh, false);
}

async function insertRows(
  tx: Tx,
  shape: TableShape,
  archived: string[],
  rows: Array<Record<string, unknown>>,
  renumber: Renumbering,
) {
  if (rows.length === 0) return;
  const columns = archived.filter((c) => shape.columns.includes(c));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = await renumber.rows(tx, shape, rows.slice(i, i + CHUNK));
    await insertJson(tx, shape.name, columns, chunk, shape.identity.length > 0);
  }
}

/** A foreign key column that points at a column the database numbers itself (an identity). */
interface IdentityReference {
  table: string;
  column: string;
  target: string;
}

/** Every single-column foreign key onto an identity column, from the catalog. */
async function identityReferences(tx: Tx): Promise<IdentityReference[]> {
  return selectRows<IdentityReference>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS table, a.attname::text AS column,
          c.confrelid::regclass::text || '.' || t.attname::text AS target
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute t ON t.attrelid = c.confrelid AND t.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
          AND cardinality(c.conkey) = 1 AND t.attidentity <> ''`,
  );
}

/**
 * Ids the database numbers itself (identity columns) are not the archive's to keep: the target's own rows
 * already use those numbers. Each restored row takes the next value of its column's sequence, and every
 * foreign key that points at a renumbered column (self-references too) is rewritten to the new number.
 * The rule follows the catalog, not a list of tables, so a table whose ids are uuids keeps them as they are.
 * Numbers quoted in free text or JSON (an audit event's `after`, a sent webhook's payload) stay as they were
 * written: they are a record of what was said at the time.
 */
class Renumbering {
  private readonly renumbered = new Map<string, Map<string, number>>();
  constructor(private readonly references: IdentityReference[]) {}

  async rows(tx: Tx, shape: TableShape, rows: Array<Record<string, unknown>>) {
    const fresh = rows.map((row) => ({ ...row }));
    for (const column of shape.identity) {
      const [{ ids }] = (await selectRows<{ ids: Array<string | number> }>(
        tx,
        sql`SELECT array_agg(nextval(pg_get_serial_sequence(${shape.name}, ${column})) ORDER BY g) AS ids
            FROM generate_series(1, ${fresh.length}) AS g`,
      )) as [{ ids: Array<string | number> }];
      const map = this.map(`${shape.name}.${column}`);
      fresh.forEach((row, i) => {
        const next = Number(ids[i]);
        if (row[column] !== null && row[column] !== undefined) map.set(String(row[column]), next);
        row[column] = next;
      });
    }
    for (const reference of this.references) {
      if (reference.table !== shape.name) continue;
      const map = this.renumbered.get(reference.target);
      if (!map) continue;
      for (const row of fresh) {
        const old = row[reference.column];
        if (old === null || old === undefined) continue;
        const next = map.get(String(old));
        if (next === undefined)
          throw new RestoreError(
            `Table ${shape.name}: ${reference.column} ${old} points at a ${reference.target} the archive does not have.`,
          );
        row[reference.column] = next;
      }
    }
    return fresh;
  }

  private map(key: string) {
    const map = this.renumbered.get(key) ?? new Map<string, number>();
    this.renumbered.set(key, map);
    return map;
  }
}

async function insertJson(
  tx: Tx,
  table: string,
  columns: string[],
  rows: Array<Record<string, unknown>>,
  overriding: boolean,
) {
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  await tx.execute(
    sql`INSERT INTO ${sql.identifier(table)} (${list}) ${overriding ? sql`OVERRIDING SYSTEM VALUE` : sql``}
        SELECT ${list} FROM json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`,
  );
}
