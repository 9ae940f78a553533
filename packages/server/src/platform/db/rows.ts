import type { SQL } from 'drizzle-orm';
import type { Tx } from './types';

/** Rows of a raw query; both drivers answer `{ rows }`, which drizzle's shared type does not say. */
export async function selectRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
