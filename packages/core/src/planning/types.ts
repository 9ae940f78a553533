/**
 * The next-step optimizer's vocabulary (which expansion step to take next, and when, under capacity). Months are whole numbers
 * counted from 0 (the current month) to `horizonMonths − 1`; a step that starts in month t with duration d is
 * active in months t … t + d − 1 and must end within the horizon.
 */

/** Change load a step puts on one receiving org unit in every month it is active. */
export interface StepLoad {
  unitId: string;
  load: number;
  /**
   * Whether the step counts as one of the unit's concurrent changes (default true). False for load rolled
   * up from a unit below: it takes the parent's capacity, but the change happens in the child.
   */
  concurrent?: boolean;
}

/** A candidate next stage of one application's expansion plan. */
export interface CandidateStep {
  id: string;
  applicationId: string;
  label: string;
  /** Value of taking the step (from evidence), ≥ 0. */
  value: number;
  /** 0..1, from the evidence grade and gate status; the objective counts value × confidence. */
  confidence: number;
  loads: StepLoad[];
  durationMonths: number;
  /** The first month the step may start (e.g. when its gate can be decided). */
  earliestMonth: number;
  /** Steps that must end before this one starts. */
  dependsOn: string[];
}

export interface PlanningUnit {
  id: string;
  /** Change capacity per month: one number for every month, or one per month of the horizon. */
  capacity: number | number[];
  /** At most this many steps active in the unit in any month. */
  maxConcurrent: number;
}

export interface PlanningProblem {
  steps: CandidateStep[];
  units: PlanningUnit[];
  horizonMonths: number;
  /** Discount per month of delay: a step starting in month t counts (1 + r)^−t of its value. */
  discountRate: number;
}

export interface ScheduledStep {
  stepId: string;
  startMonth: number;
  /** The last month the step is active. */
  endMonth: number;
  /** value × confidence × (1 + r)^−startMonth. */
  discountedValue: number;
}

/** A constraint that stops a deferred step from starting in `month`, with everything else as planned. */
export type BindingConstraint =
  | {
      kind: 'dependency';
      month: number;
      /** The prerequisite that is deferred, or that ends in or after `month`. */
      dependsOn: string;
      /** The prerequisite's end month when it is scheduled; null when it is deferred. */
      prerequisiteEndMonth: number | null;
    }
  | {
      kind: 'capacity';
      month: number;
      /** The month the unit is over capacity in (the step would be active then). */
      loadMonth: number;
      unitId: string;
      plannedLoad: number;
      stepLoad: number;
      capacity: number;
    }
  | {
      kind: 'concurrency';
      month: number;
      loadMonth: number;
      unitId: string;
      activeSteps: number;
      maxConcurrent: number;
    };

export type DeferralReason =
  | BindingConstraint
  /** Value × confidence is 0: the step adds nothing, so it is not scheduled. */
  | { kind: 'no-value' };

export interface DeferredStep {
  stepId: string;
  /** The first binding constraint at the step's earliest possible start month. */
  reason: DeferralReason;
  /** For every month the step could start in, what binds there (empty for a no-value step). */
  blockedMonths: { month: number; constraints: BindingConstraint[] }[];
}

/** optimal: proven within the requested relative gap; time-limit: stopped by the limit, `gap` says how far. */
export type PlanStatus = 'optimal' | 'time-limit' | 'greedy';

export interface Plan {
  method: 'optimizer' | 'greedy';
  status: PlanStatus;
  scheduled: ScheduledStep[];
  deferred: DeferredStep[];
  /** Σ discounted value of the scheduled steps. */
  value: number;
  /** The solver's proven upper bound on the value (null for greedy). */
  bound: number | null;
  /** (bound − value) ÷ value, 0 when proven optimal (null for greedy). */
  gap: number | null;
  /** HiGHS's own run time (LP relaxation for the warm start + MIP) in milliseconds (null for greedy). */
  solveMs: number | null;
}
