import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { Actor, OrgContext } from '../../../platform/auth/request-auth';
import type { Role } from '../../../platform/auth/roles';
import { memberCustomRoles } from '../../../platform/auth/roles-schema';
import { isSealed, sealSecret } from '../../../platform/auth/secret-box';
import { hashSecret } from '../../../platform/auth/secrets';
import { memberships, organizations, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { fieldError, HttpProblem } from '../../../platform/http/problem';
import { oidcIdentities, oidcLogins, oidcProviders, type RoleMappingEntry } from '../identity-schema';
import { checkEmail, claimValues, mapRole, type SsoRefusal } from './sso-claims';
import { findUserByEmail } from './users';

export type SsoProviderRow = typeof oidcProviders.$inferSelect;

export interface SsoInput {
  displayName: string;
  issuer: string;
  clientId: string;
  /** Omitted on an update: keep the stored secret. */
  clientSecret?: string | undefined;
  scopes: string;
  rolesClaim: string | null;
  roleMapping: RoleMappingEntry[];
  defaultRole: Exclude<Role, 'owner'>;
  allowedDomains: string[];
  enabled: boolean;
  passwordsDisabled: boolean;
}

export const LOGIN_TTL_MS = 10 * 60 * 1000;
export const MAX_PENDING_LOGINS = 1000;

/** What the audit log keeps of a configuration: everything but the secret. */
function auditView(row: SsoProviderRow) {
  const { clientSecret: _secret, createdAt: _c, updatedAt: _u, organizationId: _o, ...rest } = row;
  return rest;
}

export async function getSsoProvider(tx: Tx, organizationId: string): Promise<SsoProviderRow | null> {
  const [row] = await tx.select().from(oidcProviders).where(eq(oidcProviders.organizationId, organizationId));
  return row ?? null;
}

export async function saveSsoProvider(
  tx: Tx,
  ctx: OrgContext,
  input: SsoInput,
  secretKey: string | undefined,
  plainSecretsAllowed = true,
): Promise<SsoProviderRow> {
  const before = await getSsoProvider(tx, ctx.organizationId);
  if (!before && !input.clientSecret)
    throw fieldError('body.clientSecret', 'Required for a new configuration.');
  if (input.passwordsDisabled && !input.enabled) {
    throw fieldError('body.passwordsDisabled', 'Turn single sign-on on before turning passwords off.');
  }
  const { clientSecret, ...fields } = input;
  const values = {
    ...fields,
    allowedDomains: [...new Set(input.allowedDomains.map((d) => d.toLowerCase()))],
    clientSecret: clientSecret
      ? sealSecret(clientSecret, secretKey, plainSecretsAllowed)
      : before!.clientSecret,
    updatedAt: new Date(),
  };
  const [row] = before
    ? await tx
        .update(oidcProviders)
        .set(values)
        .where(eq(oidcProviders.organizationId, ctx.organizationId))
        .returning()
    : await tx
        .insert(oidcProviders)
        .values({ ...values, organizationId: ctx.organizationId })
        .returning();
  await recordAudit(tx, ctx, {
    action: before ? 'sso.updated' : 'sso.configured',
    entityType: 'sso_provider',
    entityId: ctx.organizationId,
    before: before ? auditView(before) : null,
    after: { ...auditView(row!), clientSecretChanged: Boolean(clientSecret) },
  });
  return row!;
}

export async function deleteSsoProvider(tx: Tx, ctx: OrgContext): Promise<boolean> {
  const before = await getSsoProvider(tx, ctx.organizationId);
  if (!before) return false;
  await tx.delete(oidcProviders).where(eq(oidcProviders.organizationId, ctx.organizationId));
  await recordAudit(tx, ctx, {
    action: 'sso.removed',
    entityType: 'sso_provider',
    entityId: ctx.organizationId,
    before: auditView(before),
  });
  return true;
}

export function secretIsSealed(row: SsoProviderRow): boolean {
  return isSealed(row.clientSecret);
}

/** The organization behind a sign-in link, with its provider when single sign-on is on. */
export async function findSsoOrganization(tx: Tx, slug: string) {
  const [row] = await tx
    .select({ organization: organizations, provider: oidcProviders })
    .from(organizations)
    .leftJoin(oidcProviders, eq(oidcProviders.organizationId, organizations.id))
    .where(eq(organizations.slug, slug));
  if (!row?.provider?.enabled) return null;
  return { organization: row.organization, provider: row.provider };
}

export async function storePendingLogin(
  tx: Tx,
  organizationId: string,
  pending: { state: string; nonce: string; codeVerifier: string; redirectUri: string },
  now = new Date(),
): Promise<void> {
  // Sign-ins that were started and never finished go when new ones start; an organization holds at most
  // MAX_PENDING_LOGINS at once, so the unauthenticated start route cannot fill the table.
  await tx.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
  const [pendingCount] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(oidcLogins)
    .where(eq(oidcLogins.organizationId, organizationId));
  if ((pendingCount?.n ?? 0) >= MAX_PENDING_LOGINS) {
    throw new HttpProblem(
      429,
      'rate-limited',
      'Too many sign-ins are in progress; try again in a few minutes.',
      undefined,
      {
        'retry-after': String(LOGIN_TTL_MS / 1000),
      },
    );
  }
  await tx.insert(oidcLogins).values({
    organizationId,
    stateHash: hashSecret(pending.state),
    nonce: pending.nonce,
    codeVerifier: pending.codeVerifier,
    redirectUri: pending.redirectUri,
    expiresAt: new Date(now.getTime() + LOGIN_TTL_MS),
  });
}

/** Takes (deletes) the pending sign-in for a state: each state is good for one callback. */
export async function takePendingLogin(tx: Tx, organizationId: string, state: string, now = new Date()) {
  const [row] = await tx
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.stateHash, hashSecret(state)), eq(oidcLogins.organizationId, organizationId)))
    .returning();
  if (!row || row.expiresAt <= now) return null;
  return { state, nonce: row.nonce, codeVerifier: row.codeVerifier, redirectUri: row.redirectUri };
}

export type ProvisionResult = { ok: true; userId: string } | { ok: false; refusal: SsoRefusal };

/**
 * Just-in-time provisioning after the provider vouched for a person: finds them by (issuer, subject),
 * else by verified e-mail, else creates a user without a password; adds or updates their membership with
 * the role the claims map to (an owner stays owner), and records each change in the audit log.
 */
export async function provisionSsoUser(
  tx: Tx,
  props: {
    organizationId: string;
    provider: SsoProviderRow;
    claims: Record<string, unknown> & { sub: string };
    requestId: string;
  },
): Promise<ProvisionResult> {
  const { organizationId, provider, claims } = props;
  const email = checkEmail(claims, provider.allowedDomains);
  if (!email.ok) return email;
  const name =
    typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email.email;
  const defaultRole = provider.defaultRole === 'owner' ? 'viewer' : provider.defaultRole;
  const role = mapRole(claimValues(claims, provider.rolesClaim), provider.roleMapping, defaultRole);

  const identityKey = and(
    eq(oidcIdentities.organizationId, organizationId),
    eq(oidcIdentities.issuer, provider.issuer),
    eq(oidcIdentities.subject, claims.sub),
  );
  const [identity] = await tx.select().from(oidcIdentities).where(identityKey);
  let userId = identity?.userId ?? (await findUserByEmail(tx, email.email))?.id;
  const actor = (id: string): Actor => ({ type: 'user', id, name });
  if (!userId) {
    const [user] = await tx
      .insert(users)
      .values({ email: email.email, name, passwordHash: null })
      .returning();
    userId = user!.id;
  }
  const audit = { organizationId, actor: actor(userId), requestId: props.requestId };
  if (identity) {
    await tx.update(oidcIdentities).set({ lastLoginAt: new Date() }).where(identityKey);
  } else {
    await tx
      .insert(oidcIdentities)
      .values({ organizationId, issuer: provider.issuer, subject: claims.sub, userId });
  }

  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  if (!membership) {
    await tx.insert(memberships).values({ organizationId, userId, role });
    await recordAudit(tx, audit, {
      action: 'member.provisioned',
      entityType: 'member',
      entityId: userId,
      after: { email: email.email, role, via: 'sso', subject: claims.sub },
    });
  } else if (
    membership.role !== 'owner' &&
    membership.role !== role &&
    !(await holdsCustomRole(tx, organizationId, userId))
  ) {
    await tx
      .update(memberships)
      .set({ role })
      .where(
        and(
          eq(memberships.organizationId, organizationId),
          eq(memberships.userId, userId),
          ne(memberships.role, 'owner'),
        ),
      );
    await recordAudit(tx, audit, {
      action: 'member.role_changed',
      entityType: 'member',
      entityId: userId,
      before: { role: membership.role },
      after: { role, via: 'sso' },
    });
  }
  return { ok: true, userId };
}

/** An admin's explicit custom role wins over the provider's mapping. */
async function holdsCustomRole(tx: Tx, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: memberCustomRoles.customRoleId })
    .from(memberCustomRoles)
    .where(and(eq(memberCustomRoles.organizationId, organizationId), eq(memberCustomRoles.userId, userId)));
  return Boolean(row);
}

/**
 * Why a correct password may not sign this person in: one of their organizations has passwords turned
 * off and they are not its owner (owners keep their password as the break-glass path).
 */
export async function passwordLoginRefusal(tx: Tx, userId: string): Promise<string | null> {
  const rows = await tx
    .select({ name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(oidcProviders, eq(oidcProviders.organizationId, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(oidcProviders.enabled, true),
        eq(oidcProviders.passwordsDisabled, true),
      ),
    );
  const blocking = rows.find((r) => r.role !== 'owner');
  return blocking ? blocking.name : null;
}
