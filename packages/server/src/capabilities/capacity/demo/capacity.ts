import { createRng, monthRange } from '@trellis/core';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { createChangeImpact } from '../services/change-impacts';
import { publishChangeNote } from '../services/change-notes';
import { createOrgUnit, setOrgUnitMember } from '../services/org-units';
import {
  answerPulse,
  closePulseRound,
  createPulseSurvey,
  inboxPulseTokens,
  startPulseRound,
} from '../services/pulse';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

/**
 * The demo's change capacity: a division with three teams, the changes of two rollouts (one team goes red
 * next month), its people (`memberIds` in Course design, the first its lead; `supportIds` in Learner support),
 * a closed pulse round of five anonymous answers (Course design's people, each through their own inbox link) and a "what changed" note. Deterministic from `seed` and `now`; call it in one tenant transaction.
 */
export async function seedCapacity(
  tx: Tx,
  ctx: OrgContext,
  options: { memberIds: string[]; supportIds?: string[]; now: Date; seed?: number },
) {
  const rng = createRng(options.seed ?? 2026);
  const [thisMonth, next, after] = monthRange(options.now.toISOString().slice(0, 7), 3) as [
    string,
    string,
    string,
  ];
  const division = await createOrgUnit(tx, ctx, { name: 'Learning & Development', kind: 'division' });
  const design = await createOrgUnit(tx, ctx, {
    name: 'Course design',
    kind: 'team',
    parentId: division.id,
    headcount: 8,
  });
  const support = await createOrgUnit(tx, ctx, {
    name: 'Learner support',
    kind: 'team',
    parentId: division.id,
    headcount: 6,
  });
  const assessment = await createOrgUnit(tx, ctx, {
    name: 'Assessment',
    kind: 'team',
    parentId: division.id,
    headcount: 5,
    monthlyCapacity: 40,
  });
  for (const [i, userId] of options.memberIds.entries()) {
    await setOrgUnitMember(tx, ctx, design.id, { userId, role: i === 0 ? 'lead' : 'member' });
  }
  for (const userId of options.supportIds ?? []) {
    await setOrgUnitMember(tx, ctx, support.id, { userId, role: 'member' });
  }
  const impacts = [
    // Rollout 1, quiz drafting: (4 + 3 + 3) × 6 = 60 of 80 in Course design for three months.
    {
      unit: design,
      title: 'Quiz drafting assistant, wave 1',
      aspects: { process: 4, tools: 3, skills: 3 },
      people: 6,
      from: thisMonth,
      to: after,
    },
    // Rollout 2, feedback summaries: + (2 + 2 + 1) × 6 = 30 next month → 90 of 80, red.
    {
      unit: design,
      title: 'Feedback summaries',
      aspects: { roles: 2, behaviours: 2, performance_measures: 1 },
      people: 6,
      from: next,
      to: next,
    },
    {
      unit: support,
      title: 'Feedback summaries',
      aspects: { tools: 3, process: 2 },
      people: 4,
      from: next,
      to: after,
    },
    {
      unit: assessment,
      title: 'Quiz drafting assistant, wave 1',
      aspects: { process: 2, skills: 2 },
      people: 3,
      from: after,
      to: after,
    },
  ];
  const created = [];
  for (const i of impacts) {
    created.push(
      await createChangeImpact(tx, ctx, {
        orgUnitId: i.unit.id,
        title: i.title,
        aspects: i.aspects,
        peopleAffected: i.people,
        startDate: `${i.from}-01`,
        endDate: lastDay(i.to),
      }),
    );
  }
  const survey = await createPulseSurvey(tx, ctx, {
    orgUnitId: design.id,
    name: 'Course design check-in',
    cadenceDays: 30,
    cooldownDays: 21,
  });
  const opened = new Date(options.now.getTime() - 10 * 86_400_000);
  // Each of Course design's people finds their own link in the inbox and answers through it.
  const { round } = await startPulseRound(tx, ctx, survey.id, {
    closesInDays: 14,
    now: opened,
    delivery: { emailOrigin: null },
  });
  for (const token of (await inboxPulseTokens(tx, round.id)).slice(0, 5)) {
    const answers = Object.fromEntries(survey.items.map((item) => [item.key, 2 + Math.floor(rng() * 3)]));
    await answerPulse(tx, ctx.organizationId, token, answers, opened);
  }
  await closePulseRound(tx, ctx, round.id, new Date(opened.getTime() + 7 * 86_400_000));
  if (options.memberIds.length) {
    await publishChangeNote(tx, ctx, {
      orgUnitId: design.id,
      changeImpactId: created[0]!.id,
      title: 'Quiz items now start from an AI draft',
      body: 'From this month every quiz item starts as a draft from the assistant; you review and edit it before it goes to learners.',
    });
  }
  return { division, teams: [design, support, assessment], survey };
}
