import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEventsOf, databaseDigest, expectJson, expectProblem, sessionCookieOf } from '../../../test/api';
import { createTestApp } from '../../../test/harness';
import { issueSetupToken } from '../services/setup';
import { Session } from './session-presenter';

const SetupStatus = z.object({ needed: z.boolean() });

describe('setup API (an instance with no users yet)', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let spareToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.db.system((tx) => issueSetupToken(tx)))!;
    spareToken = (await t.db.system((tx) => issueSetupToken(tx)))!;
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    token,
    organizationName: 'Acme Quality',
    name: 'Ada Admin',
    email: 'Ada@Example.com',
    password: 'correct horse battery staple',
    ...over,
  });
  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: payload as object });
  const status = async () =>
    expectJson(await t.app.inject({ method: 'GET', url: '/api/v1/setup' }), 200, SetupStatus);

  it('says setup is needed while there are no users', async () => {
    expect(await status()).toEqual({ needed: true });
  });

  it('names the bad field and changes nothing', async () => {
    const before = await databaseDigest(t.db);
    expectProblem(await post(input({ email: 'not-an-email' })), 400, 'body.email');
    expectProblem(await post(input({ password: 'short' })), 400, 'body.password');
    expectProblem(await post(input({ organizationName: '   ' })), 400, 'body.organizationName');
    expectProblem(await post(input({ admin: true })), 400, 'body.admin');
    expectProblem(await post(input({ token: 'a-wrong-token' })), 400, 'body.token');
    expect(await databaseDigest(t.db)).toEqual(before);
    expect(await status()).toEqual({ needed: true });
  });

  it('creates the first organization and owner, signs them in, and audits both', async () => {
    const res = await post(input());
    const session = expectJson(res, 201, Session);
    expect(session.user).toMatchObject({ email: 'ada@example.com', name: 'Ada Admin' });
    expect(session.memberships).toEqual([
      {
        organization: expect.objectContaining({ name: 'Acme Quality', slug: 'acme-quality' }),
        role: 'owner',
      },
    ]);
    const cookie = res.cookies.find((c) => c.name === 'trellis_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: sessionCookieOf(res) },
    });
    expect(expectJson(me, 200, Session).user.id).toBe(session.user.id);

    const org = session.memberships[0]!.organization.id;
    const events = await auditEventsOf(t.db, org);
    const actor = { type: 'user', id: session.user.id, name: 'Ada Admin' };
    expect(events).toEqual([
      expect.objectContaining({
        actor,
        action: 'organization.created',
        entityType: 'organization',
        entityId: org,
        after: { name: 'Acme Quality', slug: 'acme-quality' },
      }),
      expect.objectContaining({
        actor,
        action: 'member.added',
        entityId: session.user.id,
        after: { role: 'owner' },
      }),
    ]);
    expect(await status()).toEqual({ needed: false });
  });

  it('refuses a second setup with 409, whichever token it carries', async () => {
    const before = await databaseDigest(t.db);
    expectProblem(await post(input({ token: spareToken, email: 'eve@example.com' })), 409);
    expectProblem(await post(input({ email: 'eve@example.com' })), 409);
    expect(await databaseDigest(t.db)).toEqual(before);
    expect(await t.db.system((tx) => issueSetupToken(tx))).toBeNull();
  });
});
