import { elementKinds, readinessDimensions, recommendations, retrospectiveQuestions } from '@trellis/core';
import { z } from 'zod';
import { Id, Timestamp } from '../../../platform/http/schemas';

/** Request and response schemas of the retrospective, core-review and readiness routes. */

export const ApplicationParams = z.strictObject({ applicationId: Id });
export const Position = z
  .strictObject({
    value: z
      .number()
      .min(-1)
      .max(1)
      .describe('+1 fundamentally valuable … -1 works only under pilot conditions'),
    system: z.number().min(-1).max(1).describe('+1 systematizable … -1 depends on heroic effort'),
  })
  .meta({ id: 'BoardPosition' });
export const ElementKind = z.enum(elementKinds);
const Hours = z.number().min(0, 'hidden hours cannot be negative').max(168, 'a week has 168 hours');

export const NewElement = z
  .strictObject({
    kind: ElementKind,
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2000).optional(),
    position: Position.nullable().optional(),
    hiddenHoursPerWeek: Hours.optional(),
    carriedBy: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'NewCoreElement' });
export const ElementChange = z
  .strictObject({
    kind: ElementKind.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    position: Position.nullable().optional(),
    hiddenHoursPerWeek: Hours.optional(),
    carriedBy: z.string().trim().max(200).optional(),
    version: z.number().int().positive().optional().describe('Refuse (409) if the element changed since'),
  })
  .meta({ id: 'CoreElementChange' });
export const CoreElement = z
  .object({
    id: Id,
    applicationId: Id,
    kind: ElementKind,
    name: z.string(),
    description: z.string(),
    position: Position.nullable(),
    recommendation: z.enum(recommendations).nullable(),
    borderline: z.boolean(),
    hiddenHoursPerWeek: z.number(),
    carriedBy: z.string(),
    version: z.number().int(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'CoreElement' });

export const EvidenceLinkInput = z.strictObject({
  kind: z
    .string()
    .min(1)
    .max(40)
    .describe('application | workflow | quality_standard | core_element | scaling_package'),
  id: z.string().min(1).max(64),
});
export const EvidenceLink = z
  .object({ kind: z.string(), id: z.string(), label: z.string() })
  .meta({ id: 'EvidenceLink' });
const AnswerInput = z.strictObject({
  text: z.string().max(10_000),
  links: z.array(EvidenceLinkInput).max(20).default([]),
});
const questionKeys = retrospectiveQuestions.map((q) => q.key);
export const RetrospectiveInput = z
  .strictObject({
    baseVersion: z.number().int().min(0).describe('The version the edit started from (0 for the first save)'),
    answers: z.strictObject({
      collaboration: AnswerInput,
      conditions: AnswerInput,
      sustainable: AnswerInput,
      evolve: AnswerInput,
    }),
  })
  .meta({ id: 'NewRetrospectiveVersion' });
const Answer = z.object({ text: z.string(), links: z.array(EvidenceLink) });
export const Retrospective = z
  .object({
    applicationId: Id,
    version: z.number().int(),
    answers: z.object({ collaboration: Answer, conditions: Answer, sustainable: Answer, evolve: Answer }),
    createdByName: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Retrospective' });
export const RetrospectiveVersion = z
  .object({ version: z.number().int(), createdByName: z.string(), createdAt: Timestamp })
  .meta({ id: 'RetrospectiveVersion' });
export const RetrospectiveState = z
  .object({
    questions: z.array(z.object({ key: z.enum(questionKeys as [string, ...string[]]), label: z.string() })),
    current: Retrospective.nullable(),
    versions: z.array(RetrospectiveVersion),
  })
  .meta({ id: 'RetrospectiveState' });

const PackageElement = z.object({
  id: z.string(),
  kind: ElementKind,
  name: z.string(),
  description: z.string(),
  position: Position.nullable(),
  hiddenHoursPerWeek: z.number(),
  carriedBy: z.string(),
  recommendation: z.enum(recommendations).optional(),
  borderline: z.boolean().optional(),
});
export const ScalingPackage = z
  .object({
    id: Id,
    applicationId: Id,
    version: z.number().int(),
    current: z.boolean().describe('No element changed since it was generated'),
    createdAt: Timestamp,
    content: z.object({
      application: z.object({ id: z.string(), name: z.string(), stage: z.string() }),
      version: z.number().int(),
      generatedAt: z.string(),
      generatedBy: z.string(),
      core: z.object({
        carryForward: z.array(PackageElement),
        reengineer: z.array(PackageElement),
        retest: z.array(PackageElement),
        leaveBehind: z.array(PackageElement),
        unplaced: z.array(PackageElement),
        heroicHoursToReplace: z.number(),
        hiddenHoursTotal: z.number(),
        hoursByCarrier: z.array(z.object({ carriedBy: z.string(), hoursPerWeek: z.number() })),
        borderlineCount: z.number().int(),
      }),
      retrospective: z
        .object({ version: z.number().int(), answers: z.record(z.string(), Answer) })
        .nullable(),
    }),
  })
  .meta({ id: 'ScalingPackage' });

export const CoreReviewStatus = z
  .object({
    applicationId: Id,
    name: z.string(),
    stage: z.string(),
    elements: z.number().int(),
    placed: z.number().int(),
    retrospectiveVersion: z.number().int().nullable(),
    packageVersion: z.number().int().nullable(),
    packageAt: Timestamp.nullable(),
    packageCurrent: z.boolean(),
  })
  .meta({ id: 'CoreReviewStatus' });

export const ReadinessDimension = z.enum(readinessDimensions);
export const DimensionReadiness = z
  .object({
    dimension: ReadinessDimension,
    label: z.string(),
    source: z.enum(['computed', 'rated', 'missing']),
    score: z.number().min(0).max(1).nullable().describe('0–1; a 1–5 rating is normalized as (r − 1) / 4'),
    rating: z.number().int().nullable(),
    explanation: z.string(),
  })
  .meta({ id: 'DimensionReadiness' });
export const RatingInput = z
  .strictObject({ rating: z.number().int().min(1).max(5), note: z.string().trim().min(1).max(2000) })
  .meta({ id: 'ReadinessRating' });
