import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuditEvent } from '../../../platform/audit/routes';
import { page } from '../../../platform/http/pagination';
import { databaseDigest, expectJson, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { ApiToken } from './api-tokens';
import { Invitation } from './invitations';
import { Member } from './members';
import { CurrentOrganization } from './organizations';

type Method = 'GET' | 'PATCH' | 'DELETE';

/** Organization B's person and token reach for each of A's objects: always 404, never 403, nothing changes. */
describe.each(testEngines())('tenancy through the API on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let a: TestPerson;
  let aViewer: TestPerson;
  let aTokenId: string;
  let aInvitationId: string;
  let callers: Array<[string, Record<string, string>]>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    a = await createOrganizationWithOwner(t.db, 'Alpha');
    aViewer = await createMember(t.db, a.organizationId, 'viewer');
    aTokenId = (await createTokenHeaders(t.db, a.organizationId, 'reviewer')).id;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: a.headers,
      payload: { email: 'someone@alpha.example', role: 'viewer' },
    });
    aInvitationId = z.object({ invitation: Invitation }).parse(res.json()).invitation.id;
    const b = await createOrganizationWithOwner(t.db, 'Beta');
    const bToken = await createTokenHeaders(t.db, b.organizationId, 'admin');
    callers = [
      ['B’s owner', b.headers],
      ['B’s admin token', bToken.headers],
      ['B’s admin token naming A', { ...bToken.headers, 'x-trellis-organization': a.organizationId }],
    ];
  });
  afterAll(() => t.close());

  const reaches = (): Array<[Method, string, unknown?]> => [
    ['PATCH', `/api/v1/members/${aViewer.userId}`, { role: 'admin' }],
    ['DELETE', `/api/v1/members/${aViewer.userId}`],
    ['PATCH', `/api/v1/members/${a.userId}`, { role: 'viewer' }],
    ['DELETE', `/api/v1/tokens/${aTokenId}`],
    ['DELETE', `/api/v1/invitations/${aInvitationId}`],
  ];

  it('answers 404 for each of A’s members, tokens and invitations, and changes nothing', async () => {
    const before = await databaseDigest(t.db);
    for (const [who, headers] of callers) {
      for (const [method, url, payload] of reaches()) {
        const res = await t.app.inject({
          method,
          url,
          headers,
          ...(payload ? { payload: payload as object } : {}),
        });
        expect(res.statusCode, `${who}: ${method} ${url}`).toBe(404);
        expectProblem(res, 404);
      }
    }
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('answers 404 to B’s person naming A in X-Trellis-Organization, for reads and writes', async () => {
    const [, bSession] = callers[0]!;
    const asA = { ...bSession, 'x-trellis-organization': a.organizationId };
    const before = await databaseDigest(t.db);
    for (const [method, url, payload] of [
      ['GET', '/api/v1/organization'],
      ['GET', '/api/v1/members'],
      ['GET', '/api/v1/tokens'],
      ['GET', '/api/v1/invitations'],
      ['GET', '/api/v1/audit-events'],
      ['GET', '/api/v1/audit-events/export?format=csv'],
      ['PATCH', '/api/v1/organization', { name: 'Taken over' }],
      ['POST', '/api/v1/tokens', { name: 'backdoor', role: 'admin' }],
      ['POST', '/api/v1/invitations', { email: 'spy@beta.example', role: 'owner' }],
      ...reaches(),
    ] as Array<[Method | 'POST', string, unknown?]>) {
      const res = await t.app.inject({
        method,
        url,
        headers: asA,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expectProblem(res, 404);
    }
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('shows B only B: its lists hold none of A’s objects, and a token ignores the header', async () => {
    const aIds = new Set([a.organizationId, a.userId, aViewer.userId, aTokenId, aInvitationId]);
    for (const [who, headers] of callers) {
      const org = expectJson(
        await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers }),
        200,
        CurrentOrganization,
      );
      expect(org.name, who).toBe('Beta');
      const lists = [
        ['/api/v1/members', page(Member)],
        ['/api/v1/tokens', page(ApiToken)],
        ['/api/v1/invitations', page(Invitation)],
        ['/api/v1/audit-events', page(AuditEvent)],
      ] as const;
      for (const [url, schema] of lists) {
        const body = expectJson(
          await t.app.inject({ method: 'GET', url, headers }),
          200,
          schema as z.ZodType,
        );
        const text = JSON.stringify(body);
        for (const id of aIds) expect(text, `${who}: ${url}`).not.toContain(id);
      }
      const exported = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events/export', headers });
      for (const id of aIds) expect(exported.body, `${who}: export`).not.toContain(id);
    }
  });
});
