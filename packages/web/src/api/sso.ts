/** Single sign-on (OpenID Connect): the organization's provider settings and the public sign-in lookup. */

import { type Reply, request, type Schemas } from '../api';

export type SsoSettings = Schemas['SsoProvider'];
/** Any built-in role but owner. */
export type MappableRole = SsoSettings['defaultRole'];
export type RoleMappingEntry = SsoSettings['roleMapping'][number];
/** Omit `clientSecret` to keep the stored secret. */
export type SsoSettingsInput = Schemas['SsoSettingsInput'];
export type SsoTestResult = Schemas['SsoTestResult'];
export type SsoSignInInfo = Reply<'getSsoSignIn'>;

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
