import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { outputs } from '../db/quality-schema';
import type { Tx } from '../db/types';
import { HttpProblem, notFound } from '../http/problem';
import { drawFor, lockSamplingState, placeOutput, saveSamplingState } from './sampling';
import { getStandard, getWorkflow } from './workflows';

export type OutputRow = typeof outputs.$inferSelect;

export interface OutputInput {
  clientId: string;
  content?: string | undefined;
  link?: string | undefined;
  metadata?: Record<string, string | number | boolean | null> | undefined;
  judgeScore?: number | undefined;
}

function contentHash(input: OutputInput): string {
  const canonical = JSON.stringify([
    input.content ?? null,
    input.link ?? null,
    input.metadata ?? {},
    input.judgeScore ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function describeDecision(row: OutputRow) {
  return {
    id: row.id,
    clientId: row.clientId,
    review: row.selected,
    pi: row.pi,
    segment: row.segment,
    status: row.status,
    standardVersion: row.standardVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Logs AI outputs and decides, for each, whether a person reviews it. One transaction: the workflow's
 * sampling state is locked, each new output gets π from the policy and a draw keyed on its client id,
 * and all rows and the new state commit together. A retried client id returns the stored decision; the
 * same id with different content is refused (409) with that decision, and nothing of the batch is stored.
 */
export async function ingestOutputs(tx: Tx, ctx: OrgContext, workflowId: string, inputs: OutputInput[]) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const standard = await getStandard(tx, workflow.id);
  if (!standard) {
    throw new HttpProblem(
      409,
      'conflict',
      'This workflow has no quality standard yet; define one before logging outputs.',
    );
  }
  const session = await lockSamplingState(tx, workflow, standard);
  const clientIds = inputs.map((i) => i.clientId);
  const existing = new Map(
    (
      await tx
        .select()
        .from(outputs)
        .where(and(eq(outputs.workflowId, workflow.id), inArray(outputs.clientId, clientIds)))
    ).map((row) => [row.clientId, row]),
  );
  const results: Array<{ row: OutputRow } | { index: number; duplicate: boolean }> = [];
  const fresh: Array<typeof outputs.$inferInsert> = [];
  const hashes = new Map<string, string>();
  for (const [index, input] of inputs.entries()) {
    const hash = contentHash(input);
    const stored = existing.get(input.clientId);
    const seen = hashes.get(input.clientId);
    if ((stored && stored.contentHash !== hash) || (seen !== undefined && seen !== hash)) {
      throw new HttpProblem(
        409,
        'conflict',
        `Output ${index} reuses client id "${input.clientId}" with different content.`,
        [{ path: `body.outputs.${index}.clientId`, message: 'already used for different content' }],
        {},
        stored ? describeDecision(stored) : undefined,
      );
    }
    if (stored) {
      results.push({ row: stored });
      continue;
    }
    if (seen !== undefined) {
      results.push({ index: fresh.findIndex((f) => f.clientId === input.clientId), duplicate: true });
      continue;
    }
    hashes.set(input.clientId, hash);
    const judgeScore = input.judgeScore ?? null;
    const { segment, stratum } = placeOutput(session, input.metadata ?? {}, judgeScore);
    const decision = session.policy.decide(session.state, { stratum }, drawFor(workflow, input.clientId));
    session.state = decision.state;
    results.push({ index: fresh.length, duplicate: false });
    fresh.push({
      organizationId: ctx.organizationId,
      workflowId: workflow.id,
      clientId: input.clientId,
      contentHash: hash,
      content: input.content ?? null,
      link: input.link ?? null,
      metadata: input.metadata ?? {},
      judgeScore,
      segment,
      stratum,
      pi: decision.pi,
      selected: decision.review,
      standardVersion: standard.version,
      status: decision.review ? 'queued' : 'released',
    });
  }
  const inserted = fresh.length ? await tx.insert(outputs).values(fresh).returning() : [];
  if (fresh.length) await saveSamplingState(tx, workflow.id, session);
  return results.map((r) =>
    'row' in r
      ? { ...describeDecision(r.row), duplicate: true }
      : { ...describeDecision(inserted[r.index]!), duplicate: r.duplicate },
  );
}

export async function getOutput(tx: Tx, ctx: OrgContext, id: string): Promise<OutputRow> {
  const [row] = await tx
    .select()
    .from(outputs)
    .where(and(eq(outputs.organizationId, ctx.organizationId), eq(outputs.id, id)));
  if (!row) throw notFound('The output');
  return row;
}
