import type { MaturityScore } from '@trellis/core';
import { sql } from 'drizzle-orm';
import { doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, personRef } from '../../platform/db/columns';

/** Strategy diagnostic (is the organization drifting toward pilots that never scale?): the periodic self-assessment and maturity history. */

/** One taking of the short self-assessment: every question answered 1–5, with who and when. */
export const maturityAssessments = pgTable(
  'maturity_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    takenBy: personRef('taken_by'),
    takenByName: text('taken_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('maturity_assessments_org_idx').on(t.organizationId, t.createdAt)],
);

export const snapshotReasons = ['self_assessment', 'monthly'] as const;

/** The maturity scores and diagnostic position at a point in time: when a self-assessment is taken, or monthly. */
export const maturitySnapshots = pgTable(
  'maturity_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    reason: text('reason', { enum: snapshotReasons }).notNull(),
    /** YYYY-MM: one monthly snapshot per month. */
    month: text('month').notNull(),
    assessmentId: uuid('assessment_id').references(() => maturityAssessments.id, { onDelete: 'set null' }),
    scores: jsonb('scores').$type<MaturityScore[]>().notNull(),
    position: doublePrecision('position').notNull(),
    zone: text('zone').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('maturity_snapshots_org_idx').on(t.organizationId, t.createdAt),
    uniqueIndex('maturity_snapshots_monthly_key')
      .on(t.organizationId, t.month)
      .where(sql`reason = 'monthly'`),
  ],
);
