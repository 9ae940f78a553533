import { type CustomFieldDefinition, checkCustomFieldValue, parseCustomFieldText } from '@trellis/core';
import { and, desc, eq, exists, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { orgUnits } from '../db/capacity-schema';
import { applications, applicationUnits, type LifecycleStage, type RiskTier } from '../db/portfolio-schema';
import { users } from '../db/schema';
import type { Tx } from '../db/types';
import { fieldError } from '../http/problem';
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

/** Applications matching the filters, newest first, keyset-paginated on (created at, id). */
export async function listApplications(
  tx: Tx,
  ctx: OrgContext,
  filters: ApplicationFilters,
  page: { limit: number; before?: [string, string] | undefined },
): Promise<ApplicationRow[]> {
  const conditions = await filterConditions(tx, ctx, filters);
  if (page.before) {
    const at = new Date(page.before[0]);
    conditions.push(
      or(
        lt(applications.createdAt, at),
        and(eq(applications.createdAt, at), lt(applications.id, page.before[1])),
      )!,
    );
  }
  return tx
    .select()
    .from(applications)
    .where(and(...conditions))
    .orderBy(desc(applications.createdAt), desc(applications.id))
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
