import { definePolicy, type SamplingPolicy } from '../policy';

export type FullReviewState = Record<string, never>;

/** 100% review: the baseline every sampling plan is measured against. */
export function createFullReview(): SamplingPolicy<FullReviewState> {
  return definePolicy<FullReviewState>({
    name: 'full',
    strata: 1,
    initialState: () => ({}),
    kernel: {
      probability: () => 1,
      commit: () => {},
      record: () => {},
      alarms: () => 0,
    },
  });
}
