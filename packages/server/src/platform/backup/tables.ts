import { sql } from 'drizzle-orm';
import { tenantTables } from '../db/rls';
import { selectRows } from '../db/rows';
import type { Tx } from '../db/types';

export interface TableShape {
  name: string;
  /** Columns a row is written with: generated (computed) columns are left out, identity ones kept. */
  columns: string[];
  /** Whether a column is GENERATED ALWAYS AS IDENTITY (inserting it needs OVERRIDING SYSTEM VALUE). */
  identity: string[];
  /** Columns referencing this same table (a parent row must be inserted before its children). */
  selfReferences: string[];
}

/**
 * The organization's tables in an order where every table comes after the tables it references, found from
 * the catalog, so a table added by a later migration is archived without touching this code.
 */
export async function archiveTables(tx: Tx): Promise<TableShape[]> {
  const tenant = await tenantTables(tx);
  const edges = await selectRows<{ child: string; parent: string; columns: string[] }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
          array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a
                ON a.attrelid = c.conrelid AND a.attnum = k) AS columns
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const columns = await selectRows<{
    table_name: string;
    column_name: string;
    is_generated: string;
    identity: string | null;
  }>(
    tx,
    sql`SELECT table_name, column_name, is_generated, identity_generation AS identity
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const set = new Set(tenant);
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (order.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) {
      if (edge.child === table && edge.parent !== table && set.has(edge.parent)) visit(edge.parent);
    }
    visiting.delete(table);
    order.push(table);
  };
  for (const table of tenant) visit(table);
  return order.map((name) => {
    const own = columns.filter((c) => c.table_name === name);
    return {
      name,
      columns: own.filter((c) => c.is_generated === 'NEVER').map((c) => c.column_name),
      identity: own.filter((c) => c.identity === 'ALWAYS').map((c) => c.column_name),
      selfReferences: edges.filter((e) => e.child === name && e.parent === name).flatMap((e) => e.columns),
    };
  });
}

/** Rows ordered so each comes after the row its self-reference points to (parents before children). */
export function parentsFirst(
  rows: Array<Record<string, unknown>>,
  references: string[],
): Array<Record<string, unknown>> {
  if (references.length === 0) return rows;
  const placed = new Set<unknown>();
  const ordered: Array<Record<string, unknown>> = [];
  let pending = rows;
  while (pending.length > 0) {
    const ready = pending.filter((row) =>
      references.every((column) => row[column] === null || row[column] === row.id || placed.has(row[column])),
    );
    if (ready.length === 0) throw new Error('rows reference each other in a cycle');
    for (const row of ready) {
      ordered.push(row);
      placed.add(row.id);
    }
    pending = pending.filter((row) => !placed.has(row.id));
  }
  return ordered;
}
