import type { CustomFieldDefinition, CustomFieldKind } from '@trellis/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError, notFound } from '../../../platform/http/problem';
import { applications, customFieldDefinitions } from '../portfolio-schema';

export type CustomFieldRow = typeof customFieldDefinitions.$inferSelect;

export interface NewCustomField {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options?: string[] | undefined;
  required?: boolean | undefined;
}

const isSelect = (kind: CustomFieldKind) => kind === 'single_select' || kind === 'multi_select';

/** The organization's custom fields in the order they were defined. */
export async function listCustomFields(tx: Tx, ctx: OrgContext): Promise<CustomFieldRow[]> {
  return tx
    .select()
    .from(customFieldDefinitions)
    .where(eq(customFieldDefinitions.organizationId, ctx.organizationId))
    .orderBy(asc(customFieldDefinitions.createdAt), asc(customFieldDefinitions.key));
}

export const toDefinition = (row: CustomFieldRow): CustomFieldDefinition => ({
  key: row.key,
  label: row.label,
  kind: row.kind,
  options: row.options,
  required: row.required,
});

/** Defines a field every application of the organization gets; select fields need their options. */
export async function createCustomField(tx: Tx, ctx: OrgContext, input: NewCustomField) {
  const options = isSelect(input.kind) ? [...new Set((input.options ?? []).map((o) => o.trim()))] : [];
  if (isSelect(input.kind) && options.length < 2) {
    throw fieldError('body.options', 'A select field needs at least two distinct options.');
  }
  if (!isSelect(input.kind) && (input.options?.length ?? 0) > 0) {
    throw fieldError('body.options', 'Only select fields have options.');
  }
  const [existing] = await tx
    .select({ id: customFieldDefinitions.id })
    .from(customFieldDefinitions)
    .where(
      and(
        eq(customFieldDefinitions.organizationId, ctx.organizationId),
        eq(customFieldDefinitions.key, input.key),
      ),
    );
  if (existing) throw fieldError('body.key', `A custom field with the key “${input.key}” exists already.`);
  const [row] = await tx
    .insert(customFieldDefinitions)
    .values({
      organizationId: ctx.organizationId,
      key: input.key,
      label: input.label,
      kind: input.kind,
      options,
      required: input.required ?? false,
    })
    .returning();
  const field = row!;
  await recordAudit(tx, ctx, {
    action: 'custom_field.created',
    entityType: 'custom_field',
    entityId: field.id,
    after: toDefinition(field),
  });
  return field;
}

/**
 * Edits a field's label, whether it is required, and (for selects) its options. An option some application
 * still holds cannot be removed, so no stored value ever falls outside its field; the key and kind stay.
 */
export async function updateCustomField(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  changes: { label?: string | undefined; required?: boolean | undefined; options?: string[] | undefined },
): Promise<CustomFieldRow> {
  const [field] = await tx
    .select()
    .from(customFieldDefinitions)
    .where(
      and(eq(customFieldDefinitions.organizationId, ctx.organizationId), eq(customFieldDefinitions.id, id)),
    );
  if (!field) throw notFound('The custom field');
  let options = field.options;
  if (changes.options !== undefined) {
    if (!isSelect(field.kind)) throw fieldError('body.options', 'Only select fields have options.');
    options = [...new Set(changes.options.map((o) => o.trim()))];
    if (options.length < 2)
      throw fieldError('body.options', 'A select field needs at least two distinct options.');
    for (const removed of field.options.filter((o) => !options.includes(o))) {
      const holder = field.kind === 'multi_select' ? [removed] : removed;
      const [inUse] = await tx
        .select({ name: applications.name })
        .from(applications)
        .where(
          and(
            eq(applications.organizationId, ctx.organizationId),
            sql`${applications.customFields} @> ${JSON.stringify({ [field.key]: holder })}::jsonb`,
          ),
        )
        .limit(1);
      if (inUse) {
        throw fieldError(
          'body.options',
          `“${removed}” is still the value of “${inUse.name}”; change that first.`,
        );
      }
    }
  }
  const [row] = await tx
    .update(customFieldDefinitions)
    .set({ label: changes.label ?? field.label, required: changes.required ?? field.required, options })
    .where(eq(customFieldDefinitions.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'custom_field.updated',
    entityType: 'custom_field',
    entityId: id,
    before: toDefinition(field),
    after: toDefinition(row!),
  });
  return row!;
}

/**
 * Removes a field and its values from every application (each such application gets a new version, so an
 * edit made against the old one is refused rather than writing the value back).
 */
export async function deleteCustomField(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const [field] = await tx
    .delete(customFieldDefinitions)
    .where(
      and(eq(customFieldDefinitions.organizationId, ctx.organizationId), eq(customFieldDefinitions.id, id)),
    )
    .returning();
  if (!field) throw notFound('The custom field');
  const cleared = await tx
    .update(applications)
    .set({
      customFields: sql`${applications.customFields} - ${field.key}::text`,
      version: sql`${applications.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        sql`${applications.customFields} ? ${field.key}::text`,
      ),
    )
    .returning({ id: applications.id });
  await recordAudit(tx, ctx, {
    action: 'custom_field.deleted',
    entityType: 'custom_field',
    entityId: field.id,
    before: toDefinition(field),
    after: { valuesRemovedFrom: cleared.length },
  });
}
