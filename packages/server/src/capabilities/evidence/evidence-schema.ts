import { metricKinds } from '@trellis/core';
import {
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, personRef } from '../../platform/db/columns';
import { applications } from '../portfolio/portfolio-schema';

/** Pilot evidence: what is measured, when, and what was measured. */

export const betterDirections = ['higher', 'lower'] as const;
export type BetterDirection = (typeof betterDirections)[number];
export const evidenceWindows = ['baseline', 'pilot'] as const;
export type EvidenceWindow = (typeof evidenceWindows)[number];
/** Whose work a measurement is: the pilot group, or a concurrent comparison group without the pilot. */
export const measurementGroups = ['pilot', 'comparison'] as const;
export type MeasurementGroup = (typeof measurementGroups)[number];
export const measurementSources = ['entered', 'imported', 'api'] as const;

/** A metric of an application's pilot, with its baseline and pilot windows (inclusive dates). */
export const evidenceMetrics = pgTable(
  'evidence_metrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** e.g. "h", "min", "points"; empty for proportions. Every measurement is in this unit. */
    unit: text('unit').notNull().default(''),
    kind: text('kind', { enum: metricKinds }).notNull(),
    better: text('better', { enum: betterDirections }).notNull(),
    howMeasured: text('how_measured').notNull().default(''),
    baselineStart: date('baseline_start', { mode: 'string' }),
    baselineEnd: date('baseline_end', { mode: 'string' }),
    pilotStart: date('pilot_start', { mode: 'string' }),
    pilotEnd: date('pilot_end', { mode: 'string' }),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evidence_metrics_name_idx').on(t.applicationId, t.name)],
);

/**
 * One measurement: a value (for proportions a success count out of `total`, or 0/1 with `total` 1) on
 * a day in one of the metric's windows, for the pilot group or a comparison group.
 */
export const evidenceMeasurements = pgTable(
  'evidence_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    metricId: uuid('metric_id')
      .notNull()
      .references(() => evidenceMetrics.id, { onDelete: 'cascade' }),
    window: text('window', { enum: evidenceWindows }).notNull(),
    group: text('group', { enum: measurementGroups }).notNull().default('pilot'),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    total: integer('total'),
    note: text('note').notNull().default(''),
    /** The recorder's id for idempotent retries (unique per metric). */
    clientId: text('client_id'),
    /** A hash of the measurement's content, to tell a retry from a reuse of the client id. */
    contentHash: text('content_hash'),
    source: text('source', { enum: measurementSources }).notNull(),
    recordedBy: personRef('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_measurements_metric_idx').on(t.metricId, t.window, t.group),
    uniqueIndex('evidence_measurements_client_idx').on(t.metricId, t.clientId),
  ],
);
