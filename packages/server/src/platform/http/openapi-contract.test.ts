import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation, someUuid } from '../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  testEngines,
} from '../../test/harness';
import { operationIdFor } from './openapi-contract';

type Operation = { operationId: string; security?: Record<string, string[]>[]; tags?: string[] };
type Document = {
  paths: Record<string, Record<string, Operation>>;
  security: unknown;
  tags: { name: string }[];
};

describe('operationId rule', () => {
  it.each([
    ['get', '/api/v1/applications', 'listApplications'],
    ['post', '/api/v1/applications', 'createApplication'],
    ['get', '/api/v1/applications/{id}', 'getApplication'],
    ['patch', '/api/v1/applications/{id}', 'updateApplication'],
    ['delete', '/api/v1/org-units/{id}/members/{userId}', 'deleteOrgUnitMember'],
    ['get', '/api/v1/decisions/requests/{id}', 'getDecisionRequest'],
    ['post', '/api/v1/ideas/{id}/merge', 'mergeIdea'],
    ['put', '/api/v1/metrics/{id}/windows', 'setMetricWindows'],
    ['get', '/api/v1/executive-summary.md', 'getExecutiveSummaryMarkdown'],
    ['post', '/api/v1/auth/login', 'login'],
  ])('%s %s → %s', (method, path, id) => {
    expect(operationIdFor(method, path)).toBe(id);
  });
});

describe.each(testEngines())('OpenAPI contract (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let document: Document;
  let bearer: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    document = t.app.swagger() as unknown as Document;
    const owner = await createOrganizationWithOwner(t.db);
    bearer = (await createTokenHeaders(t.db, owner.organizationId, 'admin')).headers;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
    );
  const urlOf = (path: string) => path.replace(/\{orgSlug\}/g, 'no-such-org').replace(/\{\w+\}/g, someUuid);

  it('names every operation once, in camelCase, under a described tag', () => {
    const ids = operations().map((o) => o.operation.operationId);
    expect(ids.length).toBeGreaterThan(200);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    const described = new Set(document.tags.map((t) => t.name));
    for (const { operation } of operations())
      for (const tag of operation.tags ?? []) expect(described).toContain(tag);
  });

  // The document's security is a promise to client generators: check it against what the server does.
  // Input is validated before the caller is read, so an empty body may meet a 400 first; never a success.
  it('refuses every operation that declares credentials when none are sent (401), and no public one', async () => {
    const answered: string[] = [];
    const publicRefused: string[] = [];
    let unauthenticated = 0;
    for (const { method, path, operation } of operations()) {
      const res = await t.app.inject({
        method: method.toUpperCase() as 'GET',
        url: urlOf(path),
        payload: {},
      });
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      if (isPublic && res.statusCode === 401) publicRefused.push(`${method} ${path}`);
      if (!isPublic && res.statusCode === 401) unauthenticated++;
      else if (!isPublic && res.statusCode !== 400) answered.push(`${method} ${path} → ${res.statusCode}`);
    }
    expect(answered).toEqual([]);
    expect(publicRefused).toEqual([]);
    expect(unauthenticated).toBeGreaterThan(120);
  });

  it('lets route tests call an operation by its id and check the answer against its documented schema', async () => {
    expect(await callOperation(t.app, 'checkLiveness', {}, 200)).toEqual({ status: 'ok' });
    // The same answer against a document that demands a field the server does not send fails.
    const strict = structuredClone(document) as unknown as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>
      >;
    };
    const json = strict.paths['/healthz']!.get!.responses['200']!.content['application/json']!;
    json.schema = { ...json.schema, required: ['status', 'uptime'] };
    const app = Object.create(t.app, { swagger: { value: () => strict } });
    await expect(callOperation(app, 'checkLiveness', {}, 200)).rejects.toThrow(/outside its schema/);
  });

  it('refuses an API token on the operations that declare a session only', async () => {
    const sessionOnly = operations().filter(
      ({ operation }) => JSON.stringify(operation.security) === JSON.stringify([{ session: [] }]),
    );
    expect(sessionOnly.length).toBeGreaterThan(0);
    for (const { method, path } of sessionOnly) {
      const res = await t.app.inject({
        method: method.toUpperCase() as 'GET',
        url: urlOf(path),
        headers: bearer,
        payload: {},
      });
      expect([400, 401], `${method} ${path} → ${res.statusCode}`).toContain(res.statusCode);
      if (method === 'get') expect(res.statusCode, `${method} ${path}`).toBe(401);
    }
  });
});
