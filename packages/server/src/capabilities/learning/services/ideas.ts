import { canTransition, describeRefusedTransition, type IdeaStatus, ideaTransitions } from '@trellis/core';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { createApplication } from '../../portfolio/index';
import { ideas } from '../learning-schema';
import { actingPerson } from './learning-actor';
import { indexSearchDocument, similarDocuments } from './search';

export type IdeaRow = typeof ideas.$inferSelect;

async function index(tx: Tx, idea: IdeaRow) {
  await indexSearchDocument(tx, idea.organizationId, {
    kind: 'idea',
    entityId: idea.id,
    title: idea.title,
    body: idea.description,
    link: `/learning/ideas/${idea.id}`,
  });
}

export async function proposeIdea(tx: Tx, ctx: OrgContext, input: { title: string; description: string }) {
  const [row] = await tx
    .insert(ideas)
    .values({ organizationId: ctx.organizationId, ...input, proposedBy: actingPerson(ctx) })
    .returning();
  const idea = row!;
  await index(tx, idea);
  await recordAudit(tx, ctx, {
    action: 'idea.proposed',
    entityType: 'idea',
    entityId: idea.id,
    after: { title: idea.title },
  });
  return idea;
}

export async function getIdea(tx: Tx, ctx: OrgContext, id: string): Promise<IdeaRow> {
  const [row] = await tx
    .select()
    .from(ideas)
    .where(and(eq(ideas.organizationId, ctx.organizationId), eq(ideas.id, id)));
  if (!row) throw notFound('The idea');
  return row;
}

export async function listIdeas(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: IdeaStatus | undefined },
  page: { limit: number; before?: [string, string] | undefined },
) {
  const conditions: (SQL | undefined)[] = [eq(ideas.organizationId, ctx.organizationId)];
  if (filter.status) conditions.push(eq(ideas.status, filter.status));
  if (page.before) {
    const at = new Date(page.before[0]);
    conditions.push(or(lt(ideas.createdAt, at), and(eq(ideas.createdAt, at), lt(ideas.id, page.before[1]))));
  }
  return tx
    .select()
    .from(ideas)
    .where(and(...conditions))
    .orderBy(desc(ideas.createdAt), desc(ideas.id))
    .limit(page.limit);
}

/** Ideas whose words overlap the text being typed (full-text, any word), best first; merged ones left out. */
export async function similarIdeas(tx: Tx, ctx: OrgContext, text: string, exclude?: string) {
  const hits = await similarDocuments(tx, ctx, 'idea', text, { limit: 8, exclude });
  const out: { idea: IdeaRow; rank: number }[] = [];
  for (const hit of hits) {
    const idea = await getIdea(tx, ctx, hit.entity_id);
    if (idea.status !== 'merged') out.push({ idea, rank: Number(hit.rank) });
  }
  return out.slice(0, 5);
}

async function move(
  tx: Tx,
  ctx: OrgContext,
  before: IdeaRow,
  status: IdeaStatus,
  set: Partial<IdeaRow>,
  note: string,
) {
  if (!canTransition(ideaTransitions, before.status, status))
    throw conflict(
      `The idea cannot become ${status.replaceAll('_', ' ')}. ${describeRefusedTransition(ideaTransitions, before.status, status)}`,
    );
  const [row] = await tx
    .update(ideas)
    .set({ ...set, status, decidedBy: actingPerson(ctx), decisionNote: note, updatedAt: new Date() })
    .where(eq(ideas.id, before.id))
    .returning();
  await recordAudit(tx, ctx, {
    action: `idea.${status}`,
    entityType: 'idea',
    entityId: before.id,
    before: { status: before.status },
    after: { status, note, ...(set.mergedIntoId ? { mergedIntoId: set.mergedIntoId } : {}) },
  });
  return row!;
}

/** Moves an idea through evaluation: under evaluation, accepted or declined (merging has its own call). */
export async function decideIdea(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { status: Exclude<IdeaStatus, 'new' | 'merged'>; note?: string | undefined },
) {
  return move(tx, ctx, await getIdea(tx, ctx, id), input.status, {}, input.note ?? '');
}

/** Merges a duplicate into another open idea of the organization. */
export async function mergeIdea(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { intoId: string; note?: string | undefined },
) {
  const idea = await getIdea(tx, ctx, id);
  if (input.intoId === id) throw fieldError('body.intoId', 'An idea cannot be merged into itself.');
  const [target] = await tx
    .select()
    .from(ideas)
    .where(and(eq(ideas.organizationId, ctx.organizationId), eq(ideas.id, input.intoId)));
  if (!target) throw fieldError('body.intoId', 'No idea with this id in the organization.');
  if (target.status === 'merged' || target.status === 'declined')
    throw fieldError('body.intoId', `That idea is ${target.status}; merge into an open one.`);
  return move(tx, ctx, idea, 'merged', { mergedIntoId: target.id }, input.note ?? '');
}

/** Turns an accepted idea into an application in the portfolio (once). */
export async function convertIdea(tx: Tx, ctx: OrgContext, id: string) {
  const idea = await getIdea(tx, ctx, id);
  if (idea.status !== 'accepted')
    throw conflict(
      `Only an accepted idea becomes an application; this one is ${idea.status.replaceAll('_', ' ')}.`,
    );
  if (idea.applicationId) throw conflict('This idea is already an application.');
  const application = await createApplication(tx, ctx, {
    name: idea.title,
    purpose: idea.description,
    ownerId: idea.proposedBy,
    stage: 'idea',
  });
  const [row] = await tx
    .update(ideas)
    .set({ applicationId: application.id, updatedAt: new Date() })
    .where(eq(ideas.id, id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'idea.converted',
    entityType: 'idea',
    entityId: id,
    after: { applicationId: application.id },
  });
  return { idea: row!, application };
}
