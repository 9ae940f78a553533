import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef } from '../db/columns';
import { apiTokens, memberships } from '../db/tenancy-schema';

/** An organization's own role: a named set of `<capability>.<action>` permissions (auth/permissions.ts). */
export const customRoles = pgTable(
  'custom_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    permissions: jsonb('permissions').$type<string[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('custom_roles_name_key').on(t.organizationId, sql`lower(${t.name})`)],
);

/**
 * A member who has a custom role instead of a built-in one (their membership keeps `viewer` as the role
 * services see). A role in use cannot be deleted (the foreign key refuses); the row goes with the membership.
 */
export const memberCustomRoles = pgTable(
  'member_custom_roles',
  {
    organizationId: organizationRef(),
    userId: uuid('user_id').notNull(),
    customRoleId: uuid('custom_role_id')
      .notNull()
      .references(() => customRoles.id, { onDelete: 'no action' }),
    assignedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    foreignKey({
      columns: [t.organizationId, t.userId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }).onDelete('cascade'),
    index('member_custom_roles_role_idx').on(t.customRoleId),
  ],
);

/**
 * An API token that acts with a custom role instead of a built-in one (its own `role` stays `viewer`), so
 * an ingestion token can hold `quality.write` alone. A role in use by a live token cannot be deleted.
 */
export const tokenCustomRoles = pgTable(
  'token_custom_roles',
  {
    organizationId: organizationRef(),
    tokenId: uuid('token_id')
      .primaryKey()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    customRoleId: uuid('custom_role_id')
      .notNull()
      .references(() => customRoles.id, { onDelete: 'no action' }),
    assignedAt: createdAt(),
  },
  (t) => [index('token_custom_roles_role_idx').on(t.customRoleId)],
);
