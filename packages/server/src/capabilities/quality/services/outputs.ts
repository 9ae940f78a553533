import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hasRole } from '../../../platform/auth/roles';
import { executeAndCommit } from '../../../platform/db/pipeline';
import { selectRows, statement } from '../../../platform/db/rows';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { uniqueViolation } from '../../../platform/db/violations';
import { HttpProblem, notFound } from '../../../platform/http/problem';
import { goldItems, outputs, reviews } from '../quality-schema';
import { type EarlierOutput, loadIngestionSnapshot } from './ingestion-snapshot';
import { addOutputsToDailySums, addOutputsToSums } from './quality-sums';
import {
  decideOutput,
  drawFor,
  placeOutput,
  type SamplingSession,
  samplingStateUpdate,
  samplingStateValues,
} from './sampling';
import { getWorkflowWithStandard } from './workflows';

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

export function describeDecision(row: OutputRow | EarlierOutput) {
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
/**
 * Decides and stores outputs of one workflow. `last`: nothing follows in this transaction, so the insert
 * carries the COMMIT in its round trip (executeAndCommit).
 */
export async function ingestOutputs(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  inputs: OutputInput[],
  { last = false }: { last?: boolean } = {},
) {
  const {
    workflow,
    standard,
    session,
    earlier: existing,
    heldSegments,
  } = await loadIngestionSnapshot(
    tx,
    ctx,
    workflowId,
    inputs.map((i) => i.clientId),
  );
  if (!standard || !session) {
    throw new HttpProblem(
      409,
      'conflict',
      'This workflow has no quality standard yet; define one before logging outputs.',
    );
  }
  const results: Array<{ row: OutputRow | EarlierOutput } | { index: number; duplicate: boolean }> = [];
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
    const decision = decideOutput(
      session,
      { stratum, metadata: input.metadata ?? {} },
      drawFor(workflow, input.clientId),
      heldSegments,
    );
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
  const inserted = fresh.length ? await insertOutputsAndState(tx, fresh, session, last) : [];
  return results.map((r) =>
    'row' in r
      ? { ...describeDecision(r.row), duplicate: true }
      : { ...describeDecision(inserted[r.index]!), duplicate: r.duplicate },
  );
}

/** Another request stored one of these client ids between our lookup and our insert; retry the request. */
export class ConcurrentOutputError extends Error {
  override readonly name = 'ConcurrentOutputError';
}

/** The ingestion statement: the outputs (one JSON parameter), the sampling state, the sums. Built once. */
const insertStatement = statement<
  { rows: string } & ReturnType<typeof samplingStateValues>,
  { id: string; client_id: string; created_at: string | Date }
>(
  'ingestion-insert',
  (v) => sql`WITH inserted AS (
      INSERT INTO ${outputs} (organization_id, workflow_id, client_id, content_hash, content, link, metadata,
        judge_score, segment, stratum, pi, selected, standard_version, status)
      SELECT organization_id, workflow_id, client_id, content_hash, content, link, metadata, judge_score,
        segment, stratum, pi, selected, standard_version, status
      FROM json_to_recordset(${v.rows}::json) AS r(organization_id uuid, workflow_id uuid, client_id text,
        content_hash text, content text, link text, metadata jsonb, judge_score float8, segment text, stratum int,
        pi float8, selected boolean, standard_version int, status text)
      RETURNING id, client_id, created_at, organization_id, workflow_id, standard_version, segment, selected, pi
    ), saved AS (
      ${samplingStateUpdate(v)}
    ), summed AS (
      ${addOutputsToSums('inserted')}
    ), daily AS (
      ${addOutputsToDailySums('inserted')}
    )
    SELECT id, client_id, created_at FROM inserted`,
);

/**
 * One statement stores the whole batch and the new sampling state, so the state row stays locked for as
 * few round trips as possible. The rows travel as a single JSON parameter: binding thousands of separate
 * parameters costs more than the insert itself. A client id a concurrent request stored first fails the
 * statement on the unique index, before anything is kept (with `last`, the COMMIT behind it never runs);
 * the whole transaction is rolled back (ConcurrentOutputError) and retried.
 */
async function insertOutputsAndState(
  tx: Tx,
  rows: Array<typeof outputs.$inferInsert>,
  session: SamplingSession,
  last: boolean,
): Promise<OutputRow[]> {
  const json = JSON.stringify(
    rows.map((r) => ({
      organization_id: r.organizationId,
      workflow_id: r.workflowId,
      client_id: r.clientId,
      content_hash: r.contentHash,
      content: r.content,
      link: r.link,
      metadata: r.metadata,
      judge_score: r.judgeScore,
      segment: r.segment,
      stratum: r.stratum,
      pi: r.pi,
      selected: r.selected,
      standard_version: r.standardVersion,
      status: r.status,
    })),
  );
  const insert = () =>
    insertStatement(tx, { rows: json, ...samplingStateValues(rows[0]!.workflowId, session, rows.length) });
  let created: Awaited<ReturnType<typeof insert>>;
  try {
    created = await (last ? executeAndCommit(tx, insert) : insert());
  } catch (error) {
    if (uniqueViolation(error) === 'outputs_client_key') throw new ConcurrentOutputError();
    throw error;
  }
  const byClientId = new Map(created.map((c) => [c.client_id, c]));
  return rows.map((r) => {
    const made = byClientId.get(r.clientId)!;
    return { ...(r as OutputRow), id: made.id, createdAt: new Date(made.created_at), flagged: false };
  });
}

export async function getOutput(tx: Tx, ctx: OrgContext, id: string): Promise<OutputRow> {
  const [row] = await tx
    .select()
    .from(outputs)
    .where(and(eq(outputs.organizationId, ctx.organizationId), eq(outputs.id, id)));
  if (!row) throw notFound('The output');
  return row;
}

/**
 * An output with its verdict, gold status and reviews. Reviews of others are shown to leads and above only:
 * a reviewer may yet be asked for a blind second review of the same output.
 */
export async function getOutputDetail(tx: Tx, ctx: OrgContext, id: string) {
  const row = await getOutput(tx, ctx, id);
  const all = await tx
    .select({
      kind: reviews.kind,
      defect: reviews.defect,
      comment: reviews.comment,
      standardVersion: reviews.standardVersion,
      createdAt: reviews.createdAt,
      reviewerId: reviews.reviewerId,
      reviewerName: users.name,
    })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.reviewerId))
    .where(eq(reviews.outputId, row.id))
    .orderBy(reviews.createdAt);
  const [gold] = await tx.select({ id: goldItems.id }).from(goldItems).where(eq(goldItems.outputId, row.id));
  const verdict = all.find((r) => r.kind !== 'second');
  const seesAll = hasRole(ctx.role, 'lead');
  return {
    row,
    defect: verdict ? verdict.defect : null,
    gold: Boolean(gold),
    reviewCount: all.length,
    reviews: all.filter((r) => seesAll || (ctx.actor.type === 'user' && r.reviewerId === ctx.actor.id)),
  };
}

/** The same, found by the client id it was logged with in a workflow (the SDKs wait on it by that id). */
export async function getOutputDetailByClientId(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  clientId: string,
) {
  const [row] = await tx
    .select({ id: outputs.id })
    .from(outputs)
    .where(
      and(
        eq(outputs.organizationId, ctx.organizationId),
        eq(outputs.workflowId, workflowId),
        eq(outputs.clientId, clientId),
      ),
    );
  if (!row) throw notFound('The output');
  return getOutputDetail(tx, ctx, row.id);
}

export interface OutputFilter {
  status?: OutputRow['status'] | undefined;
  segment?: string | undefined;
  flagged?: boolean | undefined;
  defect?: boolean | undefined;
}

/**
 * A workflow's outputs, newest first, with the verdict of their sampled or flagged review and whether they
 * are gold: what a lead browses to audit decisions and pick calibration examples. Keyset-paged on the raw
 * created_at and id, read in the order of outputs_workflow_recent_idx (outputs_defect_recent_idx when
 * filtered by defect): a page reads its rows and no more, however many outputs there are. The ORDER BY says
 * NULLS LAST as the indexes do; with PostgreSQL's default for DESC (NULLS FIRST) their order cannot serve it,
 * and the plan sorts every matching output (outputs-plan.test.ts).
 */
export async function listOutputs(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  filter: OutputFilter,
  page: { limit: number; before?: [string, string] | undefined },
) {
  await getWorkflowWithStandard(tx, ctx, workflowId);
  const conditions = [sql`o.workflow_id = ${workflowId}`];
  if (filter.status) conditions.push(sql`o.status = ${filter.status}`);
  if (filter.segment) conditions.push(sql`o.segment = ${filter.segment}`);
  if (filter.flagged !== undefined) conditions.push(sql`o.flagged = ${filter.flagged}`);
  if (filter.defect !== undefined) conditions.push(sql`o.defect = ${filter.defect}`);
  if (page.before) {
    conditions.push(sql`(o.created_at, o.id) < (${page.before[0]}::timestamptz, ${page.before[1]}::uuid)`);
  }
  return selectRows<{
    id: string;
    client_id: string;
    segment: string;
    status: OutputRow['status'];
    pi: number;
    selected: boolean;
    flagged: boolean;
    created_at: string | Date;
    /** created_at to the microsecond, for the next page's cursor (a JS Date keeps milliseconds only). */
    cursor_at: string;
    defect: boolean | null;
    reviews: number;
    gold: boolean;
    excerpt: string | null;
  }>(
    tx,
    sql`SELECT o.id, o.client_id, o.segment, o.status, o.pi, o.selected, o.flagged, o.created_at,
          to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
          o.defect, (SELECT count(*)::int FROM ${reviews} x WHERE x.output_id = o.id) AS reviews,
          EXISTS (SELECT 1 FROM ${goldItems} g WHERE g.output_id = o.id) AS gold,
          left(o.content, 200) AS excerpt
        FROM ${outputs} o
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY o.created_at DESC NULLS LAST, o.id DESC NULLS LAST
        LIMIT ${page.limit}`,
  );
}
