import { type CustomFieldDefinition, checkCustomFieldValue, parseCustomFieldText } from '@trellis/core';
import { and, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { timestampParam, toMillis } from '../../../platform/db/keyset';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import {
  applications,
  applicationUnits,
  type LifecycleStage,
  lifecycleStages,
  type RiskTier,
} from '../portfolio-schema';
import type { ApplicationRow } from './applications';
import { listCustomFields, toDefinition } from './custom-fields';

/** The filters of the application list (and of a saved view, which stores them). */
export interface ApplicationFilters {
  q?: string | undefined;
  stage?: LifecycleStage[] | undefined;
  riskTier?: RiskTier[] | undefined;
  ownerId?: string | undefined;
  orgUnitId?: string | undefined;
  /** Custom field filters as `key:value`: text matches a part, a multi select one of its options, the rest equal. */
  customField?: string[] | undefined;
  /** The list's order (not a filter, but kept with them: a saved view and an export keep it too). */
  sort?: ApplicationSort | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One custom field filter as SQL, after checking the key exists and the value fits its type. */
function customFieldCondition(fields: CustomFieldDefinition[], filter: string): SQL {
  const at = filter.indexOf(':');
  const key = at < 0 ? filter : filter.slice(0, at);
  const field = fields.find((f) => f.key === key);
  if (at < 0 || !field) {
    throw fieldError(
      'query.customField',
      `“${filter}” is not key:value for a custom field of the organization.`,
    );
  }
  const text = filter.slice(at + 1);
  if (field.kind === 'text') {
    return sql`${applications.customFields} ->> ${key}::text ILIKE ${`%${escapeLike(text.trim())}%`}`;
  }
  // A multi select matches an application that has the one option among its values.
  const value = field.kind === 'multi_select' ? [text.trim()] : parseCustomFieldText(field, text);
  const message = checkCustomFieldValue({ ...field, required: true }, value);
  if (message) throw fieldError('query.customField', message);
  return sql`${applications.customFields} @> ${JSON.stringify({ [key]: value })}::jsonb`;
}

/** The conditions of a filter set, with the organization's custom fields to check custom field filters. */
export async function filterConditions(tx: Tx, ctx: OrgContext, filters: ApplicationFilters): Promise<SQL[]> {
  const conditions: SQL[] = [eq(applications.organizationId, ctx.organizationId)];
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(applications.name, pattern), ilike(applications.purpose, pattern))!);
  }
  if (filters.stage?.length) conditions.push(inArray(applications.stage, filters.stage));
  if (filters.riskTier?.length) conditions.push(inArray(applications.riskTier, filters.riskTier));
  if (filters.ownerId) conditions.push(eq(applications.ownerId, filters.ownerId));
  if (filters.orgUnitId) {
    conditions.push(
      exists(
        tx
          .select({ one: sql`1` })
          .from(applicationUnits)
          .where(
            and(
              eq(applicationUnits.applicationId, applications.id),
              eq(applicationUnits.orgUnitId, filters.orgUnitId),
            ),
          ),
      ),
    );
  }
  if (filters.customField?.length) {
    const fields = (await listCustomFields(tx, ctx)).map(toDefinition);
    for (const filter of filters.customField) conditions.push(customFieldCondition(fields, filter));
  }
  return conditions;
}

export const applicationSorts = ['newest', 'oldest', 'name', 'updated', 'stage'] as const;
export type ApplicationSort = (typeof applicationSorts)[number];

/** A cursor of the application list: the sort keys of the last row, its id last. */
export type ApplicationCursor = Array<string | number>;

interface SortSpec {
  /** The sort expressions, all in one direction, the id last. */
  keys: SQL[];
  descending: boolean;
  /** The cursor values of a row, matching `keys`. */
  cursorOf: (row: ApplicationRow) => ApplicationCursor;
  /** The cursor's values as typed SQL parameters (a cursor of another sort → null: refused). */
  params: (cursor: ApplicationCursor) => SQL[] | null;
}

const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
/** The stage's place in the lifecycle, of a column or of a cursor's value. */
const stageRank = (stage: SQL) =>
  sql`array_position(ARRAY[${sql.join(
    lifecycleStages.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[], ${stage})`;

function byTime(field: 'createdAt' | 'updatedAt', descending: boolean): SortSpec {
  return {
    keys: [toMillis(applications[field]), sql`${applications.id}`],
    descending,
    cursorOf: (row) => [row[field].toISOString(), row.id],
    params: (c) =>
      c.length === 2 && isIso(c[0]) && isUuid(c[1]) ? [timestampParam(c[0]), sql`${c[1]}::uuid`] : null,
  };
}

/** Each sort order with its keyset; every order ends on the id, so rows with equal keys page stably. */
const SORTS: Record<ApplicationSort, SortSpec> = {
  newest: byTime('createdAt', true),
  oldest: byTime('createdAt', false),
  updated: byTime('updatedAt', true),
  // Cursors keep the raw values; the database applies the same expressions to them as to the columns.
  name: {
    keys: [sql`lower(${applications.name})`, sql`${applications.id}`],
    descending: false,
    cursorOf: (row) => [row.name, row.id],
    params: (c) =>
      c.length === 2 && typeof c[0] === 'string' && isUuid(c[1])
        ? [sql`lower(${c[0]}::text)`, sql`${c[1]}::uuid`]
        : null,
  },
  stage: {
    keys: [
      stageRank(sql`${applications.stage}::text`),
      sql`lower(${applications.name})`,
      sql`${applications.id}`,
    ],
    descending: false,
    cursorOf: (row) => [row.stage, row.name, row.id],
    params: (c) =>
      c.length === 3 &&
      lifecycleStages.includes(c[0] as LifecycleStage) &&
      typeof c[1] === 'string' &&
      isUuid(c[2])
        ? [stageRank(sql`${c[0]}::text`), sql`lower(${c[1]}::text)`, sql`${c[2]}::uuid`]
        : null,
  },
};

/** The cursor of the row a page ends on, in the list's sort. */
export const applicationCursorOf = (sort: ApplicationSort, row: ApplicationRow) => SORTS[sort].cursorOf(row);

/**
 * Applications matching the filters in the chosen order (newest first by default), keyset-paginated: the
 * page after `after` starts right behind that cursor's row.
 */
export async function listApplications(
  tx: Tx,
  ctx: OrgContext,
  filters: ApplicationFilters,
  page: { limit: number; after?: ApplicationCursor | undefined },
): Promise<ApplicationRow[]> {
  const spec = SORTS[filters.sort ?? 'newest'];
  const conditions = await filterConditions(tx, ctx, filters);
  if (page.after) {
    const values = spec.params(page.after);
    if (!values) throw fieldError('query.cursor', 'is not a cursor of this list in this order');
    const row = sql`(${sql.join(spec.keys, sql`, `)})`;
    const at = sql`(${sql.join(values, sql`, `)})`;
    conditions.push(spec.descending ? sql`${row} < ${at}` : sql`${row} > ${at}`);
  }
  return tx
    .select()
    .from(applications)
    .where(and(...conditions))
    .orderBy(...spec.keys.map((k) => (spec.descending ? sql`${k} DESC` : sql`${k} ASC`)))
    .limit(page.limit);
}

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}
export interface UnitRef {
  id: string;
  name: string;
}

/** The owners and org units of a set of applications, to present them by name. */
export async function loadApplicationRefs(tx: Tx, rows: ApplicationRow[]) {
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is string => id !== null))];
  const owners = new Map<string, PersonRef>();
  if (ownerIds.length > 0) {
    const found = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, ownerIds));
    for (const person of found) owners.set(person.id, person);
  }
  const units = new Map<string, UnitRef[]>();
  if (rows.length > 0) {
    const found = await tx
      .select({ applicationId: applicationUnits.applicationId, id: orgUnits.id, name: orgUnits.name })
      .from(applicationUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, applicationUnits.orgUnitId))
      .where(
        inArray(
          applicationUnits.applicationId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(orgUnits.name);
    for (const u of found)
      units.set(u.applicationId, [...(units.get(u.applicationId) ?? []), { id: u.id, name: u.name }]);
  }
  return { owners, units };
}
