import {
  type DecisionCriterion,
  type KnockOutRule,
  starterRubric,
  validateDecisionRubric,
} from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { decisionRubrics, decisionRubricVersions } from '../decisions-schema';

export type RubricRow = typeof decisionRubrics.$inferSelect;
export type RubricVersionRow = typeof decisionRubricVersions.$inferSelect;

export interface RubricInput {
  name: string;
  criteria: DecisionCriterion[];
  knockOuts: KnockOutRule[];
}

function validated(input: Pick<RubricInput, 'criteria' | 'knockOuts'>) {
  validateDecisionRubric(input);
}

const userIdOf = (ctx: OrgContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

/** Creates a rubric with its version 1. */
export async function createRubric(tx: Tx, ctx: OrgContext, input: RubricInput) {
  validated(input);
  const [rubric] = await tx
    .insert(decisionRubrics)
    .values({ organizationId: ctx.organizationId, name: input.name, createdBy: userIdOf(ctx) })
    .returning();
  const [version] = await tx
    .insert(decisionRubricVersions)
    .values({
      organizationId: ctx.organizationId,
      rubricId: rubric!.id,
      version: 1,
      criteria: input.criteria,
      knockOuts: input.knockOuts,
      createdBy: userIdOf(ctx),
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'rubric.created',
    entityType: 'decision_rubric',
    entityId: rubric!.id,
    after: { name: input.name, version: 1, criteria: input.criteria, knockOuts: input.knockOuts },
  });
  return { rubric: rubric!, version: version! };
}

/** The starter L&D rubric (value, feasibility, risk, readiness), created only when someone asks for it. */
export async function createStarterRubric(tx: Tx, ctx: OrgContext) {
  return createRubric(tx, ctx, starterRubric());
}

export async function listRubrics(tx: Tx, ctx: OrgContext) {
  return tx
    .select({ rubric: decisionRubrics, version: decisionRubricVersions })
    .from(decisionRubrics)
    .innerJoin(
      decisionRubricVersions,
      and(
        eq(decisionRubricVersions.rubricId, decisionRubrics.id),
        eq(decisionRubricVersions.version, decisionRubrics.currentVersion),
      ),
    )
    .where(eq(decisionRubrics.organizationId, ctx.organizationId))
    .orderBy(desc(decisionRubrics.createdAt));
}

export async function getRubric(tx: Tx, ctx: OrgContext, id: string) {
  const [rubric] = await tx
    .select()
    .from(decisionRubrics)
    .where(and(eq(decisionRubrics.organizationId, ctx.organizationId), eq(decisionRubrics.id, id)));
  if (!rubric) throw notFound('The rubric');
  const versions = await tx
    .select()
    .from(decisionRubricVersions)
    .where(eq(decisionRubricVersions.rubricId, id))
    .orderBy(desc(decisionRubricVersions.version));
  return { rubric, versions };
}

/** A rubric version by its id, of this organization (evaluations name the version they use). */
export async function getRubricVersion(tx: Tx, ctx: OrgContext, id: string): Promise<RubricVersionRow> {
  const [row] = await tx
    .select()
    .from(decisionRubricVersions)
    .where(
      and(eq(decisionRubricVersions.organizationId, ctx.organizationId), eq(decisionRubricVersions.id, id)),
    );
  if (!row) throw notFound('The rubric version');
  return row;
}

/**
 * Saves an edit as a new version. `baseVersion` is the version the editor started from: an edit made on
 * an older version is refused (409), so two admins never overwrite each other unknowingly.
 */
export async function saveRubricVersion(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: RubricInput & { baseVersion: number },
) {
  const [rubric] = await tx
    .select()
    .from(decisionRubrics)
    .where(and(eq(decisionRubrics.organizationId, ctx.organizationId), eq(decisionRubrics.id, id)))
    .for('update');
  if (!rubric) throw notFound('The rubric');
  if (rubric.currentVersion !== input.baseVersion)
    throw conflict(
      `The rubric is at version ${rubric.currentVersion}; your edit started from version ${input.baseVersion}. Reload and edit again.`,
    );
  validated(input);
  const next = rubric.currentVersion + 1;
  const [version] = await tx
    .insert(decisionRubricVersions)
    .values({
      organizationId: ctx.organizationId,
      rubricId: id,
      version: next,
      criteria: input.criteria,
      knockOuts: input.knockOuts,
      createdBy: userIdOf(ctx),
    })
    .returning();
  await tx
    .update(decisionRubrics)
    .set({ currentVersion: next, name: input.name })
    .where(eq(decisionRubrics.id, id));
  await recordAudit(tx, ctx, {
    action: 'rubric.versioned',
    entityType: 'decision_rubric',
    entityId: id,
    before: { name: rubric.name, version: rubric.currentVersion },
    after: { name: input.name, version: next, criteria: input.criteria, knockOuts: input.knockOuts },
  });
  return { rubric: { ...rubric, name: input.name, currentVersion: next }, version: version! };
}
