/**
 * The strategy diagnostic's indicators: each one a symptom of drifting toward
 * scale-everything (expanding faster than quality, people and evidence can follow) or governance-first
 * (control so heavy that nothing moves). Definitions, thresholds and the page that fixes each live here, so
 * the server computes and the web shows the same thing.
 */

export const diagnosticSides = ['scale_everything', 'governance_first'] as const;
export type DiagnosticSide = (typeof diagnosticSides)[number];

export const indicatorKeys = [
  'change_load',
  'unreviewed_expansions',
  'drift_alarms',
  'pulse_wellbeing',
  'ai_without_standard',
  'under_reviewed_workflows',
  'outgoing_over_limit',
  'decision_lead_time',
  'open_request_age',
  'low_risk_full_review',
  'experiment_rate',
  'over_reviewed_workflows',
  'ideas_stuck',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

export type IndicatorUnit = 'ratio' | 'share' | 'count_per_month' | 'count' | 'hours' | 'points';

export interface IndicatorDefinition {
  key: IndicatorKey;
  side: DiagnosticSide;
  label: string;
  /** What is measured, over which window, from which data. */
  definition: string;
  unit: IndicatorUnit;
  /** At or better than `healthy` the indicator adds no pressure; at or past `alarm` it adds full pressure. */
  healthy: number;
  alarm: number;
  /** What the trend's points are, when they are not the value itself. */
  trendOf?: string;
  /**
   * The least evidence the value needs before it gets a status: at least `count` of `countOf` behind it, and
   * `days` of history (a rate per month needs a month). Below it the indicator is "too early to tell".
   */
  minimum: { count: number; countOf: string; days: number };
  action: { label: string; href: string };
}

const def = (d: IndicatorDefinition) => d;

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  change_load: def({
    key: 'change_load',
    side: 'scale_everything',
    label: 'Change load against capacity',
    definition:
      'The highest ratio of change load to absorption capacity among org units in the month (load = Σ impact magnitude × people affected × share of the month; capacity from the unit).',
    unit: 'ratio',
    healthy: 0.8,
    alarm: 1.2,
    minimum: { count: 1, countOf: 'org units', days: 0 },
    action: { label: 'Spread or postpone changes on the red units', href: '/capacity' },
  }),
  unreviewed_expansions: def({
    key: 'unreviewed_expansions',
    side: 'scale_everything',
    label: 'Expansions without a core review or gate evidence',
    definition:
      'Of the applications that moved to expanding or scaled in the window, and the gate decisions that advanced a stage, the share without a current scaling package or whose frozen gate evidence has a criterion not met.',
    unit: 'share',
    healthy: 0,
    alarm: 0.5,
    minimum: { count: 1, countOf: 'expansions or advancing gate decisions', days: 0 },
    action: { label: 'Run the core review before the next expansion', href: '/core-review' },
  }),
  drift_alarms: def({
    key: 'drift_alarms',
    side: 'scale_everything',
    label: 'Drift alarms per month',
    definition: 'Quality alarms (CUSUM drift on a stratum) raised across all workflows in the 30 days.',
    unit: 'count_per_month',
    healthy: 1,
    alarm: 4,
    minimum: { count: 30, countOf: 'sampled reviews in the window', days: 30 },
    action: { label: 'Clear the open alarms and fix their cause', href: '/quality' },
  }),
  pulse_wellbeing: def({
    key: 'pulse_wellbeing',
    side: 'scale_everything',
    label: 'Pulse wellbeing trend',
    definition:
      'Change in the mean “I am coping well with the pace of change” answer (1–5) from the first to the last window with closed pulse rounds (groups under 3 suppressed and left out).',
    unit: 'points',
    healthy: 0,
    alarm: -0.5,
    trendOf: 'mean wellbeing answer (1–5) of the rounds closed in each window',
    minimum: { count: 2, countOf: 'windows with closed pulse rounds', days: 0 },
    action: { label: 'Look at the pulse and lighten the load', href: '/capacity/pulse' },
  }),
  ai_without_standard: def({
    key: 'ai_without_standard',
    side: 'scale_everything',
    label: 'AI in use with no quality standard',
    definition:
      'Share of the applications in use (pilot, expanding or scaled at the end of the window) none of whose tasks had a quality standard by then. Outputs can only be logged against a standard, so ungoverned AI output shows up as an application in use without one.',
    unit: 'share',
    healthy: 0,
    alarm: 0.2,
    minimum: { count: 1, countOf: 'applications in use', days: 0 },
    action: { label: 'Set a quality standard for each workflow', href: '/quality' },
  }),
  under_reviewed_workflows: def({
    key: 'under_reviewed_workflows',
    side: 'scale_everything',
    label: 'Workflows reviewed less than their limit needs',
    definition:
      'Share of workflows with a standard whose review effort in the window is below the effort their outgoing limit needs at the defect rate its sampled reviews found (weighted by inclusion probability): required = 1 − limit ÷ rate. Workflows with fewer than 30 outputs or 10 sampled reviews in the window are not judged.',
    unit: 'share',
    healthy: 0,
    alarm: 0.34,
    minimum: { count: 1, countOf: 'workflows with enough outputs and reviews to judge', days: 0 },
    action: { label: 'Raise sampling on the under-reviewed workflows', href: '/quality' },
  }),
  outgoing_over_limit: def({
    key: 'outgoing_over_limit',
    side: 'scale_everything',
    label: 'Workflows over their outgoing limit',
    definition:
      'Share of workflows with a standard whose outgoing defect rate, as the quality dashboard shows it for the current standard (escaped defects estimated from the sampled reviews ÷ outputs decided), is above the standard’s outgoing limit. Judged over the workflows with at least 10 sampled reviews; while none has, the share over those with any is shown as too early to tell.',
    unit: 'share',
    healthy: 0,
    alarm: 0.25,
    trendOf: 'the current standard only: the dashboard’s figure, so only the last window has a point',
    minimum: { count: 10, countOf: 'sampled reviews on each workflow judged', days: 0 },
    action: { label: 'Open the quality dashboard of the workflows over their limit', href: '/quality' },
  }),
  decision_lead_time: def({
    key: 'decision_lead_time',
    side: 'governance_first',
    label: 'Median decision lead time',
    definition: 'Median hours from submission to decision of the decision requests decided in the window.',
    unit: 'hours',
    healthy: 24,
    alarm: 120,
    minimum: { count: 1, countOf: 'decided requests', days: 0 },
    action: { label: 'Pre-approve routine decisions and name the approvers', href: '/decisions' },
  }),
  open_request_age: def({
    key: 'open_request_age',
    side: 'governance_first',
    label: 'Open decision request age',
    definition: 'Median age in hours, at the end of the window, of the decision requests still waiting.',
    unit: 'hours',
    healthy: 48,
    alarm: 240,
    minimum: { count: 1, countOf: 'waiting requests', days: 0 },
    action: { label: 'Decide or withdraw the waiting requests', href: '/decisions' },
  }),
  low_risk_full_review: def({
    key: 'low_risk_full_review',
    side: 'governance_first',
    label: 'Low-risk requests through full review',
    definition:
      'Of the requests routed to approvers in the window, the share whose only reason above low risk is the tier the application was registered with (its data, audience and automation are low risk).',
    unit: 'share',
    healthy: 0.1,
    alarm: 0.5,
    minimum: { count: 1, countOf: 'requests routed to approvers', days: 0 },
    action: {
      label: 'Review the registered risk tiers and add pre-approved patterns',
      href: '/decisions/rights',
    },
  }),
  experiment_rate: def({
    key: 'experiment_rate',
    side: 'governance_first',
    label: 'Experiments started per month',
    definition: 'Experiments whose start date falls in the window (30 days), across all applications.',
    unit: 'count_per_month',
    healthy: 2,
    alarm: 0,
    minimum: { count: 1, countOf: 'applications', days: 30 },
    action: { label: 'Start a small experiment on a running pilot', href: '/learning' },
  }),
  over_reviewed_workflows: def({
    key: 'over_reviewed_workflows',
    side: 'governance_first',
    label: 'Workflows reviewed far more than their limit needs',
    definition:
      'Share of workflows with a standard whose review effort in the window is far above what their outgoing limit needs: more than twice the required effort and at least 25 points above it.',
    unit: 'share',
    healthy: 0,
    alarm: 0.5,
    minimum: { count: 1, countOf: 'workflows with enough outputs and reviews to judge', days: 0 },
    action: { label: 'Move full review to adaptive sampling', href: '/quality' },
  }),
  ideas_stuck: def({
    key: 'ideas_stuck',
    side: 'governance_first',
    label: 'Ideas stuck in evaluation',
    definition: 'Ideas new or under evaluation, untouched for more than 30 days at the end of the window.',
    unit: 'count',
    healthy: 0,
    alarm: 5,
    minimum: { count: 1, countOf: 'ideas', days: 30 },
    action: { label: 'Decide on the waiting ideas', href: '/learning/ideas' },
  }),
};
