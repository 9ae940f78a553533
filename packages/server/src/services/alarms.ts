import { clearAlarm as clearMonitorAlarm, InvalidParameterError } from '@trellis/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { alarms } from '../db/quality-schema';
import type { Tx } from '../db/types';
import { conflict, notFound } from '../http/problem';
import { recordAudit } from './audit';
import { lockSamplingState, saveSamplingState } from './sampling';
import { enqueueWebhookEvent } from './webhooks';
import { getStandard, getWorkflow } from './workflows';

/** A person clears a drift alarm with a note: the stratum leaves 100% review and its chart restarts. */
export async function clearAlarm(tx: Tx, ctx: OrgContext, alarmId: number, note: string) {
  const [alarm] = await tx
    .select()
    .from(alarms)
    .where(and(eq(alarms.organizationId, ctx.organizationId), eq(alarms.id, alarmId)));
  if (!alarm) throw notFound('The alarm');
  if (alarm.clearedAt) throw conflict('This alarm is already cleared.');
  const workflow = await getWorkflow(tx, ctx, alarm.workflowId);
  const standard = (await getStandard(tx, workflow.id))!;
  const session = await lockSamplingState(tx, workflow, standard);
  try {
    session.state = clearMonitorAlarm(session.state, alarm.stratum);
    await saveSamplingState(tx, workflow.id, session);
  } catch (error) {
    // A newer standard version started a fresh state: nothing is tightened any more.
    if (!(error instanceof InvalidParameterError)) throw error;
  }
  const [cleared] = await tx
    .update(alarms)
    .set({ clearedAt: new Date(), clearedBy: ctx.actor.type === 'user' ? ctx.actor.id : null, note })
    .where(and(eq(alarms.id, alarmId), isNull(alarms.clearedAt)))
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
