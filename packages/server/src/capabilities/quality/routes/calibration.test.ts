import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../../test/harness';
import { claimNext } from '../services/reviews';

describe('calibration sets', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let lead: TestPerson;
  let veteran: TestPerson;
  let workflowId: string;
  const truth = new Map<string, boolean>();

  const review = async (who: TestPerson, defect: boolean) => {
    const item = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/queue/next`,
      headers: who.headers,
    });
    if (item.statusCode !== 200) return item;
    const id = item.json().output.id as string;
    truth.set(id, defect);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${id}/reviews`,
      headers: who.headers,
      payload: { answers: { accurate: !defect }, timeSpentMs: 100 },
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    lead = await createOrganizationWithOwner(t.db);
    veteran = await createMember(t.db, lead.organizationId, 'reviewer');
    workflowId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/workflows',
        headers: lead.headers,
        payload: { name: 'Needs analyses' },
      })
    ).json().id;
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/standards`,
      headers: lead.headers,
      // A lenient monitor so the run of defects below does not raise an alarm.
      payload: {
        criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.2,
        policy: 'full',
        doubleReviewFraction: 0,
        monitor: { p0: 0.45, p1: 0.9, falseAlarmsPer100k: 1 },
      },
    });
    const token = await createTokenHeaders(t.db, lead.organizationId, 'contributor');
    const outputs = Array.from({ length: 12 }, (_, i) => ({ clientId: `n-${i}`, content: `Analysis ${i}` }));
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/outputs/batch`,
      headers: token.headers,
      payload: { outputs },
    });
    for (let i = 0; i < 6; i++) expect((await review(veteran, i % 2 === 0)).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('promotes agreed reviewed outputs to gold, refusing unreviewed ones and reviewers below lead', async () => {
    const ids = [...truth.keys()];
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${ids[0]}/gold`,
      headers: veteran.headers,
      payload: {},
    });
    expect(denied.statusCode).toBe(403);
    for (const id of ids) {
      const promoted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/outputs/${id}/gold`,
        headers: lead.headers,
        payload: { note: 'clear case' },
      });
      expect(promoted.statusCode, promoted.body).toBe(201);
      expect(promoted.json().defect).toBe(truth.get(id));
    }
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${ids[0]}/gold`,
      headers: lead.headers,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
  });

  it('makes a new reviewer pass a calibration round before the queue, and shows the result to them and the lead', async () => {
    const newcomer = await createMember(t.db, lead.organizationId, 'reviewer');
    const waiting = await createMember(t.db, lead.organizationId, 'reviewer');
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/queue/next`,
      headers: newcomer.headers,
    });
    // Calibration first is a state of the queue, answered in the body (200), not an error; nothing is claimed.
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toEqual({
      state: 'calibration-required',
      detail: 'Take this workflow’s calibration round before reviewing its queue.',
    });

    const round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/calibration`,
        headers: newcomer.headers,
      })
    ).json();
    expect(round.items).toHaveLength(6);
    expect(round.items[0].standard).toEqual({
      version: 1,
      criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
    });
    expect(round.items.every((i: { goldVerdict: boolean | null }) => i.goldVerdict === null)).toBe(true);
    let last = round;
    for (const [index, item] of round.items.entries()) {
      const defect = truth.get(item.output.id)!;
      const judged = index === 0 ? !defect : defect; // one mistake of six: 83% ≥ 80%
      const answer = await t.app.inject({
        method: 'POST',
        url: `/api/v1/calibration-rounds/${round.id}/judgments`,
        headers: newcomer.headers,
        payload: { goldItemId: item.goldItemId, answers: { accurate: !judged } },
      });
      expect(answer.statusCode, answer.body).toBe(200);
      last = answer.json();
    }
    expect(last).toMatchObject({ status: 'passed', correct: 5, total: 6 });
    expect(last.items.every((i: { goldVerdict: boolean | null }) => i.goldVerdict !== null)).toBe(true);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calibration-rounds/${round.id}/judgments`,
      headers: newcomer.headers,
      payload: { goldItemId: round.items[0].goldItemId, answers: { accurate: true } },
    });
    expect(again.statusCode).toBe(409);

    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/workflows/${workflowId}/queue/next`,
          headers: newcomer.headers,
        })
      ).statusCode,
    ).toBe(200);

    const leadView = (
      await t.app.inject({ url: `/api/v1/workflows/${workflowId}/calibration`, headers: lead.headers })
    ).json();
    const row = leadView.reviewers.find((r: { reviewerId: string }) => r.reviewerId === newcomer.userId);
    expect(row).toMatchObject({ latestStatus: 'passed', latestCorrect: 5, latestTotal: 6, judged: 6 });
    // A reviewer who has not started is listed too, so the lead sees who still has a round to take.
    expect(
      leadView.reviewers.find((r: { reviewerId: string }) => r.reviewerId === waiting.userId),
    ).toMatchObject({ latestStatus: 'not_started', latestCorrect: null, latestTotal: 0, judged: 0 });
    // 3 defects and 3 clean gold items; the one mistake is on the first item.
    const firstWasDefect = truth.get(round.items[0].output.id)!;
    expect(row.sensitivity.estimate).toBeCloseTo(firstWasDefect ? 2 / 3 : 1, 12);
    expect(row.specificity.estimate).toBeCloseTo(firstWasDefect ? 1 : 2 / 3, 12);
    const ownView = (
      await t.app.inject({ url: `/api/v1/workflows/${workflowId}/calibration`, headers: newcomer.headers })
    ).json();
    expect(ownView.reviewers.map((r: { reviewerId: string }) => r.reviewerId)).toEqual([newcomer.userId]);
  });

  it('refuses a judgment on an item outside the round, and a round of another reviewer (404)', async () => {
    const other = await createMember(t.db, lead.organizationId, 'reviewer');
    const round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/calibration`,
        headers: other.headers,
      })
    ).json();
    const outside = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calibration-rounds/${round.id}/judgments`,
      headers: other.headers,
      payload: { goldItemId: '00000000-0000-4000-8000-000000000000', answers: { accurate: true } },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('body.goldItemId');
    const stranger = await createMember(t.db, lead.organizationId, 'reviewer');
    const theirs = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calibration-rounds/${round.id}/judgments`,
      headers: stranger.headers,
      payload: { goldItemId: round.items[0].goldItemId, answers: { accurate: true } },
    });
    expect(theirs.statusCode).toBe(404);
  });

  it('serves a gold item blind in the queue and records the verdict as a calibration judgment, once', async () => {
    const calibrated = await createMember(t.db, lead.organizationId, 'reviewer');
    const round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/calibration`,
        headers: calibrated.headers,
      })
    ).json();
    for (const item of round.items) {
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/calibration-rounds/${round.id}/judgments`,
        headers: calibrated.headers,
        payload: { goldItemId: item.goldItemId, answers: { accurate: !truth.get(item.output.id) } },
      });
    }
    const ctx = {
      organizationId: lead.organizationId,
      role: 'reviewer' as const,
      actor: { type: 'user' as const, id: calibrated.userId, name: 'R' },
      requestId: 't',
    };
    const claimed = await t.db.tenant(lead.organizationId, (tx) => claimNext(tx, ctx, workflowId, 1));
    expect(claimed!.kind).toBe('sampled');
    expect(truth.has(claimed!.output.id)).toBe(true);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/outputs/${claimed!.output.id}/reviews`,
      headers: calibrated.headers,
      payload: { answers: { accurate: true }, timeSpentMs: 50 },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const [row] = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM gold_judgments WHERE context = 'queue' AND reviewer_id = ${calibrated.userId}`,
      ),
    );
    expect(row!.n).toBe(1);
    const [reviewsOfIt] = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM reviews WHERE output_id = ${claimed!.output.id}`,
      ),
    );
    expect(reviewsOfIt!.n).toBe(1);
    // Judged once in the queue, it is not served again.
    const next = await t.db.tenant(lead.organizationId, (tx) => claimNext(tx, ctx, workflowId, 1));
    expect(next?.output.id).not.toBe(claimed!.output.id);
  });

  it('judges each item with the rubric of the standard version it was reviewed under, after a revision', async () => {
    const revised = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workflows/${workflowId}/standards`,
      headers: lead.headers,
      payload: {
        criteria: [
          { key: 'grounded', label: 'Grounded in the sources', kind: 'pass_fail', severity: 'critical' },
        ],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.2,
        policy: 'full',
        doubleReviewFraction: 0,
      },
    });
    expect(revised.json().version).toBe(2);
    const later = await createMember(t.db, lead.organizationId, 'reviewer');
    const round = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/workflows/${workflowId}/calibration`,
        headers: later.headers,
      })
    ).json();
    expect(round.items.map((i: { standard: { version: number } }) => i.standard.version)).toEqual(
      new Array(round.items.length).fill(1),
    );
    const judge = (answers: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/calibration-rounds/${round.id}/judgments`,
        headers: later.headers,
        payload: { goldItemId: round.items[0].goldItemId, answers },
      });
    expect((await judge({ grounded: true })).statusCode).toBe(400);
    expect((await judge({ accurate: true })).statusCode).toBe(200);
  });
});
