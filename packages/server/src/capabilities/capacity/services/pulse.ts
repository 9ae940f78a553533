import { randomInt } from 'node:crypto';
import {
  aggregatePulse,
  aggregatePulseGroups,
  defaultPulseItems,
  MIN_GROUP,
  type PulseAggregate,
  type PulseItem,
  validatePulseAnswers,
} from '@trellis/core';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hashSecret, newSecret } from '../../../platform/auth/secrets';
import type { Tx } from '../../../platform/db/types';
import { csvText } from '../../../platform/http/csv';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { notifications } from '../../../platform/notifications/notification-schema';
import { notify } from '../../../platform/notifications/notifications';
import {
  orgUnits,
  pulseInvitations,
  pulseLinks,
  pulseResponses,
  pulseRounds,
  pulseSurveys,
} from '../capacity-schema';
import { getOrgUnit, subtreeIds, unitMemberIds } from './org-units';
import { enqueuePulseInvitationEmails } from './pulse-email';

export type PulseSurveyRow = typeof pulseSurveys.$inferSelect;
export type PulseRoundRow = typeof pulseRounds.$inferSelect;
const DAY_MS = 86_400_000;
const MAX_LINKS = 500;

export async function createPulseSurvey(
  tx: Tx,
  ctx: OrgContext,
  input: {
    orgUnitId: string;
    name: string;
    items?: PulseItem[] | undefined;
    cadenceDays: number;
    cooldownDays: number;
    autoRounds?: boolean | undefined;
    roundDays?: number | undefined;
  },
) {
  const unit = await getOrgUnit(tx, ctx, input.orgUnitId).catch(() => {
    throw fieldError('body.orgUnitId', 'No org unit with this id in the organization.');
  });
  const items = input.items ?? [...defaultPulseItems];
  const keys = new Set(items.map((i) => i.key));
  if (keys.size !== items.length) throw fieldError('body.items', 'Each item needs its own key.');
  const [row] = await tx
    .insert(pulseSurveys)
    .values({
      organizationId: ctx.organizationId,
      orgUnitId: unit.id,
      name: input.name,
      items,
      cadenceDays: input.cadenceDays,
      cooldownDays: input.cooldownDays,
      autoRounds: input.autoRounds ?? false,
      roundDays: input.roundDays ?? 7,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'pulse_survey.created',
    entityType: 'pulse_survey',
    entityId: row!.id,
    after: {
      name: input.name,
      orgUnitId: unit.id,
      items: items.map((i) => i.key),
      cadenceDays: input.cadenceDays,
      autoRounds: input.autoRounds ?? false,
    },
  });
  return row!;
}

export interface PulseScheduleChanges {
  autoRounds?: boolean | undefined;
  roundDays?: number | undefined;
  cadenceDays?: number | undefined;
  cooldownDays?: number | undefined;
}

/** Changes how often a pulse runs, and whether its rounds open by themselves. */
export async function updatePulseSchedule(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  changes: PulseScheduleChanges,
) {
  const before = await getPulseSurvey(tx, ctx, id);
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return before;
  const [row] = await tx.update(pulseSurveys).set(set).where(eq(pulseSurveys.id, id)).returning();
  const pick = (r: PulseSurveyRow) => ({
    autoRounds: r.autoRounds,
    roundDays: r.roundDays,
    cadenceDays: r.cadenceDays,
    cooldownDays: r.cooldownDays,
  });
  await recordAudit(tx, ctx, {
    action: 'pulse_survey.schedule_changed',
    entityType: 'pulse_survey',
    entityId: id,
    before: pick(before),
    after: pick(row!),
  });
  return row!;
}

export async function getPulseSurvey(tx: Tx, ctx: OrgContext, id: string): Promise<PulseSurveyRow> {
  const [row] = await tx
    .select()
    .from(pulseSurveys)
    .where(and(eq(pulseSurveys.organizationId, ctx.organizationId), eq(pulseSurveys.id, id)));
  if (!row) throw notFound('The pulse survey');
  return row;
}

export async function listPulseSurveys(tx: Tx, ctx: OrgContext, orgUnitId?: string) {
  const surveys = await tx
    .select({ survey: pulseSurveys, unitName: orgUnits.name })
    .from(pulseSurveys)
    .innerJoin(orgUnits, eq(orgUnits.id, pulseSurveys.orgUnitId))
    .where(
      and(
        eq(pulseSurveys.organizationId, ctx.organizationId),
        orgUnitId ? eq(pulseSurveys.orgUnitId, orgUnitId) : undefined,
      ),
    )
    .orderBy(desc(pulseSurveys.createdAt));
  const ids = surveys.map((s) => s.survey.id);
  const rounds = ids.length
    ? await tx
        .select()
        .from(pulseRounds)
        .where(inArray(pulseRounds.surveyId, ids))
        .orderBy(asc(pulseRounds.openedAt))
    : [];
  return surveys.map((s) => ({ ...s, rounds: rounds.filter((r) => r.surveyId === s.survey.id) }));
}

/** How a round's links reach people: always the in-app inbox; by e-mail too when SMTP is set. */
export interface PulseDelivery {
  /** The address people reach the web app at, for the link in the e-mail; null: no e-mail. */
  emailOrigin: string | null;
}

/** The answer page's path for a token: in the fragment, which browsers never send (no request log has it). */
export const pulseLinkPath = (token: string) => `/pulse#token=${encodeURIComponent(token)}`;

/**
 * Opens a round: one link for each person of the unit (and units below) not invited to any pulse within
 * the survey's cooldown, delivered only to that person (inbox, and e-mail when set). Nobody else, the
 * person opening the round included, ever sees a link: the answer holds no token, links record no person,
 * and responses record neither link nor time. Fewer than MIN_GROUP people to ask is refused, as results
 * could never be shown.
 */
export async function startPulseRound(
  tx: Tx,
  ctx: OrgContext,
  surveyId: string,
  input: { closesInDays: number; now: Date; delivery: PulseDelivery },
) {
  const survey = await getPulseSurvey(tx, ctx, surveyId);
  const people = new Set<string>();
  for (const id of await subtreeIds(tx, ctx, survey.orgUnitId)) {
    for (const userId of await unitMemberIds(tx, id)) people.add(userId);
  }
  const since = new Date(input.now.getTime() - survey.cooldownDays * DAY_MS);
  const recent = people.size
    ? await tx
        .select({ userId: pulseInvitations.userId })
        .from(pulseInvitations)
        .where(
          and(
            eq(pulseInvitations.organizationId, ctx.organizationId),
            inArray(pulseInvitations.userId, [...people]),
            gte(pulseInvitations.lastInvitedAt, since),
            lte(pulseInvitations.lastInvitedAt, input.now),
          ),
        )
    : [];
  for (const r of recent) people.delete(r.userId);
  if (people.size < MIN_GROUP) {
    throw conflict(
      `${people.size} of the unit's people can be asked now (the others were asked within the cooldown, or the unit has fewer members with an account): a round needs at least ${MIN_GROUP}, or its results could never be shown.`,
    );
  }
  if (people.size > MAX_LINKS) throw conflict(`At most ${MAX_LINKS} people per round.`);
  const invited = [...people];
  const [round] = await tx
    .insert(pulseRounds)
    .values({
      organizationId: ctx.organizationId,
      surveyId,
      openedAt: input.now,
      closesAt: new Date(input.now.getTime() + input.closesInDays * DAY_MS),
      linksIssued: invited.length,
    })
    .returning();
  const tokens = invited.map(() => newSecret());
  // Stored in random order: nothing of the link rows lines up with the order people were invited in.
  const hashes = shuffled(tokens.map(hashSecret));
  await tx
    .insert(pulseLinks)
    .values(
      hashes.map((tokenHash) => ({ organizationId: ctx.organizationId, roundId: round!.id, tokenHash })),
    );
  await tx
    .insert(pulseInvitations)
    .values(
      invited.map((userId) => ({ organizationId: ctx.organizationId, userId, lastInvitedAt: input.now })),
    )
    .onConflictDoUpdate({
      target: [pulseInvitations.organizationId, pulseInvitations.userId],
      // A round opened back in time (seeded data) never moves a later invitation earlier.
      set: { lastInvitedAt: sql`greatest(${pulseInvitations.lastInvitedAt}, excluded.last_invited_at)` },
    });
  const [unit] = await tx
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, survey.orgUnitId));
  const title = `Pulse check-in for ${unit!.name}: ${survey.name}`;
  const closes = round!.closesAt.toISOString().slice(0, 10);
  for (const [i, userId] of invited.entries()) {
    await notify(
      tx,
      ctx.organizationId,
      { userIds: [userId] },
      {
        kind: 'pulse.invitation',
        title,
        body: `A few questions, one minute, anonymous: the answer is stored without your name, this link or the time. Open until ${closes}. The link is yours alone.`,
        link: pulseLinkPath(tokens[i]!),
        entityType: 'pulse_round',
        entityId: round!.id,
      },
    );
  }
  const origin = input.delivery.emailOrigin?.replace(/\/$/, '');
  const emailed = origin
    ? await enqueuePulseInvitationEmails(
        tx,
        ctx.organizationId,
        invited.map((userId, i) => ({ userId, url: `${origin}${pulseLinkPath(tokens[i]!)}` })),
        { title, closesAt: round!.closesAt },
      )
    : 0;
  await recordAudit(tx, ctx, {
    action: 'pulse_round.opened',
    entityType: 'pulse_survey',
    entityId: surveyId,
    after: { roundId: round!.id, invited: invited.length, closesAt: round!.closesAt.toISOString() },
  });
  return { round: round!, invited: invited.length, emailed, skippedForCooldown: recent.length };
}

/** Fisher–Yates with the process's cryptographic generator. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Ends a round: its unused links go, and the audit log gets the one event that says how many answered,
 * only when that is at least MIN_GROUP (a smaller group's size is never recorded, nor any answer's time).
 */
async function endRound(tx: Tx, ctx: OrgContext, round: PulseRoundRow, closedAt: Date) {
  const [row] = await tx
    .update(pulseRounds)
    .set({ closedAt })
    .where(eq(pulseRounds.id, round.id))
    .returning();
  await tx.delete(pulseLinks).where(eq(pulseLinks.roundId, round.id));
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(pulseResponses)
    .where(eq(pulseResponses.roundId, round.id));
  const respondents = counted!.n;
  await recordAudit(tx, ctx, {
    action: 'pulse_round.closed',
    entityType: 'pulse_survey',
    entityId: round.surveyId,
    after: {
      roundId: round.id,
      invited: round.linksIssued,
      respondents: respondents >= MIN_GROUP ? respondents : null,
    },
  });
  return row!;
}

export async function closePulseRound(tx: Tx, ctx: OrgContext, roundId: string, now: Date) {
  const [round] = await tx
    .select()
    .from(pulseRounds)
    .where(and(eq(pulseRounds.organizationId, ctx.organizationId), eq(pulseRounds.id, roundId)))
    .for('update');
  if (!round) throw notFound('The pulse round');
  if (round.closedAt || round.closesAt <= now) throw conflict('This round is already closed.');
  return endRound(tx, ctx, round, now);
}

/**
 * Ends every round whose time is up and that nobody closed by hand (system scope, from the pulse schedule):
 * each gets its closed event and loses its unused links. Rounds are claimed `FOR UPDATE SKIP LOCKED`.
 */
export async function closeOverduePulseRounds(tx: Tx, now: Date, limit = 100): Promise<number> {
  const due = await tx
    .select()
    .from(pulseRounds)
    .where(and(isNull(pulseRounds.closedAt), lte(pulseRounds.closesAt, now)))
    .orderBy(asc(pulseRounds.closesAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  for (const round of due) {
    const ctx: OrgContext = {
      organizationId: round.organizationId,
      role: 'owner',
      actor: { type: 'system', id: null, name: 'Pulse schedule' },
      requestId: 'pulse-schedule',
    };
    await endRound(tx, ctx, round, round.closesAt);
  }
  return due.length;
}

/** One answer for every way a link cannot be used, so a used link, a closed round's and a made-up one look alike. */
const unusableLink = (field: string) =>
  fieldError(
    field,
    'This pulse link cannot be used: it was used already, its round is closed, or it was never issued.',
  );

/** The organization a pulse link belongs to (system scope: the respondent has no account). */
export async function organizationOfPulseToken(tx: Tx, token: string, field: string): Promise<string> {
  const [row] = await tx
    .select({ organizationId: pulseLinks.organizationId })
    .from(pulseLinks)
    .where(eq(pulseLinks.tokenHash, hashSecret(token)));
  if (!row) throw unusableLink(field);
  return row.organizationId;
}

async function linkedRound(tx: Tx, roundId: string) {
  const [row] = await tx
    .select({ round: pulseRounds, survey: pulseSurveys, unitName: orgUnits.name })
    .from(pulseRounds)
    .innerJoin(pulseSurveys, eq(pulseSurveys.id, pulseRounds.surveyId))
    .innerJoin(orgUnits, eq(orgUnits.id, pulseSurveys.orgUnitId))
    .where(eq(pulseRounds.id, roundId));
  return row!;
}

const isOpen = (round: PulseRoundRow, now: Date) => !round.closedAt && round.closesAt > now;

/** What a link asks: the survey's items, for the public answer page. */
export async function pulseForm(tx: Tx, token: string, now: Date) {
  const [link] = await tx
    .select({ roundId: pulseLinks.roundId })
    .from(pulseLinks)
    .where(eq(pulseLinks.tokenHash, hashSecret(token)));
  if (!link) throw unusableLink('body.token');
  const { survey, unitName, round } = await linkedRound(tx, link.roundId);
  if (!isOpen(round, now)) throw unusableLink('body.token');
  return { surveyName: survey.name, unitName, items: survey.items, closesAt: round.closesAt };
}

/**
 * Stores one anonymous answer and spends the link, in one transaction: the link row is deleted (a second
 * answer through it finds nothing, like a link never issued) and the answer is stored without it. No
 * audit event: one per answer would give away each answer's time and, in a small group, its size.
 */
export async function answerPulse(
  tx: Tx,
  organizationId: string,
  token: string,
  answers: Record<string, number>,
  now: Date,
) {
  const [link] = await tx
    .delete(pulseLinks)
    .where(eq(pulseLinks.tokenHash, hashSecret(token)))
    .returning({ roundId: pulseLinks.roundId });
  if (!link) throw unusableLink('body.token');
  const { survey, round } = await linkedRound(tx, link.roundId);
  // Throwing rolls the deletion back: a refused answer leaves the link as it was.
  if (!isOpen(round, now)) throw unusableLink('body.token');
  validatePulseAnswers(survey.items, answers);
  await tx.insert(pulseResponses).values({ organizationId, roundId: round.id, answers });
}

/**
 * The tokens of a round's links as they sit in the invited people's inboxes, one per person: for the demo
 * and tests, which answer as those people would, by following their own link. Empty once the round is over.
 */
export async function inboxPulseTokens(tx: Tx, roundId: string): Promise<string[]> {
  const rows = await tx
    .select({ link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.kind, 'pulse.invitation'), eq(notifications.entityId, roundId)))
    .orderBy(asc(notifications.userId));
  return rows.flatMap((r) => {
    const token = new URLSearchParams(r.link?.split('#')[1] ?? '').get('token');
    return token ? [token] : [];
  });
}

export interface RoundSummary {
  roundId: string;
  surveyId: string;
  surveyName: string;
  orgUnitId: string;
  openedAt: Date;
  closedAt: Date;
  linksIssued: number;
  items: PulseItem[];
  aggregate: PulseAggregate;
  responses: Record<string, number>[];
}

/**
 * Closed rounds of the pulses on these units, oldest first, each aggregated on its own (suppressed under
 * MIN_GROUP). Open rounds show nothing: watching results change while answers arrive would reveal them.
 */
export async function closedRoundSummaries(
  tx: Tx,
  ctx: OrgContext,
  unitIds: string[],
  filter: { surveyId?: string | undefined; from?: Date | undefined; to?: Date | undefined } = {},
): Promise<RoundSummary[]> {
  if (!unitIds.length) return [];
  const closedAt = sql<Date>`coalesce(${pulseRounds.closedAt}, ${pulseRounds.closesAt})`;
  const rounds = await tx
    .select({ round: pulseRounds, survey: pulseSurveys })
    .from(pulseRounds)
    .innerJoin(pulseSurveys, eq(pulseSurveys.id, pulseRounds.surveyId))
    .where(
      and(
        eq(pulseRounds.organizationId, ctx.organizationId),
        inArray(pulseSurveys.orgUnitId, unitIds),
        filter.surveyId ? eq(pulseSurveys.id, filter.surveyId) : undefined,
        or(isNotNull(pulseRounds.closedAt), lte(pulseRounds.closesAt, sql`now()`)),
        filter.from ? gte(closedAt, filter.from) : undefined,
        filter.to ? lte(closedAt, filter.to) : undefined,
      ),
    );
  const ids = rounds.map((r) => r.round.id);
  const responses = ids.length
    ? await tx
        .select({ roundId: pulseResponses.roundId, answers: pulseResponses.answers })
        .from(pulseResponses)
        .where(inArray(pulseResponses.roundId, ids))
    : [];
  return rounds
    .map(({ round, survey }) => {
      const own = responses.filter((r) => r.roundId === round.id).map((r) => r.answers);
      return {
        roundId: round.id,
        surveyId: survey.id,
        surveyName: survey.name,
        orgUnitId: survey.orgUnitId,
        openedAt: round.openedAt,
        closedAt: round.closedAt ?? round.closesAt,
        linksIssued: round.linksIssued,
        items: survey.items,
        aggregate: aggregatePulse(survey.items, own),
        responses: own,
      };
    })
    .sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
}

/** One survey's closed rounds and their pooled summary (rounds under MIN_GROUP left out before pooling). */
export async function pulseResults(
  tx: Tx,
  ctx: OrgContext,
  surveyId: string,
  filter: { from?: Date | undefined; to?: Date | undefined },
) {
  const survey = await getPulseSurvey(tx, ctx, surveyId);
  const rounds = await closedRoundSummaries(tx, ctx, [survey.orgUnitId], { ...filter, surveyId });
  return {
    survey,
    rounds,
    pooled: aggregatePulseGroups(
      survey.items,
      rounds.map((r) => r.responses),
    ),
  };
}

/** A unit's pulse trend: every closed round of the pulses on it and below it. */
export async function unitPulseTrend(
  tx: Tx,
  ctx: OrgContext,
  unitId: string,
  filter: { from?: Date | undefined; to?: Date | undefined },
) {
  await getOrgUnit(tx, ctx, unitId);
  return closedRoundSummaries(tx, ctx, await subtreeIds(tx, ctx, unitId), filter);
}

/** CSV of the survey's results: one line per round and item; suppressed rounds carry no figures at all. */
export function pulseResultsCsv(rounds: RoundSummary[]): string {
  const records: unknown[][] = [
    ['round_id', 'closed_at', 'item', 'respondents', 'mean', 'n1', 'n2', 'n3', 'n4', 'n5', 'status'],
  ];
  for (const r of rounds) {
    if (r.aggregate.suppressed) {
      records.push([
        r.roundId,
        r.closedAt,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'suppressed (fewer than 3 respondents)',
      ]);
      continue;
    }
    for (const item of r.aggregate.items) {
      records.push([
        r.roundId,
        r.closedAt,
        item.key,
        r.aggregate.respondents,
        item.mean.toFixed(3),
        ...item.counts,
        'shown',
      ]);
    }
  }
  return csvText(records);
}
