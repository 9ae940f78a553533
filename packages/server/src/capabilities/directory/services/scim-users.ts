import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Filter } from 'scim2-parse-filter';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { findUserByEmail } from '../../identity';
import { scimGroupMembers, scimGroups, scimUsers } from '../directory-schema';
import { applyDirectoryAccess } from './access';
import {
  invalidFilter,
  invalidPath,
  invalidSyntax,
  invalidValue,
  scimNotFound,
  uniqueness,
} from './scim-errors';
import { scimListPage } from './scim-list';
import {
  type AttributePath,
  attribute,
  isObject,
  type PatchOperation,
  parseFilter,
  parsePath,
  toBoolean,
  toOptionalText,
  toText,
} from './scim-patch';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

/** What a SCIM request works with: its organization and actor (audit), its base URL, and its clock. */
export interface ScimScope {
  audit: AuditContext;
  baseUrl: string;
  now: Date;
}

type ScimUserRow = typeof scimUsers.$inferSelect;
type UserState = Pick<
  ScimUserRow,
  'userName' | 'externalId' | 'givenName' | 'familyName' | 'displayName' | 'email' | 'active'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** Core attributes Trellis accepts and does not keep (a provider sends them by default). */
const IGNORED_USER_ATTRIBUTES = new Set([
  'title',
  'nickname',
  'profileurl',
  'usertype',
  'preferredlanguage',
  'locale',
  'timezone',
  'phonenumbers',
  'addresses',
  'ims',
  'photos',
  'roles',
  'entitlements',
  'x509certificates',
  'password',
  'groups',
  'schemas',
  'meta',
  'id',
]);

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function stateOf(row: ScimUserRow): UserState {
  const { userName, externalId, givenName, familyName, displayName, email, active } = row;
  return { userName, externalId, givenName, familyName, displayName, email, active };
}

export function presentUser(
  row: ScimUserRow,
  groups: { id: string; displayName: string }[],
  baseUrl: string,
) {
  const formatted = [row.givenName, row.familyName].filter(Boolean).join(' ') || null;
  return {
    schemas: [USER_SCHEMA],
    id: row.userId,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.userName,
    name: {
      ...(formatted ? { formatted } : {}),
      ...(row.givenName ? { givenName: row.givenName } : {}),
      ...(row.familyName ? { familyName: row.familyName } : {}),
    },
    ...(row.displayName ? { displayName: row.displayName } : {}),
    emails: row.email ? [{ value: row.email, type: 'work', primary: true }] : [],
    active: row.active,
    groups: groups.map((g) => ({
      value: g.id,
      display: g.displayName,
      $ref: `${baseUrl}/Groups/${g.id}`,
    })),
    meta: {
      resourceType: 'User',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${baseUrl}/Users/${row.userId}`,
    },
  };
}

/** The e-mail among SCIM `emails`: the primary one, else the first. */
function pickEmail(value: unknown): string | null {
  if (value === null) return null;
  if (!Array.isArray(value)) throw invalidValue('emails must be an array.');
  const entries = value.filter(isObject);
  const chosen =
    entries.find((e) => attribute(e, 'primary') === true || attribute(e, 'primary') === 'True') ?? entries[0];
  if (!chosen) return null;
  return checkEmail(attribute(chosen, 'value'));
}

function checkEmail(value: unknown): string {
  const email = toText(value, 'emails.value', 320);
  if (!EMAIL.test(email)) throw invalidValue(`"${email}" is not an e-mail address.`);
  return email;
}

/** A full User resource (POST, PUT) as Trellis keeps it. */
function readUser(body: unknown): UserState {
  if (!isObject(body)) throw invalidSyntax('The body must be a User JSON object.');
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => String(s).toLowerCase() === USER_SCHEMA.toLowerCase()))
    throw invalidSyntax(`schemas must contain "${USER_SCHEMA}".`);
  const name = attribute(body, 'name');
  if (name !== undefined && name !== null && !isObject(name)) throw invalidValue('name must be an object.');
  const active = attribute(body, 'active');
  const emails = attribute(body, 'emails');
  return {
    userName: toText(attribute(body, 'userName'), 'userName', 320),
    externalId: toOptionalText(attribute(body, 'externalId'), 'externalId'),
    givenName: name ? toOptionalText(attribute(name, 'givenName'), 'name.givenName') : null,
    familyName: name ? toOptionalText(attribute(name, 'familyName'), 'name.familyName') : null,
    displayName: toOptionalText(attribute(body, 'displayName'), 'displayName'),
    email: emails === undefined ? null : pickEmail(emails),
    active: active === undefined ? true : toBoolean(active, 'active'),
  };
}

async function groupsOf(tx: Tx, organizationId: string, userId: string) {
  return tx
    .select({ id: scimGroups.id, displayName: scimGroups.displayName })
    .from(scimGroupMembers)
    .innerJoin(scimGroups, eq(scimGroups.id, scimGroupMembers.groupId))
    .where(and(eq(scimGroupMembers.organizationId, organizationId), eq(scimGroupMembers.userId, userId)))
    .orderBy(asc(scimGroups.displayName));
}

async function findRow(tx: Tx, organizationId: string, id: string): Promise<ScimUserRow> {
  if (!isUuid(id)) throw scimNotFound(`The user ${id}`);
  const [row] = await tx
    .select()
    .from(scimUsers)
    .where(and(eq(scimUsers.organizationId, organizationId), eq(scimUsers.userId, id)));
  if (!row) throw scimNotFound(`The user ${id}`);
  return row;
}

async function assertUniqueUserName(tx: Tx, organizationId: string, userName: string, except?: string) {
  const [clash] = await tx
    .select({ id: scimUsers.userId })
    .from(scimUsers)
    .where(
      and(
        eq(scimUsers.organizationId, organizationId),
        sql`lower(${scimUsers.userName}) = lower(${userName})`,
      ),
    );
  if (clash && clash.id !== except) throw uniqueness(`A user with userName "${userName}" already exists.`);
}

async function render(tx: Tx, scope: ScimScope, row: ScimUserRow) {
  return presentUser(row, await groupsOf(tx, scope.audit.organizationId, row.userId), scope.baseUrl);
}

export async function getScimUser(tx: Tx, scope: ScimScope, id: string) {
  return render(tx, scope, await findRow(tx, scope.audit.organizationId, id));
}

/**
 * Provisions a person: an account that exists (found by e-mail) becomes a member; otherwise one is made
 * without a password (they sign in by single sign-on). The e-mail is the primary of `emails`, else userName.
 */
export async function createScimUser(tx: Tx, scope: ScimScope, body: unknown) {
  const organizationId = scope.audit.organizationId;
  const state = readUser(body);
  await assertUniqueUserName(tx, organizationId, state.userName);
  const email = state.email ?? (EMAIL.test(state.userName) ? state.userName : null);
  if (!email) throw invalidValue('Give an e-mail address in emails, or a userName that is one.');
  let account = await findUserByEmail(tx, email);
  if (account) {
    const [linked] = await tx
      .select({ id: scimUsers.userId })
      .from(scimUsers)
      .where(and(eq(scimUsers.organizationId, organizationId), eq(scimUsers.userId, account.id)));
    if (linked) throw uniqueness(`The directory already provisioned the account of ${email}.`);
  } else {
    const name =
      state.displayName ?? ([state.givenName, state.familyName].filter(Boolean).join(' ') || email);
    [account] = await tx
      .insert(users)
      .values({ email: email.toLowerCase(), name: name.slice(0, 200), passwordHash: null })
      .returning();
  }
  const [row] = await tx
    .insert(scimUsers)
    .values({
      organizationId,
      userId: account!.id,
      ...state,
      email,
      createdAt: scope.now,
      updatedAt: scope.now,
    })
    .returning();
  await recordAudit(tx, scope.audit, {
    action: 'scim.user_created',
    entityType: 'scim_user',
    entityId: row!.userId,
    after: stateOf(row!),
  });
  await applyDirectoryAccess(tx, scope.audit, row!.userId, scope.now);
  return render(tx, scope, row!);
}

async function save(tx: Tx, scope: ScimScope, before: ScimUserRow, state: UserState) {
  const organizationId = scope.audit.organizationId;
  if (state.userName.toLowerCase() !== before.userName.toLowerCase())
    await assertUniqueUserName(tx, organizationId, state.userName, before.userId);
  const [row] = await tx
    .update(scimUsers)
    .set({ ...state, updatedAt: scope.now })
    .where(and(eq(scimUsers.organizationId, organizationId), eq(scimUsers.userId, before.userId)))
    .returning();
  const was = stateOf(before);
  const changed = Object.fromEntries(
    Object.entries(state).filter(([k, v]) => was[k as keyof UserState] !== v),
  ) as Partial<UserState>;
  if (Object.keys(changed).length) {
    const action =
      changed.active === false
        ? 'scim.user_deactivated'
        : changed.active === true
          ? 'scim.user_reactivated'
          : 'scim.user_updated';
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, was[k as keyof UserState]]));
    await recordAudit(tx, scope.audit, {
      action,
      entityType: 'scim_user',
      entityId: row!.userId,
      before,
      after: changed,
    });
  }
  await applyDirectoryAccess(tx, scope.audit, row!.userId, scope.now);
  return render(tx, scope, row!);
}

export async function replaceScimUser(tx: Tx, scope: ScimScope, id: string, body: unknown) {
  const before = await findRow(tx, scope.audit.organizationId, id);
  const state = readUser(body);
  return save(tx, scope, before, { ...state, email: state.email ?? before.email });
}

/** Applies one attribute of a User PATCH to `state`. */
function applyUserAttribute(state: UserState, op: PatchOperation['op'], path: AttributePath, value: unknown) {
  const remove = op === 'remove';
  const what = path.sub ? `${path.attr}.${path.sub}` : path.attr;
  if (path.attr.startsWith('urn:')) return; // an extension schema's attributes (enterprise, custom): not kept
  switch (path.attr) {
    case 'active':
      if (remove) throw invalidValue('active cannot be removed.');
      state.active = toBoolean(value, 'active');
      return;
    case 'username':
      if (remove) throw invalidValue('userName cannot be removed.');
      state.userName = toText(value, 'userName', 320);
      return;
    case 'externalid':
      state.externalId = remove ? null : toOptionalText(value, 'externalId');
      return;
    case 'displayname':
      state.displayName = remove ? null : toOptionalText(value, 'displayName');
      return;
    case 'name': {
      if (path.sub === 'givenname') state.givenName = remove ? null : toOptionalText(value, what);
      else if (path.sub === 'familyname') state.familyName = remove ? null : toOptionalText(value, what);
      else if (path.sub === 'formatted' || path.sub === 'middlename' || path.sub === 'honorificprefix')
        return;
      else if (path.sub) throw invalidPath(`name.${path.sub} is not an attribute of name.`);
      else if (remove) Object.assign(state, { givenName: null, familyName: null });
      else {
        if (!isObject(value)) throw invalidValue('name must be an object.');
        const given = attribute(value, 'givenName');
        const family = attribute(value, 'familyName');
        if (given !== undefined) state.givenName = toOptionalText(given, 'name.givenName');
        if (family !== undefined) state.familyName = toOptionalText(family, 'name.familyName');
      }
      return;
    }
    case 'emails': {
      if (remove) {
        state.email = null;
        return;
      }
      if (path.filter || path.sub) {
        // emails[type eq "work"].value — Trellis keeps one work e-mail.
        if (path.sub && path.sub !== 'value') return; // emails[…].primary/type/display: nothing to keep
        state.email = checkEmail(path.sub ? value : isObject(value) ? attribute(value, 'value') : value);
        return;
      }
      state.email = pickEmail(Array.isArray(value) ? value : [value]) ?? state.email;
      return;
    }
    default:
      if (IGNORED_USER_ATTRIBUTES.has(path.attr)) return;
      throw invalidPath(`"${what}" is not an attribute of User.`);
  }
}

export async function patchScimUser(tx: Tx, scope: ScimScope, id: string, ops: PatchOperation[]) {
  const before = await findRow(tx, scope.audit.organizationId, id);
  const state = stateOf(before);
  for (const { op, path, value } of ops) {
    if (path) {
      applyUserAttribute(state, op, parsePath(path), value);
      continue;
    }
    // No path: the value is an object of attributes (Okta: {"active": false}; keys may be paths too).
    if (!isObject(value)) throw invalidValue(`A ${op} without a path needs an object value.`);
    for (const [key, v] of Object.entries(value)) applyUserAttribute(state, op, parsePath(key), v);
  }
  return save(tx, scope, before, state);
}

/** Deletes the directory's record of a person: they stop being a member and lose sessions and tokens now. */
export async function deleteScimUser(tx: Tx, scope: ScimScope, id: string) {
  const organizationId = scope.audit.organizationId;
  const before = await findRow(tx, organizationId, id);
  await tx
    .delete(scimGroupMembers)
    .where(and(eq(scimGroupMembers.organizationId, organizationId), eq(scimGroupMembers.userId, id)));
  await tx
    .delete(scimUsers)
    .where(and(eq(scimUsers.organizationId, organizationId), eq(scimUsers.userId, id)));
  await recordAudit(tx, scope.audit, {
    action: 'scim.user_deleted',
    entityType: 'scim_user',
    entityId: id,
    before: stateOf(before),
  });
  await applyDirectoryAccess(tx, scope.audit, id, scope.now);
}

function userCondition(f: Filter): SQL {
  if (f.op === 'and' || f.op === 'or') {
    const parts = f.filters.map(userCondition);
    return sql.join(
      parts.map((p) => sql`(${p})`),
      f.op === 'and' ? sql` and ` : sql` or `,
    );
  }
  if (f.op !== 'eq') throw invalidFilter(`Trellis filters Users with "eq" (and "and"/"or"), not "${f.op}".`);
  const attr = f.attrPath.toLowerCase().replace(`${USER_SCHEMA.toLowerCase()}:`, '');
  const v = f.compValue;
  switch (attr) {
    case 'username':
      return sql`lower(${scimUsers.userName}) = lower(${String(v)})`;
    case 'externalid':
      return sql`${scimUsers.externalId} = ${String(v)}`;
    case 'id':
      return isUuid(String(v)) ? sql`${scimUsers.userId} = ${String(v)}` : sql`false`;
    case 'emails':
    case 'emails.value':
      return sql`lower(${scimUsers.email}) = lower(${String(v)})`;
    case 'active':
      return sql`${scimUsers.active} = ${toBoolean(v, 'active')}`;
    default:
      throw invalidFilter(`Trellis cannot filter Users by "${f.attrPath}".`);
  }
}

export async function listScimUsers(
  tx: Tx,
  scope: ScimScope,
  query: { filter?: string | undefined; startIndex: number; count: number },
) {
  const organizationId = scope.audit.organizationId;
  const where = and(
    eq(scimUsers.organizationId, organizationId),
    query.filter ? userCondition(parseFilter(query.filter)) : undefined,
  );
  return scimListPage(
    query,
    {
      total: tx.select({ n: sql<number>`count(*)::int` }).from(scimUsers).where(where),
      rows: (offset, limit) =>
        tx
          .select()
          .from(scimUsers)
          .where(where)
          .orderBy(asc(scimUsers.createdAt), asc(scimUsers.userId))
          .offset(offset)
          .limit(limit),
    },
    (row) => render(tx, scope, row),
  );
}
