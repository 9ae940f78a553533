import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { decisionRights } from '../../decisions/decisions-schema';
import { call, createTestApplication, needsAnalysisExperiment } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Proposal {
  id: string;
  status: string;
  targetId: string;
  decisionRequestId: string | null;
  decidedBy: { id: string } | null;
  decisionNote: string;
}
interface RequestDetail {
  request: {
    id: string;
    decisionType: string;
    tier: string;
    status: string;
    version: number;
    title: string;
    payload: Record<string, unknown>;
  };
  origin: {
    kind: string;
    id: string;
    status: string;
    insight: { id: string; statement: string };
    link: string;
  } | null;
  canDecide: boolean;
}

const GATE_CHANGE = {
  target: 'gate_threshold',
  targetId: 'pilot-to-expanding',
  subject: 'Pilot → expanding: preparation-time reduction',
  change: 'Require a 40% reduction in preparation time (was 25%).',
};

describe.each(testEngines())('change proposals go through the decision-rights flow on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;
  let secondLead: TestPerson;
  let contributor: TestPerson;
  let stranger: TestPerson;
  let insightId: string;

  const propose = (who: TestPerson, body: object = GATE_CHANGE) =>
    call<Proposal>(t, who, 'POST', `/api/v1/insights/${insightId}/proposals`, body);
  const requestOf = (who: TestPerson, id: string) =>
    call<RequestDetail>(t, who, 'GET', `/api/v1/decisions/requests/${id}`);
  const proposalsOf = async () =>
    (await call<{ proposals: Proposal[] }>(t, contributor, 'GET', `/api/v1/insights/${insightId}`)).proposals;
  const decide = (who: TestPerson, requestId: string, verdict: 'approve' | 'reject', comment: string) =>
    call(
      t,
      who,
      'POST',
      `/api/v1/decisions/requests/${requestId}/decision`,
      { version: 1, verdict, comment },
      200,
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    secondLead = await createMember(t.db, owner.organizationId, 'lead');
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    stranger = await createOrganizationWithOwner(t.db);
    const app = await createTestApplication(t.db, owner, 'Needs-analysis assistant', { stage: 'pilot' });
    const experiment = await call<{ id: string }>(
      t,
      contributor,
      'POST',
      '/api/v1/experiments',
      needsAnalysisExperiment(app.id),
    );
    const insight = await call<{ id: string }>(t, contributor, 'POST', '/api/v1/insights', {
      statement: 'AI-drafted interview guides halve needs-analysis preparation',
      evidence: [{ kind: 'experiment', entityId: experiment.id, stance: 'supporting' }],
    });
    insightId = insight.id;
    await call(t, lead, 'POST', `/api/v1/insights/${insightId}/status`, { status: 'confirmed' }, 200);
  });
  afterAll(() => t.close());

  it('opens a change_rule decision request for the proposal, linked both ways, in one audited transaction', async () => {
    const since = await lastAuditId(t.db, owner.organizationId);
    const proposal = await propose(lead);
    expect(proposal).toMatchObject({ status: 'proposed', targetId: 'pilot-to-expanding', decidedBy: null });
    expect(proposal.decisionRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await auditEventsSince(t.db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'change_proposal.created',
      'decision_request.submitted',
    ]);
    const detail = await requestOf(contributor, proposal.decisionRequestId!);
    expect(detail.request).toMatchObject({
      decisionType: 'change_rule',
      tier: 'medium',
      status: 'pending',
      title: 'Change a gate threshold: Pilot → expanding: preparation-time reduction',
    });
    expect(detail.request.payload).toMatchObject({
      changeProposalId: proposal.id,
      insightId,
      target: 'gate_threshold',
      targetId: 'pilot-to-expanding',
      change: GATE_CHANGE.change,
    });
    expect(detail.origin).toEqual({
      kind: 'change_proposal',
      id: proposal.id,
      target: 'gate_threshold',
      subject: GATE_CHANGE.subject,
      status: 'proposed',
      insight: { id: insightId, statement: 'AI-drafted interview guides halve needs-analysis preparation' },
      link: `/learning/insights/${insightId}`,
    });
    const inbox = await call<{ items: { kind: string; link: string }[] }>(
      t,
      owner,
      'GET',
      '/api/v1/notifications',
    );
    expect(inbox.items).toContainEqual(
      expect.objectContaining({
        kind: 'decision.requested',
        link: `/decisions/requests/${proposal.decisionRequestId}`,
      }),
    );
  });

  it('has no other way to decide a proposal: the old direct decision is gone', async () => {
    const [proposal] = await proposalsOf();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/change-proposals/${proposal!.id}/decision`,
      headers: owner.headers,
      payload: { status: 'accepted' },
    });
    expect(res.statusCode).toBe(404);
    expect((await proposalsOf())[0]!.status).toBe('proposed');
  });

  it('follows the request: the proposer and a Responsible lead cannot approve, the Accountable owner can', async () => {
    const [proposal] = await proposalsOf();
    const requestId = proposal!.decisionRequestId!;
    const own = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/requests/${requestId}/decision`,
      headers: lead.headers,
      payload: { version: 1, verdict: 'approve' },
    });
    expectProblem(own, 403);
    const responsible = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/requests/${requestId}/decision`,
      headers: secondLead.headers,
      payload: { version: 1, verdict: 'approve' },
    });
    expect(expectProblem(responsible, 403).detail).toMatch(/Accountable/);
    const since = await lastAuditId(t.db, owner.organizationId);
    await decide(owner, requestId, 'approve', 'Agreed at the portfolio review');
    expect((await auditEventsSince(t.db, owner.organizationId, since)).map((e) => e.action)).toEqual([
      'decision_request.approval_given',
      'change_proposal.accepted',
      'decision_request.approved',
    ]);
    const [accepted] = await proposalsOf();
    expect(accepted).toMatchObject({
      status: 'accepted',
      decidedBy: { id: owner.userId },
      decisionNote: 'Agreed at the portfolio review',
    });
    expect((await requestOf(lead, requestId)).origin?.status).toBe('accepted');
  });

  it('goes back to proposed when the approved request is edited, and follows a rejection', async () => {
    const [proposal] = await proposalsOf();
    const requestId = proposal!.decisionRequestId!;
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/decisions/requests/${requestId}`,
      headers: lead.headers,
      payload: { version: 1, title: 'Change a gate threshold: require 35%' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await proposalsOf())[0]).toMatchObject({ status: 'proposed', decidedBy: null });
    await call(
      t,
      owner,
      'POST',
      `/api/v1/decisions/requests/${requestId}/decision`,
      { version: 2, verdict: 'reject', comment: 'Too strict for small teams' },
      200,
    );
    expect((await proposalsOf())[0]).toMatchObject({
      status: 'rejected',
      decisionNote: 'Too strict for small teams',
    });
  });

  it('follows a withdrawal', async () => {
    const proposal = await propose(contributor, { ...GATE_CHANGE, targetId: undefined });
    expect(proposal.targetId).toBe('');
    await call(
      t,
      contributor,
      'POST',
      `/api/v1/decisions/requests/${proposal.decisionRequestId}/withdraw`,
      { version: 1 },
      200,
    );
    const found = (await proposalsOf()).find((p) => p.id === proposal.id);
    expect(found?.status).toBe('withdrawn');
  });

  it('refuses another organization’s application and an unconfirmed insight, changing nothing', async () => {
    const theirs = await createTestApplication(t.db, stranger, 'Their app');
    const before = await databaseDigest(t.db);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/insights/${insightId}/proposals`,
        headers: lead.headers,
        payload: { ...GATE_CHANGE, applicationId: theirs.id },
      }),
      400,
      'body.applicationId',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/insights/${insightId}/proposals`,
        headers: lead.headers,
        payload: { ...GATE_CHANGE, targetId: 'x'.repeat(201) },
      }),
      400,
      'body.targetId',
    );
    const emerging = await call<{ id: string }>(t, contributor, 'POST', '/api/v1/insights', {
      statement: 'Not yet sure',
    });
    const mid = await databaseDigest(t.db);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/insights/${emerging.id}/proposals`,
        headers: lead.headers,
        payload: GATE_CHANGE,
      }),
      409,
    );
    expect(await databaseDigest(t.db)).toEqual(mid);
    expect(mid).not.toEqual(before);
    expectProblem(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/decisions/requests/${(await proposalsOf())[0]!.decisionRequestId}`,
        headers: stranger.headers,
      }),
      404,
    );
  });

  it('gives a grid saved before change_rule existed the default rights for it', async () => {
    const grid = await call<{
      cells: { decisionType: string; orgUnitId: string | null; role: string; letter: string }[];
    }>(t, owner, 'GET', '/api/v1/decisions/rights');
    const saved = grid.cells
      .filter((c) => c.decisionType !== 'change_rule')
      .map((c) =>
        c.decisionType === 'retire' && c.role === 'owner'
          ? { ...c, letter: 'R' }
          : c.decisionType === 'retire' && c.role === 'admin'
            ? { ...c, letter: 'A' }
            : c,
      );
    // Stored directly, as a grid saved by an older version would be.
    await t.db.tenant(owner.organizationId, async (tx) => {
      await tx.delete(decisionRights).where(eq(decisionRights.organizationId, owner.organizationId));
      await tx.insert(decisionRights).values(
        saved.map((c) => ({
          organizationId: owner.organizationId,
          decisionType: c.decisionType as 'retire',
          orgUnitId: c.orgUnitId,
          role: c.role as 'owner',
          letter: c.letter as 'A',
        })),
      );
    });
    const after = await call<{ cells: { decisionType: string; role: string; letter: string }[] }>(
      t,
      owner,
      'GET',
      '/api/v1/decisions/rights',
    );
    expect(after.cells.filter((c) => c.decisionType === 'change_rule' && c.letter === 'A')).toEqual([
      expect.objectContaining({ role: 'owner' }),
    ]);
    expect(after.cells.find((c) => c.decisionType === 'retire' && c.letter === 'A')?.role).toBe('admin');
    const proposal = await propose(lead);
    expect((await requestOf(owner, proposal.decisionRequestId!)).canDecide).toBe(true);
  });
});
