import { randomInt } from 'node:crypto';
import {
  type Criterion,
  type DefectRule,
  defaultMonitor,
  monitorPromise,
  type SamplingSettings,
  samplingPolicySpec,
  validateRubric,
} from '@trellis/core';
import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { withFieldNames } from '../../../platform/http/field-errors';
import { fieldError, notFound } from '../../../platform/http/problem';
import { applications } from '../../portfolio/portfolio-schema';
import { qualityStandards, samplingStates, workflows } from '../quality-schema';
import { policyOf } from './sampling';

export type WorkflowRow = typeof workflows.$inferSelect;
export type StandardRow = typeof qualityStandards.$inferSelect;

export async function createWorkflow(
  tx: Tx,
  ctx: OrgContext,
  input: {
    name: string;
    description?: string | undefined;
    samplingSalt?: number | undefined;
    /** The application this workflow is a task of; it must be one of the organization's. */
    applicationId?: string | null | undefined;
  },
) {
  if (input.applicationId) {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(
        and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, input.applicationId)),
      );
    if (!application)
      throw fieldError('body.applicationId', 'No application of the organization has this id.');
  }
  const [row] = await tx
    .insert(workflows)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      description: input.description ?? '',
      applicationId: input.applicationId ?? null,
      samplingSalt: input.samplingSalt ?? randomInt(0, 2 ** 31),
    })
    .returning();
  const workflow = row!;
  await recordAudit(tx, ctx, {
    action: 'workflow.created',
    entityType: 'workflow',
    entityId: workflow.id,
    after: { name: workflow.name, description: workflow.description, applicationId: workflow.applicationId },
  });
  return workflow;
}

export async function getWorkflow(tx: Tx, ctx: OrgContext, id: string): Promise<WorkflowRow> {
  const [row] = await tx
    .select()
    .from(workflows)
    .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.id, id)));
  if (!row) throw notFound('The workflow');
  return row;
}

export async function listWorkflows(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; before?: [string, string] | undefined },
): Promise<WorkflowRow[]> {
  const before = page.before
    ? or(
        lt(workflows.createdAt, new Date(page.before[0])),
        and(eq(workflows.createdAt, new Date(page.before[0])), lt(workflows.id, page.before[1])),
      )
    : undefined;
  return tx
    .select()
    .from(workflows)
    .where(and(eq(workflows.organizationId, ctx.organizationId), before))
    .orderBy(desc(workflows.createdAt), desc(workflows.id))
    .limit(page.limit);
}

/** Makes an existing workflow a task of an application of the same organization (or of none). */
export async function setWorkflowApplication(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  applicationId: string | null,
): Promise<WorkflowRow> {
  const before = await getWorkflow(tx, ctx, workflowId);
  if (applicationId) {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, applicationId)));
    if (!application)
      throw fieldError('body.applicationId', 'No application of the organization has this id.');
  }
  const [row] = await tx
    .update(workflows)
    .set({ applicationId })
    .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.id, workflowId)))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'workflow.application_changed',
    entityType: 'workflow',
    entityId: workflowId,
    before: { applicationId: before.applicationId },
    after: { applicationId },
  });
  return row!;
}

/** The tasks of an application: its workflows, in the order they were added. */
export async function listApplicationWorkflows(tx: Tx, ctx: OrgContext, applicationId: string) {
  return tx
    .select()
    .from(workflows)
    .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.applicationId, applicationId)))
    .orderBy(asc(workflows.createdAt), asc(workflows.id));
}

/** A workflow with the newest version of its standard, in one query (the ingestion path). */
export async function getWorkflowWithStandard(tx: Tx, ctx: OrgContext, id: string) {
  const newest = sql`(SELECT max(q.version) FROM ${qualityStandards} q WHERE q.workflow_id = ${workflows.id})`;
  const [row] = await tx
    .select({ workflow: workflows, standard: qualityStandards })
    .from(workflows)
    .leftJoin(
      qualityStandards,
      and(eq(qualityStandards.workflowId, workflows.id), eq(qualityStandards.version, newest)),
    )
    .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.id, id)));
  if (!row) throw notFound('The workflow');
  return { workflow: row.workflow, standard: row.standard ?? undefined };
}

/** The newest version of a workflow's standard, or a given version. */
export async function getStandard(
  tx: Tx,
  workflowId: string,
  version?: number,
): Promise<StandardRow | undefined> {
  const [row] = await tx
    .select()
    .from(qualityStandards)
    .where(
      and(
        eq(qualityStandards.workflowId, workflowId),
        version === undefined ? undefined : eq(qualityStandards.version, version),
      ),
    )
    .orderBy(desc(qualityStandards.version))
    .limit(1);
  return row;
}

export async function listStandards(tx: Tx, workflowId: string): Promise<StandardRow[]> {
  return tx
    .select()
    .from(qualityStandards)
    .where(eq(qualityStandards.workflowId, workflowId))
    .orderBy(desc(qualityStandards.version));
}

export interface StandardInput {
  criteria: Criterion[];
  defectRule: DefectRule;
  outgoingLimit: number;
  limitScope: 'segment' | 'workflow';
  policy: SamplingSettings['policy'];
  fraction?: number | undefined;
  floor?: number | undefined;
  segmentKeys: string[];
  segmentCapacity: number;
  judgeThreshold?: number | null | undefined;
  monitor?: SamplingSettings['monitor'] | undefined;
  doubleReviewFraction: number;
}

/** Strata a standard's policy keeps: a stratum per segment, doubled when a judge score stratifies. */
/**
 * The standard's drift-monitor promise next to what it should deliver at the policy's real review rate
 * (core's monitorPromise); null without a monitor. The quality summary, the what-if page and `qa simulate`
 * show both.
 */
export function standardMonitorPromise(standard: {
  outgoingLimit: number;
  limitScope: 'segment' | 'workflow';
  policy: SamplingSettings['policy'];
  fraction: number | null;
  floor: number | null;
  segmentCapacity: number;
  judgeThreshold: number | null;
  monitor: unknown;
}) {
  return monitorPromise({
    limit: standard.outgoingLimit,
    scope: standard.limitScope,
    policy: standard.policy,
    ...(standard.fraction === null ? {} : { fraction: standard.fraction }),
    ...(standard.floor === null ? {} : { floor: standard.floor }),
    strata: strataOf(standard),
    monitor: standard.monitor as SamplingSettings['monitor'],
  });
}

export function strataOf(standard: Pick<StandardInput, 'segmentCapacity' | 'judgeThreshold'>): number {
  return (
    standard.segmentCapacity *
    (standard.judgeThreshold === null || standard.judgeThreshold === undefined ? 1 : 2)
  );
}

// Core names its parameters; the API names its fields.
const FIELD_OF_PARAMETER: Record<string, string> = {
  limit: 'outgoingLimit',
  strata: 'segmentCapacity',
  f: 'fraction',
};

/** Saves a new version of the workflow's standard; the previous versions stay as they were. */
export async function createStandardVersion(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  input: StandardInput,
) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const monitor = input.monitor ?? defaultMonitor(input.outgoingLimit);
  const policySpec = withFieldNames({ at: 'body.', rename: FIELD_OF_PARAMETER }, () => {
    validateRubric(input.criteria, input.defectRule);
    return samplingPolicySpec({
      limit: input.outgoingLimit,
      scope: input.limitScope,
      policy: input.policy,
      fraction: input.fraction,
      floor: input.floor,
      strata: strataOf(input),
      monitor,
    });
  });
  const previous = await getStandard(tx, workflow.id);
  const [row] = await tx
    .insert(qualityStandards)
    .values({
      organizationId: ctx.organizationId,
      workflowId: workflow.id,
      version: (previous?.version ?? 0) + 1,
      ...input,
      fraction: input.fraction ?? null,
      floor: input.floor ?? null,
      judgeThreshold: input.judgeThreshold ?? null,
      monitor,
      policySpec,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  const standard = row!;
  // The state row exists from the first standard on, so ingestion can lock it in the query that reads the
  // workflow (ingestion-snapshot.ts). A later version finds the row and starts its fresh state there.
  await tx
    .insert(samplingStates)
    .values({
      workflowId: workflow.id,
      organizationId: ctx.organizationId,
      standardVersion: standard.version,
      strataTable: {},
      state: policyOf(standard).initialState(),
    })
    .onConflictDoNothing();
  await recordAudit(tx, ctx, {
    action: previous ? 'quality_standard.revised' : 'quality_standard.created',
    entityType: 'workflow',
    entityId: workflow.id,
    before: previous ? describeStandard(previous) : null,
    after: describeStandard(standard),
  });
  return standard;
}

function describeStandard(s: StandardRow) {
  return {
    version: s.version,
    outgoingLimit: s.outgoingLimit,
    limitScope: s.limitScope,
    policy: s.policy,
    segmentKeys: s.segmentKeys,
    criteria: (s.criteria as Criterion[]).map((c) => c.key),
  };
}
