import { SELF_ASSESSMENT_QUESTIONS } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../platform/db/types';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { cachedDiagnostic } from './diagnostic';
import { cachedExecutiveSummary } from './executive-summary';
import { KEPT_TTL_MS } from './kept';

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
    expect(await cachedExecutiveSummary(t.db, ctx, new Date(now.getTime() + KEPT_TTL_MS - 1))).toBe(kept);
    const later = new Date(now.getTime() + KEPT_TTL_MS);
    const fresh = await cachedExecutiveSummary(t.db, ctx, later);
    expect(fresh).not.toBe(kept);
    expect(fresh.generatedAt).toEqual(later);
  });
});

/** The diagnostic page's read is kept the same way, and also forgotten when the month turns. */
describe.each(testEngines())('diagnostic kept between reads (%s)', (engine: Engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let other: TestPerson;
  const diagnostic = async (person: TestPerson) => {
    const response = await t.app.inject({ url: '/api/v1/diagnostic', headers: person.headers });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      generatedAt: string;
      maturity: Array<{ capability: string; selfScore: number | null }>;
    };
  };
  const countTenantCalls = async (run: () => Promise<void>) => {
    let calls = 0;
    const tenant = t.db.tenant.bind(t.db);
    t.db.tenant = (organizationId, fn) => {
      calls++;
      return tenant(organizationId, fn);
    };
    try {
      await run();
    } finally {
      t.db.tenant = tenant;
    }
    return calls;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    other = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('answers a second read from the kept diagnostic, with no new work', async () => {
    const first = await diagnostic(owner);
    const calls = await countTenantCalls(async () => {
      const second = await diagnostic(owner);
      expect(second).toEqual(first);
    });
    expect(calls).toBe(0);
  });

  it('forgets it when the organization writes, and only that organization', async () => {
    const before = await diagnostic(owner);
    expect(before.maturity.every((m) => m.selfScore === null)).toBe(true);
    const otherBefore = await diagnostic(other);
    const answers = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.key, 5]));
    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/diagnostic/self-assessments',
      headers: owner.headers,
      payload: { answers },
    });
    expect(taken.statusCode).toBe(201);
    const after = await diagnostic(owner);
    expect(after.maturity.every((m) => m.selfScore === 100)).toBe(true);
    expect((await diagnostic(other)).generatedAt).toBe(otherBefore.generatedAt);
  });

  it("ages out after the TTL and when the month turns, recording the new month's snapshot", async () => {
    // As a viewer: a key no request above has filled, so the clocks below are the only ones that count.
    const ctx = {
      organizationId: other.organizationId,
      role: 'viewer' as const,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    const now = new Date();
    const kept = await cachedDiagnostic(t.db, ctx, now);
    expect(await cachedDiagnostic(t.db, ctx, new Date(now.getTime() + KEPT_TTL_MS - 1))).toBe(kept);
    const later = new Date(now.getTime() + KEPT_TTL_MS);
    const fresh = await cachedDiagnostic(t.db, ctx, later);
    expect(fresh).not.toBe(kept);
    expect(fresh.generatedAt).toEqual(later);

    // The last millisecond of a month, then the first of the next: within the TTL, but another month.
    const endOfMonth = new Date(Date.UTC(2031, 4, 31, 23, 59, 59, 999));
    const may = await cachedDiagnostic(t.db, ctx, endOfMonth);
    const june = await cachedDiagnostic(t.db, ctx, new Date(endOfMonth.getTime() + 1));
    expect(june).not.toBe(may);
    const maturity = await t.app.inject({ url: '/api/v1/diagnostic/maturity', headers: other.headers });
    const months = (maturity.json() as { history: Array<{ month: string; reason: string }> }).history
      .filter((s) => s.reason === 'monthly')
      .map((s) => s.month);
    expect(months).toEqual(expect.arrayContaining(['2031-05', '2031-06']));
  });
});
