import { requireParameter } from '../../errors';
import type { MonitoredState } from '../policies';
import type { PolicyState } from '../policy';

/** The strata in alarm in a CUSUM-monitored policy's state (see policies/monitored.ts). */
export function alarmedStrata(state: PolicyState): number[] {
  const alarmed = (state as Partial<MonitoredState>).alarmed;
  if (!Array.isArray(alarmed)) return [];
  return alarmed.flatMap((flag, stratum) => (flag === 1 ? [stratum] : []));
}

/** The monitor's statistic per stratum, on its integer lattice (empty without a monitor). */
export function monitorStatistics(state: PolicyState): number[] {
  const statistic = (state as Partial<MonitoredState>).statistic;
  return Array.isArray(statistic) ? (statistic as number[]) : [];
}

/**
 * A person clears an alarm (with a note, recorded by the caller): the stratum returns to its policy's
 * own rate and its chart restarts from zero. Returns a new state.
 */
export function clearAlarm(state: PolicyState, stratum: number): PolicyState {
  const monitored = state as Partial<MonitoredState>;
  requireParameter(Array.isArray(monitored.alarmed), 'state', 'the policy has no drift monitor');
  requireParameter(monitored.alarmed?.[stratum] === 1, 'stratum', 'is not in alarm');
  const next = structuredClone(state) as MonitoredState;
  next.alarmed[stratum] = 0;
  next.quiet[stratum] = 0;
  next.statistic[stratum] = 0;
  return next;
}

/**
 * Holds strata at 100% as one alarm: the strata of an alarmed segment (both judge halves) stay in full review
 * together, and none of them counts as a new alarm. Returns a new state; strata already held are left as they are.
 */
export function holdStrata(state: PolicyState, strata: readonly number[]): PolicyState {
  const monitored = state as Partial<MonitoredState>;
  requireParameter(Array.isArray(monitored.alarmed), 'state', 'the policy has no drift monitor');
  const next = structuredClone(state) as MonitoredState;
  for (const s of strata) {
    requireParameter(Number.isInteger(s) && s >= 0 && s < next.alarmed.length, 'stratum', 'is out of range');
    if (next.alarmed[s] === 0) {
      next.alarmed[s] = 1;
      next.quiet[s] = 0;
    }
  }
  return next;
}

/** Clears every one of `strata` that is in alarm (a lead's note clears a segment); the others are left. */
export function clearStrata(state: PolicyState, strata: readonly number[]): PolicyState {
  let next = state;
  for (const s of new Set(strata)) if (alarmedStrata(next).includes(s)) next = clearAlarm(next, s);
  return next;
}
