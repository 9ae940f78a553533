import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_TTL_MS } from '../../../platform/auth/sessions';
import { auditEventsSince, expectJson, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { CurrentOrganization } from './organizations';

const MINUTE = 60_000;

describe.each(testEngines())('session limits per organization (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  /** The app's clock: tests move it instead of waiting. */
  let clock = Date.parse('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine, {}, { now: () => clock });
  });
  afterAll(() => t.close());

  const setLimits = (by: TestPerson, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/organization', headers: by.headers, payload });
  /** A session of `person` started now (by the app's clock), and a probe: 200 while it works, 204 (no session) once it has ended. */
  async function sessionOf(person: TestPerson) {
    const session = await t.db.system((tx) => createSession(tx, person.userId, new Date(clock)));
    return async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/session',
          headers: { cookie: `trellis_session=${session.token}` },
        })
      ).statusCode;
  }

  it('keeps the 14-day default when an organization sets nothing', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const works = await sessionOf(owner);
    clock += SESSION_TTL_MS - MINUTE;
    expect(await works()).toBe(200);
    clock += MINUTE;
    expect(await works()).toBe(204);
  });

  it('validates and audits the limits; only admins set them', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    expectProblem(await setLimits(owner, { sessionIdleMinutes: 4 }), 400, 'body.sessionIdleMinutes');
    expectProblem(await setLimits(owner, { sessionMaxMinutes: 20_161 }), 400, 'body.sessionMaxMinutes');
    expectProblem(await setLimits(owner, { sessionMaxMinutes: 1.5 }), 400, 'body.sessionMaxMinutes');
    const lead = await createMember(t.db, owner.organizationId, 'lead');
    expectProblem(await setLimits(lead, { sessionIdleMinutes: 30 }), 403);
    const since = await lastAuditId(t.db, owner.organizationId);
    const org = expectJson(
      await setLimits(owner, { sessionIdleMinutes: 30, sessionMaxMinutes: 480 }),
      200,
      CurrentOrganization,
    );
    expect(org).toMatchObject({ sessionIdleMinutes: 30, sessionMaxMinutes: 480 });
    const events = await auditEventsSince(t.db, owner.organizationId, since);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      [
        'organization.session_limits_changed',
        { sessionIdleMinutes: null, sessionMaxMinutes: null },
        { sessionIdleMinutes: 30, sessionMaxMinutes: 480 },
      ],
    ]);
    const reset = expectJson(await setLimits(owner, { sessionIdleMinutes: null }), 200, CurrentOrganization);
    expect(reset).toMatchObject({ sessionIdleMinutes: null, sessionMaxMinutes: 480 });
  });

  it('ends a session left idle for longer than the idle limit, and one older than the absolute limit', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    expectJson(
      await setLimits(owner, { sessionIdleMinutes: 30, sessionMaxMinutes: 120 }),
      200,
      CurrentOrganization,
    );
    const idle = await sessionOf(owner);
    clock += 29 * MINUTE;
    expect(await idle()).toBe(200); // used: the idle limit counts again from here
    clock += 29 * MINUTE;
    expect(await idle()).toBe(200);
    clock += 30 * MINUTE;
    expect(await idle()).toBe(204);

    const busy = await sessionOf(owner);
    for (let used = 0; used < 119; used += 17) {
      expect(await busy()).toBe(200);
      clock += 17 * MINUTE;
    }
    clock += 120 * MINUTE - 7 * 17 * MINUTE - MINUTE; // one minute before the absolute limit
    expect(await busy()).toBe(200);
    clock += MINUTE;
    expect(await busy()).toBe(204); // busy all along, but the absolute limit has come
  });

  it('applies the strictest limits of the organizations a person belongs to', async () => {
    const strict = await createOrganizationWithOwner(t.db);
    const relaxed = await createOrganizationWithOwner(t.db);
    const person = await createMember(t.db, relaxed.organizationId, 'viewer');
    const ctx = {
      organizationId: strict.organizationId,
      role: 'owner' as const,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    const { addMember } = await import('../services/members');
    await t.db.tenant(strict.organizationId, (tx) => addMember(tx, ctx, person.userId, 'viewer'));
    expectJson(await setLimits(strict, { sessionMaxMinutes: 60 }), 200, CurrentOrganization);
    const works = await sessionOf(person);
    clock += 59 * MINUTE;
    expect(await works()).toBe(200);
    clock += MINUTE;
    expect(await works()).toBe(204);
  });
});
