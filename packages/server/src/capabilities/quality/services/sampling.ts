import {
  assignStratum,
  createPolicy,
  hashUniform,
  inSegment,
  judgeBin,
  type PolicySpec,
  type PolicyState,
  qualificationOf,
  type SamplingPolicy,
  segmentOf,
  strataOfSegment,
} from '@trellis/core';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/types';
import { type qualityStandards, samplingStates, type workflows } from '../quality-schema';

// The row types straight from the tables: workflows.ts calls this module, so importing its types from
// there would make the two files import each other.
type WorkflowRow = typeof workflows.$inferSelect;
type StandardRow = typeof qualityStandards.$inferSelect;

type PolicySource = Pick<StandardRow, 'id' | 'policySpec'>;
type SessionStandard = Pick<
  StandardRow,
  'id' | 'version' | 'policySpec' | 'segmentKeys' | 'segmentCapacity' | 'judgeThreshold'
>;

// Policies are pure and built from a stored spec: caching them per standard version is only a speed-up.
const policies = new Map<string, SamplingPolicy<PolicyState>>();

export function policyOf(standard: PolicySource): SamplingPolicy<PolicyState> {
  let policy = policies.get(standard.id);
  if (!policy) {
    policy = createPolicy(standard.policySpec as PolicySpec);
    if (policies.size > 1000) policies.clear();
    policies.set(standard.id, policy);
  }
  return policy;
}

export interface SamplingSession {
  standard: SessionStandard;
  policy: SamplingPolicy<PolicyState>;
  state: PolicyState;
  strataTable: Record<string, number>;
  /** Decisions counted on the row when it was locked. */
  decisions: number;
}

/**
 * Locks the workflow's sampling state for the rest of the transaction (SELECT … FOR UPDATE), so decisions and
 * review results from any number of servers apply one at a time. A new standard version starts a fresh state.
 */
export async function lockSamplingState(
  tx: Tx,
  workflow: Pick<WorkflowRow, 'id' | 'organizationId'>,
  standard: SessionStandard,
): Promise<SamplingSession> {
  const policy = policyOf(standard);
  // One statement creates the row on first use or locks the existing one (ON CONFLICT DO UPDATE takes
  // the row lock) and returns it as stored.
  const [row] = await tx
    .insert(samplingStates)
    .values({
      workflowId: workflow.id,
      organizationId: workflow.organizationId,
      standardVersion: standard.version,
      strataTable: {},
      state: policy.initialState(),
    })
    .onConflictDoUpdate({ target: samplingStates.workflowId, set: { workflowId: sql`excluded.workflow_id` } })
    .returning();
  return sessionFrom(standard, row!);
}

/** The session a locked state row gives under `standard`: a row kept under another version starts afresh. */
export function sessionFrom(
  standard: SessionStandard,
  stored: { standardVersion: number; strataTable: Record<string, number>; state: unknown; decisions: number },
): SamplingSession {
  const policy = policyOf(standard);
  if (stored.standardVersion !== standard.version) {
    return { standard, policy, state: policy.initialState(), strataTable: {}, decisions: stored.decisions };
  }
  return {
    standard,
    policy,
    state: stored.state as PolicyState,
    strataTable: stored.strataTable,
    decisions: stored.decisions,
  };
}

/** What `samplingStateUpdate` stores: a session's state, with `decided` new decisions added to its count. */
export function samplingStateValues(workflowId: string, session: SamplingSession, decided = 0) {
  return {
    workflowId,
    standardVersion: session.standard.version,
    strataTable: JSON.stringify(session.strataTable),
    state: JSON.stringify(session.state),
    decisions: session.decisions + decided,
  };
}

/**
 * The UPDATE that stores a session's state: of values (`samplingStateValues`) or of a statement's
 * placeholders for them.
 */
export function samplingStateUpdate(
  v: { readonly [K in keyof ReturnType<typeof samplingStateValues>]: unknown },
) {
  // Read-modify-write on purpose, like the state itself: only the row lock keeps the count exact.
  return sql`UPDATE ${samplingStates}
    SET standard_version = ${v.standardVersion}, strata_table = ${v.strataTable}::jsonb,
        state = ${v.state}::jsonb, decisions = ${v.decisions}, updated_at = now()
    WHERE workflow_id = ${v.workflowId}`;
}

export async function saveSamplingState(tx: Tx, workflowId: string, session: SamplingSession): Promise<void> {
  await tx.execute(samplingStateUpdate(samplingStateValues(workflowId, session)));
}

/** The stratum of an output: its segment's index, times two halves when a judge score stratifies. */
export function placeOutput(
  session: SamplingSession,
  metadata: Record<string, unknown>,
  judgeScore: number | null,
): { segment: string; stratum: number } {
  const { standard } = session;
  const segment = segmentOf(metadata, standard.segmentKeys);
  const assigned = assignStratum(session.strataTable, segment, standard.segmentCapacity);
  session.strataTable = assigned.table;
  if (standard.judgeThreshold === null) return { segment, stratum: assigned.stratum };
  return { segment, stratum: assigned.stratum * 2 + judgeBin(judgeScore, standard.judgeThreshold) };
}

/** The output's uniform draw: a keyed hash of its client id, so the decision can be re-derived and audited. */
export function drawFor(workflow: Pick<WorkflowRow, 'samplingSalt'>, clientId: string): number {
  return hashUniform(clientId, workflow.samplingSalt);
}

/**
 * The one decision every ingestion path takes (single, batch, SDK, any server): an output in a segment
 * held by an open alarm is reviewed (π = 1) whatever the policy would say, and the policy's state counts it
 * as a full-review decision; any other output gets the policy's π and the draw. Updates the session's state.
 */
export function decideOutput(
  session: SamplingSession,
  placed: { stratum: number; metadata: Record<string, unknown> },
  u: number,
  heldSegments: readonly string[],
): { review: boolean; pi: number } {
  if (heldSegments.some((segment) => inSegment(segment, placed.metadata))) {
    const state = structuredClone(session.state);
    session.policy.kernel.commit(state, placed.stratum, 1, true);
    session.state = state;
    return { review: true, pi: 1 };
  }
  const decision = session.policy.decide(session.state, { stratum: placed.stratum }, u);
  session.state = decision.state;
  return { review: decision.review, pi: decision.pi };
}

/**
 * The adaptive policy's qualification start per segment seen so far: outputs still to review in full (the
 * most any of its strata needs) and whether it has qualified; null for other policies or an older state.
 */
export async function qualificationProgress(
  tx: Tx,
  workflowId: string,
  standard: Pick<StandardRow, 'version' | 'policySpec' | 'judgeThreshold'>,
) {
  const spec = standard.policySpec as { kind?: string; qualify?: number };
  if (spec.kind !== 'adaptive' || !spec.qualify) return null;
  const [row] = await tx.select().from(samplingStates).where(eq(samplingStates.workflowId, workflowId));
  const run = spec.qualify;
  if (!row || row.standardVersion !== standard.version) return { run, segments: [] };
  const progress = qualificationOf(row.state as PolicyState);
  if (!progress) return null;
  const judged = standard.judgeThreshold !== null;
  return {
    run,
    segments: Object.entries(row.strataTable).map(([segment, index]) => {
      const strata = strataOfSegment(index, judged);
      return {
        segment,
        remaining: Math.max(...strata.map((s) => progress.remaining[s] ?? 0)),
        qualified: strata.every((s) => progress.qualified[s] ?? true),
      };
    }),
  };
}
