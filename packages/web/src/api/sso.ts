/** Single sign-on (OpenID Connect): the organization's provider settings and the public sign-in lookup. */

import type { components } from '@trellis/sdk';
import type { Role } from '../api';
import { request } from '../api';

type Schemas = components['schemas'];

export type MappableRole = Exclude<Role, 'owner'>;

export interface RoleMappingEntry {
  claimValue: string;
  role: MappableRole;
}
export interface SsoSettingsInput {
  displayName: string;
  issuer: string;
  clientId: string;
  /** Omit to keep the stored secret. */
  clientSecret?: string;
  scopes: string;
  rolesClaim: string | null;
  roleMapping: RoleMappingEntry[];
  defaultRole: MappableRole;
  allowedDomains: string[];
  enabled: boolean;
  passwordsDisabled: boolean;
}
export type SsoSettings = Schemas['SsoProvider'];
export type SsoTestResult = Schemas['SsoTestResult'];
export interface SsoSignInInfo {
  organization: { id: string; name: string; slug: string };
  displayName: string;
  passwordsDisabled: boolean;
  startUrl: string;
}

export const ssoApi = {
  get: () => request<{ provider: SsoSettings | null }>('GET', '/sso'),
  save: (body: SsoSettingsInput) => request<SsoSettings>('PUT', '/sso', { body }),
  remove: () => request<void>('DELETE', '/sso'),
  test: () => request<SsoTestResult>('POST', '/sso/test'),
  signInInfo: (slug: string) => request<SsoSignInInfo>('GET', `/auth/oidc/${encodeURIComponent(slug)}`),
};

/** What the callback's `error` codes mean to the person at the sign-in page. */
export const SSO_ERRORS: Record<string, string> = {
  'state-mismatch': 'This sign-in expired or was started in another browser. Try again.',
  'token-invalid':
    'The sign-in provider’s answer could not be verified. Try again, or ask your administrator.',
  'provider-refused': 'The sign-in provider did not sign you in.',
  'domain-not-allowed': 'Your e-mail domain is not allowed to sign in to this organization.',
  'email-unverified': 'The sign-in provider has not verified your e-mail address.',
  'email-missing': 'The sign-in provider did not share your e-mail address.',
  'sso-not-configured': 'This organization does not use single sign-on.',
};
