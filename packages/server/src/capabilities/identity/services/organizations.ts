import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/request-auth';
import { memberships, organizations } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { slugify, withSuffix } from './slugs';

export type OrganizationRow = typeof organizations.$inferSelect;

/**
 * Creates an organization with `ownerId` as its owner. Runs in the system scope: the organization does
 * not exist yet, so no tenant can own the transaction.
 */
export async function createOrganization(
  tx: Tx,
  props: { name: string; ownerId: string; actor: Actor; requestId?: string | undefined },
): Promise<OrganizationRow> {
  const base = slugify(props.name);
  const taken = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, base));
  const slug = taken.length ? withSuffix(base) : base;
  const [organization] = await tx.insert(organizations).values({ name: props.name, slug }).returning();
  const org = organization!;
  await tx.insert(memberships).values({ organizationId: org.id, userId: props.ownerId, role: 'owner' });
  const ctx = { organizationId: org.id, actor: props.actor, requestId: props.requestId };
  await recordAudit(tx, ctx, {
    action: 'organization.created',
    entityType: 'organization',
    entityId: org.id,
    after: { name: org.name, slug: org.slug },
  });
  await recordAudit(tx, ctx, {
    action: 'member.added',
    entityType: 'member',
    entityId: props.ownerId,
    after: { role: 'owner' },
  });
  return org;
}

export async function getOrganization(tx: Tx, organizationId: string): Promise<OrganizationRow | undefined> {
  const [row] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  return row;
}

/** What an admin may change on the organization: its name and how long outputs' content is kept. */
export interface OrganizationChanges {
  name?: string | undefined;
  /** Days an output's content is kept (services/retention.ts); null: forever. */
  outputContentRetentionDays?: number | null | undefined;
  /** Session limits in minutes (platform/auth/sessions.ts); null: the default, 14 days. */
  sessionIdleMinutes?: number | null | undefined;
  sessionMaxMinutes?: number | null | undefined;
}

/** Applies `changes` (only the fields given) and records one audit event per changed setting. */
export async function updateOrganization(
  tx: Tx,
  ctx: { organizationId: string; actor: Actor; requestId: string },
  changes: OrganizationChanges,
): Promise<OrganizationRow | undefined> {
  const before = await getOrganization(tx, ctx.organizationId);
  if (!before) return undefined;
  const set: Partial<typeof organizations.$inferInsert> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.outputContentRetentionDays !== undefined)
    set.outputContentRetentionDays = changes.outputContentRetentionDays;
  if (changes.sessionIdleMinutes !== undefined) set.sessionIdleMinutes = changes.sessionIdleMinutes;
  if (changes.sessionMaxMinutes !== undefined) set.sessionMaxMinutes = changes.sessionMaxMinutes;
  if (Object.keys(set).length === 0) return before;
  const [after] = await tx
    .update(organizations)
    .set(set)
    .where(eq(organizations.id, ctx.organizationId))
    .returning();
  if (changes.name !== undefined && changes.name !== before.name)
    await recordAudit(tx, ctx, {
      action: 'organization.renamed',
      entityType: 'organization',
      entityId: ctx.organizationId,
      before: { name: before.name },
      after: { name: changes.name },
    });
  if (
    changes.outputContentRetentionDays !== undefined &&
    changes.outputContentRetentionDays !== before.outputContentRetentionDays
  )
    await recordAudit(tx, ctx, {
      action: 'organization.retention_changed',
      entityType: 'organization',
      entityId: ctx.organizationId,
      before: { outputContentRetentionDays: before.outputContentRetentionDays },
      after: { outputContentRetentionDays: changes.outputContentRetentionDays },
    });
  const limitsBefore = { idle: before.sessionIdleMinutes, max: before.sessionMaxMinutes };
  const limitsAfter = { idle: after!.sessionIdleMinutes, max: after!.sessionMaxMinutes };
  if (limitsBefore.idle !== limitsAfter.idle || limitsBefore.max !== limitsAfter.max)
    await recordAudit(tx, ctx, {
      action: 'organization.session_limits_changed',
      entityType: 'organization',
      entityId: ctx.organizationId,
      before: { sessionIdleMinutes: limitsBefore.idle, sessionMaxMinutes: limitsBefore.max },
      after: { sessionIdleMinutes: limitsAfter.idle, sessionMaxMinutes: limitsAfter.max },
    });
  return after;
}
