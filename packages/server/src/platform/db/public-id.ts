import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, uuid } from 'drizzle-orm/pg-core';

/**
 * The id the API shows for a record of a tenant's activity (audit events, alarms, notifications, webhook
 * deliveries, decision-log entries, outbox e-mails): a random UUID (v4, `gen_random_uuid()`), so no one can
 * count another organization's activity from the gaps between their own ids. The table keeps its sequential
 * `id` as the internal key (insertion order for keyset pagination, the dispatcher's and the tests' bookkeeping);
 * that key never leaves the server: responses, paths and cursors carry the public id only.
 */
export const publicId = () => uuid('public_id').notNull().defaultRandom().unique();

/**
 * Keyset condition "before the row whose public id is `cursor`" on the internal key: the cursor names a row
 * by its public id and the order stays the internal one. A cursor naming no visible row (another
 * organization's, under row-level security and the caller's organization filter) matches nothing.
 */
export function beforePublicId(
  table: { id: AnyPgColumn; publicId: AnyPgColumn },
  tableName: string,
  cursor: string,
): SQL {
  return sql`${table.id} < (SELECT c.id FROM ${sql.identifier(tableName)} c WHERE c.public_id = ${cursor})`;
}
