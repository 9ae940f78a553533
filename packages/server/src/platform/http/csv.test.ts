import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithOwner, createTestApp, type TestPerson, testEngines } from '../../test/harness';
import { csvText } from './csv';

const FORMULA = /^[=+\-@\t\r]/;

describe('csvText, the one CSV writer', () => {
  it('neutralises formulas, keeps negative numbers, starts with a BOM and quotes what needs it', () => {
    const text = csvText([
      ['a', 'b', 'c', 'd'],
      ['=HYPERLINK("http://evil.example")', '@SUM(1)', -3, 'x,"y"'],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(['a', 'b', 'c', 'd']);
    expect(row).toEqual([`'=HYPERLINK("http://evil.example")`, `'@SUM(1)`, '-3', 'x,"y"']);
  });
});

describe.each(testEngines())('the application CSV export (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
  });
  afterAll(() => t.close());

  it('has no cell a spreadsheet would run as a formula', async () => {
    for (const name of ['=HYPERLINK("http://evil.example","open")', '@SUM(A1:A9)', '+1+1', '-2+3']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: owner.headers,
        payload: { name, purpose: '=cmd|" /C calc"!A0', stage: 'idea' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications/export?format=csv',
      headers: owner.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(res.body, { bom: true }) as string[][];
    const name = header!.indexOf('name');
    expect(rows.map((r) => r[name]).sort()).toEqual(
      [`'+1+1`, `'-2+3`, `'=HYPERLINK("http://evil.example","open")`, `'@SUM(A1:A9)`].sort(),
    );
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA);
  });
});
