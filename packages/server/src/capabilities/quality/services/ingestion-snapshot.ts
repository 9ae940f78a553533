import { sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { turnSortsOff } from '../../../platform/db/planner';
import { statement } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { notFound } from '../../../platform/http/problem';
import { alarms, outputs, qualityStandards, samplingStates, workflows } from '../quality-schema';
import { lockSamplingState, type SamplingSession, sessionFrom } from './sampling';
import type { StandardRow, WorkflowRow } from './workflows';

export type IngestWorkflow = Pick<WorkflowRow, 'id' | 'organizationId' | 'samplingSalt'>;
export type IngestStandard = Pick<
  StandardRow,
  'id' | 'version' | 'policySpec' | 'segmentKeys' | 'segmentCapacity' | 'judgeThreshold'
>;
/** What a retry needs of an earlier output: its decision and the hash of what was sent. */
export interface EarlierOutput {
  id: string;
  clientId: string;
  contentHash: string;
  selected: boolean;
  pi: number;
  segment: string;
  status: 'queued' | 'second_review' | 'reviewed' | 'released';
  standardVersion: number;
  createdAt: Date;
}

export interface IngestionSnapshot {
  workflow: IngestWorkflow;
  standard: IngestStandard | undefined;
  /** The locked sampling state; undefined when the workflow has no standard. */
  session: SamplingSession | undefined;
  earlier: Map<string, EarlierOutput>;
  /** Segments with an open drift alarm: their outputs are reviewed in full until a lead clears it. */
  heldSegments: string[];
}

interface SnapshotRow {
  workflow: IngestWorkflow | null;
  standard: IngestStandard | null;
  state: {
    standardVersion: number;
    strataTable: Record<string, number>;
    state: unknown;
    decisions: number;
  } | null;
  earlier: Array<Omit<EarlierOutput, 'createdAt'> & { createdAt: string }>;
  held: string[];
}

/**
 * The snapshot's one statement (see loadIngestionSnapshot), built once and prepared once per connection:
 * parsing and planning it was half its database time.
 */
const snapshotStatement = statement<
  { workflowId: string; organizationId: string; clientIds: string },
  SnapshotRow
>(
  'ingestion-snapshot',
  (v) => sql`WITH locked AS (
        SELECT standard_version, strata_table, state, decisions FROM ${samplingStates}
        WHERE workflow_id = ${v.workflowId} FOR UPDATE
      )
      SELECT
        (SELECT json_build_object('id', w.id, 'organizationId', w.organization_id, 'samplingSalt', w.sampling_salt)
           FROM ${workflows} w WHERE w.id = ${v.workflowId} AND w.organization_id = ${v.organizationId}) AS workflow,
        (SELECT json_build_object('id', q.id, 'version', q.version, 'policySpec', q.policy_spec,
                  'segmentKeys', q.segment_keys, 'segmentCapacity', q.segment_capacity,
                  'judgeThreshold', q.judge_threshold)
           FROM ${qualityStandards} q WHERE q.workflow_id = ${v.workflowId} ORDER BY q.version DESC LIMIT 1) AS standard,
        (SELECT json_build_object('standardVersion', l.standard_version, 'strataTable', l.strata_table,
                  'state', l.state, 'decisions', l.decisions) FROM locked l) AS state,
        -- One probe of the (workflow_id, client_id) unique index per client id, whatever the statistics
        -- say (a new workflow's outputs are estimated from statistics that predate it: next to none). As
        -- \`client_id = ANY (…)\` the planner scanned all of the workflow's outputs and compared each with
        -- every id sent; as an equality join it could probe any index that starts with workflow_id,
        -- reading all of the workflow's entries per id, or AND the unique index with the organization's.
        -- The first id at or after each one sent, in client_id order, is a path only the unique index
        -- gives without a sort (sorts are off, above): one entry per id, that id's output if equal.
        (SELECT coalesce(json_agg(json_build_object('id', o.id, 'clientId', o.client_id,
                  'contentHash', o.content_hash, 'selected', o.selected, 'pi', o.pi, 'segment', o.segment,
                  'status', o.status, 'standardVersion', o.standard_version, 'createdAt', o.created_at)), '[]')
           FROM json_array_elements_text(${v.clientIds}::json) AS c(client_id)
           CROSS JOIN LATERAL (SELECT * FROM ${outputs} x
             WHERE x.workflow_id = ${v.workflowId} AND x.client_id >= c.client_id ORDER BY x.client_id LIMIT 1) o
           WHERE o.client_id = c.client_id
        ) AS earlier,
        -- In the statement's snapshot, like the earlier outputs: an alarm raised during a lock wait is in
        -- the locked state's alarmed strata already; one cleared meanwhile holds this request once more.
        (SELECT coalesce(json_agg(DISTINCT a.segment), '[]') FROM ${alarms} a
           WHERE a.workflow_id = ${v.workflowId} AND a.cleared_at IS NULL) AS held`,
);

/**
 * Everything ingestion reads, in one round trip: the workflow, its newest standard, its sampling-state row
 * locked FOR UPDATE (so decisions from any number of servers apply one at a time), and the earlier outputs
 * with these client ids, and the segments held by an open alarm. The state row is created with the first standard; a workflow whose row is missing
 * (made before that) gets it through the upsert path once.
 *
 * The earlier outputs are read in the statement's snapshot, which may predate a lock wait: a twin committed
 * meanwhile is caught by the insert's unique index (ConcurrentOutputError, and the request is retried).
 */
export async function loadIngestionSnapshot(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
  clientIds: readonly string[],
): Promise<IngestionSnapshot> {
  // No sorts for the rest of this transaction when another plan exists (its statements go by keys): the
  // earlier-output lookup below must take the unique index's order, and with statistics that predate a
  // new workflow the planner would otherwise sort all of the workflow's outputs once per client id. The
  // ingestion routes begin their transaction with sorts off (no round trip here).
  await turnSortsOff(tx);
  const [row] = await snapshotStatement(tx, {
    workflowId,
    organizationId: ctx.organizationId,
    clientIds: JSON.stringify(clientIds),
  });
  if (!row?.workflow) throw notFound('The workflow');
  const { workflow } = row;
  const standard = row.standard ?? undefined;
  const earlier = new Map(
    row.earlier.map((o) => [o.clientId, { ...o, createdAt: new Date(o.createdAt) }] as const),
  );
  const heldSegments = row.held;
  if (!standard) return { workflow, standard, session: undefined, earlier, heldSegments };
  const session = row.state
    ? sessionFrom(standard, row.state)
    : await lockSamplingState(tx, workflow, standard);
  return { workflow, standard, session, earlier, heldSegments };
}
