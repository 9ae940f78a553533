import {
  type IndicatorEvidence,
  type IndicatorKey,
  type IndicatorReading,
  indicatorKeys,
  monthOf,
  summarizeHours,
} from '@trellis/core';
import { sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { closedRoundSummaries, computeUnitHeatmap, listAllOrgUnits } from '../../capacity/index';
import { decisionMetrics } from '../../decisions/index';
import {
  applicationsWithoutStandard,
  driftAlarms,
  sampledReviewsIn,
  shareWith,
  type WorkflowEffort,
  workflowEfforts,
  workflowsOverLimit,
} from './diagnostic-quality';
import { daysBefore, diagnosticWindows, type Window } from './diagnostic-windows';

const iso = (d: Date) => d.toISOString();

/** The highest load ÷ capacity among org units in the month each window ends in; null without units. */
async function changeLoad(tx: Tx, ctx: OrgContext, windows: Window[]): Promise<Array<number | null>> {
  const months = windows.map((w) => monthOf(iso(new Date(w.to.getTime() - 1)).slice(0, 10)));
  const distinct = [...new Set(months)];
  const heatmap = await computeUnitHeatmap(tx, ctx, distinct);
  if (!heatmap.units.length) return windows.map(() => null);
  return months.map((month) => {
    const ratios = heatmap.rows
      .map((r) => r.cells.find((c) => c.month === month)?.ratio ?? null)
      .filter((r): r is number => r !== null);
    return ratios.length ? Math.max(...ratios) : null;
  });
}

/**
 * Applications that moved to expanding or scaled in the window without a scaling package made before the move
 * (or whose newest package is out of date now), and gate decisions that advanced a stage on evidence that was
 * not all met, as a share of both.
 */
async function unreviewedExpansions(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const [row] = await selectRows<{ moves: number; unreviewed: number; gates: number; unmet: number }>(
    tx,
    sql`WITH moves AS (
          SELECT DISTINCT ON (t.application_id) t.application_id, t.occurred_at
          FROM application_stage_transitions t
          WHERE t.organization_id = ${ctx.organizationId} AND t.to_stage IN ('expanding', 'scaled')
            AND t.occurred_at >= ${iso(w.from)} AND t.occurred_at < ${iso(w.to)}
          ORDER BY t.application_id, t.occurred_at),
        latest AS (
          SELECT DISTINCT ON (p.application_id) p.application_id, p.element_change_count
          FROM scaling_packages p WHERE p.organization_id = ${ctx.organizationId}
          ORDER BY p.application_id, p.version DESC)
        SELECT
          (SELECT count(*) FROM moves)::int AS moves,
          (SELECT count(*) FROM moves m WHERE
             NOT EXISTS (SELECT 1 FROM scaling_packages p WHERE p.application_id = m.application_id
                           AND p.created_at <= m.occurred_at)
             OR EXISTS (SELECT 1 FROM latest l LEFT JOIN core_reviews c ON c.application_id = l.application_id
                          WHERE l.application_id = m.application_id
                            AND l.element_change_count <> coalesce(c.change_count, 0)))::int AS unreviewed,
          (SELECT count(*) FROM gate_decisions g WHERE g.organization_id = ${ctx.organizationId}
             AND g.outcome = 'advance' AND g.created_at >= ${iso(w.from)} AND g.created_at < ${iso(w.to)})::int AS gates,
          (SELECT count(*) FROM gate_decisions g WHERE g.organization_id = ${ctx.organizationId}
             AND g.outcome = 'advance' AND g.created_at >= ${iso(w.from)} AND g.created_at < ${iso(w.to)}
             AND coalesce(g.snapshot #>> '{evaluation,status}', '') <> 'met')::int AS unmet`,
  );
  if (!row) return null;
  const total = row.moves + row.gates;
  return total ? (row.unreviewed + row.unmet) / total : null;
}

/** Mean wellbeing answer of the unsuppressed rounds closed in each window, weighted by respondents. */
async function wellbeingByWindow(tx: Tx, ctx: OrgContext, windows: Window[]): Promise<Array<number | null>> {
  const units = await listAllOrgUnits(tx, ctx);
  const rounds = await closedRoundSummaries(
    tx,
    ctx,
    units.map((u) => u.id),
    { from: windows[0]!.from, to: windows.at(-1)!.to },
  );
  return windows.map((w) => {
    let sum = 0;
    let n = 0;
    for (const r of rounds) {
      if (r.closedAt < w.from || r.closedAt >= w.to || r.aggregate.suppressed) continue;
      const item = r.aggregate.items.find((i) => i.key === 'wellbeing');
      if (!item) continue;
      const answered = item.counts.reduce((a, b) => a + b, 0);
      sum += item.mean * answered;
      n += answered;
    }
    return n ? sum / n : null;
  });
}

/** Median age at the window's end of the requests waiting then; null when none waited. */
async function openRequestAge(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const rows = await selectRows<{ submitted_at: string }>(
    tx,
    sql`SELECT submitted_at FROM decision_requests WHERE organization_id = ${ctx.organizationId}
          AND submitted_at < ${iso(w.to)}
          AND ((status = 'pending' AND decided_at IS NULL) OR decided_at >= ${iso(w.to)})`,
  );
  const hours = rows.map((r) => (w.to.getTime() - new Date(r.submitted_at).getTime()) / 3_600_000);
  return summarizeHours(hours).median;
}

// The risk rule that carries the registry's declared tier (core/src/decisions/risk.ts).
const DECLARED_TIER_REASON = 'The application is registered as';

/** Of the requests routed to approvers, the share whose only reason above low is the declared tier. */
async function lowRiskFullReview(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const rows = await selectRows<{ tier_reasons: Array<{ tier: string; text: string }> }>(
    tx,
    sql`SELECT tier_reasons FROM decision_requests WHERE organization_id = ${ctx.organizationId}
          AND tier <> 'low' AND pattern_id IS NULL
          AND submitted_at >= ${iso(w.from)} AND submitted_at < ${iso(w.to)}`,
  );
  if (!rows.length) return null;
  const lowInSubstance = rows.filter((r) =>
    r.tier_reasons.every((reason) => reason.tier === 'low' || reason.text.startsWith(DECLARED_TIER_REASON)),
  );
  return lowInSubstance.length / rows.length;
}

/** Experiments starting in the window; null before the organization had any application. */
async function experimentRate(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const [row] = await selectRows<{ applications: number; started: number }>(
    tx,
    sql`SELECT
          (SELECT count(*) FROM applications WHERE organization_id = ${ctx.organizationId}
             AND created_at < ${iso(w.to)})::int AS applications,
          (SELECT count(*) FROM experiments WHERE organization_id = ${ctx.organizationId}
             AND starts_on >= ${iso(w.from)} AND starts_on < ${iso(w.to)})::int AS started`,
  );
  return row && row.applications > 0 ? row.started : null;
}

/** Ideas new or under evaluation and untouched for 30 days at the window's end; null without ideas. */
async function ideasStuck(tx: Tx, ctx: OrgContext, w: Window): Promise<number | null> {
  const [row] = await selectRows<{ ideas: number; stuck: number }>(
    tx,
    sql`SELECT count(*)::int AS ideas,
          count(*) FILTER (WHERE status IN ('new', 'under_evaluation')
                             AND updated_at < ${iso(daysBefore(w.to, 30))})::int AS stuck
        FROM ideas WHERE organization_id = ${ctx.organizationId} AND created_at < ${iso(w.to)}`,
  );
  return row && row.ideas > 0 ? row.stuck : null;
}

type PerWindow = (tx: Tx, ctx: OrgContext, w: Window) => Promise<number | null>;

async function eachWindow(tx: Tx, ctx: OrgContext, windows: Window[], fn: PerWindow) {
  const values: Array<number | null> = [];
  for (const w of windows) values.push(await fn(tx, ctx, w));
  return values;
}

const leadTime: PerWindow = async (tx, ctx, w) => (await decisionMetrics(tx, ctx, w)).leadTimeHours.median;

const DAY_MS = 86_400_000;
const daysSince = (first: string | null, now: Date) =>
  first === null ? 0 : Math.max(0, (now.getTime() - new Date(first).getTime()) / DAY_MS);

/**
 * What each indicator's current value rests on (the last window): the count of what it is computed from and
 * the days of history behind it, which core compares with the indicator's minimum.
 */
async function currentEvidence(
  tx: Tx,
  ctx: OrgContext,
  w: Window,
  known: {
    units: number;
    judgedEfforts: number;
    wellbeingWindows: number;
    judgedOutgoing: number;
    sampledReviews: number;
  },
): Promise<Record<IndicatorKey, IndicatorEvidence>> {
  const org = ctx.organizationId;
  const from = iso(w.from);
  const to = iso(w.to);
  const [row] = await selectRows<{
    expansions: number;
    first_output: string | null;
    in_use: number;
    decided: number;
    waiting: number;
    routed: number;
    applications: number;
    first_application: string | null;
    ideas: number;
    first_idea: string | null;
  }>(
    tx,
    sql`SELECT
          ((SELECT count(DISTINCT application_id) FROM application_stage_transitions WHERE organization_id = ${org}
              AND to_stage IN ('expanding', 'scaled') AND occurred_at >= ${from} AND occurred_at < ${to})
           + (SELECT count(*) FROM gate_decisions WHERE organization_id = ${org} AND outcome = 'advance'
              AND created_at >= ${from} AND created_at < ${to}))::int AS expansions,
          (SELECT min(created_at) FROM outputs WHERE organization_id = ${org} AND created_at < ${to}) AS first_output,
          (SELECT count(*) FROM applications WHERE organization_id = ${org}
             AND stage IN ('pilot', 'expanding', 'scaled') AND created_at < ${to})::int AS in_use,
          (SELECT count(*) FROM decision_requests WHERE organization_id = ${org} AND status IN ('approved', 'rejected')
             AND decided_at >= ${from} AND decided_at < ${to})::int AS decided,
          (SELECT count(*) FROM decision_requests WHERE organization_id = ${org} AND submitted_at < ${to}
             AND ((status = 'pending' AND decided_at IS NULL) OR decided_at >= ${to}))::int AS waiting,
          (SELECT count(*) FROM decision_requests WHERE organization_id = ${org} AND tier <> 'low'
             AND pattern_id IS NULL AND submitted_at >= ${from} AND submitted_at < ${to})::int AS routed,
          (SELECT count(*) FROM applications WHERE organization_id = ${org} AND created_at < ${to})::int AS applications,
          least((SELECT min(created_at) FROM applications WHERE organization_id = ${org}),
                (SELECT min(starts_on)::timestamptz FROM experiments WHERE organization_id = ${org})) AS first_application,
          (SELECT count(*) FROM ideas WHERE organization_id = ${org} AND created_at < ${to})::int AS ideas,
          (SELECT min(created_at) FROM ideas WHERE organization_id = ${org}) AS first_idea`,
  );
  const r = row!;
  const at = (count: number, days = 0): IndicatorEvidence => ({ count, days });
  return {
    change_load: at(known.units),
    unreviewed_expansions: at(r.expansions),
    drift_alarms: at(known.sampledReviews, daysSince(r.first_output, w.to)),
    pulse_wellbeing: at(known.wellbeingWindows),
    ai_without_standard: at(r.in_use),
    under_reviewed_workflows: at(known.judgedEfforts),
    outgoing_over_limit: at(known.judgedOutgoing),
    decision_lead_time: at(r.decided),
    open_request_age: at(r.waiting),
    low_risk_full_review: at(r.routed),
    experiment_rate: at(r.applications, daysSince(r.first_application, w.to)),
    over_reviewed_workflows: at(known.judgedEfforts),
    ideas_stuck: at(r.ideas, daysSince(r.first_idea, w.to)),
  };
}

/** Every indicator's trend over the windows (oldest first) and its value (the last window's). */
export async function readIndicators(tx: Tx, ctx: OrgContext, now: Date): Promise<IndicatorReading[]> {
  const windows = diagnosticWindows(now);
  const efforts: WorkflowEffort[][] = [];
  for (const w of windows) efforts.push(await workflowEfforts(tx, ctx, w));
  const wellbeing = await wellbeingByWindow(tx, ctx, windows);
  const known = wellbeing.filter((v): v is number => v !== null);
  const overLimit = await workflowsOverLimit(tx, ctx);
  const units = await listAllOrgUnits(tx, ctx);
  const evidence = await currentEvidence(tx, ctx, windows.at(-1)!, {
    units: units.length,
    judgedEfforts: efforts.at(-1)!.length,
    wellbeingWindows: known.length,
    judgedOutgoing: overLimit.reviews,
    sampledReviews: await sampledReviewsIn(tx, ctx, windows.at(-1)!),
  });
  const trends: Record<IndicatorKey, Array<number | null>> = {
    change_load: await changeLoad(tx, ctx, windows),
    unreviewed_expansions: await eachWindow(tx, ctx, windows, unreviewedExpansions),
    drift_alarms: await eachWindow(tx, ctx, windows, driftAlarms),
    pulse_wellbeing: wellbeing,
    ai_without_standard: await eachWindow(tx, ctx, windows, applicationsWithoutStandard),
    under_reviewed_workflows: efforts.map((e) => shareWith(e, 'below')),
    // The dashboard's figure is for the current standard, not per window: only the current point exists.
    outgoing_over_limit: windows.map((_, i) => (i === windows.length - 1 ? overLimit.share : null)),
    decision_lead_time: await eachWindow(tx, ctx, windows, leadTime),
    open_request_age: await eachWindow(tx, ctx, windows, openRequestAge),
    low_risk_full_review: await eachWindow(tx, ctx, windows, lowRiskFullReview),
    experiment_rate: await eachWindow(tx, ctx, windows, experimentRate),
    over_reviewed_workflows: efforts.map((e) => shareWith(e, 'far_above')),
    ideas_stuck: await eachWindow(tx, ctx, windows, ideasStuck),
  };
  return indicatorKeys.map((key) => ({
    key,
    trend: trends[key],
    evidence: evidence[key],
    // The wellbeing trend's value is its change, first to last window with rounds.
    value:
      key === 'pulse_wellbeing'
        ? known.length >= 2
          ? known.at(-1)! - known[0]!
          : null
        : trends[key].at(-1)!,
  }));
}
