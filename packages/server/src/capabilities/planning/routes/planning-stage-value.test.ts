import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../platform/auth/roles';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createApplication } from '../../portfolio/services/applications';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const day = (start: string, offset: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

// A fresh organization's plan used to get stages worth 0, so the optimizer scheduled nothing ("its value ×
// confidence is 0"). The plan now asks for each stage's value, defaulting to what the evidence shows.
describe.each(testEngines())('a new plan’s stage values on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let withEvidence: string;
  let bare: string;

  const send = async (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: owner.headers, ...(payload ? { payload } : {}) });
  const created = async (url: string, payload: object) => {
    const res = await send('POST', url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as Role,
      actor: { type: 'system' as const, id: null, name: 'test' },
      requestId: 'test',
    };
    const app = (name: string) =>
      t.db.tenant(owner.organizationId, (tx) => createApplication(tx, ctx, { name, stage: 'pilot' }));
    withEvidence = (await app('Module drafting')).id;
    bare = (await app('Needs analysis')).id;
    const metric = await created(`/api/v1/applications/${withEvidence}/metrics`, {
      name: 'Hours to draft a module',
      unit: 'h',
      kind: 'duration',
      better: 'lower',
      windows: {
        baseline: { start: '2026-01-01', end: '2026-01-31' },
        pilot: { start: '2026-03-01', end: '2026-04-30' },
      },
    });
    // Baseline: 10 modules at 9 or 11 h (mean 10). Pilot: 12 modules at 3 or 5 h (mean 4), measured from
    // 1 March to 30 April (61 days).
    const measurements = [
      ...Array.from({ length: 10 }, (_, i) => ({
        window: 'baseline',
        measuredOn: day('2026-01-01', i * 3),
        value: i % 2 ? 11 : 9,
        clientId: `b${i}`,
      })),
      ...Array.from({ length: 12 }, (_, i) => ({
        window: 'pilot',
        measuredOn: day('2026-03-01', i === 11 ? 60 : i * 5),
        value: i % 2 ? 5 : 3,
        clientId: `p${i}`,
      })),
    ];
    await created(`/api/v1/metrics/${metric.id}/measurements/batch`, { measurements });
  });
  afterAll(() => t.close());

  it('derives the default from the evidence: hours saved per module × modules a month in the pilot', async () => {
    const res = await send('GET', `/api/v1/applications/${withEvidence}/stage-value-default`);
    expect(res.statusCode, res.body).toBe(200);
    // 6 h saved per module × 12 modules in 61 days (12 ÷ (61 ÷ 30.4375) = 5.988 a month) = 35.9 → 36.
    expect(res.json().hoursPerMonth).toBe(36);
    expect(res.json().basis).toMatch(/Hours to draft a module.*6\.0 h saved per measurement × 6\.0/);
    const none = (await send('GET', `/api/v1/applications/${bare}/stage-value-default`)).json();
    expect(none).toMatchObject({ hoursPerMonth: null });
    expect(none.basis).toMatch(/no evidence metric/);
  });

  it('gives a plan made without values the evidence default, and keeps the values given', async () => {
    const plan = await created('/api/v1/expansion-plans', { applicationId: withEvidence });
    expect(plan.stages.length).toBeGreaterThan(1);
    for (const s of plan.stages) expect(s.expectedValue).toBe(36);
    const given = await created('/api/v1/expansion-plans', {
      applicationId: bare,
      stageUnits: [
        { orgUnitIds: [], expectedValue: 40 },
        { orgUnitIds: [], expectedValue: 120 },
      ],
    });
    expect(given.stages.slice(0, 2).map((s: { expectedValue: number }) => s.expectedValue)).toEqual([
      40, 120,
    ]);
    // Stages left out get the default, which for an application without evidence is 0.
    expect(given.stages.slice(2).every((s: { expectedValue: number }) => s.expectedValue === 0)).toBe(true);
  });

  it('refuses a negative value, naming the field, and changes nothing', async () => {
    const other = await t.db.tenant(owner.organizationId, (tx) =>
      createApplication(
        tx,
        {
          organizationId: owner.organizationId,
          role: 'owner' as Role,
          actor: { type: 'system' as const, id: null, name: 'test' },
          requestId: 'test',
        },
        { name: 'Stakeholder updates', stage: 'pilot' },
      ),
    );
    const before = await databaseDigest(t.db);
    expectProblem(
      await send('POST', '/api/v1/expansion-plans', {
        applicationId: other.id,
        stageUnits: [{ orgUnitIds: [], expectedValue: -5 }],
      }),
      400,
      'body.stageUnits.0.expectedValue',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });
});
