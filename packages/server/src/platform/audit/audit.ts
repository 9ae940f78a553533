import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/request-auth';
import { beforePublicId } from '../db/public-id';
import { auditEvents } from '../db/tenancy-schema';
import type { Tx } from '../db/types';

export interface AuditContext {
  organizationId: string;
  actor: Actor;
  requestId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Appends one event in the caller's transaction, so the change and its record commit or fail together. */
export async function recordAudit(tx: Tx, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: ctx.organizationId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId ?? null,
  });
}

/** Appends several events in one statement (a bulk change such as an import), in the caller's transaction. */
export async function recordAuditBatch(tx: Tx, ctx: AuditContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(
    entries.map((entry) => ({
      organizationId: ctx.organizationId,
      actorType: ctx.actor.type,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: ctx.requestId ?? null,
    })),
  );
}

export interface AuditFilter {
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export type AuditEventRow = typeof auditEvents.$inferSelect;

/** Newest first, keyset-paginated on the internal id (`before`: the public id of the last event seen, exclusive). */
export async function listAuditEvents(
  tx: Tx,
  organizationId: string,
  filter: AuditFilter,
  page: { limit: number; before?: string | undefined },
): Promise<AuditEventRow[]> {
  const conditions: SQL[] = [eq(auditEvents.organizationId, organizationId)];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.occurredAt, filter.to));
  if (page.before !== undefined) conditions.push(beforePublicId(auditEvents, 'audit_events', page.before));
  return tx
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(page.limit);
}
