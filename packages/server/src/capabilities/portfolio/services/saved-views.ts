import { and, asc, eq, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hasRole } from '../../../platform/auth/roles';
import type { Tx } from '../../../platform/db/types';
import { forbidden, notFound } from '../../../platform/http/problem';
import { savedViews } from '../portfolio-schema';
import type { ApplicationFilters } from './application-list';
import { filterConditions } from './application-list';

export type SavedViewRow = typeof savedViews.$inferSelect;

function personOf(ctx: OrgContext): string {
  if (ctx.actor.type !== 'user' || !ctx.actor.id) throw forbidden('Only a person saves views of the list.');
  return ctx.actor.id;
}

/** The caller's own views and those others shared with the organization, by name. */
export async function listSavedViews(tx: Tx, ctx: OrgContext): Promise<SavedViewRow[]> {
  const mine = ctx.actor.type === 'user' && ctx.actor.id ? eq(savedViews.ownerId, ctx.actor.id) : undefined;
  return tx
    .select()
    .from(savedViews)
    .where(
      and(
        eq(savedViews.organizationId, ctx.organizationId),
        mine ? or(mine, eq(savedViews.shared, true)) : eq(savedViews.shared, true),
      ),
    )
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

/** Saves the list's filters under a name; sharing with the organization takes a lead. */
export async function createSavedView(
  tx: Tx,
  ctx: OrgContext,
  input: { name: string; filters: ApplicationFilters; shared?: boolean | undefined },
): Promise<SavedViewRow> {
  const ownerId = personOf(ctx);
  if (input.shared && !hasRole(ctx.role, 'lead'))
    throw forbidden('Sharing a view with the organization takes a lead.');
  // The filters are checked as the list would check them, so a saved view always opens.
  await filterConditions(tx, ctx, input.filters);
  const [row] = await tx
    .insert(savedViews)
    .values({
      organizationId: ctx.organizationId,
      ownerId,
      name: input.name,
      filters: { ...input.filters },
      shared: input.shared ?? false,
    })
    .returning();
  const view = row!;
  await recordAudit(tx, ctx, {
    action: 'saved_view.created',
    entityType: 'saved_view',
    entityId: view.id,
    after: { name: view.name, filters: view.filters, shared: view.shared },
  });
  return view;
}

/** Deletes a view: its owner may, and an admin may remove a shared one. */
export async function deleteSavedView(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const [view] = await tx
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.organizationId, ctx.organizationId), eq(savedViews.id, id)));
  const own = view && ctx.actor.type === 'user' && view.ownerId === ctx.actor.id;
  if (!view || (!own && !view.shared)) throw notFound('The saved view');
  if (!own && !hasRole(ctx.role, 'admin'))
    throw forbidden('Only its owner or an admin deletes a shared view.');
  await tx.delete(savedViews).where(eq(savedViews.id, id));
  await recordAudit(tx, ctx, {
    action: 'saved_view.deleted',
    entityType: 'saved_view',
    entityId: id,
    before: { name: view.name, filters: view.filters, shared: view.shared },
  });
}
