import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../packages/server/src/test/harness';
import { attack } from './attack';

/** A small, fast slice of the adversarial run (every 8th route, 2 of B's ids per path): all zeros. */
describe('adversarial run, a slice', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('finds no 5xx, no cross-tenant read or write, no anonymity break', async () => {
    const figures = await attack(t.app, t.db, { stride: 8, idsPerPath: 2 });
    expect(figures.requests).toBeGreaterThan(200);
    // The writes reach the code that must refuse them, not only the validator.
    expect(figures.writesPastValidation).toBeGreaterThanOrEqual(15);
    expect(figures.findings).toEqual([]);
    expect(figures).toMatchObject({
      serverErrors: 0,
      crossTenantReads: 0,
      crossTenantWrites: 0,
      anonymityBreaks: 0,
    });
  }, 300_000);
});
