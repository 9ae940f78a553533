import { createPolicy, createRng, type PolicySpec } from '@trellis/core';
import { quantile } from './aggregate';

/**
 * Decision-time micro-benchmark: median over batches of the time per output for a decision plus its
 * state update (and the review result for reviewed outputs), through the JSON-state interface and the
 * mutable fast path, for the heaviest policies.
 */
export interface SpeedResult {
  policy: string;
  pureMedianUs: number;
  fastMedianUs: number;
}

function timeBatches(batches: number, size: number, step: () => void): number {
  const perOp: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < size; i++) step();
    perOp.push(Number(process.hrtime.bigint() - t0) / 1000 / size);
  }
  return quantile(perOp, 0.5);
}

export function measureSpeed(specs: { name: string; spec: PolicySpec; strata: number }[]): SpeedResult[] {
  return specs.map(({ name, spec, strata }) => {
    const policy = createPolicy(spec);
    const rng = createRng(1);
    let state = policy.initialState();
    let t = 0;
    const pure = () => {
      const stratum = t++ % strata;
      const d = policy.decide(state, { stratum }, rng());
      state = d.state;
      if (d.review) state = policy.observe(state, { stratum, pi: d.pi, defect: rng() < 0.02 });
    };
    for (let i = 0; i < 20_000; i++) pure();
    const pureMedianUs = timeBatches(200, 1000, pure);
    const k = policy.kernel;
    const fastState = policy.initialState();
    const fast = () => {
      const s = t++ % strata;
      const pi = k.probability(fastState, s);
      const review = rng() < pi;
      k.commit(fastState, s, pi, review);
      if (review) k.record(fastState, s, pi, rng() < 0.02);
    };
    for (let i = 0; i < 100_000; i++) fast();
    const fastMedianUs = timeBatches(200, 10_000, fast);
    return { policy: name, pureMedianUs, fastMedianUs };
  });
}
