import { requireParameter } from '../errors';

/**
 * Typed gate criteria of an expansion stage (the evidence a stage needs before the next). A stage's gate is
 * read while the stage runs and decides whether the application moves on to the next stage: the running
 * stage's own evidence (quality, adoption, time, core review, boundaries) and the receiving side's
 * readiness (the next stage's units: pulse, capacity, approval).
 */
export const gateCriterionKinds = [
  'quality',
  'adoption',
  'pulse',
  'capacity',
  'core_review',
  'automation_boundaries',
  'min_duration',
  'approvals',
] as const;
export type GateCriterionKind = (typeof gateCriterionKinds)[number];

export interface GateCriterion {
  kind: GateCriterionKind;
  params: Record<string, number | string | boolean>;
}

export const CRITERION_LABELS: Record<GateCriterionKind, string> = {
  quality: 'Quality',
  adoption: 'Adoption',
  pulse: 'Pulse readiness',
  capacity: 'Change capacity',
  core_review: 'Sustainable-core review',
  automation_boundaries: 'Automation boundaries',
  min_duration: 'Minimum duration',
  approvals: 'Approval (RACI)',
};

interface ParamSpec {
  /** A short name for forms. */
  label: string;
  /** Smallest and largest allowed value (inclusive), and whether it must be whole. */
  min: number;
  max: number;
  integer: boolean;
  fallback: number;
  describe: string;
}

/** The parameters each kind takes, with their domain and default. */
export const CRITERION_PARAMS: Record<GateCriterionKind, Record<string, ParamSpec>> = {
  quality: {
    maxDefectRate: {
      label: 'Max defect rate',
      min: 0.0001,
      max: 0.5,
      integer: false,
      fallback: 0.05,
      describe: 'upper 95% bound of the defect rate at most this',
    },
    minReviewed: {
      label: 'Min reviewed',
      min: 1,
      max: 100_000,
      integer: true,
      fallback: 30,
      describe: 'reviewed outputs at least',
    },
  },
  adoption: {
    minActiveShare: {
      label: 'Min active share',
      min: 0.01,
      max: 1,
      integer: false,
      fallback: 0.6,
      describe: 'share of each unit active at least',
    },
  },
  pulse: {
    minReadiness: {
      label: 'Min readiness',
      min: 1,
      max: 5,
      integer: false,
      fallback: 3.5,
      describe: 'pulse overall (1–5) at least',
    },
  },
  capacity: {},
  core_review: {},
  automation_boundaries: {},
  min_duration: {
    months: {
      label: 'Min months',
      min: 0,
      max: 60,
      integer: true,
      fallback: 2,
      describe: 'months the stage has run at least',
    },
  },
  approvals: {},
};

/** A criterion's parameters with every default filled in. */
export function criterionParams(criterion: GateCriterion): Record<string, number> {
  const specs = CRITERION_PARAMS[criterion.kind];
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => {
      const value = criterion.params[key];
      return [key, typeof value === 'number' ? value : spec.fallback];
    }),
  );
}

/**
 * Checks a stage's criteria: known kinds, each at most once, known parameters in their domain.
 * `InvalidParameterError.parameter` is `<index>.kind` or `<index>.params.<name>`.
 */
export function validateCriteria(criteria: readonly GateCriterion[]): void {
  const seen = new Set<string>();
  for (const [index, criterion] of criteria.entries()) {
    requireParameter(
      (gateCriterionKinds as readonly string[]).includes(criterion.kind),
      `${index}.kind`,
      `is not a criterion kind (${gateCriterionKinds.join(', ')})`,
    );
    requireParameter(!seen.has(criterion.kind), `${index}.kind`, 'a gate names each kind at most once');
    seen.add(criterion.kind);
    const specs = CRITERION_PARAMS[criterion.kind];
    for (const [key, value] of Object.entries(criterion.params)) {
      const spec = specs[key];
      requireParameter(
        spec !== undefined,
        `${index}.params.${key}`,
        `${CRITERION_LABELS[criterion.kind]} takes ${Object.keys(specs).join(', ') || 'no parameters'}`,
      );
      requireParameter(
        typeof value === 'number' &&
          Number.isFinite(value) &&
          value >= spec.min &&
          value <= spec.max &&
          (!spec.integer || Number.isInteger(value)),
        `${index}.params.${key}`,
        `must be ${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max} (${spec.describe})`,
      );
    }
  }
}
