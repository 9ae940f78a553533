import { type Page, request } from '../api';

/** The next-step optimizer: runs, both plans with reasons, the latest recommendation. */

export interface PlanningUnit {
  id: string;
  name: string;
  kind: string;
  /** Whole change capacity per month of the horizon. */
  capacity: number[];
  /** Load already committed per month (change impacts, running stages). */
  committed: number[];
  maxConcurrent: number;
  amberThreshold: number;
  redThreshold: number;
}

export interface PlanningStep {
  stageId: string;
  planId: string;
  applicationId: string;
  applicationName: string;
  stageName: string;
  position: number;
  grade: 'anecdote' | 'before-after' | 'controlled';
  gate: 'advance' | 'hold' | 'rework' | 'roll_back' | null;
  expectedValue: number;
  confidence: number;
  durationMonths: number;
  changeLoad: number;
  unitIds: string[];
  /** Load per unit, rolled up the hierarchy (rolled-up load is not a concurrent change); older runs lack it. */
  loads?: { unitId: string; load: number; concurrent: boolean }[];
  earliestMonth: number;
  dependsOn: string[];
}

export interface ScheduledStep {
  stageId: string;
  startMonth: number;
  endMonth: number;
  startDate: string;
  value: number;
}

export interface DeferredStep {
  stageId: string;
  kind: 'capacity' | 'concurrency' | 'dependency' | 'no-value' | 'excluded';
  unitId: string | null;
  month: number | null;
  reason: string;
}

export interface PlanView {
  method: 'optimizer' | 'greedy';
  status: 'optimal' | 'time-limit' | 'greedy';
  value: number;
  bound: number | null;
  gap: number | null;
  solveMs: number | null;
  scheduled: ScheduledStep[];
  deferred: DeferredStep[];
}

export interface RunParameters {
  startMonth?: string;
  horizonMonths: number;
  discountRate: number;
  maxConcurrent: number;
  timeLimitSeconds: number;
  weights: { confidence: number };
  whatIf: {
    capacities?: Record<string, number>;
    maxConcurrent?: Record<string, number>;
    values?: Record<string, number>;
    confidences?: Record<string, number>;
  };
}

export interface PlanningRunSummary {
  id: string;
  createdAt: string;
  createdByName: string;
  startMonth: string;
  parameters: Record<string, unknown>;
  status: 'optimal' | 'time-limit';
  value: number;
  greedyValue: number;
  gap: number | null;
  solveMs: number;
}

export interface PlanningRun extends PlanningRunSummary {
  months: string[];
  discountRate: number;
  units: PlanningUnit[];
  steps: PlanningStep[];
  fixed: {
    stageId: string;
    applicationId: string;
    applicationName: string;
    stageName: string;
    unitIds: string[];
    startMonth: number;
    endMonth: number;
    changeLoad: number;
  }[];
  excluded: {
    stageId: string;
    applicationId: string;
    applicationName: string;
    stageName: string;
    reason: string;
  }[];
  optimizer: PlanView;
  greedy: PlanView;
}

export interface Recommendations {
  runId: string;
  createdAt: string;
  steps: {
    stageId: string;
    applicationId: string;
    applicationName: string;
    stageName: string;
    startMonth: string;
    startDate: string;
    value: number;
  }[];
  deferred: { stageId: string; applicationName: string; stageName: string; reason: string }[];
}

export const planningApi = {
  run: (body: RunParameters) => request<PlanningRun>('POST', '/planning/runs', { body }),
  runs: (limit = 20) => request<Page<PlanningRunSummary>>('GET', '/planning/runs', { query: { limit } }),
  get: (id: string) => request<PlanningRun>('GET', `/planning/runs/${id}`),
  recommendations: () => request<Recommendations>('GET', '/planning/recommendations'),
};
