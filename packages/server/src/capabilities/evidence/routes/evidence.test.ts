import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId, someUuid } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createTestApplication } from '../test/evidence';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const windows = {
  baseline: { start: '2026-01-05', end: '2026-03-27' },
  pilot: { start: '2026-04-06', end: '2026-06-26' },
};
const hoursMetric = {
  name: 'Hours to draft a module',
  unit: 'h',
  kind: 'duration',
  better: 'lower',
  howMeasured: 'Time sheets per module, from brief to review-ready draft',
  windows,
};

/** Days of a window, one per measurement, cycling through its weekdays. */
const dayIn = (start: string, i: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (i % 60));
  return d.toISOString().slice(0, 10);
};
const baselineHours = [18, 22, 19.5, 25, 21, 17, 20, 23, 19, 21.5, 20.5, 18.5];
const pilotHours = [4.1, 3.6, 4.4, 5.0, 3.9, 4.2, 3.8, 4.6, 4.0, 3.7, 4.3, 4.5];
const batchOf = (window: 'baseline' | 'pilot', values: number[], prefix: string, group = 'pilot') =>
  values.map((value, i) => ({
    window,
    group,
    measuredOn: dayIn(windows[window].start, i),
    value,
    clientId: `${prefix}-${i}`,
  }));

describe('pilot evidence through the API (PGlite)', () => {
  let t: TestApp;
  let owner: TestPerson;
  let applicationId: string;

  const post = (url: string, payload: object, headers = owner.headers) =>
    t.app.inject({ method: 'POST', url, headers, payload });
  async function newMetric(overrides: object = {}) {
    const res = await post(`/api/v1/applications/${applicationId}/metrics`, { ...hoursMetric, ...overrides });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db);
    applicationId = await createTestApplication(t.db, owner);
  });
  afterAll(() => t.close());

  it('asks for sign-in, hides other organizations’ applications and lets only leads define metrics', async () => {
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${applicationId}/evidence`,
    });
    expectProblem(anonymous, 401);
    const stranger = await createOrganizationWithOwner(t.db);
    expectProblem(
      await post(`/api/v1/applications/${applicationId}/metrics`, hoursMetric, stranger.headers),
      404,
    );
    const metricId = await newMetric({ name: 'Hidden from strangers' });
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/metrics/${metricId}`, headers: stranger.headers }),
      404,
    );
    const contributor = await createMember(t.db, owner.organizationId, 'contributor');
    expectProblem(
      await post(`/api/v1/applications/${applicationId}/metrics`, hoursMetric, contributor.headers),
      403,
    );
    expectProblem(await post(`/api/v1/applications/${someUuid}/metrics`, hoursMetric), 404);
  });

  it('refuses bad metric definitions, naming the field, and audits a good one', async () => {
    const before = await databaseDigest(t.db);
    const url = `/api/v1/applications/${applicationId}/metrics`;
    const overlap = {
      ...hoursMetric,
      name: 'Overlap',
      windows: { ...windows, pilot: { start: '2026-03-01', end: '2026-06-01' } },
    };
    expectProblem(await post(url, overlap), 400, 'body.windows.pilot.start');
    expectProblem(
      await post(url, { ...hoursMetric, name: 'Share', kind: 'proportion', unit: '%' }),
      400,
      'body.unit',
    );
    expectProblem(await post(url, { ...hoursMetric, kind: 'average' }), 400, 'body.kind');
    expectProblem(
      await post(url, {
        ...hoursMetric,
        windows: { ...windows, baseline: { start: '2026-13-01', end: '2026-03-27' } },
      }),
      400,
      'body.windows.baseline.start',
    );
    expect(await databaseDigest(t.db)).toEqual(before);
    const since = await lastAuditId(t.db, owner.organizationId);
    const id = await newMetric({ name: 'Audited metric' });
    expectProblem(await post(url, { ...hoursMetric, name: 'Audited metric' }), 400, 'body.name');
    const events = await auditEventsSince(t.db, owner.organizationId, since);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([['evidence_metric.created', id]]);
    expect(events[0]!.after).toMatchObject({
      name: 'Audited metric',
      unit: 'h',
      kind: 'duration',
      better: 'lower',
    });
  });

  it('refuses a bad measurement with the field at fault and stores nothing', async () => {
    const id = await newMetric({ name: 'Bad input' });
    const url = `/api/v1/metrics/${id}/measurements`;
    const good = { window: 'baseline', measuredOn: '2026-02-02', value: 20 };
    const before = await databaseDigest(t.db);
    const outside = expectProblem(
      await post(url, { ...good, measuredOn: '2026-04-10' }),
      400,
      'body.measuredOn',
    );
    expect(outside.errors![0]!.message).toMatch(/outside the baseline window \(2026-01-05 to 2026-03-27\)/);
    const unit = expectProblem(await post(url, { ...good, unit: 'min' }), 400, 'body.unit');
    expect(unit.errors![0]!.message).toMatch(/"min" is not this metric's unit: it takes "h"/);
    expectProblem(await post(url, { ...good, value: 'twenty' }), 400, 'body.value');
    expectProblem(await post(url, { ...good, value: -2 }), 400, 'body.value');
    expectProblem(await post(url, { ...good, total: 5 }), 400, 'body.total');
    const batch = batchOf('baseline', baselineHours, 'bad');
    batch[3] = { ...batch[3]!, measuredOn: '2025-12-31' };
    const refused = expectProblem(
      await post(`${url}/batch`, { measurements: batch }),
      400,
      'body.measurements.3.measuredOn',
    );
    expect(refused.detail).toMatch(/nothing was stored/);
    expect(await databaseDigest(t.db)).toEqual(before);
    const stored = await post(url, { ...good, unit: 'h', note: 'Module 7' });
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json()).toMatchObject({
      window: 'baseline',
      group: 'pilot',
      value: 20,
      source: 'entered',
      duplicate: false,
    });
  });

  it('checks proportions: 0/1, or a count out of a total', async () => {
    const id = await newMetric({
      name: 'Approved first time',
      kind: 'proportion',
      unit: '',
      better: 'higher',
    });
    const url = `/api/v1/metrics/${id}/measurements`;
    const m = { window: 'pilot', measuredOn: '2026-04-10' };
    expectProblem(await post(url, { ...m, value: 0.5 }), 400, 'body.value');
    expectProblem(await post(url, { ...m, value: 7, total: 5 }), 400, 'body.value');
    expectProblem(await post(url, { ...m, value: 1, total: 0 }), 400, 'body.total');
    expectProblem(await post(url, { ...m, value: 1, unit: 'h' }), 400, 'body.unit');
    expect((await post(url, { ...m, value: 1 })).statusCode).toBe(201);
    expect((await post(url, { ...m, value: 4, total: 5 })).json()).toMatchObject({ value: 4, total: 5 });
  });

  it('records a batch idempotently by client id and refuses a reused id with other content', async () => {
    const id = await newMetric({ name: 'Idempotent' });
    const url = `/api/v1/metrics/${id}/measurements/batch`;
    const batch = batchOf('baseline', baselineHours, 'run');
    const first = await post(url, { measurements: batch });
    expect(first.statusCode, first.body).toBe(200);
    const since = await lastAuditId(t.db, owner.organizationId);
    const retry = await post(url, { measurements: batch });
    const items = retry.json().items as Array<{ id: string; duplicate: boolean }>;
    expect(items.every((i) => i.duplicate)).toBe(true);
    expect(items.map((i) => i.id)).toEqual(first.json().items.map((i: { id: string }) => i.id));
    expect(await auditEventsSince(t.db, owner.organizationId, since)).toEqual([]);
    const changed = [{ ...batch[0]!, value: 99 }];
    expectProblem(await post(url, { measurements: changed }), 409, 'body.measurements.0.clientId');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/metrics/${id}/measurements`,
      headers: owner.headers,
    });
    expect(list.json().items).toHaveLength(12);
    expectProblem(
      await post(url, { measurements: [{ ...batch[0]!, clientId: undefined }] }),
      400,
      'body.measurements.0.clientId',
    );
  });

  it('imports CSV all or nothing, naming line and column, with a dry-run preview', async () => {
    const id = await newMetric({ name: 'Imported' });
    const url = `/api/v1/metrics/${id}/measurements/import`;
    const lines = [
      'window,measured_on,value,unit,note',
      ...baselineHours.map(
        (v, i) => `baseline,${dayIn(windows.baseline.start, i)},${v},h,"Module ${i}, draft"`,
      ),
      ...pilotHours.map((v, i) => `pilot,${dayIn(windows.pilot.start, i)},${v},h,`),
    ];
    const before = await databaseDigest(t.db);
    const bad = [...lines];
    bad[3] = 'baseline,2026-01-07,lots,h,';
    bad[20] = 'pilot,2026-07-30,4.1,h,';
    const refused = expectProblem(await post(url, { csv: bad.join('\n') }), 400, 'csv.line.4.value');
    expect(refused.errors!.map((e) => e.path)).toEqual(['csv.line.4.value', 'csv.line.21.measured_on']);
    expect(refused.detail).toMatch(/2 of 24 rows are not valid; nothing was imported/);
    expectProblem(await post(url, { csv: 'window,value\nbaseline,3' }), 400, 'csv.header');
    const preview = await post(url, { csv: lines.join('\n'), dryRun: true });
    expect(preview.json()).toEqual({
      rows: 24,
      baseline: 12,
      pilot: 12,
      comparison: 0,
      imported: 0,
      duplicates: 0,
    });
    expect(await databaseDigest(t.db)).toEqual(before);
    const since = await lastAuditId(t.db, owner.organizationId);
    const done = await post(url, { csv: lines.join('\r\n') });
    expect(done.json()).toMatchObject({ rows: 24, imported: 24 });
    const [event] = await auditEventsSince(t.db, owner.organizationId, since);
    expect(event).toMatchObject({ action: 'evidence_measurements.recorded', entityId: id });
    expect(event!.after).toMatchObject({ source: 'imported', count: 24, baseline: 12, pilot: 12 });
  });

  it('compares the windows: before-after, then controlled once a comparison group is measured', async () => {
    const id = await newMetric({ name: 'Graded' });
    const url = `/api/v1/metrics/${id}/measurements/batch`;
    const get = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/metrics/${id}`, headers: owner.headers })).json();
    const empty = await get();
    expect(empty.grade).toMatchObject({ grade: 'anecdote', contrast: null });
    expect(empty.comparison).toBeNull();
    await post(url, {
      measurements: [
        ...batchOf('baseline', baselineHours.slice(0, 5), 'b'),
        ...batchOf('pilot', pilotHours, 'p'),
      ],
    });
    const thin = await get();
    expect(thin.grade.grade).toBe('anecdote');
    expect(thin.grade.reason).toMatch(/baseline 5, pilot 12/);
    // The interval clears zero, but an anecdote carries no verdict: the grade comes first.
    expect(thin.direction).toBe('improved');
    expect(thin.verdict).toBe('not-enough-evidence');
    expect(thin.verdictLabel).toBe('not enough evidence yet — anecdote');
    await post(url, { measurements: batchOf('baseline', baselineHours, 'b') });
    const beforeAfter = await get();
    expect(beforeAfter.grade.grade).toBe('before-after');
    expect(beforeAfter.reference).toBe('pilot group, baseline window');
    expect(beforeAfter.comparison).toMatchObject({
      method: 'welch',
      ratioMethod: 'delta-log',
      baseline: { n: 12 },
      pilot: { n: 12 },
    });
    expect(beforeAfter.claim).toMatch(
      /^Graded: 4\.9× faster \(95% CI \d\.\d× to \d\.\d×\); 20\.4 h → 4\.17 h; n = 12 vs 12; before-after comparison$/,
    );
    expect(beforeAfter.verdict).toBe('improved');
    expect(beforeAfter.verdictLabel).toBe('improved — before-after comparison');
    const comparisonGroup = batchOf(
      'pilot',
      baselineHours.map((h) => h - 1),
      'c',
      'comparison',
    );
    await post(url, { measurements: comparisonGroup });
    const controlled = await get();
    expect(controlled.grade.grade).toBe('controlled');
    expect(controlled.reference).toBe('comparison group, pilot window');
    expect(controlled.comparison.baseline.estimate).toBeCloseTo(245 / 12 - 1, 10);
    expect(controlled.claim).toMatch(/controlled comparison$/);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${applicationId}/evidence`,
      headers: owner.headers,
    });
    expect(list.json().items.map((e: { metric: { name: string } }) => e.metric.name)).toContain('Graded');
  });

  it('compares proportions recorded as counts with Newcombe’s interval', async () => {
    const id = await newMetric({
      name: 'Modules approved first time',
      kind: 'proportion',
      unit: '',
      better: 'higher',
    });
    const url = `/api/v1/metrics/${id}/measurements/batch`;
    const weekly = (window: 'baseline' | 'pilot', approved: number[]) =>
      approved.map((value, i) => ({
        window,
        measuredOn: dayIn(windows[window].start, i * 7),
        value,
        total: 8,
        clientId: `${window}-${i}`,
      }));
    // Baseline 48 of 80, pilot 56 of 70: Newcombe (1998) Table II example (a), method 10 gives
    // p₁ − p₂ = 0.2000, 95% CI 0.0524 to 0.3339; the ratio 1.3333 by the Miettinen–Nurminen score interval.
    const pilot = [
      ...weekly('pilot', [7, 6, 7, 6, 7, 7, 6, 7]),
      { window: 'pilot', measuredOn: '2026-06-20', value: 3, total: 6, clientId: 'short-week' },
    ];
    await post(url, { measurements: [...weekly('baseline', [5, 4, 6, 5, 4, 5, 5, 4, 5, 5]), ...pilot] });
    const evidence = (
      await t.app.inject({ method: 'GET', url: `/api/v1/metrics/${id}`, headers: owner.headers })
    ).json();
    expect(evidence.comparison.method).toBe('newcombe');
    expect(evidence.comparison.pilot).toEqual({ n: 70, estimate: 0.8, sd: null });
    expect(evidence.comparison.baseline).toEqual({ n: 80, estimate: 0.6, sd: null });
    expect(Math.abs(evidence.comparison.difference.lower - 0.0524)).toBeLessThan(5e-5);
    expect(Math.abs(evidence.comparison.difference.upper - 0.3339)).toBeLessThan(5e-5);
    expect(evidence.comparison.ratioMethod).toBe('miettinen-nurminen');
    expect(evidence.comparison.ratio.estimate).toBeCloseTo(4 / 3, 12);
    expect(evidence.comparison.ratio.lower).toBeGreaterThan(1);
    expect(evidence.comparison.ratio.upper).toBeGreaterThan(4 / 3);
    expect(evidence.grade.grade).toBe('before-after');
    expect(evidence.claim).toBe(
      'Modules approved first time: +20.0 pp (95% CI +5.24 to +33.4 pp); 60.0% → 80.0%; n = 80 vs 70; before-after comparison',
    );
  });

  it('keeps windows and measurements in agreement, and audits deletions', async () => {
    const id = await newMetric({ name: 'Moving windows' });
    await post(`/api/v1/metrics/${id}/measurements/batch`, {
      measurements: batchOf('pilot', pilotHours, 'w'),
    });
    const put = (body: object, headers = owner.headers) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/metrics/${id}/windows`, headers, payload: body });
    const narrowed = await put({ ...windows, pilot: { start: '2026-05-01', end: '2026-06-26' } });
    const problem = expectProblem(narrowed, 400, 'body.pilot');
    expect(problem.errors![0]!.message).toMatch(/^12 pilot measurement\(s\) would fall outside/);
    const moved = await put({ ...windows, baseline: { start: '2025-10-01', end: '2026-03-27' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().windows.baseline).toEqual({ start: '2025-10-01', end: '2026-03-27' });
    const viewer = await createMember(t.db, owner.organizationId, 'viewer');
    expectProblem(await put(windows, viewer.headers), 403);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/metrics/${id}/measurements`,
      headers: owner.headers,
    });
    const victim = list.json().items[0] as { id: string; value: number };
    const since = await lastAuditId(t.db, owner.organizationId);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/measurements/${victim.id}`,
      headers: owner.headers,
    });
    expect(del.statusCode).toBe(204);
    const [event] = await auditEventsSince(t.db, owner.organizationId, since);
    expect(event).toMatchObject({
      action: 'evidence_measurement.deleted',
      entityId: id,
      before: { id: victim.id, value: victim.value },
    });
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/measurements/${victim.id}`,
        headers: owner.headers,
      }),
      404,
    );
  });
});

describe.each(testEngines())('measurement batches from an integration on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('stores concurrent retries of one batch exactly once', async () => {
    const applicationId = await createTestApplication(t.db, owner);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/metrics`,
      headers: owner.headers,
      payload: hoursMetric,
    });
    const id = created.json().id as string;
    const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
    const payload = { measurements: batchOf('pilot', pilotHours, 'race') };
    const answers = await Promise.all(
      [0, 1, 2].map(() =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/metrics/${id}/measurements/batch`,
          headers: token.headers,
          payload,
        }),
      ),
    );
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/metrics/${id}/measurements`,
      headers: owner.headers,
    });
    expect(list.json().items).toHaveLength(12);
    expect(list.json().items.every((m: { source: string }) => m.source === 'api')).toBe(true);
  });
});

describe.each(testEngines())('the verdict a reader sees first on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('never says "improved" for an anecdote (4 baseline vs 20 pilot measurements): evidence, executive summary and its Markdown', async () => {
    const applicationId = await createTestApplication(t.db, owner, 'Anecdotal drafting');
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/metrics`,
      headers: owner.headers,
      payload: hoursMetric,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/metrics/${id}/measurements/batch`,
      headers: owner.headers,
      payload: {
        measurements: [
          ...batchOf('baseline', baselineHours.slice(0, 4), 'b'),
          ...batchOf('pilot', [...pilotHours, ...pilotHours.slice(0, 8)], 'p'),
        ],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const evidence = (await t.app.inject({ url: `/api/v1/metrics/${id}`, headers: owner.headers })).json();
    expect(evidence.grade.grade).toBe('anecdote');
    expect(evidence.comparison.difference.upper).toBeLessThan(0); // the interval alone would say "improved"
    expect(evidence).toMatchObject({
      direction: 'improved',
      verdict: 'not-enough-evidence',
      verdictLabel: 'not enough evidence yet — anecdote',
    });
    const summary = (await t.app.inject({ url: '/api/v1/executive-summary', headers: owner.headers })).json();
    const value = summary.value.find((v: { applicationId: string }) => v.applicationId === applicationId);
    expect(value).toMatchObject({
      verdict: 'not-enough-evidence',
      verdictLabel: 'not enough evidence yet — anecdote',
      grade: 'anecdote',
    });
    const markdown = await t.app.inject({ url: '/api/v1/executive-summary.md', headers: owner.headers });
    const row = markdown.body.split('\n').find((line) => line.startsWith('| Anecdotal drafting |'))!;
    expect(row).toContain('| not enough evidence yet — anecdote |');
    expect(row).not.toMatch(/\| improved \|/);
  });
});
