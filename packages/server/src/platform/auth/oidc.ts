import { createHash } from 'node:crypto';
import * as client from 'openid-client';

/** What the relying party needs to talk to one provider. */
export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

export type OidcClaims = Record<string, unknown> & { sub: string };

const DISCOVERY_TTL_MS = 10 * 60 * 1000;
const TIMEOUT_SECONDS = 10;
const cache = new Map<string, { config: client.Configuration; at: number }>();

/** Plain http is allowed only for a provider on this machine (tests, a local IdP); anything else is https. */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

/** The provider's metadata (OpenID discovery), cached per issuer and client for ten minutes. */
export async function discoverProvider(
  settings: OidcClientSettings,
  now = Date.now(),
): Promise<client.Configuration> {
  const key = [
    settings.issuer,
    settings.clientId,
    createHash('sha256').update(settings.clientSecret).digest('hex'),
  ].join('\n');
  const hit = cache.get(key);
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const issuer = new URL(settings.issuer);
  const config = await client.discovery(
    issuer,
    settings.clientId,
    undefined,
    client.ClientSecretBasic(settings.clientSecret),
    {
      timeout: TIMEOUT_SECONDS,
      ...(isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
    },
  );
  cache.set(key, { config, at: now });
  return config;
}

/** Forgets cached metadata (after the configuration changes). */
export function forgetProvider(issuer: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${issuer}\n`)) cache.delete(key);
}

/** The authorization request: a fresh state, nonce and PKCE (S256) verifier, kept by the caller. */
export async function beginLogin(
  config: client.Configuration,
  props: { redirectUri: string; scope: string },
): Promise<{ url: URL; pending: PendingLogin }> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: props.redirectUri,
    scope: props.scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, pending: { state, nonce, codeVerifier, redirectUri: props.redirectUri } };
}

/**
 * Exchanges the code and validates the ID token (signature, issuer, audience, expiry, nonce) and the
 * response (state, `iss`). Claims from the UserInfo endpoint fill in what the ID token leaves out; the ID
 * token's own claims win.
 */
export async function finishLogin(
  config: client.Configuration,
  pending: PendingLogin,
  query: string,
): Promise<OidcClaims> {
  const callbackUrl = new URL(`${pending.redirectUri}?${query}`);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('The provider sent no ID token.');
  let userInfo: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint) {
    userInfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  }
  return { ...userInfo, ...idClaims };
}
