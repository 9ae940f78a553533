import { clearStrata, InvalidParameterError, segmentWithin, strataOfSegment } from '@trellis/core';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { alarms } from '../quality-schema';
import { lockSamplingState, saveSamplingState } from './sampling';
import { getStandard, getWorkflow } from './workflows';

/** A person clears a drift alarm with a note: its segment leaves 100% review and its charts restart. */
export async function clearAlarm(tx: Tx, ctx: OrgContext, alarmId: string, note: string) {
  const [alarm] = await tx
    .select()
    .from(alarms)
    .where(and(eq(alarms.organizationId, ctx.organizationId), eq(alarms.publicId, alarmId)));
  if (!alarm) throw notFound('The alarm');
  if (alarm.clearedAt) throw conflict('This alarm is already cleared.');
  const workflow = await getWorkflow(tx, ctx, alarm.workflowId);
  const standard = (await getStandard(tx, workflow.id))!;
  const session = await lockSamplingState(tx, workflow, standard);
  // The alarm held its whole segment: its own stratum's segment, and under a newer standard version every
  // stratum whose segment lies inside the alarm's (ingestion stops holding it once the row is cleared).
  const judged = standard.judgeThreshold !== null;
  const strata = [
    ...strataOfSegment(judged ? alarm.stratum >> 1 : alarm.stratum, judged),
    ...Object.entries(session.strataTable)
      .filter(([segment]) => segmentWithin(segment, alarm.segment))
      .flatMap(([, index]) => strataOfSegment(index, judged)),
  ].filter((s) => s < session.policy.strata);
  try {
    session.state = clearStrata(session.state, strata);
    await saveSamplingState(tx, workflow.id, session);
  } catch (error) {
    // A policy without a drift monitor has nothing to clear in its state.
    if (!(error instanceof InvalidParameterError)) throw error;
  }
  const [cleared] = await tx
    .update(alarms)
    .set({ clearedAt: new Date(), clearedBy: ctx.actor.type === 'user' ? ctx.actor.id : null, note })
    .where(and(eq(alarms.id, alarm.id), isNull(alarms.clearedAt)))
    .returning();
  await enqueueWebhookEvent(tx, ctx.organizationId, 'alarm.cleared', {
    alarmId,
    workflowId: workflow.id,
    workflowName: workflow.name,
    segment: alarm.segment,
    note,
  });
  await recordAudit(tx, ctx, {
    action: 'alarm.cleared',
    entityType: 'workflow',
    entityId: workflow.id,
    before: { alarmId, segment: alarm.segment },
    after: { note },
  });
  return cleared!;
}
