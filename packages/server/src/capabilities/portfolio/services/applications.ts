import { checkCustomFields } from '@trellis/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, recordAuditBatch } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { memberships } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { badRequest, conflict, type FieldError, notFound } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import {
  applications,
  applicationUnits,
  type audiences,
  type dataSensitivities,
  type LifecycleStage,
  type RiskTier,
} from '../portfolio-schema';
import { listCustomFields, toDefinition } from './custom-fields';

export type ApplicationRow = typeof applications.$inferSelect;
export type DataSensitivity = (typeof dataSensitivities)[number];
export type Audience = (typeof audiences)[number];
export interface ApplicationLink {
  label: string;
  url: string;
}

/** What an application says about itself; every field but the name is optional. */
export interface ApplicationFields {
  purpose?: string | undefined;
  ownerId?: string | null | undefined;
  riskTier?: RiskTier | undefined;
  dataSensitivity?: DataSensitivity | undefined;
  audience?: Audience | undefined;
  aiTools?: string[] | undefined;
  links?: ApplicationLink[] | undefined;
  /** Values by field key; when given, checked against the organization's custom fields (required ones too). */
  customFields?: Record<string, unknown> | undefined;
  orgUnitIds?: string[] | undefined;
}

export interface NewApplication extends ApplicationFields {
  name: string;
  stage?: LifecycleStage | undefined;
}

export interface ApplicationChanges extends ApplicationFields {
  name?: string | undefined;
  /** The version the change was made against: a newer stored version makes it a 409. */
  version: number;
}

/** Field errors for references that are not the organization's: a person who is not a member, a unit of another. */
async function checkReferences(
  tx: Tx,
  ctx: OrgContext,
  input: ApplicationFields,
  prefix: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (input.ownerId) {
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, input.ownerId)));
    if (!member)
      errors.push({ path: `${prefix}ownerId`, message: 'No member of the organization has this id.' });
  }
  const unitIds = [...new Set(input.orgUnitIds ?? [])];
  if (unitIds.length > 0) {
    const found = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), inArray(orgUnits.id, unitIds)));
    const known = new Set(found.map((u) => u.id));
    const missing = unitIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      errors.push({
        path: `${prefix}orgUnitIds`,
        message: `No org unit of the organization has the id ${missing.join(', ')}.`,
      });
    }
  }
  if (input.customFields !== undefined) {
    const fields = (await listCustomFields(tx, ctx)).map(toDefinition);
    for (const problem of checkCustomFields(fields, input.customFields).problems) {
      errors.push({ path: `${prefix}customFields.${problem.key}`, message: problem.message });
    }
  }
  return errors;
}

/** Throws one 400 naming every field at fault, so a form can mark them all at once. */
function throwIfErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw badRequest(errors.map((e) => e.message).join(' '), errors);
}

async function setUnits(tx: Tx, ctx: OrgContext, applicationId: string, unitIds: string[]) {
  await tx.delete(applicationUnits).where(eq(applicationUnits.applicationId, applicationId));
  const unique = [...new Set(unitIds)];
  if (unique.length > 0) {
    await tx
      .insert(applicationUnits)
      .values(unique.map((orgUnitId) => ({ organizationId: ctx.organizationId, applicationId, orgUnitId })));
  }
}

const describe = (a: ApplicationRow, orgUnitIds: string[]) => ({
  name: a.name,
  purpose: a.purpose,
  ownerId: a.ownerId,
  stage: a.stage,
  riskTier: a.riskTier,
  dataSensitivity: a.dataSensitivity,
  audience: a.audience,
  aiTools: a.aiTools,
  links: a.links,
  customFields: a.customFields,
  orgUnitIds,
  version: a.version,
});

/** Registers an application; the shared entry point other capabilities (and their tests) build on. */
export async function createApplication(
  tx: Tx,
  ctx: OrgContext,
  input: NewApplication,
): Promise<ApplicationRow> {
  throwIfErrors(await checkReferences(tx, ctx, input, 'body.'));
  const customFields =
    input.customFields === undefined
      ? {}
      : checkCustomFields((await listCustomFields(tx, ctx)).map(toDefinition), input.customFields).values;
  const [row] = await tx
    .insert(applications)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      purpose: input.purpose ?? '',
      ownerId: input.ownerId ?? null,
      stage: input.stage ?? 'idea',
      riskTier: input.riskTier ?? 'low',
      dataSensitivity: input.dataSensitivity ?? 'internal',
      audience: input.audience ?? 'internal',
      aiTools: input.aiTools ?? [],
      links: input.links ?? [],
      customFields,
    })
    .returning();
  const application = row!;
  await setUnits(tx, ctx, application.id, input.orgUnitIds ?? []);
  await recordAudit(tx, ctx, {
    action: 'application.created',
    entityType: 'application',
    entityId: application.id,
    after: describe(application, input.orgUnitIds ?? []),
  });
  return application;
}

const IMPORT_BATCH = 500;

/**
 * Registers many applications whose references and custom field values the caller has checked (the CSV
 * import): multi-row inserts in batches, with one audit event per application, in the caller's transaction.
 */
export async function createCheckedApplications(
  tx: Tx,
  ctx: OrgContext,
  inputs: NewApplication[],
  source: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < inputs.length; start += IMPORT_BATCH) {
    const batch = inputs.slice(start, start + IMPORT_BATCH);
    const rows = await tx
      .insert(applications)
      .values(
        batch.map((input) => ({
          organizationId: ctx.organizationId,
          name: input.name,
          purpose: input.purpose ?? '',
          ownerId: input.ownerId ?? null,
          stage: input.stage ?? 'idea',
          riskTier: input.riskTier ?? 'low',
          dataSensitivity: input.dataSensitivity ?? 'internal',
          audience: input.audience ?? 'internal',
          aiTools: input.aiTools ?? [],
          links: input.links ?? [],
          customFields: (input.customFields ?? {}) as ApplicationRow['customFields'],
        })),
      )
      .returning();
    const units = rows.flatMap((row, i) =>
      [...new Set(batch[i]!.orgUnitIds ?? [])].map((orgUnitId) => ({
        organizationId: ctx.organizationId,
        applicationId: row.id,
        orgUnitId,
      })),
    );
    if (units.length > 0) await tx.insert(applicationUnits).values(units);
    await recordAuditBatch(
      tx,
      ctx,
      rows.map((row, i) => ({
        action: 'application.created',
        entityType: 'application',
        entityId: row.id,
        after: { ...describe(row, batch[i]!.orgUnitIds ?? []), source },
      })),
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function getApplication(tx: Tx, ctx: OrgContext, id: string): Promise<ApplicationRow> {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, id)));
  if (!row) throw notFound('The application');
  return row;
}

export function staleVersion(current: ApplicationRow, sent: number) {
  return conflict(
    `The application changed since you loaded it (you sent version ${sent}, it is now version ${current.version}). Reload it and apply your change again.`,
  );
}

/**
 * Applies an edit made against `changes.version`. The update is conditional on that version, so two
 * people editing at once cannot overwrite each other: the second gets a 409 and nothing changes.
 */
export async function updateApplication(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  changes: ApplicationChanges,
): Promise<ApplicationRow> {
  const current = await getApplication(tx, ctx, id);
  if (current.version !== changes.version) throw staleVersion(current, changes.version);
  throwIfErrors(await checkReferences(tx, ctx, changes, 'body.'));
  const beforeUnits = await unitIdsOf(tx, [id]);
  const customFields =
    changes.customFields === undefined
      ? undefined
      : checkCustomFields((await listCustomFields(tx, ctx)).map(toDefinition), changes.customFields).values;
  const [row] = await tx
    .update(applications)
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.purpose !== undefined ? { purpose: changes.purpose } : {}),
      ...(changes.ownerId !== undefined ? { ownerId: changes.ownerId } : {}),
      ...(changes.riskTier !== undefined ? { riskTier: changes.riskTier } : {}),
      ...(changes.dataSensitivity !== undefined ? { dataSensitivity: changes.dataSensitivity } : {}),
      ...(changes.audience !== undefined ? { audience: changes.audience } : {}),
      ...(changes.aiTools !== undefined ? { aiTools: changes.aiTools } : {}),
      ...(changes.links !== undefined ? { links: changes.links } : {}),
      ...(customFields !== undefined ? { customFields } : {}),
      version: sql`${applications.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        eq(applications.id, id),
        eq(applications.version, changes.version),
      ),
    )
    .returning();
  if (!row) throw staleVersion(await getApplication(tx, ctx, id), changes.version);
  if (changes.orgUnitIds !== undefined) await setUnits(tx, ctx, id, changes.orgUnitIds);
  const afterUnits = changes.orgUnitIds ?? beforeUnits.get(id) ?? [];
  await recordAudit(tx, ctx, {
    action: 'application.updated',
    entityType: 'application',
    entityId: id,
    before: describe(current, beforeUnits.get(id) ?? []),
    after: describe(row, afterUnits),
  });
  return row;
}

/** The org units of each application, by application id. */
export async function unitIdsOf(tx: Tx, applicationIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (applicationIds.length === 0) return out;
  const rows = await tx
    .select({ applicationId: applicationUnits.applicationId, orgUnitId: applicationUnits.orgUnitId })
    .from(applicationUnits)
    .where(inArray(applicationUnits.applicationId, applicationIds));
  for (const r of rows) out.set(r.applicationId, [...(out.get(r.applicationId) ?? []), r.orgUnitId]);
  return out;
}
