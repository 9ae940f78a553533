import { type RetrospectiveQuestion, retrospectiveQuestions } from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { mapInOrder } from '../../../platform/db/in-order';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { type LabelledLink, labelLinks, resolveLinks } from '../../evidence/index';
import { indexSearchDocument } from '../../learning/index';
import { getApplication } from '../../portfolio/index';
import { applications } from '../../portfolio/portfolio-schema';
import { type RetrospectiveAnswer, retrospectives } from '../core-review-schema';

export type RetrospectiveRow = typeof retrospectives.$inferSelect;
export type Answers = Record<RetrospectiveQuestion, RetrospectiveAnswer>;
export type LabelledAnswers = Record<RetrospectiveQuestion, { text: string; links: LabelledLink[] }>;

/** Locks the application's row, so two saves (or two package generations) cannot take one version number. */
export async function lockApplication(tx: Tx, ctx: OrgContext, applicationId: string) {
  await getApplication(tx, ctx, applicationId);
  await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, applicationId)))
    .for('update');
}

export async function listRetrospectiveVersions(tx: Tx, ctx: OrgContext, applicationId: string) {
  await getApplication(tx, ctx, applicationId);
  return tx
    .select()
    .from(retrospectives)
    .where(
      and(
        eq(retrospectives.organizationId, ctx.organizationId),
        eq(retrospectives.applicationId, applicationId),
      ),
    )
    .orderBy(desc(retrospectives.version));
}

/** A version of the retrospective, or the newest when `version` is not given (undefined when none is saved). */
export async function getRetrospective(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  version?: number,
): Promise<RetrospectiveRow | undefined> {
  const [row] = await tx
    .select()
    .from(retrospectives)
    .where(
      and(
        eq(retrospectives.organizationId, ctx.organizationId),
        eq(retrospectives.applicationId, applicationId),
        version === undefined ? undefined : eq(retrospectives.version, version),
      ),
    )
    .orderBy(desc(retrospectives.version))
    .limit(1);
  return row;
}

export async function getRetrospectiveVersion(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  version: number,
) {
  await getApplication(tx, ctx, applicationId);
  const row = await getRetrospective(tx, ctx, applicationId, version);
  if (!row) throw notFound(`Version ${version} of the retrospective`);
  return row;
}

export async function labelAnswers(tx: Tx, ctx: OrgContext, row: RetrospectiveRow): Promise<LabelledAnswers> {
  const entries = await mapInOrder(retrospectiveQuestions, async ({ key }) => {
    const answer = row.answers[key] ?? { text: '', links: [] };
    return [key, { text: answer.text, links: await labelLinks(tx, ctx, answer.links) }] as const;
  });
  return Object.fromEntries(entries) as LabelledAnswers;
}

/**
 * Saves the four answers as a new version. `baseVersion` is the version the writer started from (0 for
 * the first); when someone saved in between, the save is refused with 409 and nothing is stored.
 */
export async function saveRetrospective(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  input: { baseVersion: number; answers: Answers },
): Promise<RetrospectiveRow> {
  await lockApplication(tx, ctx, applicationId);
  const application = await getApplication(tx, ctx, applicationId);
  const current = (await getRetrospective(tx, ctx, applicationId))?.version ?? 0;
  if (input.baseVersion !== current)
    throw conflict(
      `The retrospective is at version ${current}; your edit started from version ${input.baseVersion}. Reload, then save again.`,
    );
  const resolved = await resolveLinks(
    tx,
    ctx,
    retrospectiveQuestions.map(({ key }) => ({
      path: `body.answers.${key}.links`,
      links: input.answers[key].links,
    })),
  );
  const answers = Object.fromEntries(
    retrospectiveQuestions.map(({ key }, i) => [
      key,
      { text: input.answers[key].text, links: resolved[i]!.map(({ kind, id }) => ({ kind, id })) },
    ]),
  ) as Answers;
  const [row] = await tx
    .insert(retrospectives)
    .values({
      organizationId: ctx.organizationId,
      applicationId,
      version: current + 1,
      answers,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      createdByName: ctx.actor.name,
    })
    .returning();
  // Learning search finds the newest version (one document per application's retrospective).
  await indexSearchDocument(tx, ctx.organizationId, {
    kind: 'retrospective',
    entityId: applicationId,
    title: `Retrospective: ${application.name}`,
    body: retrospectiveQuestions
      .map(({ key, label }) => (answers[key].text.trim() ? `${label} ${answers[key].text}` : ''))
      .filter(Boolean)
      .join('\n'),
    link: `/portfolio/${applicationId}/retrospective`,
  });
  await recordAudit(tx, ctx, {
    action: 'retrospective.saved',
    entityType: 'application',
    entityId: applicationId,
    before: current ? { version: current } : null,
    after: { version: current + 1, answers },
  });
  return row!;
}
