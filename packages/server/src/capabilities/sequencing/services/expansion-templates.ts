import { STARTER_TEMPLATE_NAME, starterTemplateStages, validateCriteria } from '@trellis/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { withFieldNames } from '../../../platform/http/field-errors';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { expansionPlans, expansionTemplates, type TemplateStage } from '../sequencing-schema';

export type TemplateRow = typeof expansionTemplates.$inferSelect;

export interface TemplateInput {
  name: string;
  description?: string | undefined;
  stages: TemplateStage[];
}

/** Checks each stage's criteria (core/sequencing); field errors name `body.stages.<i>.criteria.<…>`. */
export function checkStageCriteria(
  stages: readonly { criteria: TemplateStage['criteria'] }[],
  prefix: string,
) {
  for (const [index, stage] of stages.entries()) {
    withFieldNames({ at: `${prefix}${index}.criteria.` }, () => validateCriteria(stage.criteria));
  }
}

async function nameTaken(tx: Tx, ctx: OrgContext, name: string, except?: string) {
  const [row] = await tx
    .select({ id: expansionTemplates.id })
    .from(expansionTemplates)
    .where(and(eq(expansionTemplates.organizationId, ctx.organizationId), eq(expansionTemplates.name, name)));
  return row !== undefined && row.id !== except;
}

export async function listTemplates(tx: Tx, ctx: OrgContext): Promise<TemplateRow[]> {
  return tx
    .select()
    .from(expansionTemplates)
    .where(eq(expansionTemplates.organizationId, ctx.organizationId))
    .orderBy(asc(expansionTemplates.name));
}

export async function getTemplate(tx: Tx, ctx: OrgContext, id: string): Promise<TemplateRow> {
  const [row] = await tx
    .select()
    .from(expansionTemplates)
    .where(and(eq(expansionTemplates.organizationId, ctx.organizationId), eq(expansionTemplates.id, id)));
  if (!row) throw notFound('The expansion template');
  return row;
}

export async function createTemplate(tx: Tx, ctx: OrgContext, input: TemplateInput): Promise<TemplateRow> {
  checkStageCriteria(input.stages, 'body.stages.');
  if (await nameTaken(tx, ctx, input.name))
    throw fieldError('body.name', 'The organization already has a template with this name.');
  const [row] = await tx
    .insert(expansionTemplates)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      description: input.description ?? '',
      stages: input.stages,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'expansion_template.created',
    entityType: 'expansion_template',
    entityId: row!.id,
    after: { name: row!.name, stages: row!.stages },
  });
  return row!;
}

/** The starter template (pilot team → second team → department → organization), made once per organization. */
export async function ensureStarterTemplate(tx: Tx, ctx: OrgContext): Promise<TemplateRow> {
  const [existing] = await tx
    .select()
    .from(expansionTemplates)
    .where(
      and(
        eq(expansionTemplates.organizationId, ctx.organizationId),
        eq(expansionTemplates.name, STARTER_TEMPLATE_NAME),
      ),
    );
  if (existing) return existing;
  return createTemplate(tx, ctx, {
    name: STARTER_TEMPLATE_NAME,
    description:
      'Start with the pilot team, then a second team, a department and the whole organization; each gate asks more evidence than the one before.',
    stages: starterTemplateStages(),
  });
}

export async function updateTemplate(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: TemplateInput & { version: number },
): Promise<TemplateRow> {
  const before = await getTemplate(tx, ctx, id);
  if (before.version !== input.version)
    throw conflict(
      `The template changed: it is at version ${before.version}, you edited version ${input.version}.`,
    );
  checkStageCriteria(input.stages, 'body.stages.');
  if (await nameTaken(tx, ctx, input.name, id))
    throw fieldError('body.name', 'The organization already has a template with this name.');
  const [row] = await tx
    .update(expansionTemplates)
    .set({
      name: input.name,
      description: input.description ?? before.description,
      stages: input.stages,
      version: sql`${expansionTemplates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(expansionTemplates.id, id), eq(expansionTemplates.version, input.version)))
    .returning();
  if (!row) throw conflict('The template changed while you edited it: reload it.');
  await recordAudit(tx, ctx, {
    action: 'expansion_template.updated',
    entityType: 'expansion_template',
    entityId: id,
    before: { name: before.name, stages: before.stages, version: before.version },
    after: { name: row.name, stages: row.stages, version: row.version },
  });
  return row;
}

/** Deletes a template; plans made from it keep their stages (they copied them). */
export async function deleteTemplate(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const before = await getTemplate(tx, ctx, id);
  await tx
    .update(expansionPlans)
    .set({ templateId: null })
    .where(and(eq(expansionPlans.organizationId, ctx.organizationId), eq(expansionPlans.templateId, id)));
  await tx.delete(expansionTemplates).where(eq(expansionTemplates.id, id));
  await recordAudit(tx, ctx, {
    action: 'expansion_template.deleted',
    entityType: 'expansion_template',
    entityId: id,
    before: { name: before.name, stages: before.stages },
  });
}
