import type { IconName } from './components/Icon';
import type { Area } from './roles';

/** The eight capability areas, in navigation order. */
export interface Capability {
  key: string;
  /** The permission area its pages read and change (custom roles are granted per area). */
  area: Area;
  label: string;
  path: string;
  icon: IconName;
  /** The question the area answers, in one line. */
  question: string;
  /** Who comes here: the people each area is for. */
  audience: string;
  /** What will live here once the area is built. */
  planned: string[];
}

export const CAPABILITIES: Capability[] = [
  {
    key: 'portfolio',
    area: 'portfolio',
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
    area: 'core_review',
    label: 'Sustainable core',
    path: '/core-review',
    icon: 'core',
    question: 'Which parts of a pilot carry forward, and which only worked because it was a pilot?',
    audience: 'AI program leads and team leads',
    planned: [
      'Pilot retrospective: the four questions, answered with links to evidence, saved as versions',
      'A 2×2 board (drag or keyboard) placing each pilot element: valuable beyond pilot conditions? repeatable without heroic effort?',
      'A recommendation per element — scale, systematize first, re-test outside the pilot, leave behind — and the hidden hours behind it',
      'Scaling packages: immutable snapshots of the core (JSON, page, Markdown) that an expansion gate checks',
      'Readiness on the five things that do not scale by themselves: computed where Trellis has the data, rated otherwise',
    ],
  },
  {
    key: 'decisions',
    area: 'decisions',
    label: 'Decisions',
    path: '/decisions',
    icon: 'decisions',
    question: 'Who decides what, by which criteria, and which work stays with people?',
    audience: 'AI program leads, team leads and reviewers',
    planned: [
      'Versioned criteria rubrics with weights, level anchors and knock-outs (an L&D starter rubric on request)',
      'Independent assessments by several people: disagreement flagged, a ranking with bootstrap uncertainty, and the weight changes that would reorder it',
      'Automation boundaries per task from a guided questionnaire that reads the QA evidence, recorded with rationale and a review date',
      'Decision rights as a RACI grid; risk tiers where low risk is self-serve and medium and high risk wait for their approvers, with reminders and escalation',
      'A decision log with the evidence frozen at decision time, and decision lead times',
    ],
  },
  {
    key: 'quality',
    area: 'quality',
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
    area: 'capacity',
    label: 'Change capacity',
    path: '/capacity',
    icon: 'capacity',
    question: 'How much more change can each team take on right now?',
    audience: 'Team leads and AI program leads',
    planned: [
      'Org units (division → department → team) with headcount, a monthly change capacity and amber/red thresholds',
      'Change impacts per unit (aspects rated 0–5 × people affected × months) and a units × months load heatmap that rolls up',
      'Anonymous pulse check-ins by link (readiness, workload, wellbeing), hidden under 3 respondents, with a cooldown',
      '"What changed" notes with acknowledgement rates, an explained absorption score, and a saturation check for rollouts',
    ],
  },
  {
    key: 'sequencing',
    area: 'sequencing',
    label: 'Sequencing',
    path: '/sequencing',
    icon: 'sequencing',
    question: 'What should we expand next, into which teams, and when?',
    audience: 'AI program leads and executives',
    planned: [
      'Expansion plans from templates (pilot team → second team → department → organization): ordered stages into org units, cross-application dependencies without cycles, locked while a stage runs (changes go through a decision request)',
      'Evidence gates per stage — quality bound, adoption, pulse readiness, change capacity, sustainable core, automation boundaries, time, approval — each met, not met or not enough evidence, with a recommendation to advance, hold, rework or roll back',
      'Gate decisions by the accountable role, with the evidence frozen; advancing starts the next stage and its change impacts, rolling back undoes them',
      'A next-step planner that schedules the most valuable steps within every team’s change capacity',
      'A plain explanation of why each deferred step waits',
    ],
  },
  {
    key: 'learning',
    area: 'learning',
    label: 'Learning',
    path: '/learning',
    icon: 'learning',
    question: 'What have we learned, and is it changing what we do next?',
    audience: 'Everyone, contributors in particular',
    planned: [
      'Experiments from hypothesis to result to decision (before–after, controlled, A/B), with their numbers',
      'Insights with an evidence trail for and against them, confirmed or rejected by a lead',
      'Full-text search with highlighted snippets; follow tags, units or applications for a weekly digest in your inbox',
      'Idea intake with similar ideas shown while typing, feedback-loop alerts, and change proposals from confirmed insights',
    ],
  },
  {
    key: 'diagnostic',
    area: 'diagnostic',
    label: 'Diagnostic',
    path: '/diagnostic',
    icon: 'diagnostic',
    question: 'Are we drifting toward scaling everything at once, or toward governance that stalls?',
    audience: 'Executives and AI program leads',
    planned: [
      'Twelve indicators computed from the data over three 30-day windows, each with its definition, value, trend and threshold on hover or click; an indicator without data says so and does not move the reading',
      'A two-sided position, from scale-everything through strategic expansion to governance-first, with the three indicators that move it most and the next action for each, linked to the page that does it',
      'Capability maturity for decision-making, quality that scales, change absorption and learning integration: scored from the data and a short self-assessment, as a radar with its history',
      'A one-page executive summary (portfolio by stage, value delivered with intervals, the diagnostic, maturity, the optimizer’s next steps) that prints to PDF and downloads as Markdown',
    ],
  },
];

export function findCapability(key: string): Capability {
  const capability = CAPABILITIES.find((c) => c.key === key);
  if (!capability) throw new Error(`Unknown capability ${key}`);
  return capability;
}
