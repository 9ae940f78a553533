import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../platform/db/types';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { cachedExecutiveSummary, SUMMARY_TTL_MS } from './executive-summary';

/** The executive summary is kept between reads and forgotten on the organization's next write. */
describe.each(testEngines())('executive summary kept between reads (%s)', (engine: Engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let other: TestPerson;
  const summary = async (person: TestPerson) => {
    const response = await t.app.inject({ url: '/api/v1/executive-summary', headers: person.headers });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      generatedAt: string;
      portfolio: Array<{ stage: string; count: number; applications: string[] }>;
    };
  };
  const idea = (s: Awaited<ReturnType<typeof summary>>) => s.portfolio.find((p) => p.stage === 'idea')!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    other = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('answers a second read from the kept summary, with no new work', async () => {
    const first = await summary(owner);
    let tenantCalls = 0;
    const tenant = t.db.tenant.bind(t.db);
    t.db.tenant = (organizationId, fn) => {
      tenantCalls++;
      return tenant(organizationId, fn);
    };
    try {
      const second = await summary(owner);
      expect(second.generatedAt).toBe(first.generatedAt);
      expect(second).toEqual(first);
      expect(tenantCalls).toBe(0);
    } finally {
      t.db.tenant = tenant;
    }
  });

  it('forgets it when the organization writes, and only that organization', async () => {
    const before = await summary(owner);
    const otherBefore = await summary(other);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: owner.headers,
      payload: { name: 'Glossary drafting' },
    });
    expect(created.statusCode).toBe(201);
    const after = await summary(owner);
    expect(idea(after).count).toBe(idea(before).count + 1);
    expect(idea(after).applications).toContain('Glossary drafting');
    // The other organization's summary is still the one kept.
    expect((await summary(other)).generatedAt).toBe(otherBefore.generatedAt);
  });

  it('a failed write keeps it; the kept summary ages out after the TTL', async () => {
    const before = await summary(owner);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: owner.headers,
      payload: { name: '' },
    });
    expect(refused.statusCode).toBe(400);
    expect((await summary(owner)).generatedAt).toBe(before.generatedAt);

    // As a viewer: a key no request above has filled, so the clock below is the only one that counts.
    const ctx = {
      organizationId: owner.organizationId,
      role: 'viewer' as const,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    const now = new Date();
    const kept = await cachedExecutiveSummary(t.db, ctx, now);
    expect(await cachedExecutiveSummary(t.db, ctx, new Date(now.getTime() + SUMMARY_TTL_MS - 1))).toBe(kept);
    const later = new Date(now.getTime() + SUMMARY_TTL_MS);
    const fresh = await cachedExecutiveSummary(t.db, ctx, later);
    expect(fresh).not.toBe(kept);
    expect(fresh.generatedAt).toEqual(later);
  });
});
