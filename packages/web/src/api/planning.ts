import type { components } from '@trellis/sdk';
import { type Page, request } from '../api';

type Schemas = components['schemas'];

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

export type PlanView = Schemas['PlanView'];

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

export type PlanningRunSummary = Schemas['PlanningRunSummary'];

export type PlanningRun = Schemas['PlanningRun'];

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
