import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOperation, databaseDigest, expectProblem, type ResponseOf } from '../../../test/api';
import {
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// The registry's orders, each paged two rows at a time; the expected orders are written out by hand.
describe.each(testEngines())('application list order on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  const ids: Record<string, string> = {};

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: owner.headers });
  /** Every name of the list in `sort`, following the cursors two at a time. */
  async function walk(sort: string, extra = ''): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = Object.fromEntries(
        new URLSearchParams(`limit=2&sort=${sort}${extra}${cursor ? `&cursor=${cursor}` : ''}`),
      );
      const body: ResponseOf<'listApplications', 200> = await callOperation(
        t.app,
        'listApplications',
        { headers: owner.headers, query },
        200,
      );
      names.push(...body.items.map((a) => a.name));
      cursor = body.nextCursor;
    } while (cursor);
    return names;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    // Registered in this order; names in mixed case; two share the stage "pilot".
    for (const [name, stage] of [
      ['beta', 'pilot'],
      ['Alpha', 'scaled'],
      ['gamma', 'idea'],
      ['Delta', 'pilot'],
      ['epsilon', 'evaluating'],
    ] as const) {
      const created = await callOperation(
        t.app,
        'createApplication',
        { headers: owner.headers, payload: { name, stage } },
        201,
      );
      ids[name] = created.id;
    }
    // gamma is the one edited last.
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${ids.gamma}`,
      headers: owner.headers,
      payload: { purpose: 'Edited', version: 1 },
    });
    expect(edit.statusCode, edit.body).toBe(200);
  }, 120_000);
  afterAll(() => t.close());

  it('pages through each order without repeating or skipping a row', async () => {
    expect(await walk('newest')).toEqual(['epsilon', 'Delta', 'gamma', 'Alpha', 'beta']);
    expect(await walk('oldest')).toEqual(['beta', 'Alpha', 'gamma', 'Delta', 'epsilon']);
    expect(await walk('name')).toEqual(['Alpha', 'beta', 'Delta', 'epsilon', 'gamma']);
    expect((await walk('updated'))[0]).toBe('gamma');
    // idea → evaluating → pilot → … → scaled; within a stage by name.
    expect(await walk('stage')).toEqual(['gamma', 'epsilon', 'beta', 'Delta', 'Alpha']);
    expect(await walk('name', '&stage=pilot')).toEqual(['beta', 'Delta']);
  });

  it('refuses an unknown order and a cursor of another order, changing nothing', async () => {
    const before = await databaseDigest(t.db);
    expectProblem(await get('/api/v1/applications?sort=random'), 400, 'query.sort');
    const byName = (
      await callOperation(
        t.app,
        'listApplications',
        { headers: owner.headers, query: { limit: '2', sort: 'name' } },
        200,
      )
    ).nextCursor as string;
    expectProblem(
      await get(`/api/v1/applications?limit=2&sort=newest&cursor=${byName}`),
      400,
      'query.cursor',
    );
    expectProblem(await get(`/api/v1/applications?limit=2&sort=stage&cursor=${byName}`), 400, 'query.cursor');
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('exports in the chosen order and keeps the order in a saved view', async () => {
    const csv = await get('/api/v1/applications/export?format=csv&sort=name');
    expect(csv.statusCode, csv.body).toBe(200);
    const rows = csv.body.trim().split('\n').slice(1);
    expect(
      rows.map((r) => r.split(',').find((c) => ['Alpha', 'beta', 'Delta', 'epsilon', 'gamma'].includes(c))),
    ).toEqual(['Alpha', 'beta', 'Delta', 'epsilon', 'gamma']);
    const saved = await callOperation(
      t.app,
      'createSavedView',
      { headers: owner.headers, payload: { name: 'By stage', filters: { sort: 'stage' } } },
      201,
    );
    expect(saved.filters).toEqual({ sort: 'stage' });
  });
});
