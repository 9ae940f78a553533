import {
  changeTargets,
  evidenceStances,
  experimentDesigns,
  experimentResults,
  experimentStatuses,
  followKinds,
  ideaStatuses,
  insightStatuses,
  loopKinds,
  proposalStatuses,
} from '@trellis/core';
import { sql } from 'drizzle-orm';
import {
  customType,
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
import { decisionRequests } from '../decisions/decisions-schema';
import { applications, lifecycleStages } from '../portfolio/portfolio-schema';

/** Learning integration (what one pilot learned reaches the others): experiments, insights, search, sharing, ideas. */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export interface ExperimentMetric {
  name: string;
  unit: string;
  /** Which way the hypothesis says the metric moves. */
  direction: 'increase' | 'decrease';
}
export interface MetricResult {
  metric: string;
  baseline: number | null;
  observed: number | null;
  note: string;
}

export const experiments = pgTable(
  'experiments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** The application's lifecycle stage the experiment runs in. */
    stage: text('stage', { enum: lifecycleStages }).notNull(),
    title: text('title').notNull(),
    hypothesis: text('hypothesis').notNull(),
    design: text('design', { enum: experimentDesigns }).notNull(),
    /** A/B: the two approaches compared; otherwise empty. */
    approaches: jsonb('approaches').$type<string[]>().notNull().default([]),
    metrics: jsonb('metrics').$type<ExperimentMetric[]>().notNull(),
    startsOn: timestamp('starts_on', { withTimezone: true }).notNull(),
    endsOn: timestamp('ends_on', { withTimezone: true }),
    status: text('status', { enum: experimentStatuses }).notNull().default('planned'),
    result: text('result', { enum: experimentResults }),
    resultNumbers: jsonb('result_numbers').$type<MetricResult[]>().notNull().default([]),
    resultNote: text('result_note').notNull().default(''),
    resultRecordedBy: personRef('result_recorded_by'),
    resultRecordedAt: timestamp('result_recorded_at', { withTimezone: true }),
    decision: text('decision').notNull().default(''),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('experiments_org_idx').on(t.organizationId, t.createdAt),
    index('experiments_application_idx').on(t.applicationId, t.updatedAt),
  ],
);

export const insights = pgTable(
  'insights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    statement: text('statement').notNull(),
    detail: text('detail').notNull().default(''),
    status: text('status', { enum: insightStatuses }).notNull().default('emerging'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Workflow kinds the insight applies to (e.g. "needs analysis", "quiz drafting"). */
    workflowKinds: text('workflow_kinds').array().notNull().default(sql`'{}'::text[]`),
    createdBy: personRef('created_by'),
    decidedBy: personRef('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('insights_org_idx').on(t.organizationId, t.createdAt),
    index('insights_tags_idx').using('gin', t.tags),
  ],
);

/** The org units an insight applies to. */
export const insightUnits = pgTable(
  'insight_units',
  {
    organizationId: organizationRef(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.insightId, t.orgUnitId] }),
    index('insight_units_unit_idx').on(t.orgUnitId),
  ],
);

/** A link from an insight to an object that supports or contradicts it; `kind` names the object's table. */
export const insightEvidence = pgTable(
  'insight_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    entityId: text('entity_id').notNull(),
    stance: text('stance', { enum: evidenceStances }).notNull(),
    note: text('note').notNull().default(''),
    addedBy: personRef('added_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('insight_evidence_key').on(t.insightId, t.kind, t.entityId),
    index('insight_evidence_entity_idx').on(t.organizationId, t.kind, t.entityId),
  ],
);

/**
 * One searchable document per object of any kind, written by the service that writes the object
 * (`indexSearchDocument`), so a new kind is searchable with one call and no change here.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    organizationId: organizationRef(),
    kind: text('kind').notNull(),
    entityId: text('entity_id').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    link: text('link').notNull(),
    document: tsvector('document')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')`,
      ),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.kind, t.entityId] }),
    // No pending list (fastupdate): PGlite never autovacuums, so every search would scan it.
    index('search_documents_document_idx').using('gin', t.document).with({ fastupdate: false }),
    index('search_documents_tags_idx').using('gin', t.tags),
  ],
);

/** What a person follows: a tag, an org unit or an application. */
export const follows = pgTable(
  'follows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    kind: text('kind', { enum: followKinds }).notNull(),
    target: text('target').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('follows_key').on(t.organizationId, t.userId, t.kind, t.target)],
);

/** Jobs that must run once per period per organization, whichever server gets there first. */
export const learningSchedules = pgTable(
  'learning_schedules',
  {
    organizationId: organizationRef(),
    job: text('job').notNull(),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    runs: integer('runs').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.job] })],
);

export const ideas = pgTable(
  'ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ideaStatuses }).notNull().default('new'),
    mergedIntoId: uuid('merged_into_id'),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    proposedBy: personRef('proposed_by'),
    decidedBy: personRef('decided_by'),
    decisionNote: text('decision_note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('ideas_org_idx').on(t.organizationId, t.createdAt)],
);

/** A loop that has gone quiet and whose owner was alerted; cleared when it is active again. */
export const loopAlerts = pgTable(
  'loop_alerts',
  {
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    loop: text('loop', { enum: loopKinds }).notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.loop] })],
);

/** A change a confirmed insight proposes to a rubric, a gate threshold, a plan template or a quality standard. */
export const changeProposals = pgTable(
  'change_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    target: text('target', { enum: changeTargets }).notNull(),
    /** What is changed, in the target's words (e.g. "Pilot → expanding gate: minimum effect size"). */
    subject: text('subject').notNull(),
    /**
     * The changed object's id in its own area when there is one (a rubric id, an expansion plan's gate…);
     * free text, so a target kept by another capability needs no foreign key here.
     */
    targetId: text('target_id').notNull().default(''),
    change: text('change').notNull(),
    /** Follows the decision request's status (pending → proposed, approved → accepted, …). */
    status: text('status', { enum: proposalStatuses }).notNull().default('proposed'),
    /** The decision request that decides the proposal (the decision-rights flow). */
    decisionRequestId: uuid('decision_request_id').references(() => decisionRequests.id, {
      onDelete: 'restrict',
    }),
    proposedBy: personRef('proposed_by'),
    decidedBy: personRef('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('change_proposals_insight_idx').on(t.insightId, t.createdAt),
    uniqueIndex('change_proposals_request_key').on(t.decisionRequestId),
  ],
);
