import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { createMember, createOrganizationWithOwner, createTestApp } from '../../../test/harness';
import { seedCapacity } from '../../capacity/demo/capacity';
import { createApplication } from '../../portfolio/services/applications';
import { getPlanForApplication } from '../services/expansion-plans';
import { listGateDecisions } from '../services/gate-decisions';
import { createFullyReviewedWorkflow, personContext, reviewOutputs } from '../test/sequencing-seed';
import { seedSequencing } from './sequencing';

describe('the sequencing demo', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  afterAll(() => t.close());
  let lead: OrgContext;
  let owner: OrgContext;
  let units: Record<string, string>;
  let pilots: { contentDrafting: string; needsAnalysis: string; stakeholderUpdates: string };
  const now = new Date();

  beforeAll(async () => {
    t = await createTestApp('pglite');
    const o = await createOrganizationWithOwner(t.db);
    const l = await createMember(t.db, o.organizationId, 'lead');
    const r = await createMember(t.db, o.organizationId, 'reviewer');
    owner = personContext(o.organizationId, o.userId, 'owner', 'Owner');
    lead = personContext(o.organizationId, l.userId, 'lead', 'Lead');
    // Course design's and Learner support's pulses go to their members with an account; a round needs 3.
    const designers: string[] = [];
    const support: string[] = [];
    for (const people of [designers, support])
      for (let i = 0; i < 4; i++)
        people.push((await createMember(t.db, o.organizationId, 'contributor')).userId);
    const capacity = await t.db.tenant(o.organizationId, (tx) =>
      seedCapacity(tx, lead, { memberIds: [l.userId, ...designers], supportIds: support, now, seed: 2026 }),
    );
    units = Object.fromEntries([capacity.division, ...capacity.teams].map((u) => [u.name, u.id]));
    const [content, needs, updates] = await t.db.tenant(o.organizationId, async (tx) => [
      await createApplication(tx, lead, { name: 'AI-drafted course content', stage: 'pilot' }),
      await createApplication(tx, lead, { name: 'AI-assisted needs analysis', stage: 'pilot' }),
      await createApplication(tx, lead, { name: 'Automated stakeholder updates', stage: 'pilot' }),
    ]);
    pilots = { contentDrafting: content!.id, needsAnalysis: needs!.id, stakeholderUpdates: updates!.id };
    const pipeline: OrgContext = {
      ...lead,
      role: 'contributor',
      actor: { type: 'token', id: null, name: 'pipeline' },
    };
    const reviewer = personContext(o.organizationId, r.userId, 'reviewer', 'Reviewer');
    const quiz = await createFullyReviewedWorkflow(t.db, lead, content!.id, 'Draft quiz items');
    await reviewOutputs(t.db, pipeline, reviewer, quiz.id, 120, 0, 'q');
    const summaries = await createFullyReviewedWorkflow(t.db, lead, needs!.id, 'Needs-analysis summaries');
    await reviewOutputs(t.db, pipeline, reviewer, summaries.id, 40, 0, 'n');
  }, 240_000);

  it('advances the course-content pilot and holds needs analysis on Course design’s capacity', async () => {
    const result = await seedSequencing(t.db, { lead, owner }, { pilots, units, now });
    expect(result.contentGate.recommendation).toBe('advance');
    expect(result.needsGate).toMatchObject({ recommendation: 'hold', because: ['capacity'] });
    expect(result.needsGate.criteria.find((c) => c.kind === 'capacity')!.summary).toMatch(
      /^Course design would be over/,
    );
    await t.db.tenant(lead.organizationId, async (tx) => {
      const content = (await getPlanForApplication(tx, lead, pilots.contentDrafting))!;
      expect(content.stages.map((s) => s.status)).toEqual(['completed', 'running', 'planned', 'planned']);
      expect(content.running!.units.map((u) => u.name)).toEqual(['Learner support']);
      const needs = (await getPlanForApplication(tx, lead, pilots.needsAnalysis))!;
      expect((await listGateDecisions(tx, lead, needs.plan.id)).map((d) => d.outcome)).toEqual(['hold']);
      const updates = (await getPlanForApplication(tx, lead, pilots.stakeholderUpdates))!;
      expect(updates.plan.status).toBe('draft');
      expect(updates.stages[1]!.dependsOn.map((d) => d.stageId)).toEqual([content.stages[1]!.id]);
      // Each stage reaches more people than the one before, so its expected value grows; the first is the
      // pilot itself, valued at nothing yet.
      const values = updates.stages.map((s) => s.expectedValue);
      expect(values[0]).toBe(0);
      for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    });
  });
});
