import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef } from '../../platform/db/columns';
import { type Role, roles } from '../../platform/db/tenancy-schema';

/** One claim value (e.g. a group name) and the Trellis role it grants. */
export interface RoleMappingEntry {
  claimValue: string;
  role: Exclude<Role, 'owner'>;
}

/** An organization's OpenID Connect provider (single sign-on); at most one per organization. */
export const oidcProviders = pgTable('oidc_providers', {
  organizationId: organizationRef().primaryKey(),
  displayName: text('display_name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  /** AES-256-GCM under TRELLIS_SECRET_KEY (`v1.<iv>.<tag>.<data>`), or `plain.<secret>` without a key. */
  clientSecret: text('client_secret').notNull(),
  scopes: text('scopes').notNull(),
  /** The claim that carries roles or groups (a string or an array of strings), if any. */
  rolesClaim: text('roles_claim'),
  roleMapping: jsonb('role_mapping').$type<RoleMappingEntry[]>().notNull(),
  defaultRole: text('default_role', { enum: roles }).notNull(),
  /** E-mail domains whose people may sign in; empty = any domain. */
  allowedDomains: jsonb('allowed_domains').$type<string[]>().notNull(),
  enabled: boolean('enabled').notNull(),
  /** When true, members sign in only through the provider (owners keep their password: break-glass). */
  passwordsDisabled: boolean('passwords_disabled').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A sign-in in flight between `/start` and `/callback`: the state (stored as its hash), nonce and PKCE
 * verifier stay on the server; the row is deleted when the callback consumes it, so a state works once.
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    stateHash: text('state_hash').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('oidc_logins_state_key').on(t.stateHash),
    index('oidc_logins_expiry_idx').on(t.expiresAt),
  ],
);

/** Which Trellis user a provider's subject is, per organization (issuer + `sub` is the stable identity). */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    organizationId: organizationRef(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: ownerRef('user_id'),
    createdAt: createdAt(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.issuer, t.subject] }),
    index('oidc_identities_user_idx').on(t.userId),
  ],
);
