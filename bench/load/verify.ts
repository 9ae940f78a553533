import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Acknowledgement } from './client';

export interface Verification {
  acknowledgedOutputs: number;
  storedOutputs: number;
  /** Acknowledged client ids with no stored row, or stored under another id. */
  lostOutputs: number;
  /** Client ids stored more than once. */
  duplicatedOutputs: number;
  /** Stored rows no acknowledgement names (a request that failed after storing; 0 when none failed). */
  unacknowledgedOutputs: number;
  /** Sum of the workflows' sampling-state decision counts; equals the stored outputs when exact. */
  stateDecisions: number;
  acknowledgedReviews: number;
  storedReviews: number;
  lostReviews: number;
  duplicatedReviews: number;
}

/** Checks the client's acknowledgement log against the database (as a superuser, so RLS does not filter). */
export async function verifyAcknowledgements(
  databaseUrl: string,
  ackLog: string,
  workflowIds: string[],
): Promise<Verification> {
  const acks = readFileSync(ackLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Acknowledgement);
  const ackedOutputs = new Map<string, string>();
  const ackedReviews = new Map<string, number>();
  let inconsistent = 0;
  for (const a of acks) {
    if (a.k === 'output') {
      const key = `${a.workflowId}/${a.clientId}`;
      const earlier = ackedOutputs.get(key);
      if (earlier && earlier !== a.id) inconsistent++;
      ackedOutputs.set(key, a.id);
    } else ackedReviews.set(a.id, (ackedReviews.get(a.id) ?? 0) + 1);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const outputs = await client.query<{ workflow_id: string; client_id: string; id: string }>(
      'SELECT workflow_id, client_id, id FROM outputs WHERE workflow_id = ANY($1::uuid[])',
      [workflowIds],
    );
    const stored = new Map<string, string[]>();
    for (const r of outputs.rows) {
      const key = `${r.workflow_id}/${r.client_id}`;
      stored.set(key, [...(stored.get(key) ?? []), r.id]);
    }
    let lost = inconsistent;
    for (const [key, id] of ackedOutputs) if (!stored.get(key)?.includes(id)) lost++;
    const state = await client.query<{ n: string }>(
      'SELECT coalesce(sum(decisions), 0)::text AS n FROM sampling_states WHERE workflow_id = ANY($1::uuid[])',
      [workflowIds],
    );
    const reviews = await client.query<{ id: string; n: number }>(
      `SELECT r.id, count(*) OVER (PARTITION BY r.output_id, r.reviewer_id)::int AS n
         FROM reviews r WHERE r.workflow_id = ANY($1::uuid[])`,
      [workflowIds],
    );
    const storedReviewIds = new Set(reviews.rows.map((r) => r.id));
    return {
      acknowledgedOutputs: ackedOutputs.size,
      storedOutputs: outputs.rowCount ?? 0,
      lostOutputs: lost,
      duplicatedOutputs: [...stored.values()].filter((ids) => ids.length > 1).length,
      unacknowledgedOutputs: [...stored.keys()].filter((key) => !ackedOutputs.has(key)).length,
      stateDecisions: Number(state.rows[0]!.n),
      acknowledgedReviews: ackedReviews.size,
      storedReviews: reviews.rowCount ?? 0,
      lostReviews: [...ackedReviews.keys()].filter((id) => !storedReviewIds.has(id)).length,
      duplicatedReviews:
        reviews.rows.filter((r) => r.n > 1).length + [...ackedReviews.values()].filter((n) => n > 1).length,
    };
  } finally {
    await client.end();
  }
}
