import { sql } from 'drizzle-orm';
import type { TenantOptions, Tx } from './types';

/** The setting that turns the planner's sorts off until the transaction ends. */
export const SORTS_OFF = `set_config('enable_sort', 'off', true)`;

/** The transactions begun with `sortsOff` (TenantOptions), while they run. */
const sortless = new WeakSet<Tx>();

/** Runs `fn` with the transaction known to have begun with `options` (the drizzle handle outlives it). */
export async function withPlannerOptions<T>(
  tx: Tx,
  options: TenantOptions,
  fn: () => Promise<T>,
): Promise<T> {
  if (!options.sortsOff) return fn();
  sortless.add(tx);
  try {
    return await fn();
  } finally {
    sortless.delete(tx);
  }
}

/**
 * Sorts off for the rest of the transaction: nothing to send when it began with `sortsOff` (set in its
 * first round trip), one statement otherwise (a caller that opened its own transaction: the demo seed, tests).
 */
export async function turnSortsOff(tx: Tx): Promise<void> {
  if (sortless.has(tx)) return;
  await tx.execute(sql.raw(`SELECT ${SORTS_OFF}`));
}
