import {
  type CandidateStep,
  confidenceOf,
  type EvidenceGrade,
  findDependencyCycle,
  type GateRecommendation,
  type PlanningProblem,
} from '@trellis/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { changeImpacts } from '../../capacity/capacity-schema';
import { computeUnitHeatmap, monthsFrom } from '../../capacity/index';
import { applications } from '../../portfolio/portfolio-schema';
import {
  expansionPlans,
  planStages,
  planStageUnits,
  stageDependencies,
} from '../../sequencing/sequencing-schema';
import { applicationGrades } from './planning-grades';

/** What a run may change before planning (a what-if on capacities and weights). */
export interface PlanningSettings {
  /** The horizon's first month, `YYYY-MM`. */
  startMonth: string;
  horizonMonths: number;
  /** At most this many steps active in a unit per month (k), unless a unit has its own below. */
  maxConcurrent: number;
  /** Confidence counts as confidence^weight: 0 ignores it, 1 as graded, 2 penalizes weak evidence more. */
  confidenceWeight: number;
  /** Per org unit: its whole monthly change capacity instead of its own (load already committed stays). */
  capacities?: Record<string, number> | undefined;
  maxConcurrentByUnit?: Record<string, number> | undefined;
  /** Per stage: expected value, or confidence (0..1, before the weight), instead of the derived one. */
  values?: Record<string, number> | undefined;
  confidences?: Record<string, number> | undefined;
}

export interface PlanningUnitInfo {
  id: string;
  name: string;
  kind: string;
  /** Whole change capacity per month of the horizon (rolled up the hierarchy, as the heatmap shows it). */
  capacity: number[];
  /** Load already committed per month: change impacts (rolled up) and running stages without impacts. */
  committed: number[];
  maxConcurrent: number;
  amberThreshold: number;
  redThreshold: number;
}

export interface PlanningStepInfo {
  stageId: string;
  planId: string;
  applicationId: string;
  applicationName: string;
  stageName: string;
  position: number;
  grade: EvidenceGrade;
  gate: GateRecommendation | null;
  expectedValue: number;
  confidence: number;
  durationMonths: number;
  changeLoad: number;
  unitIds: string[];
  /**
   * The load on each unit, as the heatmap counts it: the change load on every target unit and, rolled up,
   * on each unit above one (a parent's load is its own plus its descendants'); rolled-up load takes the
   * parent's capacity but is not one of its concurrent changes.
   */
  loads: StepUnitLoad[];
}

export interface StepUnitLoad {
  unitId: string;
  load: number;
  concurrent: boolean;
}

/** A running stage: fixed load on its units, not a candidate. Months are horizon indices (may be < 0). */
export interface FixedStage {
  stageId: string;
  applicationId: string;
  applicationName: string;
  stageName: string;
  unitIds: string[];
  startMonth: number;
  endMonth: number;
  changeLoad: number;
}

/** A stage the optimizer cannot consider at all, with the reason as a sentence. */
export interface ExcludedStep {
  stageId: string;
  applicationId: string;
  applicationName: string;
  stageName: string;
  reason: string;
}

export interface PlanningInput {
  startMonth: string;
  months: string[];
  problem: PlanningProblem;
  units: PlanningUnitInfo[];
  steps: PlanningStepInfo[];
  fixed: FixedStage[];
  excluded: ExcludedStep[];
}

type StageRow = Awaited<ReturnType<typeof loadStages>>[number];

async function loadStages(tx: Tx, ctx: OrgContext) {
  return tx
    .select({
      id: planStages.id,
      planId: planStages.planId,
      position: planStages.position,
      name: planStages.name,
      status: planStages.status,
      durationMonths: planStages.durationMonths,
      changeLoad: planStages.changeLoad,
      expectedValue: planStages.expectedValue,
      valueMetricId: planStages.valueMetricId,
      startedAt: planStages.startedAt,
      planStatus: expansionPlans.status,
      applicationId: applications.id,
      applicationName: applications.name,
    })
    .from(planStages)
    .innerJoin(expansionPlans, eq(expansionPlans.id, planStages.planId))
    .innerJoin(applications, eq(applications.id, expansionPlans.applicationId))
    .where(eq(planStages.organizationId, ctx.organizationId));
}

const monthIndex = (start: string, date: Date) => {
  const [y0, m0] = start.split('-').map(Number);
  return (date.getUTCFullYear() - y0!) * 12 + date.getUTCMonth() - (m0! - 1);
};

const label = (s: StageRow) => `${s.applicationName} → ${s.name}`;

/**
 * The optimizer's problem from the organization's expansion plans: every planned stage of a draft or active
 * plan is a candidate step (value = expected value, confidence from the application's evidence grade and
 * the stage's gate), depending on the stage before it in its plan and on its cross-application
 * prerequisites; a running stage is fixed load. Units are the org units the candidates reach, with their
 * capacity (the heatmap's, rolled up) minus what is already committed in each month of the horizon.
 * Stages that cannot run within the horizon at all are returned as `excluded`, with why.
 */
export async function loadPlanningInput(
  tx: Tx,
  ctx: OrgContext,
  settings: PlanningSettings,
  gates: ReadonlyMap<string, GateRecommendation> = new Map(),
): Promise<PlanningInput> {
  const months = monthsFrom(settings.startMonth, settings.horizonMonths);
  const horizon = months.length;
  const stages = await loadStages(tx, ctx);
  const stageIds = stages.map((s) => s.id);
  // One connection runs one query at a time: awaited in turn, not with Promise.all.
  const unitLinks = stageIds.length
    ? await tx
        .select({ stageId: planStageUnits.stageId, orgUnitId: planStageUnits.orgUnitId })
        .from(planStageUnits)
        .where(eq(planStageUnits.organizationId, ctx.organizationId))
    : [];
  const dependencies = await tx
    .select({ stageId: stageDependencies.stageId, dependsOn: stageDependencies.dependsOnStageId })
    .from(stageDependencies)
    .where(eq(stageDependencies.organizationId, ctx.organizationId));
  const heatmap = await computeUnitHeatmap(tx, ctx, months);
  const impactRefs = stageIds.length
    ? await tx
        .selectDistinct({ ref: changeImpacts.sourceRef })
        .from(changeImpacts)
        .where(
          and(
            eq(changeImpacts.organizationId, ctx.organizationId),
            eq(changeImpacts.source, 'expansion'),
            inArray(changeImpacts.sourceRef, stageIds),
          ),
        )
    : [];
  checkOverrides(settings, new Set(heatmap.units.map((u) => u.id)), stages);
  const unitsOf = new Map<string, string[]>();
  for (const link of unitLinks)
    unitsOf.set(link.stageId, [...(unitsOf.get(link.stageId) ?? []), link.orgUnitId]);
  const byId = new Map(stages.map((s) => [s.id, s]));
  const withImpacts = new Set(impactRefs.map((r) => r.ref));

  // Running stages: fixed load until they end (unless advancing already recorded their change impacts).
  const fixed: FixedStage[] = stages
    .filter((s) => s.status === 'running')
    .map((s) => {
      const start = s.startedAt ? monthIndex(settings.startMonth, s.startedAt) : 0;
      return {
        stageId: s.id,
        applicationId: s.applicationId,
        applicationName: s.applicationName,
        stageName: s.name,
        unitIds: unitsOf.get(s.id) ?? [],
        startMonth: start,
        endMonth: Math.max(0, start + s.durationMonths - 1),
        changeLoad: s.changeLoad,
      };
    });
  const fixedEnd = new Map(fixed.map((f) => [f.stageId, f.endMonth]));

  const unitRows = new Map(heatmap.units.map((u) => [u.id, u]));
  const heatRows = new Map(heatmap.rows.map((r) => [r.unitId, r]));
  const loadsOf = (targets: string[], changeLoad: number) => rolledUpLoads(unitRows, targets, changeLoad);
  // Running stages whose advance recorded no change impacts are committed load, rolled up like the rest.
  const fixedLoads = fixed
    .filter((f) => !withImpacts.has(f.stageId))
    .map((f) => ({
      stage: f,
      loads: new Map(loadsOf(f.unitIds, f.changeLoad).map((l) => [l.unitId, l.load])),
    }));
  const committedOf = (unitId: string) => {
    const committed = heatRows.get(unitId)!.cells.map((c) => c.load);
    for (const { stage, loads } of fixedLoads) {
      const load = loads.get(unitId) ?? 0;
      for (let m = Math.max(0, stage.startMonth); m <= Math.min(stage.endMonth, horizon - 1) && load > 0; m++)
        committed[m]! += load;
    }
    return committed;
  };

  // Candidates and their prerequisites; a prerequisite that can never end makes the dependent excluded.
  const grades = await applicationGrades(tx, ctx, stages);
  const candidates = stages.filter(
    (s) => s.status === 'planned' && (s.planStatus === 'draft' || s.planStatus === 'active'),
  );
  const isCandidate = new Set(candidates.map((s) => s.id));
  const stageLoads = new Map(candidates.map((s) => [s.id, loadsOf(unitsOf.get(s.id) ?? [], s.changeLoad)]));
  const previous = new Map<string, StageRow>();
  for (const s of stages) {
    const before = stages
      .filter((o) => o.planId === s.planId && o.position < s.position)
      .sort((a, b) => b.position - a.position)[0];
    if (before) previous.set(s.id, before);
  }
  const prerequisites = (s: StageRow) => [
    ...(previous.has(s.id) ? [previous.get(s.id)!] : []),
    ...dependencies.filter((d) => d.stageId === s.id).map((d) => byId.get(d.dependsOn)!),
  ];
  const excluded = new Map<string, string>();
  const earliest = new Map<string, number>();
  const dependsOn = new Map<string, string[]>();
  for (const s of candidates) {
    let month = 0;
    const deps: string[] = [];
    for (const p of prerequisites(s)) {
      if (p.status === 'completed') continue;
      if (p.status === 'running') month = Math.max(month, fixedEnd.get(p.id)! + 1);
      else if (p.status === 'rolled_back')
        excluded.set(s.id, `Waits for: ${label(p)}, which was rolled back`);
      else if (isCandidate.has(p.id)) deps.push(p.id);
      else excluded.set(s.id, `Waits for: ${label(p)}, whose plan is not under way`);
    }
    earliest.set(s.id, month);
    dependsOn.set(s.id, [...new Set(deps)]);
  }
  const cycle = findDependencyCycle(candidates.map((s) => ({ id: s.id, dependsOn: dependsOn.get(s.id)! })));
  if (cycle) {
    throw fieldError(
      'stageDependencies',
      `The stages depend on each other in a cycle, so none of them can start: ${[...cycle, cycle[0]!].map((id) => label(byId.get(id)!)).join(' ⇢ ')}.`,
    );
  }

  const unitIds = [...new Set(candidates.flatMap((s) => stageLoads.get(s.id)!.map((l) => l.unitId)))].sort();
  const units: PlanningUnitInfo[] = unitIds.map((id) => {
    const row = unitRows.get(id)!;
    const whole = settings.capacities?.[id] ?? heatRows.get(id)!.capacity;
    return {
      id,
      name: row.name,
      kind: row.kind,
      capacity: Array<number>(horizon).fill(whole),
      committed: committedOf(id),
      maxConcurrent: settings.maxConcurrentByUnit?.[id] ?? settings.maxConcurrent,
      amberThreshold: row.amberThreshold,
      redThreshold: row.redThreshold,
    };
  });
  const free = new Map(units.map((u) => [u.id, u.capacity.map((c, m) => Math.max(0, c - u.committed[m]!))]));

  // Feasibility before the solver (prerequisites first): a stage that cannot fit the horizon or its units'
  // free capacity in any window is excluded with the reason, and so is everything that waits for it.
  const firstStart = new Map<string, number>();
  const visit = (s: StageRow, seen: Set<string>) => {
    if (firstStart.has(s.id) || excluded.has(s.id) || seen.has(s.id)) return;
    seen.add(s.id);
    let from = earliest.get(s.id)!;
    for (const d of dependsOn.get(s.id)!) {
      const p = byId.get(d)!;
      visit(p, seen);
      if (excluded.has(d)) {
        excluded.set(s.id, `Waits for: ${label(p)}, which cannot run within the horizon`);
        return;
      }
      from = Math.max(from, firstStart.get(d)! + p.durationMonths);
    }
    const latest = horizon - s.durationMonths;
    if (from > latest) {
      excluded.set(
        s.id,
        `Does not fit: it could start in month ${from + 1} of the horizon at the earliest and lasts ${s.durationMonths} months, beyond the ${horizon}-month horizon`,
      );
      return;
    }
    const loads = stageLoads.get(s.id)!;
    const fitsFrom = (l: StepUnitLoad, t: number) => {
      const row = free.get(l.unitId)!;
      for (let m = t; m < t + s.durationMonths; m++) if (row[m]! < l.load) return false;
      return true;
    };
    for (let t = from; t <= latest; t++) {
      const fits = loads.every((l) => fitsFrom(l, t));
      if (fits) {
        firstStart.set(s.id, t);
        return;
      }
    }
    const short = loads.find((l) => {
      for (let t = from; t <= latest; t++) if (fitsFrom(l, t)) return false;
      return true;
    });
    excluded.set(
      s.id,
      short
        ? `Does not fit: it needs ${short.load} change points a month of ${unitRows.get(short.unitId)!.name}, more than its free capacity in every window of the horizon`
        : 'Does not fit: in every window of the horizon one of its units lacks the free capacity it needs',
    );
  };
  for (const s of candidates) visit(s, new Set());

  const weight = settings.confidenceWeight;
  const steps: PlanningStepInfo[] = candidates
    .filter((s) => !excluded.has(s.id))
    .map((s) => {
      const grade = grades.get(s.valueMetricId ?? '') ?? grades.get(s.applicationId) ?? 'anecdote';
      const gate = gates.get(s.id) ?? null;
      const base = settings.confidences?.[s.id] ?? confidenceOf({ grade, gate });
      return {
        stageId: s.id,
        planId: s.planId,
        applicationId: s.applicationId,
        applicationName: s.applicationName,
        stageName: s.name,
        position: s.position,
        grade,
        gate,
        expectedValue: settings.values?.[s.id] ?? s.expectedValue,
        confidence: base ** weight,
        durationMonths: s.durationMonths,
        changeLoad: s.changeLoad,
        unitIds: unitsOf.get(s.id) ?? [],
        loads: stageLoads.get(s.id)!,
      };
    });
  const problem: PlanningProblem = {
    horizonMonths: horizon,
    discountRate: 0,
    units: units.map((u) => ({ id: u.id, capacity: free.get(u.id)!, maxConcurrent: u.maxConcurrent })),
    steps: steps.map(
      (s): CandidateStep => ({
        id: s.stageId,
        applicationId: s.applicationId,
        label: `${s.applicationName} → ${s.stageName}`,
        value: s.expectedValue,
        confidence: s.confidence,
        loads: s.loads.filter((l) => l.load > 0),
        durationMonths: s.durationMonths,
        earliestMonth: earliest.get(s.stageId)!,
        dependsOn: dependsOn.get(s.stageId)!,
      }),
    ),
  };
  return {
    startMonth: months[0]!,
    months,
    problem,
    units,
    steps,
    fixed,
    excluded: candidates
      .filter((s) => excluded.has(s.id))
      .map((s) => ({
        stageId: s.id,
        applicationId: s.applicationId,
        applicationName: s.applicationName,
        stageName: s.name,
        reason: excluded.get(s.id)!,
      })),
  };
}

/** What-if overrides must name the organization's units and candidate stages. */
function checkOverrides(settings: PlanningSettings, orgUnitIds: Set<string>, stages: StageRow[]): void {
  for (const [field, ids] of [
    ['capacities', settings.capacities],
    ['maxConcurrentByUnit', settings.maxConcurrentByUnit],
  ] as const) {
    for (const id of Object.keys(ids ?? {})) {
      if (!orgUnitIds.has(id))
        throw fieldError(`body.whatIf.${field}.${id}`, 'No org unit of the organization has this id.');
    }
  }
  const planned = new Set(stages.filter((s) => s.status === 'planned').map((s) => s.id));
  for (const [field, ids] of [
    ['values', settings.values],
    ['confidences', settings.confidences],
  ] as const) {
    for (const id of Object.keys(ids ?? {})) {
      if (!planned.has(id))
        throw fieldError(`body.whatIf.${field}.${id}`, 'No planned stage of the organization has this id.');
    }
  }
}

/**
 * A change's load per unit as the heatmap rolls it up: `changeLoad` on each target, and again on every unit
 * above a target (once per target below it), there not counted as one of the unit's concurrent changes
 * unless the unit is a target itself.
 */
export function rolledUpLoads(
  units: ReadonlyMap<string, { parentId: string | null }>,
  targets: string[],
  changeLoad: number,
): StepUnitLoad[] {
  const loads = new Map<string, StepUnitLoad>();
  const add = (unitId: string, concurrent: boolean) => {
    const held = loads.get(unitId);
    if (held) {
      held.load += changeLoad;
      held.concurrent ||= concurrent;
    } else loads.set(unitId, { unitId, load: changeLoad, concurrent });
  };
  for (const target of new Set(targets)) {
    add(target, true);
    const seen = new Set([target]);
    for (let up = units.get(target)?.parentId ?? null; up !== null && !seen.has(up); ) {
      seen.add(up);
      add(up, false);
      up = units.get(up)?.parentId ?? null;
    }
  }
  return [...loads.values()];
}
