import { createRng, type Rng } from '@trellis/core';
import { eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../platform/auth/request-auth';
import type { Role } from '../../platform/auth/roles';
import { selectRows } from '../../platform/db/rows';
import { organizations } from '../../platform/db/tenancy-schema';
import type { Database } from '../../platform/db/types';
import { seedCapacity } from '../capacity/index';
import { seedCoreReview } from '../core-review/index';
import { seedDecisions } from '../decisions/index';
import { seedDiagnostic } from '../diagnostic/index';
import { seedEvidence } from '../evidence/index';
import { addMember, createOrganization, createUser, findUserByEmail, seedIdentity } from '../identity/index';
import { seedLearning, seedLearning2 } from '../learning/index';
import { seedOptimizer } from '../planning/index';
import { seedPortfolio } from '../portfolio/index';
import {
  claimNext,
  createStandardVersion,
  createWorkflow,
  ingestOutputs,
  judgeInRound,
  needsAnalysis,
  type OutputInput,
  promoteToGold,
  quizItem,
  type StandardInput,
  stakeholderUpdate,
  startRound,
  submitReview,
} from '../quality/index';
import { alarms } from '../quality/quality-schema';
import { seedSequencing } from '../sequencing/index';

export const DEMO_ORGANIZATION = 'Northwind Learning (demo)';
export const DEMO_PASSWORD = 'trellis-demo-password';
export const DEMO_OWNER_EMAIL = 'dana@northwind.example';

const people: Array<{ email: string; name: string; role: Role }> = [
  { email: DEMO_OWNER_EMAIL, name: 'Dana Okafor', role: 'owner' },
  { email: 'priya@northwind.example', name: 'Priya Raman', role: 'lead' },
  { email: 'malik@northwind.example', name: 'Malik Haddad', role: 'reviewer' },
  { email: 'sofia@northwind.example', name: 'Sofia Lindqvist', role: 'reviewer' },
  { email: 'tomas@northwind.example', name: 'Tomás Ortega', role: 'reviewer' },
];
/** Learner support's people: they answer its readiness pulse, each through their own inbox link. */
const supportPeople: Array<{ email: string; name: string; role: Role }> = [
  { email: 'amara@northwind.example', name: 'Amara Mensah', role: 'contributor' },
  { email: 'jonas@northwind.example', name: 'Jonas Becker', role: 'contributor' },
  { email: 'leila@northwind.example', name: 'Leila Farahani', role: 'contributor' },
  { email: 'wei@northwind.example', name: 'Wei Zhang', role: 'contributor' },
];

interface DemoWorkflow {
  name: string;
  description: string;
  standard: StandardInput;
  count: number;
  output: (rng: Rng, index: number) => OutputInput;
  /** Probability that an output is a defect, by its metadata and position in the stream. */
  defectRate: (metadata: Record<string, unknown>, index: number) => number;
}

const accuracy = [
  { key: 'accurate', label: 'Factually accurate', kind: 'pass_fail' as const, severity: 'critical' as const },
  {
    key: 'clarity',
    label: 'Clear for the audience',
    kind: 'scale' as const,
    severity: 'minor' as const,
    levels: ['Confusing', 'Hard to follow', 'Understandable', 'Clear', 'Exemplary'],
  },
];

const workflows: DemoWorkflow[] = [
  {
    name: 'Draft quiz items',
    description:
      'AI drafts assessment items for new course modules; SMEs review a sample against the item-writing rubric.',
    count: 2400,
    standard: {
      criteria: [
        ...accuracy,
        { key: 'answer_key', label: 'Answer key is correct', kind: 'pass_fail', severity: 'critical' },
      ],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.01,
      limitScope: 'segment',
      policy: 'adaptive',
      segmentKeys: ['language'],
      segmentCapacity: 4,
      judgeThreshold: 0.7,
      doubleReviewFraction: 0.1,
    },
    output: (rng, i) => {
      const language = rng() < 0.6 ? 'en' : rng() < 0.6 ? 'es' : 'de';
      const itemType = rng() < 0.75 ? 'multiple-choice' : 'scenario';
      return {
        clientId: `quiz-${i}`,
        content: quizItem(rng, itemType),
        metadata: { language, itemType, module: `M${1 + (i % 12)}` },
      };
    },
    // German items drift after a prompt change late in the stream: the alarm the demo shows.
    defectRate: (m, i) => (m.language === 'de' && i > 1700 ? 0.25 : m.language === 'en' ? 0.004 : 0.015),
  },
  {
    name: 'Needs-analysis summaries',
    description:
      'AI summarizes interview notes into a needs analysis; an instructional designer checks a sample.',
    count: 700,
    standard: {
      criteria: [
        ...accuracy,
        { key: 'evidence', label: 'Claims trace to the interviews', kind: 'pass_fail', severity: 'critical' },
      ],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
      limitScope: 'workflow',
      policy: 'csp1',
      fraction: 0.1,
      segmentKeys: [],
      segmentCapacity: 1,
      judgeThreshold: null,
      doubleReviewFraction: 0.1,
    },
    output: (rng, i) => {
      const team = ['Sales enablement', 'Customer support', 'Finance', 'Engineering'][i % 4]!;
      return { clientId: `needs-${i}`, content: needsAnalysis(rng, team), metadata: { team } };
    },
    defectRate: () => 0.01,
  },
  {
    name: 'Stakeholder update emails',
    description:
      'Automated weekly updates to sponsors and affected teams, drafted by AI and released unless sampled.',
    count: 1100,
    standard: {
      criteria: [
        ...accuracy,
        { key: 'tone', label: 'Tone fits the audience', kind: 'scale', severity: 'minor' },
      ],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.01,
      limitScope: 'workflow',
      policy: 'adaptive',
      segmentKeys: ['audience'],
      segmentCapacity: 3,
      judgeThreshold: null,
      doubleReviewFraction: 0.1,
    },
    output: (rng, i) => {
      const audience = rng() < 0.3 ? 'executive' : 'team';
      return { clientId: `update-${i}`, content: stakeholderUpdate(rng, audience), metadata: { audience } };
    },
    defectRate: (m) => (m.audience === 'executive' ? 0.003 : 0.012),
  },
];

/** Answers a reviewer gives: a defect fails a critical criterion; scale criteria get plausible levels. */
function answersFor(standard: StandardInput, defect: boolean, rng: Rng) {
  const critical = standard.criteria.filter((c) => c.severity === 'critical');
  const failing = critical[Math.floor(rng() * critical.length)]!.key;
  return Object.fromEntries(
    standard.criteria.map((c) => [
      c.key,
      c.kind === 'pass_fail' ? !(defect && c.key === failing) : 3 + Math.floor(rng() * 3),
    ]),
  );
}

function contextOf(organizationId: string, user: { id: string; name: string }, role: Role): OrgContext {
  return { organizationId, role, actor: { type: 'user', id: user.id, name: user.name }, requestId: 'demo' };
}

/**
 * Creates the demo organization once, through the product's own services: an L&D division with three teams
 * and their change load and pulse; the three pilots of the article and four more applications in the
 * portfolio, with baseline and pilot evidence; the pilots' tasks as quality workflows with months of AI
 * outputs, sampled reviews by three reviewers (a tenth double-reviewed), a drift alarm on German quiz items,
 * gold items and a passed calibration round; the content-drafting pilot's retrospective, core review and
 * scaling package; an evaluation, automation boundaries and decision requests; experiments, insights, ideas
 * and a digest. Returns false when it already exists.
 */
export async function seedDemo(db: Database, seed = 2026): Promise<boolean> {
  const exists = await db.system((tx) =>
    tx.select().from(organizations).where(eq(organizations.name, DEMO_ORGANIZATION)),
  );
  if (exists.length) return false;
  // Separate streams: what the AI produces does not depend on the order reviewers happen to work in.
  const rng = createRng(seed);
  const reviewRng = createRng(seed + 1);
  const users = await db.system(async (tx) => {
    const made = [];
    for (const p of [...people, ...supportPeople])
      made.push({
        ...p,
        ...((await findUserByEmail(tx, p.email)) ??
          (await createUser(tx, { ...p, password: DEMO_PASSWORD }))),
      });
    return made;
  });
  const owner = users[0]!;
  const org = await db.system((tx) =>
    createOrganization(tx, {
      name: DEMO_ORGANIZATION,
      ownerId: owner.id,
      actor: { type: 'user', id: owner.id, name: owner.name },
    }),
  );
  const ownerCtx = contextOf(org.id, owner, 'owner');
  await db.tenant(org.id, async (tx) => {
    for (const u of users.slice(1)) await addMember(tx, ownerCtx, u.id, u.role);
  });
  const lead = contextOf(org.id, users[1]!, 'lead');
  const reviewers = users.filter((u) => u.role === 'reviewer').map((u) => contextOf(org.id, u, 'reviewer'));
  const pipeline: OrgContext = {
    organizationId: org.id,
    role: 'contributor',
    actor: { type: 'token', id: null, name: 'Course drafting pipeline' },
    requestId: 'demo',
  };
  const raisedBy: string[] = [];
  const now = new Date();
  const capacity = await db.tenant(org.id, (tx) =>
    seedCapacity(tx, lead, {
      memberIds: users.slice(0, people.length).map((u) => u.id),
      supportIds: users.slice(people.length).map((u) => u.id),
      now,
      seed,
    }),
  );
  const workflowIds: Record<string, string> = {};

  for (const spec of workflows) {
    // A fixed sampling salt keeps the demo the same on every machine.
    const workflow = await db.tenant(org.id, (tx) =>
      createWorkflow(tx, lead, { ...spec, samplingSalt: seed }),
    );
    workflowIds[spec.name] = workflow.id;
    await db.tenant(org.id, (tx) => createStandardVersion(tx, lead, workflow.id, spec.standard));
    const truth = new Map<string, boolean>();
    for (let start = 0; start < spec.count; start += 100) {
      const batch = Array.from({ length: Math.min(100, spec.count - start) }, (_, k) => {
        const output = spec.output(rng, start + k);
        const defect = rng() < spec.defectRate(output.metadata ?? {}, start + k);
        // A judge that catches 70% of defects and flags 5% of clean outputs.
        return {
          ...output,
          judgeScore: defect ? (rng() < 0.7 ? 0.9 : 0.2) : rng() < 0.05 ? 0.8 : 0.1,
          defect,
        };
      });
      for (const o of batch) truth.set(o.clientId, o.defect);
      await db.tenant(org.id, (tx) =>
        ingestOutputs(
          tx,
          pipeline,
          workflow.id,
          batch.map(({ defect: _, ...o }) => o),
        ),
      );
      await reviewQueue(db, workflow.id, reviewers, spec.standard, truth, reviewRng, raisedBy);
    }
    if (spec.name === 'Draft quiz items') {
      await calibrate(db, workflow.id, lead, reviewers[1]!, spec.standard, truth, reviewRng);
    }
    await backdate(db, workflow.id, spec.count);
  }
  await db.system(async (tx) => {
    for (const outputId of raisedBy) {
      await tx.execute(
        sql`UPDATE ${alarms} SET raised_at = (SELECT created_at FROM reviews WHERE output_id = ${outputId} ORDER BY created_at LIMIT 1)
            WHERE id = (SELECT a.id FROM alarms a JOIN outputs o ON o.workflow_id = a.workflow_id AND o.id = ${outputId} ORDER BY a.id LIMIT 1)`,
      );
    }
  });
  await seedCapabilities(db, { owner: ownerCtx, lead, reviewers }, { workflowIds, capacity, now, seed });
  return true;
}

/**
 * The other capabilities, each through its own services: the portfolio (the three pilots own the quality
 * workflows above and serve the capacity demo's division), their evidence, the content-drafting pilot's
 * retrospective and core review, decisions, learning, expansion plans with their gates, an optimizer run,
 * custom roles and a maturity self-assessment.
 */
async function seedCapabilities(
  db: Database,
  people: { owner: OrgContext; lead: OrgContext; reviewers: OrgContext[] },
  demo: {
    workflowIds: Record<string, string>;
    capacity: Awaited<ReturnType<typeof seedCapacity>>;
    now: Date;
    seed: number;
  },
) {
  const { owner, lead, reviewers } = people;
  const org = owner.organizationId;
  const units = Object.fromEntries(
    [demo.capacity.division, ...demo.capacity.teams].map((u) => [u.name, u.id] as const),
  );
  const [contentDrafting, needsAnalysis, stakeholderUpdates] = await seedPortfolio(
    db,
    { owner, lead },
    { workflows: demo.workflowIds, units },
  );
  const pilots = {
    contentDrafting: contentDrafting!,
    needsAnalysis: needsAnalysis!,
    stakeholderUpdates: stakeholderUpdates!,
  };
  await db.tenant(org, (tx) => seedEvidence(tx, lead, pilots, { today: demo.now, seed: demo.seed }));
  await db.tenant(org, (tx) => seedCoreReview(tx, lead, pilots.contentDrafting, demo.now));
  await seedDecisions(db, { owner, lead, assessors: [reviewers[0]!, reviewers[1]!] }, demo.now);
  const learning = await seedLearning(db, { owner, lead, contributor: reviewers[2]! }, demo.now);
  await seedLearning2(
    db,
    { owner, lead, contributor: reviewers[2]! },
    { insightId: learning.insightId, retrospectiveApplicationId: pilots.contentDrafting },
    demo.now,
  );
  await seedSequencing(db, { lead, owner }, { pilots, units, now: demo.now });
  await seedOptimizer(db, lead, demo.now);
  await seedIdentity(db, owner, { auditorEmail: 'imani@northwind.example', password: DEMO_PASSWORD });
  await db.tenant(org, (tx) => seedDiagnostic(tx, lead, demo.now));
}

/** Reviewers work the queue round-robin; a second reviewer agrees with the first nine times in ten. */
async function reviewQueue(
  db: Database,
  workflowId: string,
  reviewers: OrgContext[],
  standard: StandardInput,
  truth: Map<string, boolean>,
  rng: Rng,
  raisedBy: string[],
) {
  for (let turn = 0, idle = 0; idle < reviewers.length; turn++) {
    const reviewer = reviewers[turn % reviewers.length]!;
    const claimed = await db.tenant(reviewer.organizationId, (tx) => claimNext(tx, reviewer, workflowId));
    if (!claimed) {
      idle++;
      continue;
    }
    idle = 0;
    const actual = truth.get(claimed.output.clientId) ?? false;
    const defect = claimed.kind === 'second' && rng() < 0.1 ? !actual : actual;
    const result = await db.tenant(reviewer.organizationId, (tx) =>
      submitReview(tx, reviewer, claimed.output.id, {
        answers: answersFor(standard, defect, rng),
        timeSpentMs: 20_000 + Math.floor(rng() * 90_000),
      }),
    );
    if (result.alarmsRaised.length) raisedBy.push(claimed.output.id);
  }
}

/** Six agreed reviews become gold; Sofia takes the calibration round and passes it. */
async function calibrate(
  db: Database,
  workflowId: string,
  lead: OrgContext,
  sofia: OrgContext,
  standard: StandardInput,
  truth: Map<string, boolean>,
  rng: Rng,
) {
  const rows = await db.system((tx) =>
    selectRows<{ id: string; client_id: string }>(
      tx,
      sql`SELECT o.id, o.client_id FROM outputs o WHERE o.workflow_id = ${workflowId} AND o.status = 'reviewed'
                   AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.output_id = o.id AND r.defect <> (SELECT defect FROM reviews f WHERE f.output_id = o.id LIMIT 1))
                   ORDER BY o.created_at LIMIT 6`,
    ),
  );
  for (const row of rows)
    await db.tenant(lead.organizationId, (tx) =>
      promoteToGold(tx, lead, row.id, 'Clear-cut example for new reviewers'),
    );
  const round = await db.tenant(sofia.organizationId, (tx) => startRound(tx, sofia, workflowId));
  for (const item of round.items) {
    const answers = answersFor(standard, truth.get(item.output.clientId) ?? false, rng);
    await db.tenant(sofia.organizationId, (tx) =>
      judgeInRound(tx, sofia, round.round.id, { goldItemId: item.goldItemId, answers }),
    );
  }
}

/** Spreads a workflow's outputs over the last 60 days in stream order; reviews follow within a day. */
async function backdate(db: Database, workflowId: string, count: number) {
  const step = (60 * 24 * 3600) / count;
  await db.system(async (tx) => {
    await tx.execute(
      sql`UPDATE outputs SET created_at = now() - make_interval(secs => (${count} - split_part(client_id, '-', 2)::int) * ${step}::float8)
          WHERE workflow_id = ${workflowId}`,
    );
    await tx.execute(
      sql`UPDATE reviews r SET created_at = least(now(), o.created_at + make_interval(secs => 3600 + (abs(hashtext(r.id::text)) % 72000)))
          FROM outputs o WHERE o.id = r.output_id AND r.workflow_id = ${workflowId}`,
    );
  });
}
