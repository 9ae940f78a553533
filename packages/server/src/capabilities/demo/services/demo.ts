import { and, eq, inArray, like, notExists, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { memberships, organizations, users } from '../../../platform/db/tenancy-schema';
import type { Database, Tx } from '../../../platform/db/types';
import { forbidden } from '../../../platform/http/problem';
import { DEMO_ORGANIZATION } from '../seed';

/** The command that removes the demo organization (printed by the banner and the CLI's help). */
export const DEMO_REMOVE_COMMAND = 'npm run trellis -- demo remove';

// The demo's people all have addresses at this domain (demo/seed.ts).
const DEMO_EMAIL_DOMAIN = '%@northwind.example';

/** The demo organization is the one the seed made, known by its name. */
export async function isDemoOrganization(tx: Tx, ctx: Pick<OrgContext, 'organizationId'>): Promise<boolean> {
  const [row] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  return row?.name === DEMO_ORGANIZATION;
}

export interface DemoRemoval {
  removed: boolean;
  organizationId: string | null;
  usersRemoved: number;
}

/**
 * Deletes the demo organization and everything in it (every tenant table cascades from `organizations`,
 * the audit log included: its append-only trigger lets rows go only with their organization), then the
 * demo's people who belong to no other organization. One transaction; other organizations are untouched.
 */
export async function removeDemoOrganization(db: Database): Promise<DemoRemoval> {
  return db.system(async (tx) => {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, DEMO_ORGANIZATION));
    if (!org) return { removed: false, organizationId: null, usersRemoved: 0 };
    const people = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, org.id), like(users.email, DEMO_EMAIL_DOMAIN)));
    await tx.delete(organizations).where(eq(organizations.id, org.id));
    const ids = people.map((p) => p.id);
    const gone = ids.length
      ? await tx
          .delete(users)
          .where(
            and(
              inArray(users.id, ids),
              notExists(tx.select({ one: sql`1` }).from(memberships).where(eq(memberships.userId, users.id))),
            ),
          )
          .returning({ id: users.id })
      : [];
    return { removed: true, organizationId: org.id, usersRemoved: gone.length };
  });
}

/** The admin button: only inside the demo organization, so a real one can never be removed this way. */
export async function requireDemoOrganization(tx: Tx, ctx: OrgContext): Promise<void> {
  if (!(await isDemoOrganization(tx, ctx)))
    throw forbidden('Only the demo organization can be removed; this one holds real data.');
}
