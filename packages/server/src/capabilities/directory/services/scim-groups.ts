import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Filter } from 'scim2-parse-filter';
import { recordAudit } from '../../../platform/audit/audit';
import type { Tx } from '../../../platform/db/types';
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
  attribute,
  isObject,
  type PatchOperation,
  parseFilter,
  parsePath,
  toOptionalText,
  toText,
} from './scim-patch';
import { isUuid, type ScimScope } from './scim-users';

export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

type ScimGroupRow = typeof scimGroups.$inferSelect;
interface GroupState {
  displayName: string;
  externalId: string | null;
  members: Set<string>;
}

async function findGroup(tx: Tx, organizationId: string, id: string): Promise<ScimGroupRow> {
  if (!isUuid(id)) throw scimNotFound(`The group ${id}`);
  const [row] = await tx
    .select()
    .from(scimGroups)
    .where(and(eq(scimGroups.organizationId, organizationId), eq(scimGroups.id, id)));
  if (!row) throw scimNotFound(`The group ${id}`);
  return row;
}

async function membersOf(tx: Tx, organizationId: string, groupId: string) {
  return tx
    .select({ id: scimUsers.userId, userName: scimUsers.userName })
    .from(scimGroupMembers)
    .innerJoin(
      scimUsers,
      and(
        eq(scimUsers.organizationId, scimGroupMembers.organizationId),
        eq(scimUsers.userId, scimGroupMembers.userId),
      ),
    )
    .where(and(eq(scimGroupMembers.organizationId, organizationId), eq(scimGroupMembers.groupId, groupId)))
    .orderBy(asc(scimUsers.userName));
}

async function render(tx: Tx, scope: ScimScope, row: ScimGroupRow, withMembers = true) {
  const members = withMembers ? await membersOf(tx, scope.audit.organizationId, row.id) : null;
  return {
    schemas: [GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(members
      ? {
          members: members.map((m) => ({
            value: m.id,
            display: m.userName,
            $ref: `${scope.baseUrl}/Users/${m.id}`,
          })),
        }
      : {}),
    meta: {
      resourceType: 'Group',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${scope.baseUrl}/Groups/${row.id}`,
    },
  };
}

/** Member ids of a `members` value: `[{ "value": "<user id>" }, …]`; each must be a user of the directory. */
async function readMembers(tx: Tx, organizationId: string, value: unknown): Promise<string[]> {
  const list = value === null ? [] : Array.isArray(value) ? value : [value];
  const ids = list.map((m, i) => {
    const id = isObject(m) ? attribute(m, 'value') : undefined;
    if (typeof id !== 'string') throw invalidValue(`members[${i}].value must be a user id.`);
    return id;
  });
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const known = unique.some((id) => !isUuid(id))
    ? []
    : await tx
        .select({ id: scimUsers.userId })
        .from(scimUsers)
        .where(and(eq(scimUsers.organizationId, organizationId), inArray(scimUsers.userId, unique)));
  const found = new Set(known.map((k) => k.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw invalidValue(`members: no user of this directory has the id ${missing}.`);
  return unique;
}

function readGroup(body: unknown) {
  if (!isObject(body)) throw invalidSyntax('The body must be a Group JSON object.');
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => String(s).toLowerCase() === GROUP_SCHEMA.toLowerCase()))
    throw invalidSyntax(`schemas must contain "${GROUP_SCHEMA}".`);
  return {
    displayName: toText(attribute(body, 'displayName'), 'displayName', 200),
    externalId: toOptionalText(attribute(body, 'externalId'), 'externalId'),
    members: attribute(body, 'members'),
  };
}

async function assertUniqueName(tx: Tx, organizationId: string, displayName: string, except?: string) {
  const [clash] = await tx
    .select({ id: scimGroups.id })
    .from(scimGroups)
    .where(
      and(
        eq(scimGroups.organizationId, organizationId),
        sql`lower(${scimGroups.displayName}) = lower(${displayName})`,
      ),
    );
  if (clash && clash.id !== except) throw uniqueness(`A group named "${displayName}" already exists.`);
}

/**
 * Writes a group's new state and brings every person whose groups changed (joined, left, or stayed in a
 * renamed group) to the access the mappings give them, in the same transaction.
 */
async function save(tx: Tx, scope: ScimScope, before: ScimGroupRow | null, state: GroupState) {
  const organizationId = scope.audit.organizationId;
  await assertUniqueName(tx, organizationId, state.displayName, before?.id);
  let row: ScimGroupRow;
  let previous = new Set<string>();
  if (before) {
    previous = new Set((await membersOf(tx, organizationId, before.id)).map((m) => m.id));
    [row] = (await tx
      .update(scimGroups)
      .set({ displayName: state.displayName, externalId: state.externalId, updatedAt: scope.now })
      .where(and(eq(scimGroups.organizationId, organizationId), eq(scimGroups.id, before.id)))
      .returning()) as [ScimGroupRow];
  } else {
    [row] = (await tx
      .insert(scimGroups)
      .values({
        organizationId,
        displayName: state.displayName,
        externalId: state.externalId,
        createdAt: scope.now,
        updatedAt: scope.now,
      })
      .returning()) as [ScimGroupRow];
  }
  const added = [...state.members].filter((id) => !previous.has(id));
  const removed = [...previous].filter((id) => !state.members.has(id));
  if (removed.length)
    await tx
      .delete(scimGroupMembers)
      .where(
        and(
          eq(scimGroupMembers.organizationId, organizationId),
          eq(scimGroupMembers.groupId, row.id),
          inArray(scimGroupMembers.userId, removed),
        ),
      );
  if (added.length)
    await tx
      .insert(scimGroupMembers)
      .values(added.map((userId) => ({ organizationId, groupId: row.id, userId })));
  const renamed = before !== null && before.displayName !== state.displayName;
  if (!before || renamed || before.externalId !== state.externalId)
    await recordAudit(tx, scope.audit, {
      action: before ? 'scim.group_updated' : 'scim.group_created',
      entityType: 'scim_group',
      entityId: row.id,
      before: before ? { displayName: before.displayName, externalId: before.externalId } : null,
      after: { displayName: row.displayName, externalId: row.externalId },
    });
  if (added.length || removed.length)
    await recordAudit(tx, scope.audit, {
      action: 'scim.group_members_changed',
      entityType: 'scim_group',
      entityId: row.id,
      after: { displayName: row.displayName, added, removed },
    });
  const affected = renamed ? new Set([...previous, ...state.members]) : new Set([...added, ...removed]);
  for (const userId of affected) await applyDirectoryAccess(tx, scope.audit, userId, scope.now);
  return row;
}

export async function createScimGroup(tx: Tx, scope: ScimScope, body: unknown) {
  const input = readGroup(body);
  const members = new Set(
    input.members === undefined ? [] : await readMembers(tx, scope.audit.organizationId, input.members),
  );
  const row = await save(tx, scope, null, { ...input, members });
  return render(tx, scope, row);
}

export async function getScimGroup(tx: Tx, scope: ScimScope, id: string, withMembers = true) {
  return render(tx, scope, await findGroup(tx, scope.audit.organizationId, id), withMembers);
}

/** PUT: a new name and externalId; the members when the body lists them (Okta's PUT does), else kept. */
export async function replaceScimGroup(tx: Tx, scope: ScimScope, id: string, body: unknown) {
  const organizationId = scope.audit.organizationId;
  const before = await findGroup(tx, organizationId, id);
  const input = readGroup(body);
  const members = new Set(
    input.members === undefined
      ? (await membersOf(tx, organizationId, id)).map((m) => m.id)
      : await readMembers(tx, organizationId, input.members),
  );
  return render(tx, scope, await save(tx, scope, before, { ...input, members }));
}

/** `members[value eq "<id>"]`: the ids the filter names (Entra and Okta remove one member this way). */
function idsOfMemberFilter(filter: Filter): string[] {
  if (filter.op === 'eq' && filter.attrPath.toLowerCase() === 'value') return [String(filter.compValue)];
  if (filter.op === 'or') return filter.filters.flatMap(idsOfMemberFilter);
  throw invalidPath('Trellis selects members with members[value eq "<id>"].');
}

export async function patchScimGroup(tx: Tx, scope: ScimScope, id: string, ops: PatchOperation[]) {
  const organizationId = scope.audit.organizationId;
  const before = await findGroup(tx, organizationId, id);
  const state: GroupState = {
    displayName: before.displayName,
    externalId: before.externalId,
    members: new Set((await membersOf(tx, organizationId, id)).map((m) => m.id)),
  };
  const apply = async (op: PatchOperation['op'], pathText: string, value: unknown) => {
    const path = parsePath(pathText);
    if (path.attr.startsWith('urn:')) return;
    switch (path.attr) {
      case 'displayname':
        if (op === 'remove') throw invalidValue('displayName cannot be removed.');
        state.displayName = toText(value, 'displayName', 200);
        return;
      case 'externalid':
        state.externalId = op === 'remove' ? null : toOptionalText(value, 'externalId');
        return;
      case 'id':
      case 'meta':
      case 'schemas':
        return;
      case 'members': {
        if (path.sub) throw invalidPath(`members.${path.sub} cannot be changed.`);
        if (path.filter) {
          if (op !== 'remove') throw invalidPath('A members[…] filter is for remove.');
          for (const member of idsOfMemberFilter(path.filter)) state.members.delete(member);
          return;
        }
        if (op === 'remove') {
          // With a value: those members; without (RFC 7644 §3.5.2.2): all of them.
          if (value === undefined) state.members.clear();
          else for (const m of await readMembers(tx, organizationId, value)) state.members.delete(m);
          return;
        }
        const ids = await readMembers(tx, organizationId, value);
        if (op === 'replace') state.members.clear();
        for (const m of ids) state.members.add(m);
        return;
      }
      default:
        throw invalidPath(`"${pathText}" is not an attribute of Group.`);
    }
  };
  for (const { op, path, value } of ops) {
    if (path) {
      await apply(op, path, value);
      continue;
    }
    // Okta renames with {"op":"replace","value":{"id":"…","displayName":"…"}}.
    if (!isObject(value)) throw invalidValue(`A ${op} without a path needs an object value.`);
    for (const [key, v] of Object.entries(value)) await apply(op, key, v);
  }
  return render(tx, scope, await save(tx, scope, before, state));
}

export async function deleteScimGroup(tx: Tx, scope: ScimScope, id: string) {
  const organizationId = scope.audit.organizationId;
  const before = await findGroup(tx, organizationId, id);
  const members = (await membersOf(tx, organizationId, id)).map((m) => m.id);
  await tx
    .delete(scimGroups)
    .where(and(eq(scimGroups.organizationId, organizationId), eq(scimGroups.id, id)));
  await recordAudit(tx, scope.audit, {
    action: 'scim.group_deleted',
    entityType: 'scim_group',
    entityId: id,
    before: { displayName: before.displayName, externalId: before.externalId, members },
  });
  for (const userId of members) await applyDirectoryAccess(tx, scope.audit, userId, scope.now);
}

function groupCondition(f: Filter): SQL {
  if (f.op === 'and' || f.op === 'or') {
    const parts = f.filters.map(groupCondition);
    return sql.join(
      parts.map((p) => sql`(${p})`),
      f.op === 'and' ? sql` and ` : sql` or `,
    );
  }
  if (f.op === '[]' && f.attrPath.toLowerCase() === 'members') {
    const ids = idsOfMemberFilter(f.valFilter).filter(isUuid);
    if (!ids.length) return sql`false`;
    return sql`exists (select 1 from ${scimGroupMembers} m where m.group_id = ${scimGroups.id} and m.user_id in (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )}))`;
  }
  if (f.op !== 'eq') throw invalidFilter(`Trellis filters Groups with "eq" (and "and"/"or"), not "${f.op}".`);
  const attr = f.attrPath.toLowerCase().replace(`${GROUP_SCHEMA.toLowerCase()}:`, '');
  const v = String(f.compValue);
  switch (attr) {
    case 'displayname':
      return sql`lower(${scimGroups.displayName}) = lower(${v})`;
    case 'externalid':
      return sql`${scimGroups.externalId} = ${v}`;
    case 'id':
      return isUuid(v) ? sql`${scimGroups.id} = ${v}` : sql`false`;
    case 'members.value':
      return isUuid(v)
        ? sql`exists (select 1 from ${scimGroupMembers} m where m.group_id = ${scimGroups.id} and m.user_id = ${v})`
        : sql`false`;
    default:
      throw invalidFilter(`Trellis cannot filter Groups by "${f.attrPath}".`);
  }
}

export async function listScimGroups(
  tx: Tx,
  scope: ScimScope,
  query: { filter?: string | undefined; startIndex: number; count: number; withMembers: boolean },
) {
  const where = and(
    eq(scimGroups.organizationId, scope.audit.organizationId),
    query.filter ? groupCondition(parseFilter(query.filter)) : undefined,
  );
  return scimListPage(
    query,
    {
      total: tx.select({ n: sql<number>`count(*)::int` }).from(scimGroups).where(where),
      rows: (offset, limit) =>
        tx
          .select()
          .from(scimGroups)
          .where(where)
          .orderBy(asc(scimGroups.displayName), asc(scimGroups.id))
          .offset(offset)
          .limit(limit),
    },
    (row) => render(tx, scope, row, query.withMembers),
  );
}
