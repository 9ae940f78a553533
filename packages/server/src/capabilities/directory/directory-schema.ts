import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef, personRef } from '../../platform/db/columns';
import { roles } from '../../platform/db/tenancy-schema';
import { orgUnits } from '../capacity/capacity-schema';

/**
 * Directory provisioning (SCIM 2.0): the bearer tokens an identity provider calls with, the people and groups
 * it provisioned, and the admin's mapping from a group to a role (and, optionally, an org unit).
 */

/** A SCIM bearer token: only its SHA-256 is kept; the secret is shown once, when it is created. */
export const scimTokens = pgTable(
  'scim_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('scim_tokens_org_idx').on(t.organizationId, t.createdAt)],
);

/**
 * A person as the directory knows them in one organization; the SCIM id is the user's id. `active` false
 * (deprovisioned) keeps the row, so the provider can read and reactivate it, while the membership is gone.
 */
export const scimUsers = pgTable(
  'scim_users',
  {
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    userName: text('user_name').notNull(),
    externalId: text('external_id'),
    givenName: text('given_name'),
    familyName: text('family_name'),
    displayName: text('display_name'),
    /** The work e-mail the directory sends; the account's own e-mail (its sign-in identity) is set once. */
    email: text('email'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    uniqueIndex('scim_users_user_name_key').on(t.organizationId, sql`lower(${t.userName})`),
    index('scim_users_user_idx').on(t.userId),
  ],
);

export const scimGroups = pgTable(
  'scim_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    displayName: text('display_name').notNull(),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scim_groups_name_key').on(t.organizationId, sql`lower(${t.displayName})`)],
);

export const scimGroupMembers = pgTable(
  'scim_group_members',
  {
    organizationId: organizationRef(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => scimGroups.id, { onDelete: 'cascade' }),
    userId: ownerRef('user_id'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('scim_group_members_user_idx').on(t.userId)],
);

/**
 * An admin's rule: members of the directory group named `groupName` get `role` (the highest of their groups'
 * roles wins; never owner) and, when set, membership of the org unit.
 */
export const scimGroupMappings = pgTable(
  'scim_group_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    groupName: text('group_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scim_group_mappings_name_key').on(t.organizationId, sql`lower(${t.groupName})`)],
);
