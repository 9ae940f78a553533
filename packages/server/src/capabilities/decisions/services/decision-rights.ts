import {
  applicableRaci,
  completeRaci,
  type DecisionType,
  defaultRaci,
  type RaciCell,
  type RaciLetter,
  validateRaci,
} from '@trellis/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Role } from '../../../platform/auth/roles';
import type { Tx } from '../../../platform/db/types';
import { badRequest, fieldError } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import { decisionRights } from '../decisions-schema';

export interface RightsCell {
  decisionType: DecisionType;
  orgUnitId: string | null;
  role: Role;
  letter: RaciLetter;
}

const toCore = (c: RightsCell): RaciCell => ({ ...c, scope: c.orgUnitId });

/** The organization's decision-rights grid; the default matrix until an admin saves one. */
export async function getDecisionRights(
  tx: Tx,
  ctx: OrgContext,
): Promise<{ cells: RightsCell[]; isDefault: boolean }> {
  const rows = await tx
    .select()
    .from(decisionRights)
    .where(eq(decisionRights.organizationId, ctx.organizationId));
  if (rows.length === 0)
    return {
      cells: defaultRaci().map((c) => ({
        decisionType: c.decisionType,
        orgUnitId: null,
        role: c.role as Role,
        letter: c.letter,
      })),
      isDefault: true,
    };
  const saved = rows.map((r) => ({
    decisionType: r.decisionType,
    scope: r.orgUnitId,
    role: r.role as string,
    letter: r.letter,
  }));
  // A decision type added after the grid was saved gets the default cells until an admin saves it again.
  return {
    cells: completeRaci(saved).map((c) => ({
      decisionType: c.decisionType,
      orgUnitId: c.scope,
      role: c.role as Role,
      letter: c.letter,
    })),
    isDefault: false,
  };
}

/** Replaces the grid after validating it: exactly one Accountable per decision type and scope. */
export async function saveDecisionRights(tx: Tx, ctx: OrgContext, cells: RightsCell[]) {
  const unitIds = [...new Set(cells.map((c) => c.orgUnitId).filter((id): id is string => id !== null))];
  if (unitIds.length) {
    const found = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), inArray(orgUnits.id, unitIds)));
    const index = cells.findIndex((c) => c.orgUnitId !== null && !found.some((f) => f.id === c.orgUnitId));
    if (index >= 0)
      throw fieldError(`body.cells.${index}.orgUnitId`, 'No org unit with this id in the organization.');
  }
  const problems = validateRaci(cells.map(toCore));
  if (problems.length)
    throw badRequest(
      'The decision-rights grid is not valid.',
      problems.map((p) => ({
        path:
          p.index === null
            ? `body.cells.${p.decisionType}${p.scope ? `.${p.scope}` : ''}`
            : `body.cells.${p.index}`,
        message: `${p.decisionType}${p.scope ? ` in org unit ${p.scope}` : ''}: ${p.message}`,
      })),
    );
  const before = await getDecisionRights(tx, ctx);
  await tx.delete(decisionRights).where(eq(decisionRights.organizationId, ctx.organizationId));
  await tx.insert(decisionRights).values(cells.map((c) => ({ organizationId: ctx.organizationId, ...c })));
  await recordAudit(tx, ctx, {
    action: 'decision_rights.saved',
    entityType: 'decision_rights',
    entityId: ctx.organizationId,
    before: { cells: before.cells },
    after: { cells },
  });
  return { cells, isDefault: false };
}

/** The roles holding each letter for a decision type in a scope (the org unit's own cells, else org-wide). */
export async function rightsFor(
  tx: Tx,
  ctx: OrgContext,
  decisionType: DecisionType,
  orgUnitId: string | null,
) {
  const { cells } = await getDecisionRights(tx, ctx);
  const applicable = applicableRaci(cells.map(toCore), decisionType, orgUnitId);
  const rolesWith = (letter: RaciLetter) =>
    applicable.filter((c) => c.letter === letter).map((c) => c.role as Role);
  return {
    accountable: rolesWith('A'),
    responsible: rolesWith('R'),
    consulted: rolesWith('C'),
    informed: rolesWith('I'),
  };
}

/** Org units for the grid's scope picker and request forms (the capacity area owns their editing). */
export async function listOrgUnitOptions(tx: Tx, ctx: OrgContext) {
  return tx
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.organizationId, ctx.organizationId))
    .orderBy(asc(orgUnits.name));
}
