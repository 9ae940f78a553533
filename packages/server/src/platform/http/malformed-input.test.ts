import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Invitation } from '../../capabilities/identity/routes/invitations';
import { issueSetupToken } from '../../capabilities/identity/services/setup';
import { databaseDigest } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { Problem } from './problem';

/**
 * Every write route gets generated malformed input — bodies that are not JSON, JSON of the wrong type,
 * wrong-typed, unknown or oversize fields, a body over the limit, a wrong content type, bad ids — and must
 * answer a 4xx problem+json with a detail, never a 5xx, and change nothing at all.
 */

/** How a route's body looks when valid, and each string field's longest allowed length. */
interface BodySpec {
  valid: Record<string, unknown>;
  maxLength: Record<string, number>;
  /** Fields the body may leave out. */
  optional?: string[];
}

interface WriteRoute {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path with real, existing ids, so only the malformed part can be refused. */
  path: string;
  body?: BodySpec;
  /** The path with `id` in place of the route's id parameters. */
  withId?: (id: string) => string;
  /** For routes known only from the OpenAPI document: whether the body must be a JSON object. */
  objectBody?: boolean;
}

type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content?: Record<string, { schema?: { type?: string; properties?: Record<string, unknown> } }>;
        };
        parameters?: Array<{ in: string; name: string }>;
      }
    >
  >;
};

/** Every operation of the live document, reads included, with its query parameters and body fields. */
function allOperations(doc: OpenApi) {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => ({
        method: m.toUpperCase() as 'GET' | WriteRoute['method'],
        template: path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
      })),
  );
}

/** Strings PostgreSQL cannot store: NUL (text and jsonb refuse it) and lone surrogates (jsonb refuses them). */
const unstorable = ['a\u0000b', '\u0000', 'a\ud800b', '\udc00', 'x\ud83d'];

/** Every write operation of the live document, as `METHOD /path/:id`, with what its body must be. */
function writeOperations(doc: OpenApi) {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => ({
        key: `${m.toUpperCase()} ${path.replace(/\{\w+\}/g, ':id')}`,
        method: m.toUpperCase() as WriteRoute['method'],
        template: path,
        objectBody: op.requestBody?.content?.['application/json']?.schema?.type === 'object',
      })),
  );
}

/** Routes that state a larger body limit than the app's 1 MiB. */
const OWN_BODY_LIMITS: Record<string, number> = {
  'POST /api/v1/workflows/:id/outputs/batch': 16 * 1024 * 1024,
  'POST /api/v1/metrics/:id/measurements/import': 8 * 1024 * 1024,
  'POST /api/v1/applications/import': 12 * 1024 * 1024,
  'POST /api/v1/applications/import/preview': 12 * 1024 * 1024,
};
const someUuid = '00000000-0000-4000-8000-000000000000';
const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('malformed input on every write route', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let routes: WriteRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
    const viewer = await createMember(t.db, owner.organizationId, 'viewer');
    const token = await createTokenHeaders(t.db, owner.organizationId, 'viewer');
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: owner.headers,
      payload: { email: 'fuzz@example.com', role: 'viewer' },
    });
    const { invitation, url } = z.object({ invitation: Invitation, url: z.string() }).parse(invited.json());
    const invitationToken = new URL(url).searchParams.get('token')!;
    const setupToken = (await t.db.system((tx) => issueSetupToken(tx))) ?? 'instance-already-set-up';
    const password = 'a long enough password';
    routes = [
      {
        method: 'POST',
        path: '/api/v1/setup',
        body: {
          valid: {
            token: setupToken,
            organizationName: 'Org',
            name: 'Name',
            email: 'a@example.com',
            password,
          },
          maxLength: { token: 200, organizationName: 200, name: 200, email: 254, password: 256 },
        },
      },
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        body: {
          valid: { email: owner.email, password: owner.password },
          maxLength: { email: 254, password: 256 },
        },
      },
      { method: 'POST', path: '/api/v1/auth/logout' },
      {
        method: 'POST',
        path: '/api/v1/auth/password',
        body: {
          valid: { currentPassword: owner.password, newPassword: 'another long password' },
          maxLength: { currentPassword: 256, newPassword: 256 },
        },
      },
      {
        method: 'POST',
        path: '/api/v1/organizations',
        body: { valid: { name: 'New' }, maxLength: { name: 200 } },
      },
      {
        method: 'PATCH',
        path: '/api/v1/organization',
        body: { valid: { name: 'New' }, maxLength: { name: 200 } },
      },
      {
        method: 'PATCH',
        path: `/api/v1/members/${viewer.userId}`,
        body: { valid: { role: 'admin' }, maxLength: {} },
        withId: (id) => `/api/v1/members/${id}`,
      },
      {
        method: 'DELETE',
        path: `/api/v1/members/${viewer.userId}`,
        withId: (id) => `/api/v1/members/${id}`,
      },
      {
        method: 'POST',
        path: '/api/v1/invitations',
        body: { valid: { email: 'b@example.com', role: 'lead' }, maxLength: { email: 254 } },
      },
      {
        method: 'DELETE',
        path: `/api/v1/invitations/${invitation.id}`,
        withId: (id) => `/api/v1/invitations/${id}`,
      },
      {
        method: 'POST',
        path: '/api/v1/invitations/register',
        body: {
          valid: { token: invitationToken, name: 'Fuzz', password },
          maxLength: { token: 200, name: 200, password: 256 },
        },
      },
      {
        method: 'POST',
        path: '/api/v1/invitations/accept',
        body: { valid: { token: invitationToken }, maxLength: { token: 200 } },
      },
      {
        method: 'POST',
        path: '/api/v1/tokens',
        body: {
          valid: { name: 'ci', role: 'viewer', expiresAt: new Date(Date.now() + 3600_000).toISOString() },
          maxLength: { name: 200 },
          optional: ['expiresAt'],
        },
      },
      { method: 'DELETE', path: `/api/v1/tokens/${token.id}`, withId: (id) => `/api/v1/tokens/${id}` },
    ];
    // Write routes without a hand-made spec still get every case that needs no valid body.
    const known = new Set(routes.map((r) => keyOf(r)));
    for (const op of writeOperations(t.app.swagger() as OpenApi)) {
      if (known.has(op.key)) continue;
      const withId = op.template.includes('{')
        ? (id: string) => op.template.replace(/\{\w+\}/g, id)
        : undefined;
      routes.push({
        method: op.method,
        path: withId ? withId(someUuid) : op.template,
        objectBody: op.objectBody,
        ...(withId ? { withId } : {}),
      });
    }
  });
  afterAll(() => t.close());

  function expectRefused(res: LightMyRequestResponse, what: string, status?: number) {
    expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
    if (status) expect(res.statusCode, what).toBe(status);
    expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(res.json());
    expect(problem.status).toBe(res.statusCode);
    expect(problem.detail.length).toBeGreaterThan(0);
  }

  /** Sends one request as the signed-in owner and checks it was refused and changed nothing. */
  async function sendRefused(
    route: WriteRoute,
    request: { payload?: string; contentType?: string; path?: string },
    status?: number,
  ) {
    const before = await databaseDigest(t.db);
    const headers: Record<string, string> = { ...owner.headers };
    if (request.payload !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    const res = await t.app.inject({
      method: route.method,
      url: request.path ?? route.path,
      headers,
      ...(request.payload !== undefined ? { payload: request.payload } : {}),
    });
    const what = `${route.method} ${request.path ?? route.path} ${request.payload?.slice(0, 120) ?? ''}`;
    expectRefused(res, what, status);
    expect(await databaseDigest(t.db), what).toEqual(before);
  }

  const notJson = fc
    .oneof(fc.string(), fc.constantFrom('', '{', '{"a":', "{'a':1}", '[1,]', 'nul', '{"a":1}}', '\u0000'))
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    });
  const notAnObject = fc.oneof(
    fc.array(fc.jsonValue(), { maxLength: 4 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
    fc.boolean(),
    fc.string(),
  );
  const wrongTypedValue = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  );

  /** Malformed bodies for a route: each is invalid by construction, whatever fast-check draws. */
  function malformedBodies(spec: BodySpec): fc.Arbitrary<string> {
    const keys = Object.keys(spec.valid);
    const sized = Object.entries(spec.maxLength);
    const arbitraries: fc.Arbitrary<string>[] = [
      notJson,
      notAnObject.map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.constantFrom(...keys), wrongTypedValue)
        .map(([key, value]) => JSON.stringify({ ...spec.valid, [key]: value })),
      fc
        .tuple(
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 20 }),
            fc.constantFrom('isAdmin', 'id', 'constructor'),
          ),
          fc.jsonValue(),
        )
        .filter(([key]) => !keys.includes(key))
        .map(([key, value]) => JSON.stringify({ ...spec.valid, [key]: value })),
    ];
    const required = keys.filter((key) => !spec.optional?.includes(key));
    if (required.length) {
      arbitraries.push(
        fc.constantFrom(...required).map((key) => JSON.stringify({ ...spec.valid, [key]: undefined })),
      );
    }
    if (sized.length) {
      arbitraries.push(
        fc
          .tuple(fc.constantFrom(...sized), fc.integer({ min: 1, max: 5000 }))
          .map(([[key, max], extra]) => JSON.stringify({ ...spec.valid, [key]: 'x'.repeat(max + extra) })),
      );
    }
    return fc.oneof(...arbitraries);
  }

  const keyOf = (r: WriteRoute) => `${r.method} ${r.withId ? r.withId(':id') : r.path}`;
  const routeNames = () =>
    routes.map((r) => [`${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`, r] as const);

  it('covers every write route of the live OpenAPI document', () => {
    const covered = new Set(routes.map(keyOf));
    expect(
      writeOperations(t.app.swagger() as OpenApi)
        .map((op) => op.key)
        .filter((k) => !covered.has(k)),
    ).toEqual([]);
    expect(routes.filter((r) => r.body).length).toBe(10);
  });

  it('refuses generated malformed bodies with 400 and changes nothing', async () => {
    for (const [name, route] of routeNames()) {
      if (!route.body) continue;
      await fc
        .assert(
          fc.asyncProperty(malformedBodies(route.body), async (payload) => {
            await sendRefused(route, { payload }, 400);
          }),
          { numRuns: 25 },
        )
        .catch((error: unknown) => {
          throw new Error(`${name}: ${String(error)}`);
        });
    }
  }, 180_000);

  it('refuses JSON that is not an object where the body must be one', async () => {
    for (const [name, route] of routeNames()) {
      if (route.body || !route.objectBody) continue;
      await fc
        .assert(
          fc.asyncProperty(notAnObject, async (value) =>
            sendRefused(route, { payload: JSON.stringify(value) }, 400),
          ),
          { numRuns: 10 },
        )
        .catch((error: unknown) => {
          throw new Error(`${name}: ${String(error)}`);
        });
    }
  }, 180_000);

  it('refuses a body that is not JSON on routes without a hand-made body spec', async () => {
    for (const [, route] of routeNames()) {
      if (route.body) continue;
      await fc.assert(
        fc.asyncProperty(notJson, async (payload) => sendRefused(route, { payload }, 400)),
        { numRuns: 10 },
      );
    }
  }, 180_000);

  it('refuses a body over the limit (1 MiB, or the route’s own) with 413', async () => {
    for (const [, route] of routeNames()) {
      const limit = OWN_BODY_LIMITS[keyOf(route)] ?? 1_048_576;
      const big = JSON.stringify({ ...(route.body?.valid ?? {}), padding: 'x'.repeat(limit + 1000) });
      await sendRefused(route, { payload: big }, 413);
    }
  });

  it('refuses a form post, text or XML with 415 (a cross-site form cannot pass as JSON)', async () => {
    for (const [, route] of routeNames()) {
      const valid = JSON.stringify(route.body?.valid ?? {});
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ]) {
        await sendRefused(route, { payload: valid, contentType }, 415);
      }
    }
  }, 180_000);

  it('refuses bad ids in the path and unknown ones with 404', async () => {
    const badId = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.constantFrom('0', '-1', '1e9', 'null', "' OR 1=1 --"),
      )
      .filter((s) => !uuidLike.test(s));
    for (const [, route] of routeNames()) {
      if (!route.withId) continue;
      const withId = route.withId;
      const payload = route.body ? JSON.stringify(route.body.valid) : undefined;
      await fc.assert(
        fc.asyncProperty(badId, async (id) =>
          sendRefused(route, { path: withId(encodeURIComponent(id)), payload }),
        ),
        { numRuns: 15 },
      );
      // A well-formed id that does not exist, on the routes whose valid body we know.
      if (route.objectBody === undefined) await sendRefused(route, { path: withId(someUuid), payload }, 404);
    }
  }, 180_000);

  it('refuses NUL and lone surrogates in every field of the hand-made bodies with a 400 naming it', async () => {
    for (const [name, route] of routeNames()) {
      if (!route.body) continue;
      for (const [field, valid] of Object.entries(route.body.valid)) {
        if (typeof valid !== 'string') continue;
        for (const bad of unstorable) {
          const payload = JSON.stringify({ ...route.body.valid, [field]: `${valid}${bad}` });
          const before = await databaseDigest(t.db);
          const res = await t.app.inject({
            method: route.method,
            url: route.path,
            headers: { ...owner.headers, 'content-type': 'application/json' },
            payload,
          });
          const what = `${name} ${field}=${JSON.stringify(bad)}`;
          expectRefused(res, what, 400);
          expect(Problem.parse(res.json()).errors?.[0]?.path, what).toBe(`body.${field}`);
          expect(await databaseDigest(t.db), what).toEqual(before);
        }
      }
    }
  }, 180_000);

  it('answers every route of the OpenAPI document with a 4xx problem+json for NUL, lone surrogates, bad percent-encoding and over-long parameters', async () => {
    const operations = allOperations(t.app.swagger() as OpenApi);
    expect(operations.length).toBeGreaterThan(100);
    // In the path each of these is refused; in a query a bad escape stays literal text (storable), so there
    // it needs only no 5xx.
    const badSegments = ['%00', 'a%00b', '%E0%A4%A', '%', '%ED%A0%80', 'x'.repeat(2000)];
    const fill = (template: string, value: string) => template.replace(/\{\w+\}/g, value);
    const responses: Array<{ what: string; res: LightMyRequestResponse; refused: boolean }> = [];
    const send = async (method: string, url: string, refused: boolean, payload?: unknown) => {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...owner.headers,
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
      });
      responses.push({
        what: `${method} ${url.slice(0, 160)} ${JSON.stringify(payload) ?? ''}`,
        res,
        refused,
      });
    };
    const before = await databaseDigest(t.db);
    for (const op of operations) {
      const path = fill(op.template, someUuid);
      if (op.template.includes('{'))
        for (const bad of badSegments) await send(op.method, fill(op.template, bad), true);
      for (const name of op.query) {
        for (const bad of ['a%00b', '%00', 'x'.repeat(5000)])
          await send(op.method, `${path}?${name}=${bad}`, true);
        await send(op.method, `${path}?${name}=%E0%A4%A`, false);
      }
      for (const field of op.bodyFields)
        for (const bad of unstorable.slice(0, 3)) await send(op.method, path, true, { [field]: bad });
    }
    const failures = responses.filter(
      ({ res, refused }) =>
        res.statusCode >= 500 ||
        (refused && res.statusCode < 400) ||
        (res.statusCode >= 400 &&
          !String(res.headers['content-type']).startsWith('application/problem+json')),
    );
    expect(failures.map(({ what, res }) => `${what} → ${res.statusCode} ${res.body.slice(0, 160)}`)).toEqual(
      [],
    );
    for (const { res } of responses)
      if (res.statusCode >= 400) expect(Problem.parse(res.json()).status).toBe(res.statusCode);
    expect(await databaseDigest(t.db)).toEqual(before);
  }, 300_000);
});

describe.each(testEngines())(
  'strings PostgreSQL cannot store, on the routes that stored them (%s)',
  (engine) => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    let owner: TestPerson;
    let workflowId: string;

    beforeAll(async () => {
      t = await createTestApp(engine);
      owner = await createOrganizationWithOwner(t.db);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/workflows',
        headers: owner.headers,
        payload: { name: 'Draft quiz items' },
      });
      expect(created.statusCode, created.body).toBe(201);
      workflowId = created.json().id;
    });
    afterAll(() => t.close());

    async function refused(
      method: 'POST' | 'PUT' | 'PATCH' | 'GET',
      url: string,
      payload: unknown,
      path: string,
    ) {
      const before = await databaseDigest(t.db);
      const res = await t.app.inject({ method, url, headers: owner.headers, payload: payload as object });
      expect(res.statusCode, `${method} ${url} → ${res.body.slice(0, 300)}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Problem.parse(res.json()).errors?.map((e) => e.path)).toContain(path);
      expect(await databaseDigest(t.db)).toEqual(before);
    }

    it('names the one bad output of a batch and stores none of it', async () => {
      const outputs = Array.from({ length: 6 }, (_, i) => ({ clientId: `c-${i}`, content: `Question ${i}` }));
      outputs[3] = { clientId: 'c-3', content: 'broken \u0000 output' };
      await refused(
        'POST',
        `/api/v1/workflows/${workflowId}/outputs/batch`,
        { outputs },
        'body.outputs.3.content',
      );
      outputs[3] = { clientId: 'c-3', content: 'half an emoji \ud83d' };
      await refused(
        'POST',
        `/api/v1/workflows/${workflowId}/outputs/batch`,
        { outputs },
        'body.outputs.3.content',
      );
      await refused(
        'POST',
        `/api/v1/workflows/${workflowId}/outputs`,
        { clientId: 'one', content: 'fine', metadata: { language: 'e\u0000n' } },
        'body.metadata.language',
      );
      await refused(
        'POST',
        `/api/v1/workflows/${workflowId}/outputs`,
        { clientId: 'one', content: 'fine', metadata: { 'k\u0000': 'v' } },
        'body.metadata.k\\u0000',
      );
    });

    it('refuses them in sign-in, organization, invitations, roles, workflows, ideas and webhooks', async () => {
      await refused(
        'POST',
        '/api/v1/auth/login',
        { email: owner.email, password: 'pass\u0000word1234' },
        'body.password',
      );
      await refused('PATCH', '/api/v1/organization', { name: 'Org \udc00' }, 'body.name');
      await refused(
        'POST',
        '/api/v1/invitations',
        { email: 'x\u0000@example.com', role: 'viewer' },
        'body.email',
      );
      await refused(
        'POST',
        '/api/v1/roles',
        { name: 'Reader \u0000', permissions: ['quality.read'] },
        'body.name',
      );
      await refused('POST', '/api/v1/workflows', { name: 'Quiz \u0000' }, 'body.name');
      await refused('POST', '/api/v1/ideas', { title: 'An idea \ud800', description: 'Why' }, 'body.title');
      await refused(
        'POST',
        '/api/v1/webhooks',
        { url: 'https://hooks.example.com/a\u0000', events: ['alarm.raised'] },
        'body.url',
      );
      await refused('GET', '/api/v1/auth/oidc/%00', undefined, 'params.orgSlug');
      await refused('GET', '/api/v1/audit-events?action=a%00', undefined, 'query.action');
    });

    it('answers an SSO issuer that is not a URL with a 400 naming it', async () => {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/sso',
        headers: owner.headers,
        payload: { displayName: 'Corp', issuer: 'not a url', clientId: 'trellis', clientSecret: 's3cret' },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(Problem.parse(res.json()).errors?.map((e) => e.path)).toContain('body.issuer');
    });

    it('answers bad percent-encoding and an over-long path parameter with problem+json', async () => {
      const bad = await t.app.inject({
        method: 'GET',
        url: '/api/v1/workflows/%E0%A4%A',
        headers: owner.headers,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Problem.parse(bad.json()).type).toBe('urn:trellis:problem:malformed-request');
      const long = await t.app.inject({
        method: 'GET',
        url: `/api/v1/workflows/${'x'.repeat(500)}`,
        headers: owner.headers,
      });
      expect(long.statusCode).toBe(414);
      expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  },
);
