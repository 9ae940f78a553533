import { sql } from 'drizzle-orm';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import { outputs, workflows } from '../quality-schema';

/** Outputs selected for review and not yet reviewed, over all organizations, by queue status (for /metrics). */
export function reviewBacklog(db: Database): Promise<{ status: string; n: number }[]> {
  // Per workflow through outputs_queue_idx (workflow, status, …): no scan of the whole table.
  return db.system((tx) =>
    selectRows<{ status: string; n: number }>(
      tx,
      sql`SELECT o.status, sum(o.n)::int AS n FROM ${workflows} w CROSS JOIN LATERAL (
            SELECT status, count(*) AS n FROM ${outputs}
            WHERE workflow_id = w.id AND status IN ('queued', 'second_review') GROUP BY status) o
          GROUP BY o.status`,
    ),
  );
}
