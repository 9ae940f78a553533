import { requireParameter } from '../../errors';
import type { PolicyState, SamplingPolicy } from '../policy';
import { type AdaptiveOptions, createAdaptive } from './adaptive';
import { type Csp1Options, createCsp1 } from './csp1';
import { type Csp2Options, createCsp2 } from './csp2';
import { createFixedRate, type FixedRateOptions } from './fixed-rate';
import { createFullReview } from './full';
import { type CusumMonitorOptions, withCusum } from './monitored';

export * from './adaptive';
export * from './csp1';
export * from './csp2';
export * from './fixed-rate';
export * from './full';
export * from './monitored';

/** A policy as plain JSON, the form a quality standard stores: its kind, its options, an optional monitor. */
export type PolicySpec = (
  | { kind: 'full' }
  | ({ kind: 'fixed-rate' } & FixedRateOptions)
  | ({ kind: 'csp1' } & Csp1Options)
  | ({ kind: 'csp2' } & Csp2Options)
  | ({ kind: 'adaptive' } & AdaptiveOptions)
) & { monitor?: CusumMonitorOptions };

export type PolicyKind = PolicySpec['kind'];

const registry: {
  [K in PolicyKind]: (spec: Extract<PolicySpec, { kind: K }>) => SamplingPolicy<PolicyState>;
} = {
  full: () => createFullReview() as unknown as SamplingPolicy<PolicyState>,
  'fixed-rate': (spec) => createFixedRate(spec) as unknown as SamplingPolicy<PolicyState>,
  csp1: (spec) => createCsp1(spec) as unknown as SamplingPolicy<PolicyState>,
  csp2: (spec) => createCsp2(spec) as unknown as SamplingPolicy<PolicyState>,
  adaptive: (spec) => createAdaptive(spec) as unknown as SamplingPolicy<PolicyState>,
};

export const policyKinds = Object.keys(registry) as PolicyKind[];

/** Builds a policy from its spec by name (the registry), wrapped in its CUSUM monitor when one is given. */
export function createPolicy(spec: PolicySpec): SamplingPolicy<PolicyState> {
  const build = registry[spec.kind] as ((s: PolicySpec) => SamplingPolicy<PolicyState>) | undefined;
  requireParameter(
    build !== undefined,
    'kind',
    `unknown policy kind; expected one of ${Object.keys(registry).join(', ')}`,
  );
  const policy = build(spec);
  return spec.monitor ? (withCusum(policy, spec.monitor) as unknown as SamplingPolicy<PolicyState>) : policy;
}
