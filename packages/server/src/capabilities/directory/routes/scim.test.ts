import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../platform/auth/sessions';
import { selectRows } from '../../../platform/db/rows';
import { auditEventsSince, databaseDigest, expectJson, expectProblem, lastAuditId } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createApiToken } from '../../identity/services/api-tokens';
import { Directory, GroupMapping } from './directory';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

// biome-ignore lint/suspicious/noExplicitAny: the tests read SCIM bodies several levels deep
type Json = Record<string, any>;

describe.each(testEngines())('SCIM 2.0 provisioning (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const rows = <T>(query: ReturnType<typeof sql>) => t.db.system((tx) => selectRows<T>(tx, query));

  /** An organization with its owner and a SCIM token made on the admin API. */
  async function directory() {
    const owner = await createOrganizationWithOwner(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/directory/tokens',
      headers: owner.headers,
      payload: { name: 'Okta' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { secret, token } = res.json() as { secret: string; token: { id: string } };
    expect(secret).toMatch(/^scim_[0-9a-f]{8}_/);
    return { owner, secret, tokenId: token.id };
  }

  function scim(
    secret: string | null,
    method: string,
    url: string,
    body?: unknown,
    contentType = 'application/scim+json',
  ) {
    return t.app.inject({
      method: method as 'GET',
      url: `/scim/v2${url}`,
      headers: {
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        ...(body !== undefined ? { 'content-type': contentType } : {}),
        accept: 'application/scim+json',
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  }
  function ok(res: LightMyRequestResponse, status = 200): Json {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
    return res.json() as Json;
  }
  function scimError(res: LightMyRequestResponse, status: number, scimType?: string): Json {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
    const body = res.json() as Json;
    expect(body.schemas).toEqual([ERROR]);
    expect(body.status).toBe(String(status));
    expect(String(body.detail).length).toBeGreaterThan(0);
    if (scimType) expect(body.scimType).toBe(scimType);
    return body;
  }
  const membershipOf = async (organizationId: string, userId: string) =>
    (
      await rows<{ role: string }>(
        sql`SELECT role FROM memberships WHERE organization_id = ${organizationId} AND user_id = ${userId}`,
      )
    )[0]?.role ?? null;
  const mapGroup = async (owner: TestPerson, groupName: string, role: string, orgUnitId?: string) =>
    expectJson(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/directory/mappings',
        headers: owner.headers,
        payload: { groupName, role, ...(orgUnitId ? { orgUnitId } : {}) },
      }),
      201,
      GroupMapping,
    );
  /** A session and an API token of a person, to see deprovisioning take both away. */
  async function accessOf(organizationId: string, userId: string) {
    const session = await t.db.system((tx) => createSession(tx, userId));
    const token = await t.db.tenant(organizationId, (tx) =>
      createApiToken(
        tx,
        { organizationId, role: 'admin', actor: { type: 'user', id: userId, name: 'p' }, requestId: 't' },
        { name: 'personal', role: 'viewer' },
      ),
    );
    const headers = {
      session: { cookie: `trellis_session=${session.token}`, 'x-trellis-organization': organizationId },
      token: { authorization: `Bearer ${token.secret}` },
    };
    const works = async () => ({
      session: (await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers: headers.session }))
        .statusCode,
      token: (await t.app.inject({ method: 'GET', url: '/api/v1/organization', headers: headers.token }))
        .statusCode,
    });
    return works;
  }

  it("replays Okta's sequence: test connection, lookup, create, read, update, groups, deactivate, reactivate", async () => {
    const { owner, secret } = await directory();
    const org = owner.organizationId;
    await mapGroup(owner, 'Trellis Leads', 'lead');

    // Test connection, then "does this user exist?" before creating.
    const probe = ok(await scim(secret, 'GET', '/Users?startIndex=1&count=2'));
    expect(probe).toMatchObject({
      schemas: [LIST],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
    const lookup = ok(
      await scim(
        secret,
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "ada@corp.example"')}&startIndex=1&count=100`,
      ),
    );
    expect(lookup.totalResults).toBe(0);

    const created = ok(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER],
        userName: 'ada@corp.example',
        name: { givenName: 'Ada', familyName: 'Lovelace' },
        emails: [{ primary: true, value: 'ada@corp.example', type: 'work' }],
        displayName: 'Ada Lovelace',
        locale: 'en-US',
        externalId: '00ujl29u0le5T6Aj10h7',
        groups: [],
        password: '1mz050nq',
        active: true,
      }),
      201,
    );
    expect(created).toMatchObject({
      schemas: [USER],
      userName: 'ada@corp.example',
      externalId: '00ujl29u0le5T6Aj10h7',
      active: true,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ value: 'ada@corp.example', primary: true, type: 'work' }],
      meta: { resourceType: 'User', location: `http://trellis.test/scim/v2/Users/${created.id}` },
    });
    const id = created.id as string;
    // A member now, with the default role, and an account without a password (they sign in by SSO).
    expect(await membershipOf(org, id)).toBe('viewer');
    const [account] = await rows<{ password_hash: string | null; name: string }>(
      sql`SELECT password_hash, name FROM users WHERE id = ${id}`,
    );
    expect(account).toEqual({ password_hash: null, name: 'Ada Lovelace' });

    const found = ok(
      await scim(secret, 'GET', `/Users?filter=${encodeURIComponent('userName eq "ADA@corp.example"')}`),
    );
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0].id).toBe(id);
    expect(ok(await scim(secret, 'GET', `/Users/${id}`)).userName).toBe('ada@corp.example');

    // Profile update: Okta's PUT sends the whole user.
    const put = ok(
      await scim(secret, 'PUT', `/Users/${id}`, {
        schemas: [USER],
        id,
        userName: 'ada@corp.example',
        name: { givenName: 'Augusta Ada', familyName: 'King' },
        emails: [{ primary: true, value: 'ada@corp.example', type: 'work' }],
        active: true,
      }),
    );
    expect(put.name).toEqual({ formatted: 'Augusta Ada King', givenName: 'Augusta Ada', familyName: 'King' });

    // Push groups: create with a member, rename, add, remove.
    const grace = ok(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER],
        userName: 'grace@corp.example',
        name: { givenName: 'Grace', familyName: 'Hopper' },
        emails: [{ primary: true, value: 'grace@corp.example', type: 'work' }],
        active: true,
      }),
      201,
    );
    const group = ok(
      await scim(secret, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'Leads',
        members: [{ value: id, display: 'ada@corp.example' }],
      }),
      201,
    );
    expect(group.members).toEqual([expect.objectContaining({ value: id })]);
    expect(await membershipOf(org, id)).toBe('viewer'); // "Leads" is not mapped
    const renamed = ok(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { id: group.id, displayName: 'Trellis Leads' } }],
      }),
    );
    expect(renamed.displayName).toBe('Trellis Leads');
    expect(await membershipOf(org, id)).toBe('lead'); // the renamed group is mapped: its members are leads
    ok(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'add', path: 'members', value: [{ value: grace.id, display: 'grace@corp.example' }] },
        ],
      }),
    );
    expect(await membershipOf(org, grace.id)).toBe('lead');
    expect(ok(await scim(secret, 'GET', `/Users/${grace.id}`)).groups).toEqual([
      expect.objectContaining({ value: group.id, display: 'Trellis Leads' }),
    ]);
    ok(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'remove', path: `members[value eq "${grace.id}"]` }],
      }),
    );
    expect(await membershipOf(org, grace.id)).toBe('viewer');

    // Deactivate: membership gone, session and the person's API token refused at once.
    const works = await accessOf(org, id);
    expect(await works()).toEqual({ session: 200, token: 200 });
    const since = await lastAuditId(t.db, org);
    const off = ok(
      await scim(secret, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: false } }],
      }),
    );
    expect(off.active).toBe(false);
    expect(await membershipOf(org, id)).toBeNull();
    expect(await works()).toEqual({ session: 401, token: 401 });
    const actions = (await auditEventsSince(t.db, org, since)).map((e) => [e.action, e.actor.type]);
    expect(actions).toEqual([
      ['scim.user_deactivated', 'token'],
      ['member.deprovisioned', 'token'],
      ['api_token.revoked', 'token'],
    ]);
    // Still readable by the provider, and reactivation gives back the role its groups map to.
    expect(ok(await scim(secret, 'GET', `/Users/${id}`)).active).toBe(false);
    ok(
      await scim(secret, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: true } }],
      }),
    );
    expect(await membershipOf(org, id)).toBe('lead');

    // Okta removes a pushed group with DELETE: its members fall back to the default role.
    expect((await scim(secret, 'DELETE', `/Groups/${group.id}`)).statusCode).toBe(204);
    expect(await membershipOf(org, id)).toBe('viewer');
    scimError(await scim(secret, 'GET', `/Groups/${group.id}`), 404);
  });

  it("replays Entra's sequence: capitalised ops, filtered paths, string booleans, members Add/Remove, DELETE", async () => {
    const { owner, secret } = await directory();
    const org = owner.organizationId;
    const unit = await t.db.system((tx) =>
      selectRows<{ id: string }>(
        tx,
        sql`INSERT INTO org_units (organization_id, name, kind) VALUES (${org}, 'Finance', 'department') RETURNING id`,
      ),
    );
    await mapGroup(owner, 'Finance Approvers', 'reviewer', unit[0]!.id);
    await mapGroup(owner, 'Trellis Admins', 'admin');

    const absent = ok(
      await scim(
        secret,
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "Test_User_ab6490ee@contoso.onmicrosoft.com"')}`,
      ),
    );
    expect(absent).toMatchObject({ totalResults: 0, Resources: [] });
    const created = ok(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER, ENTERPRISE],
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName: 'Test_User_ab6490ee@contoso.onmicrosoft.com',
        active: true,
        emails: [{ primary: true, type: 'work', value: 'Test_User_fd0ea19b@contoso.example' }],
        meta: { resourceType: 'User' },
        name: { formatted: 'givenName familyName', familyName: 'familyName', givenName: 'givenName' },
        roles: [],
        [ENTERPRISE]: { department: 'Finance' },
      }),
      201,
    );
    const id = created.id as string;
    expect(created.emails).toEqual([
      { value: 'Test_User_fd0ea19b@contoso.example', type: 'work', primary: true },
    ]);
    expect(await membershipOf(org, id)).toBe('viewer');

    const patched = ok(
      await scim(secret, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@contoso.example' },
          { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
          { op: 'Add', path: 'title', value: 'Analyst' },
          { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Audit' },
        ],
      }),
    );
    expect(patched.emails[0].value).toBe('updatedEmail@contoso.example');
    expect(patched.name.familyName).toBe('updatedFamilyName');
    const renamed = ok(
      await scim(secret, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'userName', value: 'renamed@contoso.onmicrosoft.com' }],
      }),
    );
    expect(renamed.userName).toBe('renamed@contoso.onmicrosoft.com');

    // Groups: created without members, looked up by displayName without members, then Add / Remove.
    const group = ok(
      await scim(secret, 'POST', '/Groups', {
        schemas: [GROUP],
        externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
        displayName: 'Finance Approvers',
        meta: { resourceType: 'Group' },
      }),
      201,
    );
    const byName = ok(
      await scim(
        secret,
        'GET',
        `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "Finance Approvers"')}`,
      ),
    );
    expect(byName.totalResults).toBe(1);
    expect(byName.Resources[0]).not.toHaveProperty('members');
    expect(
      ok(await scim(secret, 'GET', `/Groups/${group.id}?excludedAttributes=members`)),
    ).not.toHaveProperty('members');
    ok(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: id }] }],
      }),
    );
    expect(await membershipOf(org, id)).toBe('reviewer');
    const units = () =>
      rows<{ org_unit_id: string }>(sql`SELECT org_unit_id FROM org_unit_members WHERE user_id = ${id}`);
    expect(await units()).toEqual([{ org_unit_id: unit[0]!.id }]);

    // The highest mapped role of a person's groups wins.
    const admins = ok(
      await scim(secret, 'POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'trellis admins',
        members: [{ value: id }],
      }),
      201,
    );
    expect(await membershipOf(org, id)).toBe('admin');
    ok(
      await scim(secret, 'PATCH', `/Groups/${admins.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Remove', path: 'members', value: [{ $ref: null, value: id }] }],
      }),
    );
    expect(await membershipOf(org, id)).toBe('reviewer');
    ok(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'displayName', value: 'Finance Approvers (EU)' }],
      }),
    );
    expect(await membershipOf(org, id)).toBe('viewer'); // no longer a mapped name
    expect(await units()).toEqual([]);

    // Entra disables with the string "False", then deletes.
    const works = await accessOf(org, id);
    ok(
      await scim(secret, 'PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      }),
    );
    expect(await membershipOf(org, id)).toBeNull();
    expect(await works()).toEqual({ session: 401, token: 401 });
    expect((await scim(secret, 'DELETE', `/Users/${id}`)).statusCode).toBe(204);
    scimError(await scim(secret, 'GET', `/Users/${id}`), 404);
    expect((await scim(secret, 'DELETE', `/Groups/${group.id}`)).statusCode).toBe(204);
    const dir = expectJson(
      await t.app.inject({ method: 'GET', url: '/api/v1/directory', headers: owner.headers }),
      200,
      Directory,
    );
    expect(dir.scimBaseUrl).toBe('http://trellis.test/scim/v2');
    expect(dir.groups.map((g) => g.displayName)).toEqual(['trellis admins']);
    expect(dir.users).toBe(0);
  });

  it('DELETE of an active person takes away membership, session and tokens at once', async () => {
    const { owner, secret } = await directory();
    const created = ok(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER],
        userName: 'leaver@corp.example',
        active: true,
      }),
      201,
    );
    const works = await accessOf(owner.organizationId, created.id);
    expect(await works()).toEqual({ session: 200, token: 200 });
    expect((await scim(secret, 'DELETE', `/Users/${created.id}`)).statusCode).toBe(204);
    expect(await membershipOf(owner.organizationId, created.id)).toBeNull();
    expect(await works()).toEqual({ session: 401, token: 401 });
  });

  it('links an existing account by e-mail: a membership, no new account, the password kept', async () => {
    const { owner, secret } = await directory();
    const other = await createOrganizationWithOwner(t.db);
    const person = await createMember(t.db, other.organizationId, 'contributor');
    const before = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
    const linked = ok(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER],
        userName: person.email.toUpperCase(),
        emails: [{ value: person.email, primary: 'True' }],
      }),
      201,
    );
    expect(linked.id).toBe(person.userId);
    expect(await rows(sql`SELECT count(*)::int AS n FROM users`)).toEqual(before);
    expect(await membershipOf(owner.organizationId, person.userId)).toBe('viewer');
    expect(await membershipOf(other.organizationId, person.userId)).toBe('contributor');
    const [row] = await rows<{ has: boolean }>(
      sql`SELECT password_hash IS NOT NULL AS has FROM users WHERE id = ${person.userId}`,
    );
    expect(row!.has).toBe(true);
    // The same account again is a uniqueness conflict.
    scimError(
      await scim(secret, 'POST', '/Users', {
        schemas: [USER],
        userName: 'alias@corp.example',
        emails: [{ value: person.email }],
      }),
      409,
      'uniqueness',
    );
  });

  it('answers bad requests with SCIM errors and changes nothing', async () => {
    const { owner, secret, tokenId } = await directory();
    const user = ok(
      await scim(secret, 'POST', '/Users', { schemas: [USER], userName: 'kept@corp.example' }),
      201,
    );
    const group = ok(await scim(secret, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Kept' }), 201);
    const digest = await databaseDigest(t.db);

    scimError(await scim(null, 'GET', '/Users'), 401);
    scimError(await scim('scim_00000000_nope', 'GET', '/Users'), 401);
    expect((await scim(null, 'GET', '/Users')).headers['www-authenticate']).toMatch(/^Bearer/);
    scimError(
      await scim(secret, 'GET', `/Users?filter=${encodeURIComponent('userName eq')}`),
      400,
      'invalidFilter',
    );
    scimError(
      await scim(secret, 'GET', `/Users?filter=${encodeURIComponent('title eq "x"')}`),
      400,
      'invalidFilter',
    );
    scimError(
      await scim(secret, 'GET', `/Groups?filter=${encodeURIComponent('displayName co "K"')}`),
      400,
      'invalidFilter',
    );
    scimError(await scim(secret, 'POST', '/Users', '{"schemas": ['), 400, 'invalidSyntax');
    scimError(await scim(secret, 'POST', '/Users', { userName: 'x@corp.example' }), 400, 'invalidSyntax');
    scimError(await scim(secret, 'POST', '/Users', { schemas: [USER] }), 400, 'invalidValue');
    scimError(
      await scim(secret, 'POST', '/Users', { schemas: [USER], userName: 'not-an-email' }),
      400,
      'invalidValue',
    );
    scimError(
      await scim(secret, 'POST', '/Users', { schemas: [USER], userName: 'KEPT@corp.example' }),
      409,
      'uniqueness',
    );
    scimError(
      await scim(secret, 'POST', '/Groups', { schemas: [GROUP], displayName: 'kept' }),
      409,
      'uniqueness',
    );
    scimError(await scim(secret, 'GET', '/Users/not-a-uuid'), 404);
    scimError(await scim(secret, 'GET', '/Users/00000000-0000-4000-8000-000000000000'), 404);
    // A PATCH whose later operation is bad applies none of the earlier ones.
    scimError(
      await scim(secret, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'replace', path: 'name.givenName', value: 'Changed' },
          { op: 'replace', path: 'active', value: 'maybe' },
        ],
      }),
      400,
      'invalidValue',
    );
    scimError(
      await scim(secret, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: 'emails[type eq "work"', value: 'x@y.example' }],
      }),
      400,
      'invalidPath',
    );
    scimError(
      await scim(secret, 'PATCH', `/Users/${user.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'move', path: 'x' }],
      }),
      400,
      'invalidSyntax',
    );
    scimError(
      await scim(secret, 'PATCH', `/Users/${user.id}`, { schemas: [PATCH], Operations: [{ op: 'remove' }] }),
      400,
      'noTarget',
    );
    scimError(
      await scim(secret, 'PATCH', `/Groups/${group.id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'add', path: 'members', value: [{ value: user.id }] },
          { op: 'add', path: 'members', value: [{ value: '00000000-0000-4000-8000-000000000000' }] },
        ],
      }),
      400,
      'invalidValue',
    );
    expect(await databaseDigest(t.db)).toEqual({
      ...digest,
      // A token's last use is bookkeeping any authenticated request may touch.
      scim_tokens: expect.any(String),
    });

    // A revoked token is refused at once.
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/directory/tokens/${tokenId}`,
          headers: owner.headers,
        })
      ).statusCode,
    ).toBe(204);
    scimError(await scim(secret, 'GET', '/Users'), 401);
  });

  it('pages Users and Groups alike: startIndex (1-based), count, the total and the page size', async () => {
    const { secret } = await directory();
    for (const name of ['ada', 'ben', 'cy']) {
      ok(await scim(secret, 'POST', '/Users', { schemas: [USER], userName: `${name}@paged.example` }), 201);
      ok(await scim(secret, 'POST', '/Groups', { schemas: [GROUP], displayName: `Team ${name}` }), 201);
    }
    const page = async (kind: string, query: string) => ok(await scim(secret, 'GET', `/${kind}?${query}`));
    for (const [kind, names] of [
      ['Users', (r: Json) => r.userName],
      ['Groups', (r: Json) => r.displayName],
    ] as const) {
      const all = await page(kind, 'count=10');
      expect(all).toMatchObject({ schemas: [LIST], totalResults: 3, startIndex: 1, itemsPerPage: 3 });
      const second = await page(kind, 'startIndex=2&count=1');
      expect(second).toMatchObject({ schemas: [LIST], totalResults: 3, startIndex: 2, itemsPerPage: 1 });
      expect(second.Resources.map(names)).toEqual([all.Resources.map(names)[1]]);
      const beyond = await page(kind, 'startIndex=4&count=2');
      expect(beyond).toMatchObject({ totalResults: 3, startIndex: 4, itemsPerPage: 0, Resources: [] });
      // Too small is clamped, not refused (RFC 7644 §3.4.2.4).
      expect(await page(kind, 'startIndex=0&count=-1')).toMatchObject({ startIndex: 1, itemsPerPage: 0 });
    }
  });

  it("never shows or changes another organization's people through its token", async () => {
    const a = await directory();
    const b = await directory();
    const ada = ok(
      await scim(a.secret, 'POST', '/Users', { schemas: [USER], userName: 'ada@a.example' }),
      201,
    );
    const groupB = ok(await scim(b.secret, 'POST', '/Groups', { schemas: [GROUP], displayName: 'B' }), 201);
    expect(ok(await scim(b.secret, 'GET', '/Users')).totalResults).toBe(0);
    expect(
      ok(await scim(b.secret, 'GET', `/Users?filter=${encodeURIComponent('userName eq "ada@a.example"')}`))
        .totalResults,
    ).toBe(0);
    scimError(await scim(b.secret, 'GET', `/Users/${ada.id}`), 404);
    scimError(
      await scim(b.secret, 'PATCH', `/Users/${ada.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { active: false } }],
      }),
      404,
    );
    scimError(await scim(b.secret, 'DELETE', `/Users/${ada.id}`), 404);
    scimError(
      await scim(b.secret, 'PATCH', `/Groups/${groupB.id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'add', path: 'members', value: [{ value: ada.id }] }],
      }),
      400,
      'invalidValue',
    );
    scimError(await scim(a.secret, 'GET', `/Groups/${groupB.id}`), 404);
    expect(await membershipOf(a.owner.organizationId, ada.id)).toBe('viewer');
    expect(await membershipOf(b.owner.organizationId, ada.id)).toBeNull();
  });

  it('serves the discovery documents and keeps the admin API to admins', async () => {
    const { owner, secret } = await directory();
    const config = ok(await scim(secret, 'GET', '/ServiceProviderConfig'));
    expect(config).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true },
    });
    const types = ok(await scim(secret, 'GET', '/ResourceTypes'));
    expect(types.Resources.map((r: Json) => r.endpoint)).toEqual(['/Users', '/Groups']);
    const schemas = ok(await scim(secret, 'GET', '/Schemas'));
    expect(schemas.Resources.map((r: Json) => r.id)).toEqual([USER, GROUP]);
    scimError(await scim(null, 'GET', '/ServiceProviderConfig'), 401);

    const lead = await createMember(t.db, owner.organizationId, 'lead');
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/directory', headers: lead.headers }),
      403,
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/directory/tokens',
        headers: lead.headers,
        payload: { name: 'x' },
      }),
      403,
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/directory/mappings',
        headers: owner.headers,
        payload: { groupName: 'x', role: 'owner' },
      }),
      400,
      'body.role',
    );
    const dir = expectJson(
      await t.app.inject({ method: 'GET', url: '/api/v1/directory', headers: owner.headers }),
      200,
      Directory,
    );
    expect(JSON.stringify(dir)).not.toContain(secret);
    expect(dir.tokens).toHaveLength(1);
  });
});
