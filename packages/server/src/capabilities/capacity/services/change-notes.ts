import { and, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { notify } from '../../../platform/notifications/notifications';
import { changeImpacts, changeNoteRecipients, changeNotes, orgUnits } from '../capacity-schema';
import { getOrgUnit, subtreeIds, unitMemberIds } from './org-units';

export type ChangeNoteRow = typeof changeNotes.$inferSelect;

/**
 * Publishes a short "what changed" note to the people of a unit and the units below it: each gets it in
 * their inbox and acknowledges it; the unit sees the acknowledgement rate.
 */
export async function publishChangeNote(
  tx: Tx,
  ctx: OrgContext,
  input: { orgUnitId: string; title: string; body: string; changeImpactId?: string | null | undefined },
) {
  const unit = await getOrgUnit(tx, ctx, input.orgUnitId).catch(() => {
    throw fieldError('body.orgUnitId', 'No org unit with this id in the organization.');
  });
  if (input.changeImpactId) {
    const [impact] = await tx
      .select({ id: changeImpacts.id })
      .from(changeImpacts)
      .where(
        and(eq(changeImpacts.organizationId, ctx.organizationId), eq(changeImpacts.id, input.changeImpactId)),
      );
    if (!impact)
      throw fieldError('body.changeImpactId', 'No change impact with this id in the organization.');
  }
  const people = new Set<string>();
  for (const id of await subtreeIds(tx, ctx, unit.id))
    for (const u of await unitMemberIds(tx, id)) people.add(u);
  if (!people.size)
    throw fieldError('body.orgUnitId', `Nobody is in ${unit.name} yet: add its people first.`);
  const [note] = await tx
    .insert(changeNotes)
    .values({
      organizationId: ctx.organizationId,
      orgUnitId: unit.id,
      changeImpactId: input.changeImpactId ?? null,
      title: input.title,
      body: input.body,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await tx
    .insert(changeNoteRecipients)
    .values([...people].map((userId) => ({ organizationId: ctx.organizationId, noteId: note!.id, userId })));
  await notify(
    tx,
    ctx.organizationId,
    { userIds: [...people] },
    {
      kind: 'change_note',
      title: `What changed: ${input.title}`,
      body: input.body.slice(0, 280),
      link: '/capacity/notes',
      entityType: 'change_note',
      entityId: note!.id,
    },
  );
  await recordAudit(tx, ctx, {
    action: 'change_note.published',
    entityType: 'change_note',
    entityId: note!.id,
    after: { orgUnitId: unit.id, title: input.title, recipients: people.size },
  });
  return { note: note!, recipients: people.size, acknowledged: 0 };
}

/** Notes with their acknowledgement rate, newest first (optionally of one unit and the units below it). */
export async function listChangeNotes(tx: Tx, ctx: OrgContext, filter: { orgUnitId?: string | undefined }) {
  const ids = filter.orgUnitId ? await subtreeIds(tx, ctx, filter.orgUnitId) : undefined;
  const notes = await tx
    .select({ note: changeNotes, unitName: orgUnits.name })
    .from(changeNotes)
    .innerJoin(orgUnits, eq(orgUnits.id, changeNotes.orgUnitId))
    .where(
      and(
        eq(changeNotes.organizationId, ctx.organizationId),
        ids ? inArray(changeNotes.orgUnitId, ids) : undefined,
      ),
    )
    .orderBy(desc(changeNotes.createdAt))
    .limit(200);
  if (!notes.length) return [];
  const noteIds = notes.map((n) => n.note.id);
  const totals = await tx
    .select({ noteId: changeNoteRecipients.noteId, n: count() })
    .from(changeNoteRecipients)
    .where(inArray(changeNoteRecipients.noteId, noteIds))
    .groupBy(changeNoteRecipients.noteId);
  const acks = await tx
    .select({ noteId: changeNoteRecipients.noteId, n: count() })
    .from(changeNoteRecipients)
    .where(and(inArray(changeNoteRecipients.noteId, noteIds), isNotNull(changeNoteRecipients.acknowledgedAt)))
    .groupBy(changeNoteRecipients.noteId);
  const total = new Map(totals.map((t) => [t.noteId, t.n]));
  const acked = new Map(acks.map((t) => [t.noteId, t.n]));
  return notes.map((n) => ({
    ...n,
    recipients: total.get(n.note.id) ?? 0,
    acknowledged: acked.get(n.note.id) ?? 0,
  }));
}

/** The notes sent to the signed-in person that they have not acknowledged yet. */
export async function myOpenChangeNotes(tx: Tx, ctx: OrgContext, userId: string) {
  return tx
    .select({ note: changeNotes, unitName: orgUnits.name })
    .from(changeNoteRecipients)
    .innerJoin(changeNotes, eq(changeNotes.id, changeNoteRecipients.noteId))
    .innerJoin(orgUnits, eq(orgUnits.id, changeNotes.orgUnitId))
    .where(
      and(
        eq(changeNoteRecipients.organizationId, ctx.organizationId),
        eq(changeNoteRecipients.userId, userId),
        isNull(changeNoteRecipients.acknowledgedAt),
      ),
    )
    .orderBy(desc(changeNotes.createdAt));
}

export async function acknowledgeChangeNote(
  tx: Tx,
  ctx: OrgContext,
  noteId: string,
  userId: string,
  now: Date,
) {
  const [recipient] = await tx
    .select()
    .from(changeNoteRecipients)
    .where(
      and(
        eq(changeNoteRecipients.organizationId, ctx.organizationId),
        eq(changeNoteRecipients.noteId, noteId),
        eq(changeNoteRecipients.userId, userId),
      ),
    );
  if (!recipient) throw notFound('The note');
  if (recipient.acknowledgedAt) throw conflict('You have already acknowledged this note.');
  await tx
    .update(changeNoteRecipients)
    .set({ acknowledgedAt: now })
    .where(and(eq(changeNoteRecipients.noteId, noteId), eq(changeNoteRecipients.userId, userId)));
  await recordAudit(tx, ctx, {
    action: 'change_note.acknowledged',
    entityType: 'change_note',
    entityId: noteId,
  });
}
