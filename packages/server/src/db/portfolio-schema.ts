import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './capacity-schema';
import { createdAt, organizationRef, personRef } from './columns';

/** Portfolio & pilot evidence (PRODUCT.md capabilities 1 and 2). */

export const lifecycleStages = [
  'idea',
  'evaluating',
  'pilot',
  'expanding',
  'scaled',
  'paused',
  'retired',
] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];
export const riskTiers = ['low', 'medium', 'high'] as const;
export type RiskTier = (typeof riskTiers)[number];
export const dataSensitivities = ['public', 'internal', 'confidential', 'personal', 'special'] as const;
export const audiences = ['internal', 'external'] as const;

/** An AI application: a pilot or a scaled use of AI; its tasks are the workflows (quality-schema.ts). */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    ownerId: personRef('owner_id'),
    stage: text('stage', { enum: lifecycleStages }).notNull().default('idea'),
    riskTier: text('risk_tier', { enum: riskTiers }).notNull().default('low'),
    dataSensitivity: text('data_sensitivity', { enum: dataSensitivities }).notNull().default('internal'),
    audience: text('audience', { enum: audiences }).notNull().default('internal'),
    aiTools: jsonb('ai_tools').$type<string[]>().notNull().default([]),
    links: jsonb('links').$type<{ label: string; url: string }[]>().notNull().default([]),
    /** Values of the organization's custom fields, by field key. */
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull().default({}),
    /** Bumped on every change: an edit or decision made against an older version is refused as stale. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('applications_org_idx').on(t.organizationId, t.createdAt)],
);

/** The org units an application serves (its pilot team first, more as it expands). */
export const applicationUnits = pgTable(
  'application_units',
  {
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.orgUnitId] }),
    index('application_units_unit_idx').on(t.orgUnitId),
  ],
);
