import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { organizations } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { csvText } from '../../../platform/http/csv';
import { workflows } from '../../quality/quality-schema';
import { type LifecycleStage, stageTransitions } from '../portfolio-schema';
import { applicationCsvRecord, csvHeader } from './application-csv';
import {
  type ApplicationCursor,
  type ApplicationFilters,
  applicationCursorOf,
  listApplications,
  loadApplicationRefs,
} from './application-list';
import type { ApplicationRow } from './applications';
import { listCustomFields, toDefinition } from './custom-fields';
import { federalInventoryHeader, federalInventoryRecord } from './federal-inventory';

const BATCH = 500;

/** Every application matching the filters, in the list's order, with what presenting them needs. */
export async function collectApplications(tx: Tx, ctx: OrgContext, filters: ApplicationFilters) {
  const rows: ApplicationRow[] = [];
  let after: ApplicationCursor | undefined;
  for (;;) {
    const batch = await listApplications(tx, ctx, filters, { limit: BATCH, after });
    rows.push(...batch);
    const last = batch.at(-1);
    if (batch.length < BATCH || !last) break;
    after = applicationCursorOf(filters.sort ?? 'newest', last);
  }
  const refs = await loadApplicationRefs(tx, rows);
  const fields = (await listCustomFields(tx, ctx)).map(toDefinition);
  return { rows, refs, fields };
}
export type CollectedApplications = Awaited<ReturnType<typeof collectApplications>>;

/** The applications as CSV in the import's columns (plus id, version and timestamps). */
export function applicationsCsv({ rows, refs, fields }: CollectedApplications): string {
  const records = rows.map((a) =>
    applicationCsvRecord(
      a,
      { owner: a.ownerId ? refs.owners.get(a.ownerId) : undefined, units: refs.units.get(a.id) ?? [] },
      fields,
    ),
  );
  return csvText([csvHeader(fields), ...records]);
}

/** The applications as rows of the federal AI use-case inventory (see federal-inventory.ts). */
export async function federalInventoryCsv(tx: Tx, ctx: OrgContext, collected: CollectedApplications) {
  const { rows, refs } = collected;
  const ids = rows.map((r) => r.id);
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  const tasks = new Map<string, string[]>();
  const entered = new Map<string, Partial<Record<LifecycleStage, Date>>>();
  const pausedFrom = new Map<string, LifecycleStage>();
  if (ids.length > 0) {
    const taskRows = await tx
      .select({ applicationId: workflows.applicationId, name: workflows.name })
      .from(workflows)
      .where(and(isNotNull(workflows.applicationId), inArray(workflows.applicationId, ids)))
      .orderBy(asc(workflows.createdAt));
    for (const t of taskRows) tasks.set(t.applicationId!, [...(tasks.get(t.applicationId!) ?? []), t.name]);
    const moves = await tx
      .select()
      .from(stageTransitions)
      .where(inArray(stageTransitions.applicationId, ids))
      .orderBy(asc(stageTransitions.occurredAt));
    for (const m of moves) {
      const dates = entered.get(m.applicationId) ?? {};
      dates[m.toStage] ??= m.occurredAt;
      entered.set(m.applicationId, dates);
      if (m.toStage === 'paused') pausedFrom.set(m.applicationId, m.fromStage);
    }
  }
  const records = rows.map((a) =>
    federalInventoryRecord({
      application: a,
      organizationName: org?.name ?? '',
      unitNames: (refs.units.get(a.id) ?? []).map((u) => u.name),
      taskNames: tasks.get(a.id) ?? [],
      owner: a.ownerId ? refs.owners.get(a.ownerId) : undefined,
      pausedFrom: pausedFrom.get(a.id) ?? null,
      enteredAt: { ...(entered.get(a.id) ?? {}), [a.stage]: entered.get(a.id)?.[a.stage] ?? a.createdAt },
    }),
  );
  return csvText([federalInventoryHeader(), ...records]);
}
