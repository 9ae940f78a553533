import {
  automationModes,
  type BoundaryAnswers,
  type BoundaryReason,
  type DecisionCriterion,
  decisionTypes,
  type KnockOutRule,
  type QaDefault,
  raciLetters,
  type TierReason,
  tiers,
} from '@trellis/core';
import {
  bigint,
  boolean,
  date,
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
import { publicId } from '../../platform/db/public-id';
import { roles } from '../../platform/db/tenancy-schema';
import { orgUnits } from '../capacity/capacity-schema';
import { applications } from '../portfolio/portfolio-schema';
import { workflows } from '../quality/quality-schema';

/** Decisions: who may decide what (rubrics, evaluations, automation boundaries, requests, their log). */

/** A criteria rubric of the organization; its content lives in versions, and evaluations keep theirs. */
export const decisionRubrics = pgTable(
  'decision_rubrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('decision_rubrics_org_idx').on(t.organizationId, t.createdAt)],
);

export const decisionRubricVersions = pgTable(
  'decision_rubric_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    rubricId: uuid('rubric_id')
      .notNull()
      .references(() => decisionRubrics.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    criteria: jsonb('criteria').$type<DecisionCriterion[]>().notNull(),
    knockOuts: jsonb('knock_outs').$type<KnockOutRule[]>().notNull(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('decision_rubric_versions_key').on(t.rubricId, t.version)],
);

/** Several assessors score candidate applications against one rubric version, independently. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    title: text('title').notNull(),
    rubricVersionId: uuid('rubric_version_id')
      .notNull()
      .references(() => decisionRubricVersions.id, { onDelete: 'restrict' }),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('evaluations_org_idx').on(t.organizationId, t.createdAt)],
);

export const evaluationCandidates = pgTable(
  'evaluation_candidates',
  {
    organizationId: organizationRef(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.applicationId] })],
);

export const evaluationAssessors = pgTable(
  'evaluation_assessors',
  {
    organizationId: organizationRef(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** Set once the assessor submits; their sheets are final from then on. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.userId] })],
);

/** One assessor's levels for one candidate (written only at submission, all candidates at once). */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    organizationId: organizationRef(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    assessorId: uuid('assessor_id').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    levels: jsonb('levels').$type<Record<string, number>>().notNull(),
    knockOuts: jsonb('knock_outs').$type<string[]>().notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.assessorId, t.applicationId] })],
);

/** The automation mode chosen for a task (workflow); each choice is a row, the newest one holds. */
export const automationBoundaries = pgTable(
  'automation_boundaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: automationModes }).notNull(),
    recommended: text('recommended', { enum: automationModes }).notNull(),
    answers: jsonb('answers').$type<BoundaryAnswers>().notNull(),
    reasons: jsonb('reasons').$type<BoundaryReason[]>().notNull(),
    qaDefault: jsonb('qa_default').$type<QaDefault>().notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: personRef('decided_by'),
    decidedByName: text('decided_by_name').notNull(),
    reviewOn: date('review_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('automation_boundaries_workflow_idx').on(t.workflowId, t.createdAt)],
);

/** One cell of the decision-rights grid: a role's R/A/C/I for a decision type, org-wide or in one org unit. */
export const decisionRights = pgTable(
  'decision_rights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    decisionType: text('decision_type', { enum: decisionTypes }).notNull(),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    letter: text('letter', { enum: raciLetters }).notNull(),
  },
  (t) => [index('decision_rights_org_idx').on(t.organizationId, t.decisionType)],
);

export const requestStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** A request for a decision; `version` bumps on each edit, and approvals count only for the current one. */
export const decisionRequests = pgTable(
  'decision_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    decisionType: text('decision_type', { enum: decisionTypes }).notNull(),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    tier: text('tier', { enum: tiers }).notNull(),
    tierReasons: jsonb('tier_reasons').$type<TierReason[]>().notNull(),
    status: text('status', { enum: requestStatuses }).notNull(),
    version: integer('version').notNull().default(1),
    requesterId: personRef('requester_id'),
    requesterName: text('requester_name').notNull(),
    patternId: uuid('pattern_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    remindAt: timestamp('remind_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('decision_requests_org_idx').on(t.organizationId, t.submittedAt),
    index('decision_requests_due_idx').on(t.status, t.remindAt),
  ],
);

export const decisionApprovals = pgTable(
  'decision_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => decisionRequests.id, { onDelete: 'cascade' }),
    requestVersion: integer('request_version').notNull(),
    approverId: uuid('approver_id').notNull(),
    approverName: text('approver_name').notNull(),
    accountable: boolean('accountable').notNull(),
    verdict: text('verdict', { enum: ['approve', 'reject'] }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('decision_approvals_once').on(t.requestId, t.requestVersion, t.approverId)],
);

/** A request that matches a pre-approved pattern is approved at once. */
export const preapprovedPatterns = pgTable('preapproved_patterns', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: organizationRef(),
  name: text('name').notNull(),
  decisionType: text('decision_type', { enum: decisionTypes }).notNull(),
  applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'cascade' }),
  orgUnitId: uuid('org_unit_id').references(() => orgUnits.id, { onDelete: 'cascade' }),
  maxTier: text('max_tier', { enum: tiers }).notNull(),
  payload: jsonb('payload').$type<Record<string, string | number | boolean>>().notNull(),
  createdBy: personRef('created_by'),
  createdAt: createdAt(),
});

/** The decision log: every decision with the evidence it was made on, frozen at decision time. */
export const decisionLog = pgTable(
  'decision_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    publicId: publicId(),
    organizationId: organizationRef(),
    kind: text('kind', { enum: ['request', 'automation_boundary'] }).notNull(),
    decisionType: text('decision_type', { enum: decisionTypes }).notNull(),
    outcome: text('outcome', { enum: ['approved', 'rejected'] }).notNull(),
    title: text('title').notNull(),
    requestId: uuid('request_id').references(() => decisionRequests.id, { onDelete: 'set null' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    workflowId: uuid('workflow_id').references(() => workflows.id, { onDelete: 'set null' }),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: personRef('decided_by'),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('decision_log_org_idx').on(t.organizationId, t.decidedAt)],
);
