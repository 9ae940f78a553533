import { MIN_MEASUREMENTS } from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithOwner, createTestApp, type TestPerson } from '../../../test/harness';
import { listApplicationEvidence } from '../services/evidence';
import { createTestApplication } from '../test/evidence';
import { demoWindows, seedEvidence } from './evidence';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe('the demo’s pilot evidence', () => {
  let t: TestApp;
  let owner: TestPerson;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('windows the baseline before the pilot, both in the past', () => {
    const w = demoWindows(new Date('2026-11-24T12:00:00Z'));
    expect(w).toEqual({
      baseline: { start: '2026-01-24', end: '2026-06-10' },
      pilot: { start: '2026-06-25', end: '2026-11-17' },
    });
  });

  it('records months of measurements through the services, so that every grade and method appears', async () => {
    const pilots = {
      contentDrafting: await createTestApplication(t.db, owner, 'Content drafting'),
      needsAnalysis: await createTestApplication(t.db, owner, 'Needs analysis'),
      stakeholderUpdates: await createTestApplication(t.db, owner, 'Stakeholder updates'),
    };
    const ctx = {
      organizationId: owner.organizationId,
      role: owner.role,
      actor: { type: 'system' as const, id: null, name: 'demo' },
      requestId: 'demo',
    };
    await t.db.tenant(owner.organizationId, (tx) =>
      seedEvidence(tx, ctx, pilots, { today: new Date('2026-11-24T12:00:00Z') }),
    );
    const all = await t.db.tenant(owner.organizationId, async (tx) => [
      ...(await listApplicationEvidence(tx, ctx, pilots.contentDrafting)).items,
      ...(await listApplicationEvidence(tx, ctx, pilots.needsAnalysis)).items,
      ...(await listApplicationEvidence(tx, ctx, pilots.stakeholderUpdates)).items,
    ]);
    const named = (name: string) => all.find((e) => e.metric.name === name);
    expect(all).toHaveLength(5);
    if (process.env.SHOW_CLAIMS) for (const e of all) console.log(e.claim, '|', e.grading.reason);
    const hours = named('Hours to draft a module');
    const approvals = named('Modules approved at first review');
    expect(hours!.grading.grade).toBe('controlled');
    // Properties the grade rests on, not the seed's own counts: every window of a controlled comparison has
    // at least the minimum, and the concurrent comparison group is smaller than the pilot group.
    expect(hours!.counts.baseline).toBeGreaterThanOrEqual(MIN_MEASUREMENTS);
    expect(hours!.counts.pilot).toBeGreaterThanOrEqual(MIN_MEASUREMENTS);
    expect(hours!.counts.comparison).toBeGreaterThanOrEqual(MIN_MEASUREMENTS);
    expect(hours!.counts.comparison).toBeLessThan(hours!.counts.pilot);
    expect(hours!.claim).toMatch(/× faster .*controlled comparison$/);
    expect(hours!.verdict).toBe('improved');
    expect(approvals!.grading.grade).toBe('before-after');
    expect(approvals!.comparison!.method).toBe('newcombe');
    const days = named('Days from request to needs analysis');
    const satisfaction = named('Requester satisfaction');
    expect(days!.comparison!.method).toBe('bootstrap-bca');
    expect(days!.verdict).toBe('improved');
    expect(satisfaction!.grading.grade).toBe('before-after');
    const minutes = named('Minutes to write the weekly update');
    expect(minutes!.grading.grade).toBe('anecdote');
    // An anecdote because a window is short of the minimum, not because nothing was measured.
    expect(minutes!.grading.reason).toMatch(/^Too few/);
    expect(minutes!.counts.baseline).toBeGreaterThan(0);
    expect(Math.min(minutes!.counts.baseline, minutes!.counts.pilot)).toBeLessThan(MIN_MEASUREMENTS);
  });
});
