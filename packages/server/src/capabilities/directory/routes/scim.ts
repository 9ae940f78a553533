import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditContext } from '../../../platform/audit/audit';
import type { Tx } from '../../../platform/db/types';
import { HttpProblem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { publicOrigin } from '../../identity';
import { invalidSyntax, invalidValue, ScimError } from '../services/scim-errors';
import {
  createScimGroup,
  deleteScimGroup,
  GROUP_SCHEMA,
  getScimGroup,
  listScimGroups,
  patchScimGroup,
  replaceScimGroup,
} from '../services/scim-groups';
import { listResponse } from '../services/scim-list';
import { readPatch } from '../services/scim-patch';
import { findScimToken, type ScimCaller } from '../services/scim-tokens';
import {
  createScimUser,
  deleteScimUser,
  getScimUser,
  listScimUsers,
  patchScimUser,
  replaceScimUser,
  type ScimScope,
  USER_SCHEMA,
} from '../services/scim-users';

export const SCIM_BASE_PATH = '/scim/v2';
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';
/** The most resources one list answers (ServiceProviderConfig's filter.maxResults). */
export const SCIM_MAX_RESULTS = 200;

declare module 'fastify' {
  interface FastifyRequest {
    scim: ScimCaller | null;
  }
}

/** startIndex (1-based) and count as RFC 7644 §3.4.2.4 reads them: too small is clamped, not refused. */
function pageOf(query: Record<string, unknown>) {
  const number = (name: string, fallback: number) => {
    const raw = query[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw invalidValue(`${name} must be an integer.`);
    return n;
  };
  const startIndex = Math.max(1, number('startIndex', 1));
  const count = Math.min(SCIM_MAX_RESULTS, Math.max(0, number('count', 100)));
  const filter = typeof query.filter === 'string' && query.filter.trim() ? query.filter : undefined;
  return { startIndex, count, filter };
}

const excludesMembers = (query: Record<string, unknown>) =>
  typeof query.excludedAttributes === 'string' &&
  query.excludedAttributes
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .includes('members');

/**
 * SCIM 2.0 (RFC 7643/7644) for an organization's identity provider (Okta, Microsoft Entra ID…): Users,
 * Groups and the discovery documents under /scim/v2. Outside /api/v1: no session, no CSRF; a per-organization
 * SCIM bearer token names the organization. Each request is one transaction; every error is a SCIM error body.
 */
export const scimRoutes: RoutePlugin = async (app, { db, config, now }) => {
  app.decorateRequest('scim', null);
  app.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(invalidSyntax('The body is not valid JSON.') as unknown as FastifyError, undefined);
    }
  });
  app.setErrorHandler((error: FastifyError | ScimError, request, reply) => {
    let scim: ScimError;
    if (error instanceof ScimError) scim = error;
    else if (error instanceof HttpProblem) scim = new ScimError(error.status, error.detail);
    else if (typeof error.statusCode === 'number' && error.statusCode < 500)
      scim = new ScimError(
        error.statusCode,
        error.message,
        error.statusCode === 400 ? 'invalidSyntax' : undefined,
      );
    else {
      request.log.error({ err: error }, 'SCIM request failed');
      scim = new ScimError(500, 'The request failed on the server.');
    }
    if (scim.status === 401) reply.header('www-authenticate', 'Bearer realm="trellis-scim"');
    return reply.status(scim.status).type(SCIM_CONTENT_TYPE).send(scim.toBody());
  });
  app.addHook('onRequest', async (request) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new ScimError(401, 'Send the SCIM token as "Authorization: Bearer <token>".');
    const caller = await db.systemAutocommit((tx) => findScimToken(tx, match[1]!, new Date(now())));
    if (!caller) throw new ScimError(401, 'The SCIM token is unknown or revoked.');
    request.scim = caller;
  });

  const baseUrl = (request: FastifyRequest) => `${publicOrigin(config, request)}${SCIM_BASE_PATH}`;
  /** Runs `fn` in one transaction for the token's organization (system scope: provisioning makes accounts). */
  const run = <T>(request: FastifyRequest, fn: (tx: Tx, scope: ScimScope) => Promise<T>) => {
    const caller = request.scim!;
    const audit: AuditContext = {
      organizationId: caller.organizationId,
      actor: { type: 'token', id: caller.tokenId, name: `SCIM: ${caller.tokenName}` },
      requestId: request.id,
    };
    return db.system((tx) => fn(tx, { audit, baseUrl: baseUrl(request), now: new Date(now()) }));
  };
  const send = (reply: FastifyReply, status: number, body: unknown) =>
    reply.status(status).type(SCIM_CONTENT_TYPE).send(JSON.stringify(body));
  const opts = { config: { permission: 'none' as const }, schema: { hide: true } };
  type Params = { id: string };
  type Query = Record<string, unknown>;

  app.get<{ Querystring: Query }>(`${SCIM_BASE_PATH}/Users`, opts, async (request, reply) =>
    send(reply, 200, await run(request, (tx, s) => listScimUsers(tx, s, pageOf(request.query)))),
  );
  app.post(`${SCIM_BASE_PATH}/Users`, opts, async (request, reply) => {
    const user = await run(request, (tx, s) => createScimUser(tx, s, request.body));
    reply.header('location', user.meta.location);
    return send(reply, 201, user);
  });
  app.get<{ Params: Params }>(`${SCIM_BASE_PATH}/Users/:id`, opts, async (request, reply) =>
    send(reply, 200, await run(request, (tx, s) => getScimUser(tx, s, request.params.id))),
  );
  app.put<{ Params: Params }>(`${SCIM_BASE_PATH}/Users/:id`, opts, async (request, reply) =>
    send(reply, 200, await run(request, (tx, s) => replaceScimUser(tx, s, request.params.id, request.body))),
  );
  app.patch<{ Params: Params }>(`${SCIM_BASE_PATH}/Users/:id`, opts, async (request, reply) => {
    const ops = readPatch(request.body);
    return send(reply, 200, await run(request, (tx, s) => patchScimUser(tx, s, request.params.id, ops)));
  });
  app.delete<{ Params: Params }>(`${SCIM_BASE_PATH}/Users/:id`, opts, async (request, reply) => {
    await run(request, (tx, s) => deleteScimUser(tx, s, request.params.id));
    return reply.status(204).send();
  });

  app.get<{ Querystring: Query }>(`${SCIM_BASE_PATH}/Groups`, opts, async (request, reply) =>
    send(
      reply,
      200,
      await run(request, (tx, s) =>
        listScimGroups(tx, s, { ...pageOf(request.query), withMembers: !excludesMembers(request.query) }),
      ),
    ),
  );
  app.post(`${SCIM_BASE_PATH}/Groups`, opts, async (request, reply) => {
    const group = await run(request, (tx, s) => createScimGroup(tx, s, request.body));
    reply.header('location', group.meta.location);
    return send(reply, 201, group);
  });
  app.get<{ Params: Params; Querystring: Query }>(
    `${SCIM_BASE_PATH}/Groups/:id`,
    opts,
    async (request, reply) =>
      send(
        reply,
        200,
        await run(request, (tx, s) =>
          getScimGroup(tx, s, request.params.id, !excludesMembers(request.query)),
        ),
      ),
  );
  app.put<{ Params: Params }>(`${SCIM_BASE_PATH}/Groups/:id`, opts, async (request, reply) =>
    send(reply, 200, await run(request, (tx, s) => replaceScimGroup(tx, s, request.params.id, request.body))),
  );
  app.patch<{ Params: Params }>(`${SCIM_BASE_PATH}/Groups/:id`, opts, async (request, reply) => {
    const ops = readPatch(request.body);
    return send(reply, 200, await run(request, (tx, s) => patchScimGroup(tx, s, request.params.id, ops)));
  });
  app.delete<{ Params: Params }>(`${SCIM_BASE_PATH}/Groups/:id`, opts, async (request, reply) => {
    await run(request, (tx, s) => deleteScimGroup(tx, s, request.params.id));
    return reply.status(204).send();
  });

  app.get(`${SCIM_BASE_PATH}/ServiceProviderConfig`, opts, async (request, reply) =>
    send(reply, 200, serviceProviderConfig(baseUrl(request))),
  );
  app.get(`${SCIM_BASE_PATH}/ResourceTypes`, opts, async (request, reply) => {
    return send(reply, 200, listResponse(resourceTypes(baseUrl(request))));
  });
  app.get(`${SCIM_BASE_PATH}/Schemas`, opts, async (request, reply) => {
    return send(reply, 200, listResponse(schemaDocuments(baseUrl(request))));
  });
};

function serviceProviderConfig(base: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: 'docs/guide/directory-provisioning.md',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'SCIM bearer token',
        description: 'A per-organization token an admin creates on the Directory provisioning page.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

function resourceTypes(base: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A person of the organization',
      schema: USER_SCHEMA,
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A directory group; an admin maps groups to roles',
      schema: GROUP_SCHEMA,
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
    },
  ];
}

const attr = (
  name: string,
  extra: Partial<{
    type: string;
    required: boolean;
    multiValued: boolean;
    uniqueness: string;
    mutability: string;
  }> &
    Record<string, unknown> = {},
) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

function schemaDocuments(base: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: USER_SCHEMA,
      name: 'User',
      description: 'A person of the organization (the attributes Trellis keeps)',
      attributes: [
        attr('userName', { required: true, uniqueness: 'server' }),
        attr('externalId', { caseExact: true }),
        attr('name', {
          type: 'complex',
          subAttributes: [
            attr('formatted', { mutability: 'readOnly' }),
            attr('givenName'),
            attr('familyName'),
          ],
        }),
        attr('displayName'),
        attr('active', { type: 'boolean' }),
        attr('emails', {
          type: 'complex',
          multiValued: true,
          subAttributes: [attr('value'), attr('type'), attr('primary', { type: 'boolean' })],
        }),
        attr('groups', {
          type: 'complex',
          multiValued: true,
          mutability: 'readOnly',
          subAttributes: [
            attr('value', { mutability: 'readOnly' }),
            attr('display', { mutability: 'readOnly' }),
          ],
        }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: GROUP_SCHEMA,
      name: 'Group',
      description: 'A directory group',
      attributes: [
        attr('displayName', { required: true, uniqueness: 'server' }),
        attr('externalId', { caseExact: true }),
        attr('members', {
          type: 'complex',
          multiValued: true,
          subAttributes: [
            attr('value', { mutability: 'immutable' }),
            attr('display', { mutability: 'readOnly' }),
          ],
        }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${GROUP_SCHEMA}` },
    },
  ];
}
