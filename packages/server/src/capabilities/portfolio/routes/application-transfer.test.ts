import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsSince, databaseDigest, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createOrgUnit } from '../../capacity/services/org-units';
import { FEDERAL_INVENTORY_COLUMNS } from '../services/federal-inventory';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

describe.each(testEngines())('application import and export on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let lead: TestPerson;

  const post = (url: string, payload: object, person = lead) =>
    t.app.inject({ method: 'POST', url, headers: person.headers, payload });
  const get = (url: string, person = lead) => t.app.inject({ method: 'GET', url, headers: person.headers });

  const createUnit = (organizationId: string, name: string) =>
    t.db.tenant(organizationId, (tx) =>
      createOrgUnit(
        tx,
        {
          organizationId,
          role: 'owner',
          actor: { type: 'system', id: null, name: 'test' },
          requestId: 'test',
        },
        { name, kind: 'team' },
      ),
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db, 'Department of Learning');
    lead = await createMember(t.db, owner.organizationId, 'lead');
    await createUnit(owner.organizationId, 'L&D');
    await createUnit(owner.organizationId, 'Sales');
    await post(
      '/api/v1/custom-fields',
      { key: 'sponsor', label: 'Sponsor', kind: 'text', required: true },
      owner,
    );
    await post('/api/v1/custom-fields', { key: 'budget', label: 'Budget', kind: 'number' }, owner);
  });
  afterAll(() => t.close());

  const header =
    'name,purpose,owner_email,stage,risk_tier,org_units,ai_tools,links,custom.sponsor,custom.budget';
  const good = [
    header,
    `Course drafting,"Draft modules, then review",${'LEAD'},pilot,medium,L&D,GPT-4o; Claude,Brief | https://x.example/b,Ana,1200`,
    'Needs analysis,,,evaluating,low,L&D;Sales,,,Ben,',
  ];

  it('previews per-row errors (a missing column, a bad stage, a wrong custom value) and stores nothing', async () => {
    const csv = [
      header,
      'Stakeholder updates,Weekly digests,,pilott,low,L&D,,,Cleo,ten',
      'Short row,only three',
      'Fine,,,idea,,,,,Dee,',
      'No sponsor,,,idea,,Marketing,,,,',
    ].join('\n');
    const before = await databaseDigest(t.db);
    const preview = await post('/api/v1/applications/import/preview', { csv });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ valid: 1, invalid: 3, fileErrors: [] });
    expect(body.rows[0]).toMatchObject({
      row: 2,
      errors: [
        {
          column: 'stage',
          message: '“pilott” is not a stage (idea, evaluating, pilot, expanding, scaled, paused, retired).',
        },
        { column: 'custom.budget', message: 'Budget must be a number.' },
      ],
    });
    expect(body.rows[1].errors[0]).toEqual({
      column: '',
      message:
        'Row 3 has 2 of the 10 columns (missing: owner_email, stage, risk_tier, org_units, ai_tools, links, custom.sponsor, custom.budget).',
    });
    expect(body.rows[3].errors).toEqual([
      { column: 'org_units', message: 'There is no org unit “Marketing”.' },
      { column: 'custom.sponsor', message: 'Sponsor is required.' },
    ]);

    const refused = expectProblem(await post('/api/v1/applications/import', { csv }), 400, 'rows[2].stage');
    expect(refused.detail).toBe('Nothing was imported: 3 of 4 rows have errors (rows 2, 3, 5).');
    expect(refused.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'rows[2].custom.budget',
        'rows[3]',
        'rows[5].org_units',
        'rows[5].custom.sponsor',
      ]),
    );
    expect(refused.errors?.find((e) => e.path === 'rows[2].stage')?.message).toMatch(
      /^Row 2, stage: “pilott”/,
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('refuses a file without a name column or with unknown columns, naming row 1', async () => {
    const res = expectProblem(
      await post('/api/v1/applications/import', { csv: 'title,colour\nA,red' }),
      400,
      'header.name',
    );
    expect(res.errors?.map((e) => e.message)).toEqual([
      'Row 1: “title” is not a column Trellis knows.',
      'Row 1: “colour” is not a column Trellis knows.',
      'Row 1: the “name” column is missing.',
    ]);
    expectProblem(await post('/api/v1/applications/import', { csv: 'name\n"unclosed' }), 400, 'file');
  });

  it('imports every row in one go, audited, and exports CSV that imports again, JSON and the federal inventory', async () => {
    const csv = good.join('\n').replace('LEAD', lead.email);
    const since = await lastAuditId(t.db, owner.organizationId);
    const res = await post('/api/v1/applications/import', { csv });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created).toBe(2);
    const events = await auditEventsSince(t.db, owner.organizationId, since);
    expect(events.map((e) => e.action)).toEqual([
      'application.created',
      'application.created',
      'applications.imported',
    ]);
    expect(events[0]!.after).toMatchObject({ source: 'csv-import' });
    const list = (await get('/api/v1/applications?q=Course')).json().items;
    expect(list[0]).toMatchObject({
      name: 'Course drafting',
      purpose: 'Draft modules, then review',
      owner: { id: lead.userId },
      stage: 'pilot',
      riskTier: 'medium',
      aiTools: ['GPT-4o', 'Claude'],
      links: [{ label: 'Brief', url: 'https://x.example/b' }],
      customFields: { sponsor: 'Ana', budget: 1200 },
      orgUnits: [{ name: 'L&D' }],
    });

    const exported = await get('/api/v1/applications/export?format=csv');
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.body.startsWith('\ufeff')).toBe(true); // a byte-order mark, for spreadsheets
    const records = parse(exported.body, { bom: true }) as string[][];
    expect(records[0]).toEqual([
      'id',
      'version',
      'created_at',
      'updated_at',
      'name',
      'purpose',
      'owner_email',
      'stage',
      'risk_tier',
      'data_sensitivity',
      'audience',
      'ai_tools',
      'org_units',
      'links',
      'custom.sponsor',
      'custom.budget',
    ]);
    expect(records).toHaveLength(3);
    const needs = records.find((r) => r[4] === 'Needs analysis')!;
    expect(needs[12]).toBe('L&D; Sales');
    const again = await post('/api/v1/applications/import', { csv: exported.body });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().created).toBe(2);

    const json = (await get('/api/v1/applications/export?format=json&stage=pilot')).json();
    expect(json.items.map((a: { name: string }) => a.name)).toEqual(['Course drafting', 'Course drafting']);

    const federal = parse((await get('/api/v1/applications/export?format=federal-inventory&q=Needs')).body, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(federal[0]!)).toEqual(FEDERAL_INVENTORY_COLUMNS.map((c) => c.header));
    expect(federal[0]).toMatchObject({
      'Use Case Name': 'Needs analysis',
      Agency: 'Department of Learning',
      Bureau: 'L&D; Sales',
      'Stage of Development': 'Acquisition and/or Development',
      'Is the AI use case rights-impacting, safety-impacting, both, or neither?': 'Neither',
      'Does this AI use case disseminate information to the public?': 'No',
      'Use Case Topic Area': '',
    });
  });

  it('an export imports back unchanged: the apostrophe the export puts before a formula-like cell comes off again', async () => {
    const admin = await createOrganizationWithOwner(t.db, 'Formula round trip');
    const risky = ['=HYPERLINK("https://x.example/a","a")', '+1 more review', '@SUM(A1:A2)', '-minus first'];
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const csv = [
      'name,purpose,stage,ai_tools',
      ...risky.map((text, i) =>
        [text, risky[(i + 1) % 4]!, 'idea', risky[(i + 2) % 4]!].map(quote).join(','),
      ),
      "'quoted,plain,idea,", // an apostrophe of the person's own, before a letter, stays
    ].join('\n');
    const first = await post('/api/v1/applications/import', { csv }, admin);
    expect(first.statusCode, first.body).toBe(201);
    const exported = (await get('/api/v1/applications/export?format=csv', admin)).body;
    const written = parse(exported, { bom: true, columns: true }) as Record<string, string>[];
    // the export escapes formula-like cells (csv-stringify's formula escaping) …
    expect(written.map((r) => r.name).sort()).toEqual(
      [
        "'+1 more review",
        "'-minus first",
        '\'=HYPERLINK("https://x.example/a","a")',
        "'@SUM(A1:A2)",
        "'quoted",
      ].sort(),
    );
    const again = await post('/api/v1/applications/import', { csv: exported }, admin);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().created).toBe(5);
    // … and the import reads back exactly what was first imported: every application twice, equal
    const items = (await get('/api/v1/applications?limit=100', admin)).json().items as {
      name: string;
      purpose: string;
      aiTools: string[];
    }[];
    const seen = items.map((a) => JSON.stringify([a.name, a.purpose, a.aiTools])).sort();
    const expected = [
      ...risky.map((text, i) => JSON.stringify([text, risky[(i + 1) % 4], [risky[(i + 2) % 4]]])),
      JSON.stringify(["'quoted", 'plain', []]),
    ];
    expect(seen).toEqual([...expected, ...expected].sort());
  });

  it('imports a large file in one transaction: an error in its last row stores none of the rows before it', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `Bulk ${i},Purpose ${i},,idea,low,L&D,,,Sponsor ${i},${i}`,
    );
    const before = await databaseDigest(t.db);
    const bad = [header, ...rows.slice(0, -1), 'Bulk last,,,idea,low,L&D,,,Sponsor,not a number'].join('\n');
    const refused = expectProblem(
      await post('/api/v1/applications/import', { csv: bad }),
      400,
      'rows[2001].custom.budget',
    );
    expect(refused.detail).toBe('Nothing was imported: 1 of 2000 rows have errors (rows 2001).');
    expect(await databaseDigest(t.db)).toEqual(before);
    const res = await post('/api/v1/applications/import', { csv: [header, ...rows].join('\n') });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().created).toBe(2000);
    const found = await get('/api/v1/applications?q=Bulk%201999');
    expect(found.json().items.map((a: { name: string }) => a.name)).toEqual(['Bulk 1999']);
  });
});
