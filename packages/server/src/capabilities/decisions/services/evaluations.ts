import {
  createRng,
  evaluateCandidates,
  hashUniform,
  isLevel,
  meanMerits,
  type ScoreSheet,
  weightSensitivity,
} from '@trellis/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import { hasRole } from '../../../platform/auth/roles';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/problem';
import { applications } from '../../portfolio/portfolio-schema';
import {
  decisionRubrics,
  evaluationAssessors,
  evaluationCandidates,
  evaluationScores,
  evaluations,
} from '../decisions-schema';
import { getRubric, getRubricVersion } from './decision-rubrics';

export const BOOTSTRAP_REPLICATES = 1000;

export interface NewEvaluation {
  title: string;
  rubricId: string;
  applicationIds: string[];
  assessorIds: string[];
}

function distinct(ids: string[], path: string) {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw fieldError(`${path}.${i}`, 'Listed twice.');
  });
}

/** Opens an evaluation of candidate applications by named assessors, on the rubric's current version. */
export async function createEvaluation(tx: Tx, ctx: OrgContext, input: NewEvaluation) {
  distinct(input.applicationIds, 'body.applicationIds');
  distinct(input.assessorIds, 'body.assessorIds');
  const [rubric] = await tx
    .select()
    .from(decisionRubrics)
    .where(
      and(eq(decisionRubrics.organizationId, ctx.organizationId), eq(decisionRubrics.id, input.rubricId)),
    );
  if (!rubric) throw fieldError('body.rubricId', 'No rubric with this id in the organization.');
  const apps = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        inArray(applications.id, input.applicationIds),
      ),
    );
  input.applicationIds.forEach((id, i) => {
    if (!apps.some((a) => a.id === id))
      throw fieldError(`body.applicationIds.${i}`, 'No application with this id in the organization.');
  });
  const members = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organizationId, ctx.organizationId), inArray(memberships.userId, input.assessorIds)),
    );
  input.assessorIds.forEach((id, i) => {
    if (!members.some((m) => m.userId === id))
      throw fieldError(`body.assessorIds.${i}`, 'Not a member of the organization.');
  });
  const current = (await getRubric(tx, ctx, rubric.id)).versions[0]!;
  const [evaluation] = await tx
    .insert(evaluations)
    .values({
      organizationId: ctx.organizationId,
      title: input.title,
      rubricVersionId: current.id,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  const id = evaluation!.id;
  await tx.insert(evaluationCandidates).values(
    input.applicationIds.map((applicationId, position) => ({
      organizationId: ctx.organizationId,
      evaluationId: id,
      applicationId,
      position,
    })),
  );
  await tx
    .insert(evaluationAssessors)
    .values(
      input.assessorIds.map((userId) => ({ organizationId: ctx.organizationId, evaluationId: id, userId })),
    );
  await recordAudit(tx, ctx, {
    action: 'evaluation.created',
    entityType: 'evaluation',
    entityId: id,
    after: { ...input, rubricVersion: current.version },
  });
  return evaluation!;
}

export async function listEvaluations(tx: Tx, ctx: OrgContext) {
  return tx
    .select()
    .from(evaluations)
    .where(eq(evaluations.organizationId, ctx.organizationId))
    .orderBy(desc(evaluations.createdAt));
}

async function loadEvaluation(tx: Tx, ctx: OrgContext, id: string) {
  const [evaluation] = await tx
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.organizationId, ctx.organizationId), eq(evaluations.id, id)));
  if (!evaluation) throw notFound('The evaluation');
  const version = await getRubricVersion(tx, ctx, evaluation.rubricVersionId);
  const [rubric] = await tx.select().from(decisionRubrics).where(eq(decisionRubrics.id, version.rubricId));
  const candidates = await tx
    .select({ id: applications.id, name: applications.name })
    .from(evaluationCandidates)
    .innerJoin(applications, eq(applications.id, evaluationCandidates.applicationId))
    .where(eq(evaluationCandidates.evaluationId, id))
    .orderBy(asc(evaluationCandidates.position));
  const assessors = await tx
    .select({
      userId: evaluationAssessors.userId,
      name: users.name,
      submittedAt: evaluationAssessors.submittedAt,
    })
    .from(evaluationAssessors)
    .innerJoin(users, eq(users.id, evaluationAssessors.userId))
    .where(eq(evaluationAssessors.evaluationId, id))
    .orderBy(asc(users.name));
  return { evaluation, version, rubricName: rubric!.name, candidates, assessors };
}

/**
 * An evaluation as the caller may see it. Independence is kept here, on the server: an assessor sees
 * only their own sheets until they have submitted; others' scores, the spread and the ranking come after.
 * People who are not assessors see results from the lead role up.
 */
export async function getEvaluation(tx: Tx, ctx: OrgContext, id: string) {
  const loaded = await loadEvaluation(tx, ctx, id);
  const me = ctx.actor.type === 'user' ? loaded.assessors.find((a) => a.userId === ctx.actor.id) : undefined;
  const canSeeResults = me ? me.submittedAt !== null : hasRole(ctx.role, 'lead');
  const rows = await tx.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id));
  const visible = canSeeResults ? rows : rows.filter((r) => me && r.assessorId === me.userId);
  const sheets: ScoreSheet[] = visible.map((r) => ({
    assessorId: r.assessorId,
    candidateId: r.applicationId,
    levels: r.levels,
    knockOuts: r.knockOuts,
  }));
  let results = null;
  if (canSeeResults && sheets.length > 0) {
    const { criteria, knockOuts } = loaded.version;
    const ranked = evaluateCandidates({
      criteria,
      knockOutRules: knockOuts,
      candidateIds: loaded.candidates.map((c) => c.id),
      sheets,
      bootstrap: { replicates: BOOTSTRAP_REPLICATES, rng: createRng(Math.floor(hashUniform(id) * 2 ** 31)) },
    });
    const eligible = ranked
      .filter((r) => r.knockedOut.length === 0 && r.assessors > 0)
      .map((r) => r.candidateId);
    const merits = new Map(
      eligible.map(
        (c) =>
          [
            c,
            meanMerits(
              criteria,
              sheets.filter((s) => s.candidateId === c),
            ),
          ] as const,
      ),
    );
    results = { candidates: ranked, sensitivity: weightSensitivity(criteria, eligible, merits) };
  }
  return {
    ...loaded,
    me: me ? { submitted: me.submittedAt !== null } : null,
    canSeeResults,
    sheets: visible,
    results,
  };
}

export interface SheetInput {
  applicationId: string;
  levels: Record<string, number>;
  knockOuts: string[];
  comment?: string | undefined;
}

/** An assessor submits their sheets for every candidate at once; they are final. */
export async function submitScores(tx: Tx, ctx: OrgContext, id: string, sheets: SheetInput[]) {
  const userId = requirePerson(ctx, 'Assessments');
  const { evaluation, version, candidates } = await loadEvaluation(tx, ctx, id);
  const [assessor] = await tx
    .select()
    .from(evaluationAssessors)
    .where(and(eq(evaluationAssessors.evaluationId, id), eq(evaluationAssessors.userId, userId)))
    .for('update');
  if (!assessor) throw forbidden('You are not an assessor of this evaluation.');
  if (assessor.submittedAt) throw conflict('You have already submitted your scores for this evaluation.');
  sheets.forEach((sheet, i) => {
    if (!candidates.some((c) => c.id === sheet.applicationId))
      throw fieldError(`body.sheets.${i}.applicationId`, 'Not a candidate of this evaluation.');
    if (sheets.findIndex((s) => s.applicationId === sheet.applicationId) !== i)
      throw fieldError(`body.sheets.${i}.applicationId`, 'Scored twice.');
    for (const c of version.criteria)
      if (!isLevel(sheet.levels[c.key]))
        throw fieldError(`body.sheets.${i}.levels.${c.key}`, `Give “${c.label}” a whole level from 1 to 5.`);
    for (const key of Object.keys(sheet.levels))
      if (!version.criteria.some((c) => c.key === key))
        throw fieldError(`body.sheets.${i}.levels.${key}`, 'Not a criterion of the rubric version.');
    sheet.knockOuts.forEach((key, k) => {
      if (!version.knockOuts.some((r) => r.key === key))
        throw fieldError(`body.sheets.${i}.knockOuts.${k}`, 'Not a knock-out rule of the rubric version.');
    });
  });
  const missing = candidates.find((c) => !sheets.some((s) => s.applicationId === c.id));
  if (missing) throw fieldError('body.sheets', `Score every candidate; “${missing.name}” is missing.`);
  await tx.insert(evaluationScores).values(
    sheets.map((s) => ({
      organizationId: ctx.organizationId,
      evaluationId: evaluation.id,
      assessorId: userId,
      applicationId: s.applicationId,
      levels: s.levels,
      knockOuts: s.knockOuts,
      comment: s.comment ?? '',
    })),
  );
  const now = new Date();
  await tx
    .update(evaluationAssessors)
    .set({ submittedAt: now })
    .where(and(eq(evaluationAssessors.evaluationId, id), eq(evaluationAssessors.userId, userId)));
  await recordAudit(tx, ctx, {
    action: 'evaluation.scores_submitted',
    entityType: 'evaluation',
    entityId: id,
    after: { assessorId: userId, sheets },
  });
}
