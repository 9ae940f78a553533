import type { BoardPosition, ElementKind, ReviewElement } from '@trellis/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { getApplication } from '../../portfolio/index';
import { coreElements, coreReviews } from '../core-review-schema';

export type CoreElementRow = typeof coreElements.$inferSelect;

export interface ElementInput {
  kind: ElementKind;
  name: string;
  description?: string | undefined;
  position?: BoardPosition | null | undefined;
  hiddenHoursPerWeek?: number | undefined;
  carriedBy?: string | undefined;
}

export interface ElementChange extends Partial<ElementInput> {
  /** When given, the edit is refused (409) if the element changed since this version. */
  version?: number | undefined;
}

export const toReviewElement = (row: CoreElementRow): ReviewElement => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  description: row.description,
  position:
    row.valuePosition === null || row.systemPosition === null
      ? null
      : { value: row.valuePosition, system: row.systemPosition },
  hiddenHoursPerWeek: row.hiddenHoursPerWeek,
  carriedBy: row.carriedBy,
});

const audited = (row: CoreElementRow) => {
  const { organizationId: _o, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
};

/** Every element change counts, so a scaling package made before it is no longer current. */
async function markReviewChanged(tx: Tx, ctx: OrgContext, applicationId: string): Promise<void> {
  await tx
    .insert(coreReviews)
    .values({ applicationId, organizationId: ctx.organizationId, changeCount: 1 })
    .onConflictDoUpdate({
      target: coreReviews.applicationId,
      set: { changeCount: sql`${coreReviews.changeCount} + 1`, changedAt: sql`now()` },
    });
}

export async function listElements(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
): Promise<CoreElementRow[]> {
  await getApplication(tx, ctx, applicationId);
  return tx
    .select()
    .from(coreElements)
    .where(
      and(eq(coreElements.organizationId, ctx.organizationId), eq(coreElements.applicationId, applicationId)),
    )
    .orderBy(asc(coreElements.createdAt), asc(coreElements.id));
}

export async function getElement(tx: Tx, ctx: OrgContext, id: string): Promise<CoreElementRow> {
  const [row] = await tx
    .select()
    .from(coreElements)
    .where(and(eq(coreElements.organizationId, ctx.organizationId), eq(coreElements.id, id)));
  if (!row) throw notFound('The pilot element');
  return row;
}

export async function createElement(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  input: ElementInput,
): Promise<CoreElementRow> {
  await getApplication(tx, ctx, applicationId);
  const [row] = await tx
    .insert(coreElements)
    .values({
      organizationId: ctx.organizationId,
      applicationId,
      kind: input.kind,
      name: input.name,
      description: input.description ?? '',
      valuePosition: input.position?.value ?? null,
      systemPosition: input.position?.system ?? null,
      hiddenHoursPerWeek: input.hiddenHoursPerWeek ?? 0,
      carriedBy: input.carriedBy ?? '',
    })
    .returning();
  const element = row!;
  await markReviewChanged(tx, ctx, applicationId);
  await recordAudit(tx, ctx, {
    action: 'core_element.created',
    entityType: 'core_element',
    entityId: element.id,
    after: audited(element),
  });
  return element;
}

export async function updateElement(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  change: ElementChange,
): Promise<CoreElementRow> {
  const before = await getElement(tx, ctx, id);
  if (change.version !== undefined && change.version !== before.version)
    throw conflict(
      `The element is at version ${before.version}; your edit started from version ${change.version}.`,
    );
  const [row] = await tx
    .update(coreElements)
    .set({
      ...(change.kind === undefined ? {} : { kind: change.kind }),
      ...(change.name === undefined ? {} : { name: change.name }),
      ...(change.description === undefined ? {} : { description: change.description }),
      ...(change.position === undefined
        ? {}
        : { valuePosition: change.position?.value ?? null, systemPosition: change.position?.system ?? null }),
      ...(change.hiddenHoursPerWeek === undefined ? {} : { hiddenHoursPerWeek: change.hiddenHoursPerWeek }),
      ...(change.carriedBy === undefined ? {} : { carriedBy: change.carriedBy }),
      version: before.version + 1,
      updatedAt: sql`now()`,
    })
    .where(and(eq(coreElements.id, id), eq(coreElements.version, before.version)))
    .returning();
  if (!row) throw conflict('The element changed while you were editing it. Reload, then try again.');
  await markReviewChanged(tx, ctx, before.applicationId);
  await recordAudit(tx, ctx, {
    action: 'core_element.updated',
    entityType: 'core_element',
    entityId: id,
    before: audited(before),
    after: audited(row),
  });
  return row;
}

export async function deleteElement(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const before = await getElement(tx, ctx, id);
  await tx.delete(coreElements).where(eq(coreElements.id, id));
  await markReviewChanged(tx, ctx, before.applicationId);
  await recordAudit(tx, ctx, {
    action: 'core_element.deleted',
    entityType: 'core_element',
    entityId: id,
    before: audited(before),
  });
}
