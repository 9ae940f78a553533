import { countNoun, findDependencyCycle } from '@trellis/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, HttpProblem, notFound } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import { stageValueDefault } from '../../planning/index';
import { getApplication } from '../../portfolio/index';
import { applications } from '../../portfolio/portfolio-schema';
import {
  expansionPlans,
  type GateCriterionSpec,
  planStages,
  planStageUnits,
  stageDependencies,
} from '../sequencing-schema';
import {
  checkStageCriteria,
  ensureStarterTemplate,
  getTemplate,
  type TemplateRow,
} from './expansion-templates';

export type PlanRow = typeof expansionPlans.$inferSelect;
export type StageRow = typeof planStages.$inferSelect;
export type StageUnitRow = typeof planStageUnits.$inferSelect;

export interface StageInput {
  /** An existing stage of the plan (kept, with its history), or none for a new one. */
  id?: string | undefined;
  name: string;
  durationMonths: number;
  changeLoad: number;
  expectedValue?: number | undefined;
  criteria: GateCriterionSpec[];
  orgUnitIds: string[];
  /** Stages of other applications' plans that must end before this one starts. */
  dependsOn?: string[] | undefined;
}

export interface PlanStage extends StageRow {
  units: (StageUnitRow & { name: string; headcount: number })[];
  dependsOn: {
    stageId: string;
    stageName: string;
    applicationId: string;
    applicationName: string;
    status: string;
  }[];
}

export interface PlanDetail {
  plan: PlanRow;
  application: { id: string; name: string; stage: string; ownerId: string | null };
  stages: PlanStage[];
  /** A stage runs: edits then go through a change_expansion_plan decision request. */
  locked: boolean;
  running: PlanStage | null;
}

export const stageLabel = (application: string, stage: string) => `${application}: ${stage}`;

export async function getPlanRow(tx: Tx, ctx: OrgContext, id: string, lock = false): Promise<PlanRow> {
  const query = tx
    .select()
    .from(expansionPlans)
    .where(and(eq(expansionPlans.organizationId, ctx.organizationId), eq(expansionPlans.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('The expansion plan');
  return row;
}

/** A plan with its stages in order, their units (with names and headcounts) and cross-plan dependencies. */
export async function getPlan(tx: Tx, ctx: OrgContext, id: string): Promise<PlanDetail> {
  const plan = await getPlanRow(tx, ctx, id);
  const application = await getApplication(tx, ctx, plan.applicationId);
  const stages = await tx
    .select()
    .from(planStages)
    .where(eq(planStages.planId, plan.id))
    .orderBy(asc(planStages.position));
  const ids = stages.map((s) => s.id);
  const units = ids.length
    ? await tx
        .select({ unit: planStageUnits, name: orgUnits.name, headcount: orgUnits.headcount })
        .from(planStageUnits)
        .innerJoin(orgUnits, eq(orgUnits.id, planStageUnits.orgUnitId))
        .where(inArray(planStageUnits.stageId, ids))
        .orderBy(asc(orgUnits.name))
    : [];
  const deps = ids.length
    ? await tx
        .select({
          stageId: stageDependencies.stageId,
          dependsOn: planStages.id,
          stageName: planStages.name,
          status: planStages.status,
          applicationId: applications.id,
          applicationName: applications.name,
        })
        .from(stageDependencies)
        .innerJoin(planStages, eq(planStages.id, stageDependencies.dependsOnStageId))
        .innerJoin(expansionPlans, eq(expansionPlans.id, planStages.planId))
        .innerJoin(applications, eq(applications.id, expansionPlans.applicationId))
        .where(inArray(stageDependencies.stageId, ids))
    : [];
  const detailed: PlanStage[] = stages.map((s) => ({
    ...s,
    units: units
      .filter((u) => u.unit.stageId === s.id)
      .map((u) => ({ ...u.unit, name: u.name, headcount: u.headcount })),
    dependsOn: deps
      .filter((d) => d.stageId === s.id)
      .map((d) => ({
        stageId: d.dependsOn,
        stageName: d.stageName,
        applicationId: d.applicationId,
        applicationName: d.applicationName,
        status: d.status,
      })),
  }));
  const running = detailed.find((s) => s.status === 'running') ?? null;
  return {
    plan,
    application: {
      id: application.id,
      name: application.name,
      stage: application.stage,
      ownerId: application.ownerId,
    },
    stages: detailed,
    locked: running !== null,
    running,
  };
}

export async function getPlanForApplication(tx: Tx, ctx: OrgContext, applicationId: string) {
  const [row] = await tx
    .select({ id: expansionPlans.id })
    .from(expansionPlans)
    .where(
      and(
        eq(expansionPlans.organizationId, ctx.organizationId),
        eq(expansionPlans.applicationId, applicationId),
      ),
    );
  return row ? getPlan(tx, ctx, row.id) : null;
}

export async function listPlanIds(tx: Tx, ctx: OrgContext): Promise<string[]> {
  const rows = await tx
    .select({ id: expansionPlans.id })
    .from(expansionPlans)
    .innerJoin(applications, eq(applications.id, expansionPlans.applicationId))
    .where(eq(expansionPlans.organizationId, ctx.organizationId))
    .orderBy(asc(applications.name));
  return rows.map((r) => r.id);
}

async function checkUnits(
  tx: Tx,
  ctx: OrgContext,
  stages: readonly { orgUnitIds: string[] }[],
  prefix: string,
) {
  const wanted = [...new Set(stages.flatMap((s) => s.orgUnitIds))];
  const known = wanted.length
    ? await tx
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(and(eq(orgUnits.organizationId, ctx.organizationId), inArray(orgUnits.id, wanted)))
    : [];
  const ids = new Set(known.map((k) => k.id));
  for (const [i, stage] of stages.entries()) {
    const seen = new Set<string>();
    for (const [j, unitId] of stage.orgUnitIds.entries()) {
      if (!ids.has(unitId))
        throw fieldError(`${prefix}${i}.orgUnitIds.${j}`, 'No org unit with this id in the organization.');
      if (seen.has(unitId))
        throw fieldError(`${prefix}${i}.orgUnitIds.${j}`, 'The stage names this unit twice.');
      seen.add(unitId);
    }
  }
}

/**
 * Refuses dependencies that name a stage of another organization or of this plan, or that close a cycle
 * (within a plan each stage follows the one before it). The cycle is named stage by stage.
 */
async function checkDependencies(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  applicationName: string,
  stages: readonly { key: string; name: string; dependsOn: string[] }[],
  prefix: string,
) {
  const all = await tx
    .select({
      id: planStages.id,
      planId: planStages.planId,
      position: planStages.position,
      name: planStages.name,
      application: applications.name,
    })
    .from(planStages)
    .innerJoin(expansionPlans, eq(expansionPlans.id, planStages.planId))
    .innerJoin(applications, eq(applications.id, expansionPlans.applicationId))
    .where(eq(planStages.organizationId, ctx.organizationId));
  const others = all.filter((s) => s.planId !== planId);
  const otherIds = new Set(others.map((s) => s.id));
  for (const [i, stage] of stages.entries()) {
    for (const [j, dep] of stage.dependsOn.entries()) {
      if (!otherIds.has(dep))
        throw fieldError(
          `${prefix}${i}.dependsOn.${j}`,
          all.some((s) => s.id === dep)
            ? 'Stages of the same plan follow each other in order: depend on another application’s stage.'
            : 'No stage of another plan of the organization has this id.',
        );
    }
  }
  const edges = await tx
    .select({ stageId: stageDependencies.stageId, dependsOn: stageDependencies.dependsOnStageId })
    .from(stageDependencies)
    .where(eq(stageDependencies.organizationId, ctx.organizationId));
  const mine = new Set(all.filter((s) => s.planId === planId).map((s) => s.id));
  const deps = new Map<string, string[]>();
  const add = (from: string, to: string) => deps.set(from, [...(deps.get(from) ?? []), to]);
  const byPlan = new Map<string, typeof others>();
  for (const s of others) byPlan.set(s.planId, [...(byPlan.get(s.planId) ?? []), s]);
  for (const list of byPlan.values()) {
    list.sort((a, b) => a.position - b.position);
    for (let k = 1; k < list.length; k++) add(list[k]!.id, list[k - 1]!.id);
  }
  for (const e of edges) if (!mine.has(e.stageId)) add(e.stageId, e.dependsOn);
  for (const [k, stage] of stages.entries()) {
    if (k > 0) add(stage.key, stages[k - 1]!.key);
    for (const dep of stage.dependsOn) add(stage.key, dep);
  }
  const nodes = [...new Set([...all.map((s) => s.id), ...stages.map((s) => s.key)])];
  const cycle = findDependencyCycle(nodes.map((id) => ({ id, dependsOn: deps.get(id) ?? [] })));
  if (!cycle) return;
  const names = new Map(all.map((s) => [s.id, stageLabel(s.application, s.name)]));
  for (const s of stages) names.set(s.key, stageLabel(applicationName, s.name));
  const index = stages.findIndex((s) => s.dependsOn.some((d) => cycle.includes(d)) && cycle.includes(s.key));
  const path = [...cycle, cycle[0]!].map((id) => names.get(id) ?? id);
  throw fieldError(
    `${prefix}${Math.max(index, 0)}.dependsOn`,
    `These dependencies make a cycle (each must end before the next starts): ${path.join(' → ')}.`,
  );
}

/** Creates a plan for an application from a template (the starter one when none is named). */
export async function createPlan(
  tx: Tx,
  ctx: OrgContext,
  input: {
    applicationId: string;
    templateId?: string | undefined;
    /** Per template stage: its org units and expected value (hours saved a month; default from evidence). */
    stageUnits?: { orgUnitIds: string[]; expectedValue?: number | undefined }[] | undefined;
  },
): Promise<PlanDetail> {
  const [application] = await tx
    .select()
    .from(applications)
    .where(
      and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, input.applicationId)),
    );
  if (!application) throw fieldError('body.applicationId', 'No application of the organization has this id.');
  if (await getPlanForApplication(tx, ctx, application.id))
    throw conflict(`${application.name} already has an expansion plan: edit that one.`);
  let template: TemplateRow;
  if (input.templateId) {
    try {
      template = await getTemplate(tx, ctx, input.templateId);
    } catch (error) {
      if (!(error instanceof HttpProblem) || error.status !== 404) throw error;
      throw fieldError('body.templateId', 'No template of the organization has this id.');
    }
  } else template = await ensureStarterTemplate(tx, ctx);
  const stageUnits = input.stageUnits ?? [];
  if (stageUnits.length > template.stages.length)
    throw fieldError('body.stageUnits', `The template has ${countNoun(template.stages.length, 'stage')}.`);
  await checkUnits(tx, ctx, stageUnits, 'body.stageUnits.');
  // A stage without a value counts for nothing in the optimizer: default to what the evidence shows.
  const fallback = template.stages.some((_, i) => stageUnits[i]?.expectedValue === undefined)
    ? ((await stageValueDefault(tx, ctx, application.id)).hoursPerMonth ?? 0)
    : 0;
  const [plan] = await tx
    .insert(expansionPlans)
    .values({
      organizationId: ctx.organizationId,
      applicationId: application.id,
      templateId: template.id,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await writeStages(
    tx,
    ctx,
    plan!.id,
    [],
    template.stages.map((s, i) => ({
      name: s.name,
      durationMonths: s.durationMonths,
      changeLoad: s.changeLoad,
      criteria: s.criteria,
      expectedValue: stageUnits[i]?.expectedValue ?? fallback,
      orgUnitIds: stageUnits[i]?.orgUnitIds ?? [],
    })),
  );
  await recordAudit(tx, ctx, {
    action: 'expansion_plan.created',
    entityType: 'expansion_plan',
    entityId: plan!.id,
    after: {
      applicationId: application.id,
      templateId: template.id,
      stages: template.stages.map((s) => s.name),
      stageUnits,
      expectedValues: template.stages.map((_, i) => stageUnits[i]?.expectedValue ?? fallback),
    },
  });
  return getPlan(tx, ctx, plan!.id);
}

/** Inserts, updates and deletes stages so the plan holds `inputs` in order (validated by the caller). */
async function writeStages(
  tx: Tx,
  ctx: OrgContext,
  planId: string,
  existing: StageRow[],
  inputs: StageInput[],
) {
  const keep = new Set(inputs.map((s) => s.id).filter((id): id is string => id !== undefined));
  const removed = existing.filter((s) => !keep.has(s.id)).map((s) => s.id);
  if (removed.length) await tx.delete(planStages).where(inArray(planStages.id, removed));
  // Park kept stages on negative positions first so the unique (plan, position) index never collides.
  for (const [i, s] of existing.filter((e) => keep.has(e.id)).entries())
    await tx
      .update(planStages)
      .set({ position: -1 - i })
      .where(eq(planStages.id, s.id));
  for (const [index, input] of inputs.entries()) {
    const values = {
      position: index + 1,
      name: input.name,
      durationMonths: input.durationMonths,
      changeLoad: input.changeLoad,
      expectedValue: input.expectedValue ?? 0,
      criteria: input.criteria,
    };
    let id = input.id;
    if (id) {
      await tx.update(planStages).set(values).where(eq(planStages.id, id));
    } else {
      const [row] = await tx
        .insert(planStages)
        .values({ organizationId: ctx.organizationId, planId, ...values })
        .returning({ id: planStages.id });
      id = row!.id;
    }
    const current = await tx.select().from(planStageUnits).where(eq(planStageUnits.stageId, id));
    const wanted = new Set(input.orgUnitIds);
    const gone = current.filter((u) => !wanted.has(u.orgUnitId)).map((u) => u.orgUnitId);
    if (gone.length)
      await tx
        .delete(planStageUnits)
        .where(and(eq(planStageUnits.stageId, id), inArray(planStageUnits.orgUnitId, gone)));
    const added = input.orgUnitIds.filter((u) => !current.some((c) => c.orgUnitId === u));
    if (added.length)
      await tx
        .insert(planStageUnits)
        .values(added.map((orgUnitId) => ({ organizationId: ctx.organizationId, stageId: id!, orgUnitId })));
    await tx.delete(stageDependencies).where(eq(stageDependencies.stageId, id));
    const deps = [...new Set(input.dependsOn ?? [])];
    if (deps.length)
      await tx
        .insert(stageDependencies)
        .values(deps.map((d) => ({ organizationId: ctx.organizationId, stageId: id!, dependsOnStageId: d })));
  }
}

const snapshotOf = (detail: PlanDetail) =>
  detail.stages.map((s) => ({
    id: s.id,
    name: s.name,
    status: s.status,
    durationMonths: s.durationMonths,
    changeLoad: s.changeLoad,
    expectedValue: s.expectedValue,
    criteria: s.criteria,
    orgUnitIds: s.units.map((u) => u.orgUnitId),
    dependsOn: s.dependsOn.map((d) => d.stageId),
  }));

/**
 * Validates a new stage list against the plan: known stage ids, stages that ran stay (same units, duration
 * and load, before every planned stage, in their order), units of the organization, criteria in their
 * domain, dependencies on other plans' stages without a cycle.
 */
export async function checkStageEdit(
  tx: Tx,
  ctx: OrgContext,
  detail: PlanDetail,
  stages: StageInput[],
  prefix: string,
) {
  const byId = new Map(detail.stages.map((s) => [s.id, s]));
  const seen = new Set<string>();
  let plannedSeen = false;
  for (const [i, input] of stages.entries()) {
    const existing = input.id ? byId.get(input.id) : undefined;
    if (input.id && !existing) throw fieldError(`${prefix}${i}.id`, 'No stage of this plan has this id.');
    if (input.id && seen.has(input.id))
      throw fieldError(`${prefix}${i}.id`, 'The list names this stage twice.');
    if (input.id) seen.add(input.id);
    if (!existing || existing.status === 'planned') {
      plannedSeen = true;
      continue;
    }
    if (plannedSeen)
      throw fieldError(
        `${prefix}${i}.id`,
        `“${existing.name}” has ${existing.status.replace('_', ' ')}: it stays before every planned stage.`,
      );
    const units = existing.units.map((u) => u.orgUnitId).sort();
    if (units.join() !== [...input.orgUnitIds].sort().join())
      throw fieldError(
        `${prefix}${i}.orgUnitIds`,
        `“${existing.name}” has ${existing.status.replace('_', ' ')}: its units stay as they were.`,
      );
    if (input.durationMonths !== existing.durationMonths || input.changeLoad !== existing.changeLoad)
      throw fieldError(
        `${prefix}${i}.durationMonths`,
        `“${existing.name}” has ${existing.status.replace('_', ' ')}: its duration and load stay as they were.`,
      );
  }
  for (const s of detail.stages)
    if (s.status !== 'planned' && !seen.has(s.id))
      throw fieldError(
        `${prefix.replace(/\.$/, '')}`,
        `“${s.name}” has ${s.status.replace('_', ' ')}: it cannot be removed.`,
      );
  checkStageCriteria(stages, prefix);
  await checkUnits(tx, ctx, stages, prefix);
  await checkDependencies(
    tx,
    ctx,
    detail.plan.id,
    detail.application.name,
    stages.map((s, i) => ({ key: s.id ?? `new-${i}`, name: s.name, dependsOn: s.dependsOn ?? [] })),
    prefix,
  );
}

export function stalePlan(plan: PlanRow, version: number) {
  return conflict(
    `The plan changed: it is at version ${plan.version}, you edited version ${version}. Reload it and edit again.`,
  );
}

/** Replaces the plan's stages (add, remove, reorder, units, criteria, dependencies) in one versioned edit. */
export async function applyStageEdit(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { version: number; stages: StageInput[]; decisionRequestId?: string | null },
  prefix = 'body.stages.',
): Promise<PlanDetail> {
  const plan = await getPlanRow(tx, ctx, id, true);
  if (plan.version !== input.version) throw stalePlan(plan, input.version);
  const detail = await getPlan(tx, ctx, id);
  await checkStageEdit(tx, ctx, detail, input.stages, prefix);
  await writeStages(tx, ctx, id, detail.stages, input.stages);
  await bumpVersion(tx, plan);
  const after = await getPlan(tx, ctx, id);
  await recordAudit(tx, ctx, {
    action: 'expansion_plan.updated',
    entityType: 'expansion_plan',
    entityId: id,
    before: { version: plan.version, stages: snapshotOf(detail) },
    after: {
      version: after.plan.version,
      stages: snapshotOf(after),
      decisionRequestId: input.decisionRequestId ?? null,
    },
  });
  return after;
}

export async function bumpVersion(tx: Tx, plan: PlanRow, set: Partial<Pick<PlanRow, 'status'>> = {}) {
  await tx
    .update(expansionPlans)
    .set({ ...set, version: plan.version + 1, updatedAt: new Date() })
    .where(eq(expansionPlans.id, plan.id));
}

/** An unlocked plan's edit; a locked one (a stage runs) refuses it with 409: propose the change instead. */
export async function updatePlan(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { version: number; stages: StageInput[] },
): Promise<PlanDetail> {
  const detail = await getPlan(tx, ctx, id);
  if (detail.locked)
    throw conflict(
      `The plan is locked while “${detail.running!.name}” runs: propose the change for approval instead.`,
    );
  return applyStageEdit(tx, ctx, id, input);
}
