import { sql } from 'drizzle-orm';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';

/**
 * Fixed-window rate limits that hold across any number of server processes on one database.
 *
 * The database keeps, per key and window, how much of the allowance the processes have taken. A process
 * takes it in leases (at least 1/50 of the limit, or what the request needs) with one atomic statement that
 * never lets the total pass the limit, then spends the lease locally without a round trip; one lease per
 * key is fetched at a time, the process's other requests for that key wait for it. So the limit is
 * never exceeded; what a process leased and did not spend before the window ended is lost, at most one
 * lease per process and key (2% of the limit each).
 */
export interface Limit {
  key: string;
  /** Allowance per window; 0 means unlimited. */
  limit: number;
}

export type TakeResult = { ok: true } | { ok: false; key: string; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `amount` from every limit, or from none of them when one is exhausted. */
  take(limits: Limit[], amount: number): Promise<TakeResult>;
}

const LEASES_PER_WINDOW = 50;

export function createRateLimiter(
  db: Database,
  opts: { windowMs?: number; now?: () => number } = {},
): RateLimiter {
  const windowMs = opts.windowMs ?? 60_000;
  const now = opts.now ?? Date.now;
  /** This process's unspent lease per key, for the window it was leased in. */
  const leases = new Map<string, { window: number; remaining: number }>();

  // One statement: drop the key's older windows, then grant `want` (or just `need`) if the total stays
  // within the limit. The row lock of the upsert serializes processes taking from one key.
  async function lease(key: string, window: number, want: number, need: number, limit: number) {
    const [row] = await db.systemAutocommit((tx) =>
      selectRows<{ granted: number }>(
        tx,
        sql`WITH old AS (DELETE FROM rate_limit_windows WHERE key = ${key} AND window_index < ${window})
            INSERT INTO rate_limit_windows AS r (key, window_index, used, last_grant)
            VALUES (${key}, ${window}, LEAST(${want}::int, ${limit}::int), LEAST(${want}::int, ${limit}::int))
            ON CONFLICT (key, window_index) DO UPDATE SET
              used = r.used + CASE WHEN r.used + ${want}::int <= ${limit}::int THEN ${want}::int ELSE ${need}::int END,
              last_grant = CASE WHEN r.used + ${want}::int <= ${limit}::int THEN ${want}::int ELSE ${need}::int END
            WHERE r.used + ${need}::int <= ${limit}::int
            RETURNING last_grant AS granted`,
      ),
    );
    return row?.granted ?? 0;
  }

  function current(key: string, window: number) {
    let state = leases.get(key);
    if (!state || state.window !== window) {
      // Keys of earlier windows hold nothing spendable: drop them before the map grows large.
      if (leases.size >= 10_000) for (const [k, s] of leases) if (s.window < window) leases.delete(k);
      state = { window, remaining: 0 };
      leases.set(key, state);
    }
    return state;
  }

  /** A lease being fetched per key: other requests of this process wait for it instead of racing. */
  const fetching = new Map<string, Promise<number>>();

  async function takeOne({ key, limit }: Limit, amount: number, window: number): Promise<boolean> {
    for (;;) {
      const state = current(key, window);
      if (state.remaining >= amount) {
        state.remaining -= amount;
        return true;
      }
      const pending = fetching.get(key);
      if (pending) {
        await pending;
        continue;
      }
      const need = amount - state.remaining;
      const want = Math.max(need, Math.ceil(limit / LEASES_PER_WINDOW));
      const leasing = lease(key, window, want, need, limit).finally(() => fetching.delete(key));
      fetching.set(key, leasing);
      const granted = await leasing;
      if (granted === 0) return false;
      current(key, window).remaining += granted;
    }
  }

  return {
    async take(limits, amount) {
      const at = now();
      const window = Math.floor(at / windowMs);
      const taken: Limit[] = [];
      for (const limit of limits) {
        if (limit.limit <= 0) continue;
        if (amount > limit.limit || !(await takeOne(limit, amount, window))) {
          // Give back what the earlier limits spent on this request: it was not admitted.
          for (const t of taken) current(t.key, window).remaining += amount;
          return {
            ok: false,
            key: limit.key,
            retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - at) / 1000)),
          };
        }
        taken.push(limit);
      }
      return { ok: true };
    },
  };
}
