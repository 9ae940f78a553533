export * from './compare';
export { findDependencyCycle } from './cycles';
export * from './generate';
export * from './greedy';
export { buildPlanningModel, type ModelColumn, type PlanningModel } from './model';
export { MAX_HORIZON_MONTHS, type PreparedProblem, preparePlanningProblem } from './prepare';
export * from './solve';
export * from './types';
