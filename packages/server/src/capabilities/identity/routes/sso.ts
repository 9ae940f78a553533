import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  beginLogin,
  discoverProvider,
  finishLogin,
  forgetProvider,
  isLoopbackHttp,
} from '../../../platform/auth/oidc';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { roles } from '../../../platform/auth/roles';
import { openSecret } from '../../../platform/auth/secret-box';
import { createSession } from '../../../platform/auth/sessions';
import type { Config } from '../../../platform/config';
import type { Tx } from '../../../platform/db/types';
import { HttpProblem, notFound, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Timestamp } from '../../../platform/http/schemas';
import { getOrganization } from '../services/organizations';
import {
  deleteSsoProvider,
  findSsoOrganization,
  getSsoProvider,
  provisionSsoUser,
  type SsoProviderRow,
  saveSsoProvider,
  secretIsSealed,
  storePendingLogin,
  takePendingLogin,
} from '../services/sso';
import { setSessionCookie } from './session-presenter';

export const STATE_COOKIE = 'trellis_oidc_state';
const STATE_COOKIE_PATH = '/api/v1/auth/oidc/';

const MappableRole = z.enum(
  roles.filter((r) => r !== 'owner') as ['admin', 'lead', 'reviewer', 'contributor', 'viewer'],
);
const Issuer = z
  .url()
  .max(500)
  .refine((u) => {
    // zod runs refinements even after .url() failed: a value that is not a URL must not throw here.
    if (!URL.canParse(u)) return false;
    const url = new URL(u);
    return url.protocol === 'https:' || isLoopbackHttp(url);
  }, 'must be an https URL (plain http only for a provider on this machine)')
  .transform((u) => u.replace(/\/$/, ''));
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a domain such as example.com',
  );

export const SsoInput = z
  .strictObject({
    displayName: z.string().trim().min(1).max(80),
    issuer: Issuer,
    clientId: z.string().trim().min(1).max(500),
    clientSecret: z.string().min(1).max(2000).optional(),
    scopes: z
      .string()
      .trim()
      .max(500)
      .default('openid email profile')
      .refine((s) => s.split(/\s+/).includes('openid'), 'must include openid'),
    rolesClaim: z.string().trim().min(1).max(200).nullable().default(null),
    roleMapping: z
      .array(z.strictObject({ claimValue: z.string().trim().min(1).max(200), role: MappableRole }))
      .max(100)
      .default([]),
    defaultRole: MappableRole.default('viewer'),
    allowedDomains: z.array(Domain).max(50).default([]),
    enabled: z.boolean().default(true),
    passwordsDisabled: z.boolean().default(false),
  })
  .meta({ id: 'SsoSettings' });

export const SsoProvider = z
  .object({
    displayName: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    clientSecretSet: z.literal(true),
    clientSecretEncrypted: z.boolean(),
    scopes: z.string(),
    rolesClaim: z.string().nullable(),
    roleMapping: z.array(z.object({ claimValue: z.string(), role: MappableRole })),
    defaultRole: MappableRole,
    allowedDomains: z.array(z.string()),
    enabled: z.boolean(),
    passwordsDisabled: z.boolean(),
    redirectUri: z.string(),
    loginUrl: z.string(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'SsoProvider' });

const SsoTestResult = z
  .object({
    issuer: z.string(),
    authorizationEndpoint: z.string(),
    tokenEndpoint: z.string(),
    userinfoEndpoint: z.string().nullable(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'SsoTestResult' });

const SlugParams = z.strictObject({ orgSlug: z.string().min(1).max(200) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

function origin(config: Config, request: FastifyRequest): string {
  return (config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

const callbackUri = (base: string, slug: string) =>
  `${base}/api/v1/auth/oidc/${encodeURIComponent(slug)}/callback`;

function present(row: SsoProviderRow, base: string, slug: string): z.infer<typeof SsoProvider> {
  return {
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecretSet: true,
    clientSecretEncrypted: secretIsSealed(row),
    scopes: row.scopes,
    rolesClaim: row.rolesClaim,
    roleMapping: row.roleMapping,
    defaultRole: row.defaultRole as z.infer<typeof MappableRole>,
    allowedDomains: row.allowedDomains,
    enabled: row.enabled,
    passwordsDisabled: row.passwordsDisabled,
    redirectUri: callbackUri(base, slug),
    loginUrl: `${base}/sign-in/${encodeURIComponent(slug)}`,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A failed sign-in goes back to the organization's login page with a reason the page can show. */
function backToLogin(reply: FastifyReply, slug: string, code: string) {
  reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
  return reply.redirect(`/sign-in/${encodeURIComponent(slug)}?error=${encodeURIComponent(code)}`, 303);
}

export const ssoRoutes: RoutePlugin = async (app, { db, config, now }) => {
  app.get(
    '/api/v1/sso',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['sso'],
        summary:
          "The organization's single sign-on (OpenID Connect) configuration; the client secret is never returned",
        response: { 200: z.object({ provider: SsoProvider.nullable() }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { row, slug } = await db.tenant(ctx.organizationId, async (tx) => ({
        row: await getSsoProvider(tx, ctx.organizationId),
        slug: await orgSlug(tx, ctx.organizationId),
      }));
      return { provider: row ? present(row, origin(config, request), slug) : null };
    },
  );

  app.put(
    '/api/v1/sso',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['sso'],
        summary: 'Configure single sign-on (admin); omit clientSecret to keep the stored one',
        body: SsoInput,
        response: { 200: SsoProvider, ...errors, 409: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { row, slug } = await db.tenant(ctx.organizationId, async (tx) => ({
        row: await saveSsoProvider(tx, ctx, request.body, config.secretKey, config.plainSecretsAllowed),
        slug: await orgSlug(tx, ctx.organizationId),
      }));
      forgetProvider(row.issuer);
      return present(row, origin(config, request), slug);
    },
  );

  app.delete(
    '/api/v1/sso',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['sso'],
        summary: 'Remove single sign-on (admin); passwords work again',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const removed = await db.tenant(ctx.organizationId, (tx) => deleteSsoProvider(tx, ctx));
      if (!removed) throw notFound('The single sign-on configuration');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/sso/test',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['sso'],
        summary: "Test the saved configuration: reach the provider's discovery document and check it",
        response: { 200: SsoTestResult, ...errors, 502: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const row = await db.tenant(ctx.organizationId, (tx) => getSsoProvider(tx, ctx.organizationId));
      if (!row) throw notFound('The single sign-on configuration');
      forgetProvider(row.issuer);
      try {
        const meta = (
          await discoverProvider({
            issuer: row.issuer,
            clientId: row.clientId,
            clientSecret: openSecret(row.clientSecret, config.secretKey),
          })
        ).serverMetadata();
        const warnings: string[] = [];
        const scopes = meta.scopes_supported ?? [];
        for (const scope of row.scopes.split(/\s+/)) {
          if (scopes.length && !scopes.includes(scope))
            warnings.push(`The provider does not list the scope "${scope}".`);
        }
        const claims = meta.claims_supported ?? [];
        for (const claim of ['email', 'email_verified', ...(row.rolesClaim ? [row.rolesClaim] : [])]) {
          if (claims.length && !claims.includes(claim))
            warnings.push(`The provider does not list the claim "${claim}".`);
        }
        if (!(meta.code_challenge_methods_supported ?? []).includes('S256')) {
          warnings.push('The provider does not advertise PKCE with S256; sign-in sends it anyway.');
        }
        return {
          issuer: meta.issuer,
          authorizationEndpoint: meta.authorization_endpoint ?? '',
          tokenEndpoint: meta.token_endpoint ?? '',
          userinfoEndpoint: meta.userinfo_endpoint ?? null,
          warnings,
        };
      } catch (error) {
        throw new HttpProblem(
          502,
          'sso-unreachable',
          `Could not read ${row.issuer}/.well-known/openid-configuration: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/:orgSlug',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Whether an organization signs in with single sign-on (for the login page)',
        params: SlugParams,
        response: {
          200: z.object({
            organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
            displayName: z.string(),
            passwordsDisabled: z.boolean(),
            startUrl: z.string(),
          }),
          404: Problem,
        },
      },
    },
    async (request) => {
      const found = await db.system((tx) => findSsoOrganization(tx, request.params.orgSlug));
      if (!found) throw notFound('Single sign-on for this organization');
      return {
        organization: {
          id: found.organization.id,
          name: found.organization.name,
          slug: found.organization.slug,
        },
        displayName: found.provider.displayName,
        passwordsDisabled: found.provider.passwordsDisabled,
        startUrl: `/api/v1/auth/oidc/${encodeURIComponent(found.organization.slug)}/start`,
      };
    },
  );

  app.get(
    '/api/v1/auth/oidc/:orgSlug/start',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: "Start single sign-on: redirects to the organization's provider (state, nonce, PKCE S256)",
        params: SlugParams,
        response: { 302: z.null(), 404: Problem, 429: Problem, 502: Problem },
      },
    },
    async (request, reply) => {
      const slug = request.params.orgSlug;
      const found = await db.system((tx) => findSsoOrganization(tx, slug));
      if (!found) throw notFound('Single sign-on for this organization');
      const { provider, organization } = found;
      let providerConfig: Awaited<ReturnType<typeof discoverProvider>>;
      try {
        providerConfig = await discoverProvider({
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: openSecret(provider.clientSecret, config.secretKey),
        });
      } catch (error) {
        request.log.warn({ err: error, issuer: provider.issuer }, 'OIDC discovery failed');
        throw new HttpProblem(
          502,
          'sso-unreachable',
          `The sign-in provider ${provider.issuer} did not answer.`,
        );
      }
      const { url, pending } = await beginLogin(providerConfig, {
        redirectUri: callbackUri(origin(config, request), organization.slug),
        scope: provider.scopes,
      });
      await db.system((tx) => storePendingLogin(tx, organization.id, pending));
      // The state also rides in a cookie of this browser, so a callback started elsewhere (login CSRF) fails.
      reply.setCookie(STATE_COOKIE, pending.state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        path: STATE_COOKIE_PATH,
        maxAge: 600,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/:orgSlug/callback',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary:
          'Where the provider sends the browser back: checks state, exchanges the code, validates the ID token, ' +
          'provisions the member and signs in (303 to the app, or to /sign-in/{orgSlug}?error=… when refused)',
        params: SlugParams,
        querystring: z.looseObject({
          code: z.string().max(4000).optional(),
          state: z.string().max(500).optional(),
          iss: z.string().max(500).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(2000).optional(),
        }),
        response: { 303: z.null() },
      },
    },
    async (request, reply) => {
      const slug = request.params.orgSlug;
      const query = request.query;
      const found = await db.system((tx) => findSsoOrganization(tx, slug));
      if (!found) return backToLogin(reply, slug, 'sso-not-configured');
      const { organization, provider } = found;
      if (query.error) return backToLogin(reply, slug, 'provider-refused');
      const cookieState = request.cookies[STATE_COOKIE];
      const state = query.state;
      if (!state || !cookieState || cookieState !== state) return backToLogin(reply, slug, 'state-mismatch');
      const pending = await db.system((tx) => takePendingLogin(tx, organization.id, state));
      if (!pending) return backToLogin(reply, slug, 'state-mismatch');

      let claims: Awaited<ReturnType<typeof finishLogin>>;
      try {
        const providerConfig = await discoverProvider({
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: openSecret(provider.clientSecret, config.secretKey),
        });
        const search = new URLSearchParams(
          Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        ).toString();
        claims = await finishLogin(providerConfig, pending, search);
      } catch (error) {
        request.log.warn({ err: error, organizationId: organization.id }, 'OIDC callback refused');
        return backToLogin(reply, slug, 'token-invalid');
      }

      const result = await db.system(async (tx) => {
        const provisioned = await provisionSsoUser(tx, {
          organizationId: organization.id,
          provider,
          claims,
          requestId: request.id,
        });
        if (!provisioned.ok) return provisioned;
        // The session ends when the provider's id token does: then a fresh SSO sign-in re-checks the person.
        const exp = typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined;
        const session = await createSession(tx, provisioned.userId, new Date(now()), { ssoExpiresAt: exp });
        return { ok: true as const, session };
      });
      if (!result.ok) {
        request.log.info(
          { organizationId: organization.id, code: result.refusal.code },
          result.refusal.detail,
        );
        return backToLogin(reply, slug, result.refusal.code);
      }
      reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
      setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
      return reply.redirect('/', 303);
    },
  );
};

async function orgSlug(tx: Tx, organizationId: string): Promise<string> {
  const organization = await getOrganization(tx, organizationId);
  return organization!.slug;
}
