import {
  aggregatePulse,
  aggregatePulseGroups,
  defaultPulseItems,
  type PulseAggregate,
  type PulseItem,
  validatePulseAnswers,
} from '@trellis/core';
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { hashSecret, newSecret } from '../auth/secrets';
import {
  orgUnits,
  pulseInvitations,
  pulseLinks,
  pulseResponses,
  pulseRounds,
  pulseSurveys,
} from '../db/capacity-schema';
import type { Tx } from '../db/types';
import { csvText } from '../http/csv';
import { conflict, fieldError, HttpProblem, notFound } from '../http/problem';
import { recordAudit } from './audit';
import { asFieldError } from './errors';
import { getOrgUnit, subtreeIds, unitMemberIds } from './org-units';

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

/**
 * Opens a round: one link per person of the unit (and units below) not invited to any pulse within the
 * survey's cooldown, plus `extraLinks` for people without an account. The tokens are in this answer only;
 * links record no person, and responses record neither link nor time.
 */
export async function startPulseRound(
  tx: Tx,
  ctx: OrgContext,
  surveyId: string,
  input: { extraLinks: number; closesInDays: number; now: Date },
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
          ),
        )
    : [];
  for (const r of recent) people.delete(r.userId);
  const count = people.size + input.extraLinks;
  if (count === 0) {
    throw fieldError(
      'body.extraLinks',
      'Everyone in the unit was asked recently (cooldown): add links for others.',
    );
  }
  if (count > MAX_LINKS) throw fieldError('body.extraLinks', `At most ${MAX_LINKS} links per round.`);
  const [round] = await tx
    .insert(pulseRounds)
    .values({
      organizationId: ctx.organizationId,
      surveyId,
      openedAt: input.now,
      closesAt: new Date(input.now.getTime() + input.closesInDays * DAY_MS),
      linksIssued: count,
    })
    .returning();
  const tokens = Array.from({ length: count }, () => newSecret());
  await tx.insert(pulseLinks).values(
    tokens.map((t) => ({
      organizationId: ctx.organizationId,
      roundId: round!.id,
      tokenHash: hashSecret(t),
    })),
  );
  if (people.size) {
    await tx
      .insert(pulseInvitations)
      .values(
        [...people].map((userId) => ({
          organizationId: ctx.organizationId,
          userId,
          lastInvitedAt: input.now,
        })),
      )
      .onConflictDoUpdate({
        target: [pulseInvitations.organizationId, pulseInvitations.userId],
        set: { lastInvitedAt: input.now },
      });
  }
  await recordAudit(tx, ctx, {
    action: 'pulse_round.opened',
    entityType: 'pulse_survey',
    entityId: surveyId,
    after: { roundId: round!.id, linksIssued: count, closesAt: round!.closesAt.toISOString() },
  });
  // `invited` says who was asked, never which link went to whom: any link fits any of them.
  return { round: round!, tokens, invited: [...people], skippedForCooldown: recent.length };
}

export async function closePulseRound(tx: Tx, ctx: OrgContext, roundId: string, now: Date) {
  const [round] = await tx
    .select()
    .from(pulseRounds)
    .where(and(eq(pulseRounds.organizationId, ctx.organizationId), eq(pulseRounds.id, roundId)));
  if (!round) throw notFound('The pulse round');
  if (round.closedAt || round.closesAt <= now) throw conflict('This round is already closed.');
  const [row] = await tx
    .update(pulseRounds)
    .set({ closedAt: now })
    .where(eq(pulseRounds.id, roundId))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'pulse_round.closed',
    entityType: 'pulse_survey',
    entityId: round.surveyId,
    after: { roundId },
  });
  return row!;
}

/** The organization a pulse link belongs to (system scope: the respondent has no account). */
export async function organizationOfPulseToken(tx: Tx, token: string, field: string): Promise<string> {
  const [row] = await tx
    .select({ organizationId: pulseLinks.organizationId })
    .from(pulseLinks)
    .where(eq(pulseLinks.tokenHash, hashSecret(token)));
  if (!row) throw fieldError(field, 'This pulse link is not valid.');
  return row.organizationId;
}

async function openLink(tx: Tx, token: string, now: Date, lock: boolean) {
  const query = tx
    .select({ link: pulseLinks, round: pulseRounds, survey: pulseSurveys, unitName: orgUnits.name })
    .from(pulseLinks)
    .innerJoin(pulseRounds, eq(pulseRounds.id, pulseLinks.roundId))
    .innerJoin(pulseSurveys, eq(pulseSurveys.id, pulseRounds.surveyId))
    .innerJoin(orgUnits, eq(orgUnits.id, pulseSurveys.orgUnitId))
    .where(eq(pulseLinks.tokenHash, hashSecret(token)));
  const [row] = lock ? await query.for('update', { of: pulseLinks }) : await query;
  if (!row) throw fieldError('token', 'This pulse link is not valid.');
  if (row.link.usedAt) throw conflict('This link has already been used to answer.');
  if (row.round.closedAt || row.round.closesAt <= now) {
    throw new HttpProblem(409, 'conflict', 'This pulse round is closed.');
  }
  return row;
}

/** What a link asks: the survey's items, for the public answer page. */
export async function pulseForm(tx: Tx, token: string, now: Date) {
  const { survey, unitName, round } = await openLink(tx, token, now, false);
  return { surveyName: survey.name, unitName, items: survey.items, closesAt: round.closesAt };
}

/** Stores one anonymous answer and spends the link, in one transaction; a second answer is a 409. */
export async function answerPulse(
  tx: Tx,
  organizationId: string,
  token: string,
  answers: Record<string, number>,
  now: Date,
) {
  const { link, survey, round } = await openLink(tx, token, now, true);
  try {
    validatePulseAnswers(survey.items, answers);
  } catch (error) {
    asFieldError(error);
  }
  await tx.update(pulseLinks).set({ usedAt: now }).where(eq(pulseLinks.id, link.id));
  await tx.insert(pulseResponses).values({ organizationId, roundId: round.id, answers });
  await recordAudit(
    tx,
    { organizationId, actor: { type: 'system', id: null, name: 'anonymous respondent' } },
    {
      action: 'pulse_round.answered',
      entityType: 'pulse_survey',
      entityId: survey.id,
      after: { roundId: round.id },
    },
  );
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
