import {
  diagnosticSides,
  indicatorKeys,
  indicatorStatuses,
  maturityCapabilities,
  SELF_ASSESSMENT_QUESTIONS,
  verdicts,
} from '@trellis/core';
import { z } from 'zod';
import { Id, Timestamp } from '../../../platform/http/schemas';
import { lifecycleStages } from '../../portfolio/portfolio-schema';
import { snapshotReasons } from '../diagnostic-schema';
import { firstRunSteps } from '../services/diagnostic-first-run';

const Zone = z.enum(['scale_everything', 'strategic_expansion', 'governance_first', 'too_early']);
const Side = z.enum(diagnosticSides);
const Key = z.enum(indicatorKeys);
const Maybe = z.number().nullable();

export const Indicator = z
  .object({
    key: Key,
    side: Side,
    label: z.string(),
    definition: z.string(),
    unit: z.enum(['ratio', 'share', 'count_per_month', 'count', 'hours', 'points']),
    healthy: z.number(),
    alarm: z.number(),
    trendOf: z.string().nullable(),
    value: Maybe.describe('The last window’s value; null when its data does not exist yet'),
    trend: z.array(Maybe).describe('One value per 30-day window, oldest first'),
    pressure: Maybe.describe(
      '0 at or better than healthy, 1 at or past alarm (judged on the value as shown); null without a status',
    ),
    status: z
      .enum(indicatorStatuses)
      .describe(
        'no_data; too_early (a value on less than the minimum evidence); healthy, watch or alarm — one rule for the page, the export and the position',
      ),
    evidence: z
      .object({ count: z.number(), days: z.number() })
      .describe('What the value rests on: the count of what it is computed from, days of history'),
    minimum: z
      .object({ count: z.number(), countOf: z.string(), days: z.number() })
      .describe('The least evidence before the indicator has a status'),
    action: z.object({ label: z.string(), href: z.string() }),
  })
  .meta({ id: 'DiagnosticIndicator' });

const Contribution = z.object({ key: Key, side: Side, pressure: z.number(), pull: z.number() });

export const Position = z
  .object({
    position: z.number().describe('−1 scale-everything … 0 strategic expansion … +1 governance-first'),
    zone: Zone,
    scalePressure: Maybe,
    governancePressure: Maybe,
    strainedBothWays: z.boolean(),
    contributions: z.array(Contribution),
    drivers: z.array(Contribution).describe('The three indicators that move the position most'),
    withoutData: z.array(Key),
    tooEarly: z.array(Key).describe('Indicators with a value on less than their minimum evidence'),
    judged: z.number().describe('Indicators with a status'),
    needed: z
      .number()
      .describe('Indicators with a status the position needs; below it the zone is too_early'),
  })
  .meta({ id: 'DiagnosticPosition' });

export const MaturityScore = z
  .object({
    capability: z.enum(maturityCapabilities),
    dataScore: Maybe.describe('Null (too early to tell) until half of its indicators have a status'),
    judged: z.number().optional().describe('Of its indicators, how many have a status'),
    indicators: z.number().optional(),
    selfScore: Maybe,
    score: Maybe,
  })
  .meta({ id: 'MaturityScore' });

export const Diagnostic = z
  .object({
    generatedAt: Timestamp,
    windows: z.array(z.object({ from: Timestamp, to: Timestamp })),
    indicators: z.array(Indicator),
    position: Position,
    maturity: z.array(MaturityScore),
  })
  .meta({ id: 'Diagnostic' });

export const SelfAssessmentInput = z
  .strictObject({
    answers: z
      .record(z.string(), z.number())
      .describe(`Every question key answered 1–5: ${SELF_ASSESSMENT_QUESTIONS.map((q) => q.key).join(', ')}`),
  })
  .meta({ id: 'SelfAssessmentInput' });

const Assessment = z.object({
  id: Id,
  answers: z.record(z.string(), z.number()),
  takenByName: z.string(),
  createdAt: Timestamp,
});

export const Snapshot = z
  .object({
    id: Id,
    reason: z.enum(snapshotReasons),
    month: z.string(),
    scores: z.array(MaturityScore),
    position: z.number(),
    zone: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'MaturitySnapshot' });

export const Maturity = z
  .object({
    questions: z.array(
      z.object({ key: z.string(), capability: z.enum(maturityCapabilities), text: z.string() }),
    ),
    latestAssessment: Assessment.nullable(),
    history: z.array(Snapshot),
  })
  .meta({ id: 'Maturity' });

const IntervalSchema = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

export const ExecutiveSummary = z
  .object({
    organizationName: z.string(),
    generatedAt: Timestamp,
    portfolio: z.array(
      z.object({ stage: z.enum(lifecycleStages), count: z.number(), applications: z.array(z.string()) }),
    ),
    value: z.array(
      z.object({
        applicationId: Id,
        applicationName: z.string(),
        stage: z.string(),
        metric: z.string(),
        unit: z.string(),
        claim: z.string(),
        verdict: z.enum(verdicts),
        verdictLabel: z.string(),
        grade: z.string(),
        difference: IntervalSchema,
        ratio: IntervalSchema.nullable(),
      }),
    ),
    diagnostic: Diagnostic,
  })
  .meta({ id: 'ExecutiveSummary' });

export const DemoStatus = z
  .object({ demo: z.boolean(), removeCommand: z.string() })
  .meta({ id: 'DemoStatus' });

export const FirstRun = z
  .object({
    steps: z.array(
      z.object({
        key: z.enum(firstRunSteps),
        label: z.string(),
        hint: z.string(),
        done: z.boolean().describe('Checked off from the data, never by hand'),
        count: z.number().int(),
        href: z.string(),
      }),
    ),
    next: z.enum(firstRunSteps).nullable().describe('The first step not done; null when all are'),
    complete: z.boolean(),
  })
  .meta({ id: 'FirstRunChecklist' });
