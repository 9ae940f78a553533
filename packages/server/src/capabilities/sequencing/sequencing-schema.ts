import { type GateCriterion, type GateCriterionKind, gateCriterionKinds } from '@trellis/core';
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
import { orgUnits } from '../capacity/capacity-schema';
import { decisionRequests } from '../decisions/decisions-schema';
import { applications } from '../portfolio/portfolio-schema';

/** Deliberate sequencing (expand step by step, each step behind evidence): expansion plans, evidence gates, gate decisions. */

export type { GateCriterionKind };
export { gateCriterionKinds };

/** One typed criterion of a gate; its parameters depend on the kind (core/sequencing/criteria.ts validates). */
export type GateCriterionSpec = GateCriterion;

/** One stage of a template: what a plan made from it starts with. */
export interface TemplateStage {
  name: string;
  /** The kind of org unit the stage usually targets (a hint when choosing units). */
  unitKind: 'division' | 'department' | 'team' | null;
  durationMonths: number;
  /** Change load the stage puts on each receiving unit per month it runs. */
  changeLoad: number;
  criteria: GateCriterionSpec[];
}

/** An organization's plan template, e.g. pilot team → second team → department → organization. */
export const expansionTemplates = pgTable(
  'expansion_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    stages: jsonb('stages').$type<TemplateStage[]>().notNull(),
    /** Bumped on every change (a change proposal from learning names the version it read). */
    version: integer('version').notNull().default(1),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('expansion_templates_name').on(t.organizationId, t.name)],
);

export const planStatuses = ['draft', 'active', 'completed', 'rolled_back'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** One application's expansion plan: ordered stages; locked while a stage runs. */
export const expansionPlans = pgTable(
  'expansion_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id').references(() => expansionTemplates.id, { onDelete: 'set null' }),
    status: text('status', { enum: planStatuses }).notNull().default('draft'),
    /** Bumped on every change; an edit or gate decision against an older version is refused as stale. */
    version: integer('version').notNull().default(1),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('expansion_plans_application').on(t.applicationId)],
);

export const stageStatuses = ['planned', 'running', 'completed', 'rolled_back'] as const;
export type StageStatus = (typeof stageStatuses)[number];

/** A stage of a plan: the org units it reaches, its gate, its place in the order. */
export const planStages = pgTable(
  'plan_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => expansionPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: stageStatuses }).notNull().default('planned'),
    durationMonths: integer('duration_months').notNull(),
    /** Change load on each receiving unit per month the stage runs. */
    changeLoad: doublePrecision('change_load').notNull(),
    /** Value of taking the stage, in the organization's value unit (e.g. hours saved per month). */
    expectedValue: doublePrecision('expected_value').notNull().default(0),
    /** Where the expected value comes from (an evidence metric id), if it is computed from evidence. */
    valueMetricId: uuid('value_metric_id'),
    criteria: jsonb('criteria').$type<GateCriterionSpec[]>().notNull().default([]),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('plan_stages_position').on(t.planId, t.position),
    index('plan_stages_org_idx').on(t.organizationId),
  ],
);

/** The org units a stage reaches. */
export const planStageUnits = pgTable(
  'plan_stage_units',
  {
    organizationId: organizationRef(),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => planStages.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'restrict' }),
    /** People of the unit active with the application (reported or measured), for the adoption criterion. */
    activeUsers: integer('active_users'),
    activeReportedAt: timestamp('active_reported_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.orgUnitId] }), index('plan_stage_units_unit').on(t.orgUnitId)],
);

/** A stage that must end before another starts (across applications; the stage order within a plan is implied). */
export const stageDependencies = pgTable(
  'stage_dependencies',
  {
    organizationId: organizationRef(),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => planStages.id, { onDelete: 'cascade' }),
    dependsOnStageId: uuid('depends_on_stage_id')
      .notNull()
      .references(() => planStages.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.stageId, t.dependsOnStageId] })],
);

export const gateOutcomes = ['advance', 'hold', 'rework', 'roll_back'] as const;
export type GateOutcome = (typeof gateOutcomes)[number];

/** A gate decision: the outcome, the recommendation it followed or overrode, the evidence frozen at the time. */
export const gateDecisions = pgTable(
  'gate_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => planStages.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: gateOutcomes }).notNull(),
    recommended: text('recommended', { enum: gateOutcomes }).notNull(),
    rationale: text('rationale').notNull(),
    /** Every criterion with its status and evidence, as evaluated when the decision was made. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** The plan version the decision was made on (stale evidence is refused). */
    planVersion: integer('plan_version').notNull(),
    /** The evaluation's fingerprint the decider saw (sha-256 of its criteria, statuses and evidence). */
    fingerprint: text('fingerprint').notNull().default(''),
    decisionRequestId: uuid('decision_request_id').references(() => decisionRequests.id, {
      onDelete: 'set null',
    }),
    decidedBy: personRef('decided_by'),
    decidedByName: text('decided_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('gate_decisions_stage').on(t.stageId, t.createdAt)],
);
