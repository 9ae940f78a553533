import { type AnyPgColumn, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef } from './columns';

/** Change absorption capacity (PRODUCT.md capability 5). */

export const orgUnitKinds = ['division', 'department', 'team'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

/** An org unit: division → department → team; the receiving end of every rollout and change. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: orgUnitKinds }).notNull(),
    headcount: integer('headcount').notNull().default(0),
    /** Change load the unit can absorb per month; null means the default derived from headcount. */
    monthlyCapacity: doublePrecision('monthly_capacity'),
    /** Load ÷ capacity at which the unit turns amber, and red. */
    amberThreshold: doublePrecision('amber_threshold').notNull().default(0.8),
    redThreshold: doublePrecision('red_threshold').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('org_units_org_idx').on(t.organizationId, t.parentId)],
);
