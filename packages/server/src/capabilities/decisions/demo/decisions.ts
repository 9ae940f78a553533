import type { BoundaryAnswers } from '@trellis/core';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { demoApplication } from '../../portfolio/index';
import { applications } from '../../portfolio/portfolio-schema';
import { workflows } from '../../quality/quality-schema';
import { recordBoundary } from '../services/automation-boundaries';
import { decideDecisionRequest, submitDecisionRequest } from '../services/decision-requests';
import { createStarterRubric } from '../services/decision-rubrics';
import { createEvaluation, submitScores } from '../services/evaluations';

/** The people the decisions demo acts as (contexts of members of the demo organization). */
export interface DecisionsDemoPeople {
  owner: OrgContext;
  lead: OrgContext;
  /** Two assessors (e.g. reviewers). */
  assessors: [OrgContext, OrgContext];
}

const HOUR = 3_600_000;

// value, feasibility, risk (cost), readiness — one row per assessor; the second disagrees on the assistant.
const LEVELS: Record<string, [number, number, number, number][]> = {
  'Video script drafting': [
    [5, 4, 2, 4],
    [4, 4, 2, 4],
  ],
  'Translation of course materials': [
    [2, 5, 3, 5],
    [4, 5, 3, 5],
  ],
  'Onboarding Q&A assistant': [
    [4, 2, 4, 2],
    [4, 2, 5, 1],
  ],
};

/**
 * The decisions part of the demo organization: the starter rubric, an evaluation of three applications by
 * two assessors (with a disagreement and a knock-out), automation boundaries for the demo's workflows
 * (linked to the first application), a self-serve approved request, an approved medium-risk request and
 * one still waiting with its reminder due. Deterministic; `now` anchors the request times.
 */
export async function seedDecisions(db: Database, people: DecisionsDemoPeople, now = new Date()) {
  const { owner, lead, assessors } = people;
  const org = owner.organizationId;
  const rubric = await db.tenant(org, (tx) => createStarterRubric(tx, owner));
  const candidates = await db.tenant(org, async (tx) => {
    const created = [];
    for (const name of Object.keys(LEVELS))
      created.push(await demoApplication(tx, owner, { name, stage: 'evaluating', ownerId: lead.actor.id }));
    await tx
      .update(applications)
      .set({ dataSensitivity: 'confidential' })
      .where(eq(applications.id, created[1]!.id));
    await tx
      .update(applications)
      .set({ dataSensitivity: 'personal', audience: 'external' })
      .where(eq(applications.id, created[2]!.id));
    // Automation boundaries are set for the content-drafting pilot's tasks; workflows not yet linked to an
    // application become its tasks.
    const drafting = await demoApplication(tx, owner, { name: 'AI-drafted course content', stage: 'pilot' });
    await tx
      .update(workflows)
      .set({ applicationId: drafting.id })
      .where(and(eq(workflows.organizationId, org), isNull(workflows.applicationId)));
    return { created, drafting };
  });
  const apps = candidates.created;

  const evaluation = await db.tenant(org, (tx) =>
    createEvaluation(tx, lead, {
      title: 'Which pilots next quarter',
      rubricId: rubric.rubric.id,
      applicationIds: apps.map((a) => a.id),
      assessorIds: assessors.map((a) => a.actor.id!),
    }),
  );
  for (const [i, assessor] of assessors.entries())
    await db.tenant(org, (tx) =>
      submitScores(
        tx,
        assessor,
        evaluation.id,
        apps.map((app) => {
          const [value, feasibility, risk, readiness] = LEVELS[app.name]![i]!;
          return {
            applicationId: app.id,
            levels: { value, feasibility, risk, readiness },
            knockOuts:
              app.name === 'Onboarding Q&A assistant' && i === 1 ? ['personal_data_no_agreement'] : [],
          };
        }),
      ),
    );

  const tasks = await db.tenant(org, (tx) =>
    tx
      .select({ id: workflows.id, name: workflows.name })
      .from(workflows)
      .where(inArray(workflows.applicationId, [candidates.drafting.id])),
  );
  const answers: BoundaryAnswers = {
    errorCost: 'medium',
    reversibility: 'easy',
    judgment: 'none',
    regulated: false,
    volume: 'high',
  };
  const reviewOn = new Date(now.getTime() + 90 * 24 * HOUR).toISOString().slice(0, 10);
  for (const task of tasks)
    await db.tenant(org, (tx) =>
      recordBoundary(tx, lead, task.id, {
        answers: /stakeholder/i.test(task.name) ? { ...answers, judgment: 'some' } : answers,
        mode: 'ai_drafts_human_approves',
        rationale: 'SMEs approve every output while the sampling evidence builds up.',
        reviewOn,
        today: now.toISOString().slice(0, 10),
      }),
    );

  await db.tenant(org, (tx) =>
    submitDecisionRequest(tx, lead, {
      decisionType: 'admit_to_pilot',
      applicationId: apps[0]!.id,
      title: 'Pilot video script drafting with the Sales enablement team',
      payload: { note: 'An SME reviews every script for the first month.' },
      now: new Date(now.getTime() - 20 * 24 * HOUR),
    }),
  );
  const approved = await db.tenant(org, (tx) =>
    submitDecisionRequest(tx, lead, {
      decisionType: 'admit_to_pilot',
      applicationId: apps[1]!.id,
      title: 'Pilot machine translation of the compliance courses',
      now: new Date(now.getTime() - 10 * 24 * HOUR),
    }),
  );
  await db.tenant(org, (tx) =>
    decideDecisionRequest(tx, owner, approved.id, {
      version: approved.version,
      verdict: 'approve',
      comment: 'The translation vendor’s data processing agreement is signed.',
      now: new Date(now.getTime() - 9 * 24 * HOUR),
    }),
  );
  await db.tenant(org, (tx) =>
    submitDecisionRequest(tx, lead, {
      decisionType: 'expand_to_org_unit',
      applicationId: apps[1]!.id,
      title: 'Extend course translation to the Finance academy',
      now: new Date(now.getTime() - 40 * HOUR),
    }),
  );
  return { rubricId: rubric.rubric.id, evaluationId: evaluation.id, applicationIds: apps.map((a) => a.id) };
}
