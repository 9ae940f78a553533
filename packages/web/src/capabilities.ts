import type { IconName } from './components/Icon';

/** The eight capability areas of PRODUCT.md, in navigation order. */
export interface Capability {
  key: string;
  label: string;
  path: string;
  icon: IconName;
  /** The question the area answers, in one line. */
  question: string;
  /** Who comes here, from PRODUCT.md's users. */
  audience: string;
  /** What will live here once the area is built. */
  planned: string[];
}

export const CAPABILITIES: Capability[] = [
  {
    key: 'portfolio',
    label: 'Portfolio',
    path: '/portfolio',
    icon: 'portfolio',
    question: 'Which AI applications do we run, how far along is each, and what does the evidence say?',
    audience: 'AI program leads and heads of L&D',
    planned: [
      'A registry of AI applications with a lifecycle (idea, evaluating, pilot, expanding, scaled, paused, retired): only allowed moves, each with who, when and why',
      'Owners, org units, tasks, tools, data sensitivity, audience, a risk tier and custom fields; filters, search and saved views',
      'CSV import with a per-row preview (all rows or none), and CSV, JSON and US federal AI use-case inventory export',
      'Pilot evidence: metrics with baseline and pilot windows, effect sizes with confidence intervals, an evidence grade',
      'Pilot retrospectives: what worked in human-AI collaboration, under which conditions, and what must change first',
    ],
  },
  {
    key: 'core-review',
    label: 'Sustainable core',
    path: '/core-review',
    icon: 'core',
    question: 'Which parts of a pilot carry forward, and which only worked because it was a pilot?',
    audience: 'AI program leads and team leads',
    planned: [
      'Each pilot element placed on two axes: valuable beyond pilot conditions, and repeatable without heroic effort',
      'A recommendation per element: scale, systematize first, re-test outside the pilot, or leave behind',
      'Hidden hours made visible, so heroic effort is not mistaken for a working process',
      'Readiness on the five things that do not scale by themselves, computed from evidence where possible',
    ],
  },
  {
    key: 'decisions',
    label: 'Decisions',
    path: '/decisions',
    icon: 'decisions',
    question: 'Who decides what, by which criteria, and which work stays with people?',
    audience: 'AI program leads, team leads and reviewers',
    planned: [
      'Versioned criteria rubrics with weights, level anchors and knock-outs',
      'Independent assessments by several people, with their disagreement shown',
      'Automation boundaries per task (automate, AI drafts and a person approves, AI assists, people only) with rationale',
      'Decision rights per decision type, and risk tiers where low risk is self-serve and higher risk has approvers with deadlines',
    ],
  },
  {
    key: 'quality',
    label: 'Quality',
    path: '/quality',
    icon: 'quality',
    question: 'Are AI outputs good enough, without a person checking every one of them?',
    audience: 'Reviewers, team leads and integrations',
    planned: [
      'Quality standards per workflow: a rubric, a defect definition and a limit on defects that get through',
      'An ingestion API and SDK for AI outputs, and sampling that decides which outputs people review',
      'A fast, keyboard-driven review queue and estimates with honest intervals',
      'Drift alarms and reviewer calibration, which also trains judgment about what to automate',
    ],
  },
  {
    key: 'capacity',
    label: 'Change capacity',
    path: '/capacity',
    icon: 'capacity',
    question: 'How much more change can each team take on right now?',
    audience: 'Team leads and AI program leads',
    planned: [
      'Org units with their capacity, and the change each rollout puts on them',
      'A load-versus-capacity view across teams and weeks',
      'Short anonymous pulse surveys with a minimum group size and no survey fatigue',
      '"What changed" notes with acknowledgement, and a saturation check that rollouts respect',
    ],
  },
  {
    key: 'sequencing',
    label: 'Sequencing',
    path: '/sequencing',
    icon: 'sequencing',
    question: 'What should we expand next, into which teams, and when?',
    audience: 'AI program leads and executives',
    planned: [
      'Expansion plans as ordered stages into org units, each behind an evidence gate',
      'Gate decisions recorded together with the evidence they were made on',
      'A next-step planner that schedules the most valuable steps within every team’s change capacity',
      'A plain explanation of why each deferred step waits',
    ],
  },
  {
    key: 'learning',
    label: 'Learning',
    path: '/learning',
    icon: 'learning',
    question: 'What have we learned, and is it changing what we do next?',
    audience: 'Everyone, contributors in particular',
    planned: [
      'Experiments from hypothesis to result to decision',
      'Insights with the evidence for and against them, marked emerging, confirmed or rejected',
      'Search across all of it, subscriptions and digests, and intake for new use-case ideas',
      'Alerts when a feedback loop goes quiet, and confirmed insights that propose changes to rubrics, thresholds or templates',
    ],
  },
  {
    key: 'diagnostic',
    label: 'Diagnostic',
    path: '/diagnostic',
    icon: 'diagnostic',
    question: 'Are we drifting toward scaling everything at once, or toward governance that stalls?',
    audience: 'Executives and AI program leads',
    planned: [
      'Indicators computed from the data, each with an explanation of how it is derived',
      'A two-sided reading: signs of scaling everything versus signs of governance first',
      'A capability maturity view across the areas above',
      'A one-page executive summary: where we stand and what to do next',
    ],
  },
];

export function findCapability(key: string): Capability {
  const capability = CAPABILITIES.find((c) => c.key === key);
  if (!capability) throw new Error(`Unknown capability ${key}`);
  return capability;
}
