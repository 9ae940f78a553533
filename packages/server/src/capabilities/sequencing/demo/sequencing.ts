import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import {
  answerPulse,
  closePulseRound,
  createPulseSurvey,
  inboxPulseTokens,
  startPulseRound,
} from '../../capacity/index';
import { createPlan, getPlan, type PlanDetail, updatePlan } from '../services/expansion-plans';
import { decideGate } from '../services/gate-decisions';
import { evaluateGate } from '../services/gates';
import { reportAdoption, startNextStage } from '../services/stage-runs';

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface SequencingDemoPilots {
  contentDrafting: string;
  needsAnalysis: string;
  stakeholderUpdates: string;
}

/** The plan's stages as edits, with units (by unit name), values and the first stage's criteria replaced. */
function withUnits(
  detail: PlanDetail,
  units: Record<string, string>,
  stageUnits: string[][],
  values: number[],
  firstCriteria?: PlanDetail['stages'][number]['criteria'],
) {
  return detail.stages.map((s, i) => ({
    id: s.id,
    name: s.name,
    durationMonths: s.durationMonths,
    changeLoad: s.changeLoad,
    expectedValue: values[i] ?? 0,
    criteria: i === 0 && firstCriteria ? firstCriteria : s.criteria,
    orgUnitIds: (stageUnits[i] ?? []).map((name) => units[name]).filter((id): id is string => Boolean(id)),
    dependsOn: s.dependsOn.map((d) => d.stageId),
  }));
}

/**
 * The demo's expansion plans, through the sequencing services, on the capacity demo's units (by name):
 * - AI-drafted course content: its pilot stage in Course design has run for 100 days with 6 of 8 people
 *   active; Learner support answered a readiness pulse; the gate is decided as it recommends — advance when
 *   the quality demo's bound, adoption, readiness and capacity all hold — so Learner support starts.
 * - AI-assisted needs analysis: piloting in Assessment; its next stage would land on Course design, which is
 *   over capacity next month, so the gate recommends hold and the lead records that.
 * - Automated stakeholder updates: a draft plan whose second stage waits for the course-content rollout.
 * Each stage carries an expected value (hours saved a month) for the next-step optimizer.
 */
export async function seedSequencing(
  db: Database,
  people: { lead: OrgContext; owner: OrgContext },
  demo: { pilots: SequencingDemoPilots; units: Record<string, string>; now: Date },
) {
  const { lead } = people;
  const org = lead.organizationId;
  const { units, now, pilots } = demo;
  const division = 'Learning & Development';

  const content = await db.tenant(org, async (tx) => {
    let plan = await createPlan(tx, lead, { applicationId: pilots.contentDrafting });
    plan = await updatePlan(tx, lead, plan.plan.id, {
      version: plan.plan.version,
      stages: withUnits(
        plan,
        units,
        [['Course design'], ['Learner support'], [division], [division]],
        [0, 120, 300, 800],
        [
          { kind: 'quality', params: { maxDefectRate: 0.15, minReviewed: 50 } },
          { kind: 'adoption', params: { minActiveShare: 0.6 } },
          { kind: 'pulse', params: { minReadiness: 3.5 } },
          { kind: 'capacity', params: {} },
          { kind: 'min_duration', params: { months: 3 } },
        ],
      ),
    });
    plan = await startNextStage(tx, lead, plan.plan.id, {
      version: plan.plan.version,
      startedOn: isoDay(new Date(now.getTime() - 100 * DAY)),
      now,
    });
    const pilot = plan.running!;
    await reportAdoption(tx, lead, plan.plan.id, pilot.id, pilot.units[0]!.orgUnitId, 6, now);
    const support = units['Learner support'];
    if (support) {
      const survey = await createPulseSurvey(tx, lead, {
        orgUnitId: support,
        name: 'Learner support readiness',
        cadenceDays: 30,
        cooldownDays: 0,
      });
      const opened = new Date(now.getTime() - 9 * DAY);
      // Learner support's four people answer, each through the link in their own inbox.
      const { round } = await startPulseRound(tx, lead, survey.id, {
        closesInDays: 14,
        now: opened,
        delivery: { emailOrigin: null },
      });
      for (const [i, token] of (await inboxPulseTokens(tx, round.id)).slice(0, 4).entries()) {
        const answers = Object.fromEntries(
          survey.items.map((item, k) => [item.key, 3 + ((i + k) % 3 === 0 ? 0 : 1)]),
        );
        await answerPulse(tx, org, token, answers, new Date(opened.getTime() + DAY));
      }
      await closePulseRound(tx, lead, round.id, new Date(opened.getTime() + 7 * DAY));
    }
    return getPlan(tx, lead, plan.plan.id);
  });
  const contentOutcome = await db.tenant(org, async (tx) => {
    const detail = await getPlan(tx, lead, content.plan.id);
    const gate = (await evaluateGate(tx, lead, detail, now))!;
    await decideGate(tx, lead, detail.plan.id, gate.stageId, {
      outcome: gate.recommendation,
      rationale:
        gate.recommendation === 'advance'
          ? 'Quality held on the reviewed quiz items, most of Course design uses it, and Learner support says it is ready.'
          : `Following the gate: ${gate.reason}`,
      planVersion: detail.plan.version,
      fingerprint: gate.fingerprint,
      now,
    });
    return gate;
  });

  const needsOutcome = await db.tenant(org, async (tx) => {
    let plan = await createPlan(tx, lead, { applicationId: pilots.needsAnalysis });
    plan = await updatePlan(tx, lead, plan.plan.id, {
      version: plan.plan.version,
      stages: withUnits(
        plan,
        units,
        [['Assessment'], ['Course design'], [division], [division]],
        [0, 60, 150, 400],
        [
          { kind: 'quality', params: { maxDefectRate: 0.1, minReviewed: 30 } },
          { kind: 'capacity', params: {} },
          { kind: 'min_duration', params: { months: 1 } },
        ],
      ),
    });
    plan = await startNextStage(tx, lead, plan.plan.id, {
      version: plan.plan.version,
      startedOn: isoDay(new Date(now.getTime() - 45 * DAY)),
      now,
    });
    const gate = (await evaluateGate(tx, lead, plan, now))!;
    if (gate.recommendation === 'hold')
      await decideGate(tx, lead, plan.plan.id, gate.stageId, {
        outcome: 'hold',
        rationale:
          'Course design is over its change capacity next month: wait until the quiz rollout settles.',
        planVersion: plan.plan.version,
        fingerprint: gate.fingerprint,
        now,
      });
    return gate;
  });

  await db.tenant(org, async (tx) => {
    const plan = await createPlan(tx, lead, { applicationId: pilots.stakeholderUpdates });
    const contentPlan = await getPlan(tx, lead, content.plan.id);
    const stages = withUnits(
      plan,
      units,
      [['Learner support'], ['Assessment'], [division], [division]],
      [0, 30, 80, 200],
    );
    stages[1]!.dependsOn = [contentPlan.stages[1]!.id];
    await updatePlan(tx, lead, plan.plan.id, { version: plan.plan.version, stages });
  });
  return { contentGate: contentOutcome, needsGate: needsOutcome };
}
