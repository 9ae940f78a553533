import { inArray } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';

/** The person behind a change, or null when an API token or the system made it. */
export const actingPerson = (ctx: OrgContext): string | null =>
  ctx.actor.type === 'user' ? ctx.actor.id : null;

/** Display names of people by id (members of the organization; others are left out). */
export async function namesOf(tx: Tx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
