import { requireParameter } from '../../errors';
import { planCsp1 } from '../csp1-plan';
import { cusumThreshold } from '../cusum';
import type { PolicySpec } from '../policies';

/** How a quality standard samples: what the product stores, turned into a policy spec by `samplingPolicySpec`. */
export interface SamplingSettings {
  /** Outgoing-defect limit (AOQL): escaped defects per output. */
  limit: number;
  /** 'segment': the limit holds in every segment; 'workflow': for the workflow as a whole (pooled). */
  scope: 'segment' | 'workflow';
  policy: 'adaptive' | 'csp1' | 'fixed-rate' | 'full';
  /** Sampling fraction f for csp1 and fixed-rate; default 0.1. */
  fraction?: number;
  /** Adaptive floor π_min; default 0.02. */
  floor?: number;
  /** Strata the policy keeps (segments × judge bins). */
  strata: number;
  /** Drift monitor: in-control and shifted defect rates, and false alarms per 100k outputs for the workflow. */
  monitor: { p0: number; p1: number; falseAlarmsPer100k: number };
}

// Reviews run somewhat above the floor (bursts after defects), so the monitor threshold assumes a
// 1.5× higher review rate: more reviews per output means more chances of a false alarm.
const REVIEW_RATE_MARGIN = 1.5;

export function defaultMonitor(limit: number) {
  const p0 = limit / 2;
  return { p0, p1: Math.min(0.5, 10 * p0), falseAlarmsPer100k: 0.25 };
}

/** The in-control review rate the monitor's threshold is set for. */
export function expectedReviewRate(settings: SamplingSettings): number {
  switch (settings.policy) {
    case 'full':
      return 1;
    case 'fixed-rate':
    case 'csp1':
      return Math.min(1, REVIEW_RATE_MARGIN * (settings.fraction ?? 0.1));
    case 'adaptive':
      return Math.min(1, REVIEW_RATE_MARGIN * (settings.floor ?? 0.02));
  }
}

/** Builds the policy spec for a standard: the policy, and a CUSUM per stratum that never clears by itself. */
export function samplingPolicySpec(settings: SamplingSettings): PolicySpec {
  const { limit, strata, monitor } = settings;
  requireParameter(limit > 0 && limit < 1, 'limit', 'the outgoing-defect limit must be in (0, 1)');
  requireParameter(Number.isInteger(strata) && strata >= 1 && strata <= 1024, 'strata', 'must be 1–1024');
  requireParameter(
    monitor.p0 > 0 && monitor.p0 < monitor.p1 && monitor.p1 < 1,
    'monitor',
    'needs 0 < p0 < p1 < 1',
  );
  const chart = cusumThreshold({
    p0: monitor.p0,
    p1: monitor.p1,
    falseAlarmsPer100k: monitor.falseAlarmsPer100k,
    reviewRate: expectedReviewRate(settings),
    strata,
  }).cusum;
  // A person clears an alarm (with a note); the automatic clearance is set beyond reach.
  const withMonitor = { monitor: { charts: chart, clearAfter: Number.MAX_SAFE_INTEGER } };
  const f = settings.fraction ?? 0.1;
  switch (settings.policy) {
    case 'full':
      return { kind: 'fixed-rate', f: 1, strata, ...withMonitor };
    case 'fixed-rate':
      return { kind: 'fixed-rate', f, strata, ...withMonitor };
    case 'csp1':
      return { kind: 'csp1', i: planCsp1({ aoql: limit, f }).i, f, strata, ...withMonitor };
    case 'adaptive':
      return {
        kind: 'adaptive',
        limit,
        floor: settings.floor ?? 0.02,
        strata,
        mode: settings.scope === 'workflow' ? 'pooled' : 'stratum',
        ...withMonitor,
      };
  }
}
