import type { ScalingPackageContent } from '@trellis/core';
import {
  doublePrecision,
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
import { createdAt, organizationRef, personRef } from '../../platform/db/columns';
import { applications } from '../portfolio/portfolio-schema';

/** Pilot retrospectives, the sustainable-core review and scaling readiness (what made a pilot work, before it scales). */

const applicationRef = () =>
  uuid('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' });

export interface EvidenceLink {
  kind: string;
  id: string;
}
export interface RetrospectiveAnswer {
  text: string;
  links: EvidenceLink[];
}

/** One saved version of an application's pilot retrospective; a save adds a row, earlier rows stay. */
export const retrospectives = pgTable(
  'retrospectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: applicationRef(),
    version: integer('version').notNull(),
    /** By question key (collaboration, conditions, sustainable, evolve). */
    answers: jsonb('answers').$type<Record<string, RetrospectiveAnswer>>().notNull(),
    createdBy: personRef('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('retrospectives_version_key').on(t.applicationId, t.version)],
);

export const elementKindValues = ['practice', 'workflow_step', 'role', 'tool', 'condition'] as const;

/** A pilot element on the core-review board; null positions = not placed yet. */
export const coreElements = pgTable(
  'core_elements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: applicationRef(),
    kind: text('kind', { enum: elementKindValues }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** +1 fundamentally valuable … -1 works only under pilot conditions. */
    valuePosition: doublePrecision('value_position'),
    /** +1 systematizable … -1 depends on heroic effort. */
    systemPosition: doublePrecision('system_position'),
    hiddenHoursPerWeek: doublePrecision('hidden_hours_per_week').notNull().default(0),
    carriedBy: text('carried_by').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('core_elements_application_idx').on(t.applicationId, t.createdAt)],
);

/** Per application: a counter bumped by every element change, so a package knows whether it is current. */
export const coreReviews = pgTable('core_reviews', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  organizationId: organizationRef(),
  changeCount: integer('change_count').notNull().default(0),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An immutable snapshot of the review's core: what an expansion gate checks. */
export const scalingPackages = pgTable(
  'scaling_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: applicationRef(),
    version: integer('version').notNull(),
    /** core_reviews.change_count when generated: equal = no element changed since. */
    elementChangeCount: integer('element_change_count').notNull(),
    content: jsonb('content').$type<ScalingPackageContent>().notNull(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scaling_packages_version_key').on(t.applicationId, t.version)],
);

/** A person's 1–5 rating of a readiness dimension that Trellis cannot compute (yet). */
export const readinessRatings = pgTable(
  'readiness_ratings',
  {
    organizationId: organizationRef(),
    applicationId: applicationRef(),
    dimension: text('dimension').notNull(),
    rating: integer('rating').notNull(),
    note: text('note').notNull(),
    ratedBy: personRef('rated_by'),
    ratedByName: text('rated_by_name').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.dimension] })],
);
