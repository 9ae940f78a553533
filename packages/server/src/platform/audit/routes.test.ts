import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiToken } from '../../capabilities/identity/routes/api-tokens';
import { auditEventsOf, databaseDigest, expectJson, expectProblem } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../test/harness';
import { page } from '../http/pagination';
import { AuditEvent } from './routes';

/** RFC 4180 rows: quoted cells with doubled quotes, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell, 'the CSV ends with CRLF').toBe('');
  return rows;
}

const EventPage = page(AuditEvent);

describe('audit events API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let admin: TestPerson;
  let formulaToken: { id: string; headers: Record<string, string> };
  beforeAll(async () => {
    t = await createTestApp();
    owner = await createOrganizationWithOwner(t.db, 'Audited');
    admin = await createMember(t.db, owner.organizationId, 'admin');
    await createMember(t.db, owner.organizationId, 'viewer');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin.headers,
      payload: { name: '=HYPERLINK("http://evil.example")', role: 'admin' },
    });
    const created = z.object({ token: ApiToken, secret: z.string() }).parse(res.json());
    formulaToken = { id: created.token.id, headers: { authorization: `Bearer ${created.secret}` } };
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organization',
      headers: formulaToken.headers,
      payload: { name: '@Renamed, "quoted"' },
    });
    // Another organization's events must never show up here.
    const other = await createOrganizationWithOwner(t.db, 'Elsewhere');
    await createMember(t.db, other.organizationId, 'lead');
  });
  afterAll(() => t.close());

  const get = (query = '', headers: Record<string, string> = owner.headers) =>
    t.app.inject({ method: 'GET', url: `/api/v1/audit-events${query}`, headers });
  const exportAs = (query: string, headers: Record<string, string> = owner.headers) =>
    t.app.inject({ method: 'GET', url: `/api/v1/audit-events/export${query}`, headers });

  it('needs credentials and the admin role, for the list and the export', async () => {
    expectProblem(await get('', {}), 401);
    expectProblem(await exportAs('?format=csv', {}), 401);
    const lead = await createMember(t.db, owner.organizationId, 'lead');
    expectProblem(await get('', lead.headers), 403);
    expectProblem(await exportAs('', lead.headers), 403);
    const leadToken = await createTokenHeaders(t.db, owner.organizationId, 'lead');
    expectProblem(await get('', leadToken.headers), 403);
  });

  it('names the bad query field', async () => {
    expectProblem(await get('?actorId=someone'), 400, 'query.actorId');
    expectProblem(await get('?from=yesterday'), 400, 'query.from');
    expectProblem(await get('?to=2030-13-01T00:00:00Z'), 400, 'query.to');
    expectProblem(await get(`?action=${'a'.repeat(101)}`), 400, 'query.action');
    expectProblem(await get('?sort=asc'), 400, 'query.sort');
    expectProblem(await exportAs('?format=xlsx'), 400, 'query.format');
    expectProblem(await exportAs('?format=csv&limit=5'), 400, 'query.limit');
  });

  it('lists this organization’s events newest first, exactly as stored', async () => {
    const stored = await auditEventsOf(t.db, owner.organizationId);
    const body = expectJson(await get(), 200, EventPage);
    expect(body.items).toEqual([...stored].reverse());
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((e) => e.action)).toContain('organization.renamed');
    expect(body.items.find((e) => e.action === 'organization.renamed')).toMatchObject({
      actor: { type: 'token', id: formulaToken.id, name: '=HYPERLINK("http://evil.example")' },
      before: { name: 'Audited' },
      after: { name: '@Renamed, "quoted"' },
    });
  });

  it('pages with a cursor: limit=2 walks every event once', async () => {
    const all = expectJson(await get(), 200, EventPage).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const body = expectJson(await get(query), 200, EventPage);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((e) => e.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(4);
  });

  it('filters by action, entity type, entity id, actor and time', async () => {
    const all = expectJson(await get(), 200, EventPage).items;
    const ids = (items: typeof all) => items.map((e) => e.id);
    const byAction = expectJson(await get('?action=member.added'), 200, EventPage).items;
    expect(ids(byAction)).toEqual(ids(all.filter((e) => e.action === 'member.added')));
    expect(byAction.length).toBeGreaterThanOrEqual(3);
    const byType = expectJson(await get('?entityType=api_token'), 200, EventPage).items;
    expect(ids(byType)).toEqual(ids(all.filter((e) => e.entityType === 'api_token')));
    expect(byType.map((e) => e.entityId)).toContain(formulaToken.id);
    const byEntity = expectJson(await get(`?entityId=${admin.userId}`), 200, EventPage).items;
    expect(byEntity.map((e) => e.action)).toEqual(['member.added']);
    const byActor = expectJson(await get(`?actorId=${formulaToken.id}`), 200, EventPage).items;
    expect(byActor.map((e) => e.action)).toEqual(['organization.renamed']);
    expect(expectJson(await get(`?actorId=${owner.userId}`), 200, EventPage).items.length).toBe(2);

    const oldest = all.at(-1)!;
    const newest = all[0]!;
    const at = (iso: string) => encodeURIComponent(iso);
    const future = new Date(Date.parse(newest.occurredAt) + 60_000).toISOString();
    expect(expectJson(await get(`?from=${at(future)}`), 200, EventPage).items).toEqual([]);
    expect(ids(expectJson(await get(`?to=${at(future)}`), 200, EventPage).items)).toEqual(ids(all));
    const past = new Date(Date.parse(oldest.occurredAt) - 1).toISOString();
    expect(expectJson(await get(`?to=${at(past)}`), 200, EventPage).items).toEqual([]);
    const window = expectJson(
      await get(`?from=${at(newest.occurredAt)}&to=${at(future)}`),
      200,
      EventPage,
    ).items;
    expect(window.map((e) => e.id)).toContain(newest.id);
    expect(window.every((e) => e.occurredAt >= newest.occurredAt)).toBe(true);
  });

  it('exports JSON Lines that parse as events, with the list’s order and filters', async () => {
    const res = await exportAs('?format=jsonl');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="trellis-audit-\d{4}-\d{2}-\d{2}\.jsonl"$/,
    );
    expect(res.body.endsWith('\n')).toBe(true);
    const events = res.body
      .trimEnd()
      .split('\n')
      .map((line) => AuditEvent.parse(JSON.parse(line)));
    expect(events).toEqual(expectJson(await get(), 200, EventPage).items);
    const filtered = await exportAs('?action=member.added');
    const lines = filtered.body
      .trimEnd()
      .split('\n')
      .map((line) => AuditEvent.parse(JSON.parse(line)));
    expect(lines).toEqual(expectJson(await get('?action=member.added'), 200, EventPage).items);
    expect(new Set(lines.map((e) => e.action))).toEqual(new Set(['member.added']));
  });

  it('exports CSV that parses, one row per event, with spreadsheet formulas neutralized', async () => {
    const res = await exportAs('?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/\.csv"$/);
    // Written by the one CSV writer: a byte-order mark first, for spreadsheets.
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header).toEqual([
      'id',
      'occurredAt',
      'actorType',
      'actorId',
      'actorName',
      'action',
      'entityType',
      'entityId',
      'before',
      'after',
      'requestId',
    ]);
    const events = expectJson(await get(), 200, EventPage).items;
    expect(rows.map((r) => r[0])).toEqual(events.map((e) => e.id));
    const renamed = rows.find((r) => r[5] === 'organization.renamed')!;
    expect(renamed[2]).toBe('token');
    expect(renamed[4]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(JSON.parse(renamed[9]!)).toEqual({ name: '@Renamed, "quoted"' });
    // No cell a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each(['PUT', 'PATCH', 'DELETE', 'POST'] as const)(
    'has no route that %s-es the audit log: 404, and every event stays',
    async (method) => {
      const before = await databaseDigest(t.db);
      const events = await auditEventsOf(t.db, owner.organizationId);
      for (const url of [
        '/api/v1/audit-events',
        `/api/v1/audit-events/${events[0]!.id}`,
        '/api/v1/audit-events/export',
      ]) {
        for (const headers of [owner.headers, formulaToken.headers]) {
          const res = await t.app.inject({ method, url, headers, payload: { action: 'tampered' } });
          expectProblem(res, 404);
        }
      }
      expect(await databaseDigest(t.db)).toEqual(before);
    },
  );
});
