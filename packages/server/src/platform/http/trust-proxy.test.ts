import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_FAILURES_PER_PAIR } from '../../capabilities/identity/services/login';
import { createTestApp, testEngines } from '../../test/harness';
import { loadConfig, parseTrustProxy } from '../config';

/**
 * Behind a proxy, the client address is what the proxy saw: the right-most X-Forwarded-For entry the
 * proxy appended. Whatever a client writes to the left of it must not become its address, or the
 * per-address sign-in limit (50 failures in 15 minutes) is no limit.
 */
describe.each(testEngines())('TRELLIS_TRUST_PROXY (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    // As an operator configures it today: "true".
    t = await createTestApp(engine, {
      trustProxy: loadConfig({}, { TRELLIS_TRUST_PROXY: 'true' }).trustProxy,
    });
  });
  afterAll(() => t.close());

  it('throttles failed sign-ins from one client rotating forged X-Forwarded-For addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        // The client forges an address; the proxy (on loopback, as inject connects) appends the real one.
        headers: { 'x-forwarded-for': `198.51.${i}.${i + 1}, 203.0.113.9` },
        payload: { email: 'nobody@example.com', password: 'not the password at all' },
      });
      statuses.push(res.statusCode);
    }
    // Throttling is per (e-mail, address): were the forged addresses believed, every pair would be new and
    // all ten would be 401. From the real address, the free failures run out and the backoff answers 429.
    expect(statuses.slice(0, FREE_FAILURES_PER_PAIR)).toEqual(new Array(FREE_FAILURES_PER_PAIR).fill(401));
    expect(statuses.slice(FREE_FAILURES_PER_PAIR)).toEqual(new Array(10 - FREE_FAILURES_PER_PAIR).fill(429));
  }, 120_000);
});

describe('parseTrustProxy', () => {
  it('reads off, true, hop counts and the proxies’ addresses, and refuses anything else', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.2, 10.0.1.0/24,::1')).toEqual(['10.0.0.2', '10.0.1.0/24', '::1']);
    expect(() => parseTrustProxy('yes')).toThrow(/TRELLIS_TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/TRELLIS_TRUST_PROXY/);
    expect(() => parseTrustProxy('50')).toThrow(/hops/);
  });
});
