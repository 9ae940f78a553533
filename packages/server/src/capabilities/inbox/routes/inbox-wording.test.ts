import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { submitDecisionRequest, withdrawDecisionRequest } from '../../decisions/services/decision-requests';
import { createApplication } from '../../portfolio/services/applications';

const ctxOf = (person: TestPerson): OrgContext => ({
  organizationId: person.organizationId,
  role: 'owner',
  actor: { type: 'user', id: person.userId, name: 'The owner' },
  requestId: 'test',
});

describe.each(testEngines())('inbox wording follows the request (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  const inbox = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: owner.headers });
    expect(res.statusCode).toBe(200);
    return res.json().items as Array<{ kind: string; title: string; body: string }>;
  };

  it('stops saying "Approval needed" once the request is no longer waiting', async () => {
    const ctx = ctxOf(owner);
    const request = await t.db.tenant(owner.organizationId, async (tx) => {
      const app = await createApplication(tx, ctx, {
        name: 'Needs analysis',
        stage: 'evaluating',
        riskTier: 'medium',
      });
      // Medium risk: it waits for an approver (the owner), who is asked in the inbox.
      const r = await submitDecisionRequest(tx, ctx, {
        decisionType: 'admit_to_pilot',
        applicationId: app.id,
        title: 'Admit the needs analysis',
      });
      return r;
    });
    const waiting = (await inbox()).find((n) => n.kind === 'decision.requested')!;
    expect(waiting.title).toBe('Approval needed: Admit the needs analysis');
    await t.db.tenant(owner.organizationId, (tx) =>
      withdrawDecisionRequest(tx, ctx, request.id, request.version),
    );
    const after = (await inbox()).filter((n) => n.kind === 'decision.requested');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((n) => n.title === 'Withdrawn: Admit the needs analysis')).toBe(true);
    expect(after[0]!.body).toMatch(/^No action needed: the request was withdrawn\./);
  });
});
