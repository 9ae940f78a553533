import { hasRole, type Role } from '../../../platform/auth/roles';
import type { RoleMappingEntry } from '../identity-schema';

export type SsoRefusal =
  | { code: 'email-missing'; detail: string }
  | { code: 'email-unverified'; detail: string }
  | { code: 'domain-not-allowed'; detail: string };

/** The values of the roles claim: a string, an array of strings, or a space/comma-separated list. */
export function claimValues(claims: Record<string, unknown>, claim: string | null): string[] {
  if (!claim) return [];
  const value = claims[claim];
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The highest role any of the person's claim values maps to, or the default role when none does. */
export function mapRole(
  values: string[],
  mapping: RoleMappingEntry[],
  defaultRole: Exclude<Role, 'owner'>,
): Exclude<Role, 'owner'> {
  let best: Exclude<Role, 'owner'> | null = null;
  for (const entry of mapping) {
    if (values.includes(entry.claimValue) && (!best || !hasRole(best, entry.role))) {
      best = entry.role;
    }
  }
  return best ?? defaultRole;
}

/** The e-mail the provider vouches for, checked against the organization's allowed domains. */
export function checkEmail(
  claims: Record<string, unknown>,
  allowedDomains: string[],
): { ok: true; email: string } | { ok: false; refusal: SsoRefusal } {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email.includes('@')) {
    return {
      ok: false,
      refusal: {
        code: 'email-missing',
        detail: 'The provider sent no e-mail address (ask for the "email" scope).',
      },
    };
  }
  if (claims.email_verified !== true && claims.email_verified !== 'true') {
    return {
      ok: false,
      refusal: { code: 'email-unverified', detail: `The provider has not verified ${email}.` },
    };
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (allowedDomains.length > 0 && !allowedDomains.includes(domain)) {
    return {
      ok: false,
      refusal: {
        code: 'domain-not-allowed',
        detail: `People from ${domain} may not sign in to this organization.`,
      },
    };
  }
  return { ok: true, email };
}
