import { AUDIENCES, DATA_SENSITIVITIES, LIFECYCLE_STAGES, RISK_TIERS } from '@trellis/core';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef, personRef } from '../../platform/db/columns';
import { orgUnits } from '../capacity/capacity-schema';

/** The portfolio: every AI application, its lifecycle stage and the fields the organization keeps on it. */

// The vocabularies live in core; these names keep the server's spelling.
export const lifecycleStages = LIFECYCLE_STAGES;
export type LifecycleStage = (typeof lifecycleStages)[number];
export const riskTiers = RISK_TIERS;
export type RiskTier = (typeof riskTiers)[number];
export const dataSensitivities = DATA_SENSITIVITIES;
export const audiences = AUDIENCES;

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

export const customFieldKinds = ['text', 'number', 'date', 'single_select', 'multi_select'] as const;

/** A field the organization adds to every application; values live in `applications.custom_fields`. */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    kind: text('kind', { enum: customFieldKinds }).notNull(),
    options: jsonb('options').$type<string[]>().notNull().default([]),
    required: boolean('required').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('custom_field_definitions_key_idx').on(t.organizationId, t.key)],
);

/** Each move of an application between lifecycle stages: who, when and why. */
export const stageTransitions = pgTable(
  'application_stage_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: lifecycleStages }).notNull(),
    toStage: text('to_stage', { enum: lifecycleStages }).notNull(),
    reason: text('reason').notNull(),
    actorType: text('actor_type', { enum: ['user', 'token', 'system'] }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_stage_transitions_app_idx').on(t.applicationId, t.occurredAt)],
);

/** The filters of the application list a person saved under a name; shared ones are seen by the org. */
export const savedViews = pgTable(
  'application_saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    ownerId: ownerRef('owner_id'),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    shared: boolean('shared').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('application_saved_views_org_idx').on(t.organizationId, t.ownerId)],
);
