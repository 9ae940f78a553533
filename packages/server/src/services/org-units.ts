import { and, eq } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { type OrgUnitKind, orgUnits } from '../db/capacity-schema';
import type { Tx } from '../db/types';
import { fieldError, notFound } from '../http/problem';
import { recordAudit } from './audit';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export interface NewOrgUnit {
  name: string;
  kind: OrgUnitKind;
  parentId?: string | null | undefined;
  headcount?: number | undefined;
  monthlyCapacity?: number | null | undefined;
}

/** Creates an org unit under a parent of the same organization; the shared entry point for other capabilities. */
export async function createOrgUnit(tx: Tx, ctx: OrgContext, input: NewOrgUnit): Promise<OrgUnitRow> {
  if (input.parentId) {
    const [parent] = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, input.parentId)));
    if (!parent) throw fieldError('parentId', 'No org unit with this id in the organization.');
  }
  const [row] = await tx
    .insert(orgUnits)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      kind: input.kind,
      parentId: input.parentId ?? null,
      headcount: input.headcount ?? 0,
      monthlyCapacity: input.monthlyCapacity ?? null,
    })
    .returning();
  const unit = row!;
  await recordAudit(tx, ctx, {
    action: 'org_unit.created',
    entityType: 'org_unit',
    entityId: unit.id,
    after: { name: unit.name, kind: unit.kind, parentId: unit.parentId, headcount: unit.headcount },
  });
  return unit;
}

export async function getOrgUnit(tx: Tx, ctx: OrgContext, id: string): Promise<OrgUnitRow> {
  const [row] = await tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, id)));
  if (!row) throw notFound('The org unit');
  return row;
}
