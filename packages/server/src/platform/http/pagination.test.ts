import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiToken } from '../../capabilities/identity/routes/api-tokens';
import { Invitation } from '../../capabilities/identity/routes/invitations';
import { Member } from '../../capabilities/identity/routes/members';
import { expectJson, expectProblem } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { AuditEvent } from '../audit/routes';
import { page } from './pagination';

/**
 * Keyset pages must hold when rows are microseconds apart: PostgreSQL keeps microseconds while a cursor made
 * from a JS Date keeps milliseconds. The rows' times are spread 300 µs apart, so some share a millisecond.
 */
describe.each(testEngines())('cursor pagination on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    for (const role of ['admin', 'lead', 'reviewer', 'contributor', 'viewer'] as const) {
      await createMember(t.db, owner.organizationId, role);
      await createTokenHeaders(t.db, owner.organizationId, role);
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/invitations',
        headers: owner.headers,
        payload: { email: `${role}@invited.example.com`, role },
      });
    }
    const org = owner.organizationId;
    await t.db.system(async (tx) => {
      for (const table of ['memberships', 'api_tokens', 'invitations']) {
        const key = table === 'memberships' ? 'user_id' : 'id';
        await tx.execute(
          sql.raw(`UPDATE ${table} u SET created_at = timestamptz '2030-01-01 00:00:00.000100+00' + n.i * interval '300 microseconds'
            FROM (SELECT ${key} AS k, row_number() OVER (ORDER BY ${key}) AS i FROM ${table} WHERE organization_id = '${org}') n
            WHERE u.${key} = n.k`),
        );
      }
    });
  });
  afterAll(() => t.close());

  async function readAll<T extends z.ZodType>(url: string, item: T, limit: number) {
    const seen: z.infer<T>[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url: `${url}?${query}`, headers: owner.headers });
      const body = expectJson(res, 200, page(item));
      expect(body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('the cursor never ran out');
  }

  it.each([
    ['/api/v1/members', Member, (m: z.infer<typeof Member>) => m.userId, 6],
    ['/api/v1/tokens', ApiToken, (x: z.infer<typeof ApiToken>) => x.id, 5],
    ['/api/v1/invitations', Invitation, (x: z.infer<typeof Invitation>) => x.id, 5],
    ['/api/v1/audit-events', AuditEvent, (x: z.infer<typeof AuditEvent>) => String(x.id), 17],
  ] as const)(
    '%s returns every row exactly once, in the order of one big page',
    async (url, item, key, n) => {
      const all = (await readAll(url, item as z.ZodType, 200)).map((x) => key(x as never));
      expect(all).toHaveLength(n);
      for (const limit of [1, 2, 3]) {
        const paged = (await readAll(url, item as z.ZodType, limit)).map((x) => key(x as never));
        expect(paged, `limit=${limit}`).toEqual(all);
      }
    },
  );
});

describe('forged cursors', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  const forge = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
  const forged = [
    'not-base64-json',
    forge(['not a time', '00000000-0000-4000-8000-000000000000']),
    forge(['2030-01-01T00:00:00.000Z', 'not-a-uuid']),
    Buffer.from('[1e400]').toString('base64url'),
    forge([2 ** 60]),
    forge(['1']),
    forge([-1]),
    forge([1.5]),
    forge({ a: 1 }),
    forge([]),
  ];

  it.each(['/api/v1/members', '/api/v1/tokens', '/api/v1/invitations', '/api/v1/audit-events'])(
    '%s answers 400 query.cursor for a cursor it did not make',
    async (url) => {
      for (const cursor of forged) {
        const res = await t.app.inject({
          method: 'GET',
          url: `${url}?cursor=${cursor}`,
          headers: owner.headers,
        });
        expectProblem(res, 400, 'query.cursor');
      }
    },
  );
});
