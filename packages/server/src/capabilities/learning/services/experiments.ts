import {
  canTransition,
  describeRefusedTransition,
  type ExperimentDesign,
  type ExperimentResult,
  type ExperimentStatus,
  experimentTransitions,
} from '@trellis/core';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, HttpProblem, notFound } from '../../../platform/http/problem';
import { getApplication } from '../../portfolio/index';
import type { LifecycleStage } from '../../portfolio/portfolio-schema';
import { type ExperimentMetric, experiments, type MetricResult } from '../learning-schema';
import { actingPerson } from './learning-actor';
import { indexSearchDocument } from './search';

export type ExperimentRow = typeof experiments.$inferSelect;

export interface NewExperiment {
  applicationId: string;
  title: string;
  hypothesis: string;
  design: ExperimentDesign;
  approaches?: string[] | undefined;
  metrics: ExperimentMetric[];
  stage?: LifecycleStage | undefined;
  startsOn: Date;
  endsOn?: Date | null | undefined;
}

/** An application of the organization, or a 400 naming the field that referred to it. */
export async function requireApplication(tx: Tx, ctx: OrgContext, id: string, path: string) {
  try {
    return await getApplication(tx, ctx, id);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404)
      throw fieldError(path, 'No application with this id in the organization.');
    throw error;
  }
}

function checkDesign(
  input: Pick<NewExperiment, 'design' | 'approaches' | 'metrics' | 'startsOn' | 'endsOn'>,
) {
  const approaches = input.approaches ?? [];
  if (input.design === 'ab' && approaches.length !== 2)
    throw fieldError('body.approaches', 'An A/B experiment compares exactly two approaches.');
  if (input.design !== 'ab' && approaches.length > 0)
    throw fieldError('body.approaches', 'Only an A/B experiment names approaches.');
  const names = input.metrics.map((m) => m.name.toLowerCase());
  if (new Set(names).size !== names.length) throw fieldError('body.metrics', 'Metric names must differ.');
  if (input.endsOn && input.endsOn < input.startsOn)
    throw fieldError('body.endsOn', 'The end is before the start.');
}

async function index(tx: Tx, e: ExperimentRow) {
  await indexSearchDocument(tx, e.organizationId, {
    kind: 'experiment',
    entityId: e.id,
    title: e.title,
    body: [e.hypothesis, e.metrics.map((m) => m.name).join(', '), e.resultNote, e.decision]
      .filter(Boolean)
      .join('\n'),
    link: `/learning/experiments/${e.id}`,
  });
}

export async function createExperiment(tx: Tx, ctx: OrgContext, input: NewExperiment) {
  const application = await requireApplication(tx, ctx, input.applicationId, 'body.applicationId');
  checkDesign(input);
  const [row] = await tx
    .insert(experiments)
    .values({
      organizationId: ctx.organizationId,
      applicationId: application.id,
      stage: input.stage ?? application.stage,
      title: input.title,
      hypothesis: input.hypothesis,
      design: input.design,
      approaches: input.approaches ?? [],
      metrics: input.metrics,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      status: input.startsOn.getTime() <= Date.now() ? 'running' : 'planned',
      createdBy: actingPerson(ctx),
    })
    .returning();
  const experiment = row!;
  await index(tx, experiment);
  await recordAudit(tx, ctx, {
    action: 'experiment.created',
    entityType: 'experiment',
    entityId: experiment.id,
    after: { title: experiment.title, applicationId: application.id, design: experiment.design },
  });
  return experiment;
}

export async function getExperiment(tx: Tx, ctx: OrgContext, id: string): Promise<ExperimentRow> {
  const [row] = await tx
    .select()
    .from(experiments)
    .where(and(eq(experiments.organizationId, ctx.organizationId), eq(experiments.id, id)));
  if (!row) throw notFound('The experiment');
  return row;
}

export async function listExperiments(
  tx: Tx,
  ctx: OrgContext,
  filter: { applicationId?: string | undefined; status?: ExperimentStatus | undefined },
  page: { limit: number; before?: [string, string] | undefined },
) {
  const conditions: (SQL | undefined)[] = [eq(experiments.organizationId, ctx.organizationId)];
  if (filter.applicationId) conditions.push(eq(experiments.applicationId, filter.applicationId));
  if (filter.status) conditions.push(eq(experiments.status, filter.status));
  if (page.before) {
    const at = new Date(page.before[0]);
    conditions.push(
      or(
        lt(experiments.createdAt, at),
        and(eq(experiments.createdAt, at), lt(experiments.id, page.before[1])),
      ),
    );
  }
  return tx
    .select()
    .from(experiments)
    .where(and(...conditions))
    .orderBy(desc(experiments.createdAt), desc(experiments.id))
    .limit(page.limit);
}

export async function changeExperimentStatus(tx: Tx, ctx: OrgContext, id: string, status: ExperimentStatus) {
  const before = await getExperiment(tx, ctx, id);
  if (!canTransition(experimentTransitions, before.status, status))
    throw conflict(
      `The experiment cannot move to ${status}. ${describeRefusedTransition(experimentTransitions, before.status, status)}`,
    );
  const [row] = await tx
    .update(experiments)
    .set({ status, updatedAt: new Date() })
    .where(eq(experiments.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'experiment.status_changed',
    entityType: 'experiment',
    entityId: id,
    before: { status: before.status },
    after: { status },
  });
  return row!;
}

export interface ExperimentResultInput {
  result: ExperimentResult;
  numbers: MetricResult[];
  note: string;
  decision: string;
}

/**
 * A person records the result with its numbers (a running or completed experiment); the experiment is
 * then completed. `resultFromEvidence` in core is the rule that will compute it once measurements exist.
 */
export async function recordExperimentResult(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: ExperimentResultInput,
) {
  const before = await getExperiment(tx, ctx, id);
  if (before.status !== 'running' && before.status !== 'completed')
    throw conflict(`A result is recorded once the experiment runs; it is ${before.status}.`);
  const known = new Set(before.metrics.map((m) => m.name));
  input.numbers.forEach((n, i) => {
    if (!known.has(n.metric))
      throw fieldError(`body.numbers.${i}.metric`, `"${n.metric}" is not one of the experiment's metrics.`);
  });
  const now = new Date();
  const [row] = await tx
    .update(experiments)
    .set({
      status: 'completed',
      result: input.result,
      resultNumbers: input.numbers,
      resultNote: input.note,
      decision: input.decision,
      resultRecordedBy: actingPerson(ctx),
      resultRecordedAt: now,
      endsOn: before.endsOn ?? now,
      updatedAt: now,
    })
    .where(eq(experiments.id, id))
    .returning();
  const experiment = row!;
  await index(tx, experiment);
  await recordAudit(tx, ctx, {
    action: 'experiment.result_recorded',
    entityType: 'experiment',
    entityId: id,
    before: { status: before.status, result: before.result, decision: before.decision },
    after: { status: 'completed', result: input.result, numbers: input.numbers, decision: input.decision },
  });
  return experiment;
}
