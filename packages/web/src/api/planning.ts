import { type Body, type Reply, request, type Schemas } from '../api';

/** The next-step optimizer: runs, both plans with reasons, the latest recommendation. */

export type PlanningRun = Schemas['PlanningRun'];
export type PlanningRunSummary = Schemas['PlanningRunSummary'];
/** A unit's whole change capacity and committed load per month of the horizon. */
export type PlanningUnit = PlanningRun['units'][number];
/** `loads` is the load per unit, rolled up the hierarchy; older runs lack it. */
export type PlanningStep = PlanningRun['steps'][number];
export type PlanView = Schemas['PlanView'];
export type ScheduledStep = PlanView['scheduled'][number];
export type DeferredStep = PlanView['deferred'][number];
export type RunParameters = Body<'createPlanningRun'>;
export type Recommendations = Schemas['PlanningRecommendations'];

export const planningApi = {
  run: (body: RunParameters) => request<PlanningRun>('POST', '/planning/runs', { body }),
  runs: (limit = 20) => request<Reply<'listPlanningRuns'>>('GET', '/planning/runs', { query: { limit } }),
  get: (id: string) => request<PlanningRun>('GET', `/planning/runs/${id}`),
  /** The newest run in full; `run` is null before the optimizer's first run. */
  latest: () => request<Reply<'getLatestPlanningRun'>>('GET', '/planning/runs/latest'),
  recommendations: () => request<Recommendations>('GET', '/planning/recommendations'),
};
