import type { Highs } from 'highs';

let highsModule: Promise<Highs> | null = null;

/**
 * The HiGHS WASM module, loaded once per process: core's one dependency that loads code. Exported as
 * `@trellis/core/solver`, not from the package index, so browser bundles of core never pull in the 3.5 MB
 * solver; callers pass the loaded module to `planNextSteps`.
 */
export function loadHighs(): Promise<Highs> {
  highsModule ??= import('highs').then((m) => m.default());
  return highsModule;
}
