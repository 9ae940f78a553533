import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { createMember, createOrganizationWithOwner, createTestApp } from '../../../test/harness';
import { createWorkflow } from '../../quality/services/workflows';
import { seedPortfolio } from './portfolio';

describe('the demo portfolio', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let organizationId: string;
  let quizWorkflowId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const owner = await createOrganizationWithOwner(t.db);
    const lead = await createMember(t.db, owner.organizationId, 'lead');
    organizationId = owner.organizationId;
    const ctxOf = (userId: string, role: 'owner' | 'lead') => ({
      organizationId,
      role,
      actor: { type: 'user' as const, id: userId, name: role },
      requestId: 'demo',
    });
    const ctx = { owner: ctxOf(owner.userId, 'owner'), lead: ctxOf(lead.userId, 'lead') };
    quizWorkflowId = (
      await t.db.tenant(organizationId, (tx) => createWorkflow(tx, ctx.lead, { name: 'Draft quiz items' }))
    ).id;
    await seedPortfolio(t.db, ctx, { workflows: { 'Draft quiz items': quizWorkflowId } });
  });
  afterAll(() => t.close());

  it('holds the three pilots and four more applications at their stages, each move with a reason', async () => {
    const rows = await t.db.system((tx) =>
      selectRows<{ name: string; stage: string; moves: number }>(
        tx,
        sql`SELECT a.name, a.stage, (SELECT count(*)::int FROM application_stage_transitions s WHERE s.application_id = a.id) AS moves
            FROM applications a WHERE a.organization_id = ${organizationId} ORDER BY a.name`,
      ),
    );
    expect(rows).toEqual([
      { name: 'AI-assisted needs analysis', stage: 'pilot', moves: 2 },
      { name: 'AI-drafted course content', stage: 'expanding', moves: 3 },
      { name: 'Automated stakeholder updates', stage: 'pilot', moves: 2 },
      { name: 'Meeting notes summaries', stage: 'scaled', moves: 4 },
      { name: 'Onboarding Q&A assistant', stage: 'idea', moves: 0 },
      { name: 'Personalised compliance refreshers', stage: 'retired', moves: 3 },
      { name: 'Translation of course materials', stage: 'evaluating', moves: 1 },
    ]);
  });

  it('makes the quality demo’s workflow a task of the course-content pilot and shares a saved view', async () => {
    const [task] = await t.db.system((tx) =>
      selectRows<{ name: string }>(
        tx,
        sql`SELECT a.name FROM workflows w JOIN applications a ON a.id = w.application_id WHERE w.id = ${quizWorkflowId}`,
      ),
    );
    expect(task?.name).toBe('AI-drafted course content');
    const views = await t.db.system((tx) =>
      selectRows<{ name: string; shared: boolean }>(
        tx,
        sql`SELECT name, shared FROM application_saved_views WHERE organization_id = ${organizationId}`,
      ),
    );
    expect(views).toEqual([{ name: 'Pilots and expansions', shared: true }]);
  });
});
