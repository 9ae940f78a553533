import { doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, personRef } from '../../platform/db/columns';

/**
 * Saved runs of the next-step optimizer (kept so a plan can be explained and compared later): who ran it, with which
 * parameters, what it planned. The JSON shapes are the service's (services/planning-runs.ts); a run is
 * never changed after it is stored, so two runs can always be compared side by side.
 */
export const planningRuns = pgTable(
  'planning_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    /** The parameters as given (horizon, discount rate, k, time limit, weights, what-if). */
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
    /** The first month of the horizon, `YYYY-MM`. */
    startMonth: text('start_month').notNull(),
    /** The candidates, units and names the plans refer to (services/planning-candidates.ts). */
    problem: jsonb('problem').$type<Record<string, unknown>>().notNull(),
    optimizer: jsonb('optimizer').$type<Record<string, unknown>>().notNull(),
    greedy: jsonb('greedy').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['optimal', 'time-limit'] }).notNull(),
    value: doublePrecision('value').notNull(),
    greedyValue: doublePrecision('greedy_value').notNull(),
    gap: doublePrecision('gap'),
    solveMs: integer('solve_ms').notNull(),
    createdBy: personRef('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('planning_runs_org_idx').on(t.organizationId, t.createdAt)],
);
