import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
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
import { createdAt, organizationRef, ownerRef, personRef } from '../../platform/db/columns';
import { publicId } from '../../platform/db/public-id';
import { applications } from '../portfolio/portfolio-schema';

/** Quality assurance that scales: workflows, sampled human review of their outputs, standards, alarms. */
const orgId = organizationRef;
const workflowRef = () =>
  uuid('workflow_id')
    .notNull()
    .references(() => workflows.id, { onDelete: 'cascade' });

/** A workflow: one task of an AI application whose outputs Trellis samples for review. */
export const workflows = pgTable(
  'workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The application this workflow is a task of (null for a workflow registered on its own). */
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    /** Key of the per-output sampling draw (hash of the client id), so decisions can be re-derived. */
    samplingSalt: integer('sampling_salt').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('workflows_org_idx').on(t.organizationId, t.createdAt)],
);

/** A version of a workflow's quality standard; a change makes a new row, and outputs and reviews keep theirs. */
export const qualityStandards = pgTable(
  'quality_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    version: integer('version').notNull(),
    criteria: jsonb('criteria').notNull(),
    defectRule: jsonb('defect_rule').notNull(),
    outgoingLimit: doublePrecision('outgoing_limit').notNull(),
    limitScope: text('limit_scope', { enum: ['segment', 'workflow'] }).notNull(),
    policy: text('policy', { enum: ['adaptive', 'csp1', 'fixed-rate', 'full'] }).notNull(),
    fraction: doublePrecision('fraction'),
    floor: doublePrecision('floor'),
    segmentKeys: jsonb('segment_keys').$type<string[]>().notNull(),
    segmentCapacity: integer('segment_capacity').notNull(),
    judgeThreshold: doublePrecision('judge_threshold'),
    monitor: jsonb('monitor').notNull(),
    doubleReviewFraction: doublePrecision('double_review_fraction').notNull(),
    /** The policy spec built from the above when the version was made (thresholds included). */
    policySpec: jsonb('policy_spec').notNull(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('quality_standards_version_key').on(t.workflowId, t.version)],
);

/** The sampling policy's state for a workflow: updated under a row lock, so several servers can ingest at once. */
export const samplingStates = pgTable('sampling_states', {
  workflowId: uuid('workflow_id')
    .primaryKey()
    .references(() => workflows.id, { onDelete: 'cascade' }),
  organizationId: orgId(),
  standardVersion: integer('standard_version').notNull(),
  strataTable: jsonb('strata_table').$type<Record<string, number>>().notNull(),
  state: jsonb('state').notNull(),
  /** Decisions taken under this state row: a lost update between servers would leave it short of the outputs. */
  decisions: bigint('decisions', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const outputs = pgTable(
  'outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    clientId: text('client_id').notNull(),
    contentHash: text('content_hash').notNull(),
    content: text('content'),
    link: text('link'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull(),
    judgeScore: doublePrecision('judge_score'),
    segment: text('segment').notNull(),
    stratum: integer('stratum').notNull(),
    /** Inclusion probability π, decided before the content was judged (QA-ENGINE rule 1). */
    pi: doublePrecision('pi').notNull(),
    selected: boolean('selected').notNull(),
    standardVersion: integer('standard_version').notNull(),
    /** queued → (second_review) → reviewed; released when not selected; flagged pulls a released one back. */
    status: text('status', { enum: ['queued', 'second_review', 'reviewed', 'released'] }).notNull(),
    flagged: boolean('flagged').notNull().default(false),
    /** The verdict of its sampled or flagged review (null until reviewed), kept with the review for the list's filter. */
    defect: boolean('defect'),
    createdAt: createdAt(),
    /** When the retention job dropped content, link and metadata (the organization's retention setting). */
    contentPurgedAt: timestamp('content_purged_at', { withTimezone: true }),
    /** The organization's retention period, in days, that the purge applied. */
    contentPurgedAfterDays: integer('content_purged_after_days'),
  },
  (t) => [
    uniqueIndex('outputs_client_key').on(t.workflowId, t.clientId),
    index('outputs_queue_idx').on(t.workflowId, t.status, t.createdAt),
    // The outputs list, newest first, keyset-paged on the raw column (services/outputs.ts listOutputs).
    index('outputs_workflow_recent_idx').on(t.workflowId, t.createdAt.desc(), t.id.desc()),
    // The outputs list filtered to defects (a small share of the outputs), in the same order.
    index('outputs_defect_recent_idx')
      .on(t.workflowId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.defect}`),
    // The diagnostic's windows and first output of an organization (services/diagnostic-*.ts).
    index('outputs_org_created_idx').on(t.organizationId, t.createdAt),
    // The retention purge's candidates (platform/jobs/retention.ts): outputs whose content is still there, so
    // each batch starts at the oldest unpurged output instead of stepping over every output purged before.
    index('outputs_content_kept_idx')
      .on(t.organizationId, t.createdAt)
      .where(sql`${t.contentPurgedAt} is null`),
    // The review queue walks this in claim order and stops at the first free item (services/reviews.ts).
    index('outputs_queued_idx')
      .on(t.workflowId, t.createdAt, t.clientId)
      .where(sql`${t.status} in ('queued', 'second_review')`),
  ],
);

/**
 * The quality dashboard's per-segment sums, kept in the ingestion and review transactions so the dashboard
 * reads a few rows instead of scanning every output (services/quality-sums.ts). One row per workflow,
 * standard version (the one the outputs were logged under) and segment; sums over sampled reviews only.
 * Built from content-free columns (π, selected, segment, the verdict), so purging content leaves them true.
 */
export const qualitySegmentSums = pgTable(
  'quality_segment_sums',
  {
    organizationId: orgId(),
    workflowId: workflowRef(),
    standardVersion: integer('standard_version').notNull(),
    segment: text('segment').notNull(),
    outputs: bigint('outputs', { mode: 'number' }).notNull().default(0),
    selected: bigint('selected', { mode: 'number' }).notNull().default(0),
    /** Selected outputs without their sampled review yet. */
    pending: bigint('pending', { mode: 'number' }).notNull().default(0),
    reviewed: bigint('reviewed', { mode: 'number' }).notNull().default(0),
    defects: bigint('defects', { mode: 'number' }).notNull().default(0),
    /** Horvitz–Thompson escaped defects Σ(1−π)/π and its variance term Σ(1−π)/π² over defective reviews. */
    htEscaped: doublePrecision('ht_escaped').notNull().default(0),
    htEscapedVar: doublePrecision('ht_escaped_var').notNull().default(0),
    /** Hájek weights Σ1/π, Σ1/π² over reviewed outputs, and the same over defective ones. */
    w: doublePrecision('w').notNull().default(0),
    w2: doublePrecision('w2').notNull().default(0),
    dw: doublePrecision('dw').notNull().default(0),
    dw2: doublePrecision('dw2').notNull().default(0),
    maxW: doublePrecision('max_w').notNull().default(1),
    minPi: doublePrecision('min_pi').notNull().default(1),
    /**
     * Double-reviewed outputs by (sampled verdict, second verdict), f = no defect, t = defect: the 2×2 table
     * the dashboard's agreement (Cohen's κ) is computed from, added when the second review is recorded.
     */
    secondFf: bigint('second_ff', { mode: 'number' }).notNull().default(0),
    secondFt: bigint('second_ft', { mode: 'number' }).notNull().default(0),
    secondTf: bigint('second_tf', { mode: 'number' }).notNull().default(0),
    secondTt: bigint('second_tt', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workflowId, t.standardVersion, t.segment] })],
);

/**
 * Per workflow and UTC day of the outputs' created_at: the effort sums the diagnostic and the executive
 * summary read for their 30-day windows (services/quality-sums.ts), kept like quality_segment_sums at
 * ingestion and at the sampled review, so a window reads at most 30 rows per workflow.
 */
export const qualityDailySums = pgTable(
  'quality_daily_sums',
  {
    organizationId: orgId(),
    workflowId: workflowRef(),
    day: date('day', { mode: 'string' }).notNull(),
    outputs: bigint('outputs', { mode: 'number' }).notNull().default(0),
    selected: bigint('selected', { mode: 'number' }).notNull().default(0),
    reviewed: bigint('reviewed', { mode: 'number' }).notNull().default(0),
    w: doublePrecision('w').notNull().default(0),
    w2: doublePrecision('w2').notNull().default(0),
    dw: doublePrecision('dw').notNull().default(0),
    dw2: doublePrecision('dw2').notNull().default(0),
    maxW: doublePrecision('max_w').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.workflowId, t.day] }),
    index('quality_daily_sums_org_day_idx').on(t.organizationId, t.day),
  ],
);

/**
 * The dashboard's CUSUM statistic (lattice units, before an alarm's reset) of each stratum after its latest
 * sampled review: the next review steps from it and stores its own value on the review (reviews.cusum).
 */
export const qualityCusumStates = pgTable(
  'quality_cusum_states',
  {
    organizationId: orgId(),
    workflowId: workflowRef(),
    standardVersion: integer('standard_version').notNull(),
    stratum: integer('stratum').notNull(),
    statistic: doublePrecision('statistic').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workflowId, t.standardVersion, t.stratum] })],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    outputId: uuid('output_id')
      .notNull()
      .references(() => outputs.id, { onDelete: 'cascade' }),
    reviewerId: personRef('reviewer_id'),
    standardVersion: integer('standard_version').notNull(),
    /** sampled: the probability sample (feeds policy and estimates); second: blind double review; flagged: pulled in by feedback. */
    kind: text('kind', { enum: ['sampled', 'second', 'flagged'] }).notNull(),
    answers: jsonb('answers').notNull(),
    defect: boolean('defect').notNull(),
    score: doublePrecision('score'),
    comment: text('comment').notNull().default(''),
    timeSpentMs: integer('time_spent_ms').notNull(),
    /** The output's segment and stratum, copied so the dashboard's CUSUM reads reviews without an output per row. */
    segment: text('segment'),
    stratum: integer('stratum'),
    /**
     * A sampled review's CUSUM statistic after it (lattice units; the drift chart of its standard version),
     * stepped in its transaction from quality_cusum_states; null without a chart and for other kinds.
     */
    cusum: doublePrecision('cusum'),
    createdAt: createdAt(),
  },
  // One sampled-or-flagged review and at most one second review per output: the partial unique indexes
  // reviews_output_verdict_key and reviews_output_second_key are made by hand in migration
  // 0021_quality-sampling.sql, after it removes the duplicates concurrent reviewers could once leave.
  (t) => [
    uniqueIndex('reviews_output_reviewer_key').on(t.outputId, t.reviewerId),
    index('reviews_workflow_idx').on(t.workflowId, t.createdAt),
    // The dashboard's CUSUM series: each segment's newest sampled reviews (services/quality-summary.ts).
    index('reviews_sampled_segment_idx')
      .on(t.workflowId, t.standardVersion, t.segment, t.createdAt, t.id)
      .where(sql`${t.kind} = 'sampled'`),
  ],
);

/** Who is reviewing what: a claim keeps two reviewers off one item unless it is a double review. */
export const reviewClaims = pgTable(
  'review_claims',
  {
    outputId: uuid('output_id')
      .notNull()
      .references(() => outputs.id, { onDelete: 'cascade' }),
    reviewerId: ownerRef('reviewer_id'),
    organizationId: orgId(),
    claimedAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set when the reviewer skips the item: the queue serves them other items for a while. */
    skippedAt: timestamp('skipped_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.outputId, t.reviewerId] })],
);

export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    outputId: uuid('output_id')
      .notNull()
      .references(() => outputs.id, { onDelete: 'cascade' }),
    rating: integer('rating'),
    flag: boolean('flag').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('feedback_output_idx').on(t.outputId)],
);

export const alarms = pgTable(
  'alarms',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    segment: text('segment').notNull(),
    stratum: integer('stratum').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    clearedBy: personRef('cleared_by'),
    note: text('note'),
  },
  (t) => [index('alarms_workflow_idx').on(t.workflowId, t.raisedAt)],
);

/** Calibration: reviewed outputs with a consensus label, promoted by a lead, that reviewers are checked against. */
export const goldItems = pgTable(
  'gold_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    outputId: uuid('output_id')
      .notNull()
      .references(() => outputs.id, { onDelete: 'cascade' }),
    defect: boolean('defect').notNull(),
    answers: jsonb('answers').notNull(),
    note: text('note').notNull().default(''),
    promotedBy: personRef('promoted_by'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('gold_items_output_key').on(t.outputId),
    index('gold_items_workflow_idx').on(t.workflowId),
  ],
);

export const calibrationRounds = pgTable(
  'calibration_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    workflowId: workflowRef(),
    reviewerId: ownerRef('reviewer_id'),
    status: text('status', { enum: ['open', 'passed', 'failed'] }).notNull(),
    goldItemIds: jsonb('gold_item_ids').$type<string[]>().notNull(),
    correct: integer('correct'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('calibration_rounds_reviewer_idx').on(t.workflowId, t.reviewerId)],
);

/** A reviewer's verdict on a gold item, in a calibration round or mixed blind into the queue. */
export const goldJudgments = pgTable(
  'gold_judgments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    goldItemId: uuid('gold_item_id')
      .notNull()
      .references(() => goldItems.id, { onDelete: 'cascade' }),
    reviewerId: ownerRef('reviewer_id'),
    context: text('context', { enum: ['calibration', 'queue'] }).notNull(),
    roundId: uuid('round_id').references(() => calibrationRounds.id, { onDelete: 'cascade' }),
    defect: boolean('defect').notNull(),
    answers: jsonb('answers').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('gold_judgments_key').on(t.goldItemId, t.reviewerId, t.context, t.roundId)],
);

/**
 * How OTLP trace spans reach a workflow: the organization's rules, tried in `position` order; the first whose
 * every given condition holds (service name equal, span name matching a glob, an attribute equal) takes the span.
 */
export const otlpRoutingRules = pgTable(
  'otlp_routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgId(),
    position: integer('position').notNull(),
    workflowId: workflowRef(),
    serviceName: text('service_name'),
    spanName: text('span_name'),
    attributeKey: text('attribute_key'),
    attributeValue: text('attribute_value'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('otlp_routing_rules_position_key').on(t.organizationId, t.position)],
);
