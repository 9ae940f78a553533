import { CUSTOM_FIELD_KINDS } from '@trellis/core';
import { z } from 'zod';
import { Id, Name, Timestamp } from '../../../platform/http/schemas';
import { audiences, dataSensitivities, lifecycleStages, riskTiers } from '../portfolio-schema';
import { applicationSorts, type PersonRef, type UnitRef } from '../services/application-list';
import type { StageTransitionRow } from '../services/application-stages';
import type { ApplicationRow } from '../services/applications';
import type { CustomFieldRow } from '../services/custom-fields';
import type { SavedViewRow } from '../services/saved-views';

export const StageSchema = z.enum(lifecycleStages).meta({ id: 'LifecycleStage' });
export const RiskTierSchema = z.enum(riskTiers).meta({ id: 'RiskTier' });
const Link = z.strictObject({
  label: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
const CustomFieldValue = z.union([
  z.string().max(2000),
  z.number(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);

/** The editable fields of an application, shared by create and update. */
const editable = {
  purpose: z.string().trim().max(5000).optional(),
  ownerId: Id.nullable().optional().describe('A member of the organization'),
  riskTier: RiskTierSchema.optional(),
  dataSensitivity: z.enum(dataSensitivities).optional(),
  audience: z.enum(audiences).optional(),
  aiTools: z.array(z.string().trim().min(1).max(200)).max(50).optional().describe('AI tools and vendors'),
  links: z.array(Link).max(50).optional(),
  customFields: z
    .record(z.string(), CustomFieldValue)
    .optional()
    .describe('Values by custom field key; checked against the organization’s field definitions'),
  orgUnitIds: z.array(Id).max(100).optional().describe('Org units of the organization'),
};

export const NewApplicationBody = z
  .strictObject({
    name: Name,
    stage: StageSchema.optional(),
    ...editable,
    customFields: editable.customFields.default({}),
  })
  .meta({ id: 'NewApplication' });
export const ApplicationChangesBody = z
  .strictObject({
    version: z.number().int().positive().describe('The version the change was made against'),
    name: Name.optional(),
    ...editable,
  })
  .meta({ id: 'ApplicationChanges' });
export const TransitionBody = z
  .strictObject({
    to: StageSchema,
    reason: z.string().trim().min(1, 'say why the application moves').max(2000),
    version: z.number().int().positive(),
  })
  .meta({ id: 'NewStageTransition' });

const PersonRefSchema = z.object({ id: Id, name: z.string(), email: z.string() });
const UnitRefSchema = z.object({ id: Id, name: z.string() });

export const Application = z
  .object({
    id: Id,
    name: z.string(),
    purpose: z.string(),
    owner: PersonRefSchema.nullable(),
    stage: StageSchema,
    riskTier: RiskTierSchema,
    dataSensitivity: z.enum(dataSensitivities),
    audience: z.enum(audiences),
    aiTools: z.array(z.string()),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    customFields: z.record(z.string(), z.unknown()),
    orgUnits: z.array(UnitRefSchema),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Application' });

export const StageTransition = z
  .object({
    id: Id,
    from: StageSchema,
    to: StageSchema,
    reason: z.string(),
    actor: z.object({
      type: z.enum(['user', 'token', 'system']),
      id: z.string().nullable(),
      name: z.string(),
    }),
    occurredAt: Timestamp,
  })
  .meta({ id: 'StageTransition' });

export const CustomField = z
  .object({
    id: Id,
    key: z.string(),
    label: z.string(),
    kind: z.enum(CUSTOM_FIELD_KINDS),
    options: z.array(z.string()),
    required: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'CustomField' });

export const NewCustomFieldBody = z
  .strictObject({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'use 1–40 lowercase letters, digits or _, starting with a letter'),
    label: Name,
    kind: z.enum(CUSTOM_FIELD_KINDS),
    options: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
    required: z.boolean().optional(),
  })
  .meta({ id: 'NewCustomField' });

/** List filters in a query string: repeated `stage`, `riskTier` and `customField=key:value`. */
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[])
    .optional();
const SortSchema = z
  .enum(applicationSorts)
  .describe('newest (default) or oldest registered, name A→Z, recently updated, or by lifecycle stage');

export const FilterFields = {
  q: z.string().max(200).optional().describe('Searches names and purposes'),
  stage: many(StageSchema),
  riskTier: many(RiskTierSchema),
  ownerId: Id.optional(),
  orgUnitId: Id.optional(),
  customField: many(z.string().min(2).max(300)).describe('key:value, repeatable'),
  sort: SortSchema.optional(),
};
export const Filters = z
  .strictObject({
    q: z.string().max(200).optional(),
    stage: z.array(StageSchema).optional(),
    riskTier: z.array(RiskTierSchema).optional(),
    ownerId: Id.optional(),
    orgUnitId: Id.optional(),
    customField: z.array(z.string().min(2).max(300)).optional(),
    sort: SortSchema.optional(),
  })
  .meta({ id: 'ApplicationFilters' });

export const SavedView = z
  .object({
    id: Id,
    name: z.string(),
    filters: Filters,
    shared: z.boolean(),
    mine: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'SavedView' });

export function presentApplication(
  a: ApplicationRow,
  refs: { owners: Map<string, PersonRef>; units: Map<string, UnitRef[]> },
): z.infer<typeof Application> {
  return {
    id: a.id,
    name: a.name,
    purpose: a.purpose,
    owner: a.ownerId ? (refs.owners.get(a.ownerId) ?? null) : null,
    stage: a.stage,
    riskTier: a.riskTier,
    dataSensitivity: a.dataSensitivity,
    audience: a.audience,
    aiTools: a.aiTools,
    links: a.links,
    customFields: a.customFields,
    orgUnits: refs.units.get(a.id) ?? [],
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export const presentTransition = (t: StageTransitionRow): z.infer<typeof StageTransition> => ({
  id: t.id,
  from: t.fromStage,
  to: t.toStage,
  reason: t.reason,
  actor: { type: t.actorType, id: t.actorId, name: t.actorName },
  occurredAt: t.occurredAt.toISOString(),
});

export const presentCustomField = (f: CustomFieldRow): z.infer<typeof CustomField> => ({
  id: f.id,
  key: f.key,
  label: f.label,
  kind: f.kind,
  options: f.options,
  required: f.required,
  createdAt: f.createdAt.toISOString(),
});

export const presentSavedView = (v: SavedViewRow, userId: string | null): z.infer<typeof SavedView> => ({
  id: v.id,
  name: v.name,
  filters: Filters.parse(v.filters),
  shared: v.shared,
  mine: v.ownerId === userId,
  createdAt: v.createdAt.toISOString(),
});
