import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationRef, ownerRef, personRef } from '../../platform/db/columns';

/** Change absorption capacity: org units, the change load put on them, and pulse surveys of how they cope. */

export const orgUnitKinds = ['division', 'department', 'team'] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

/** An org unit: division → department → team; the receiving end of every rollout and change. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: orgUnitKinds }).notNull(),
    headcount: integer('headcount').notNull().default(0),
    /** Change load the unit can absorb per month; null means the default derived from headcount. */
    monthlyCapacity: doublePrecision('monthly_capacity'),
    /** Load ÷ capacity at which the unit turns amber, and red. */
    amberThreshold: doublePrecision('amber_threshold').notNull().default(0.8),
    redThreshold: doublePrecision('red_threshold').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('org_units_org_idx').on(t.organizationId, t.parentId)],
);

export const orgUnitMemberRoles = ['member', 'lead'] as const;

/** Who works in a unit: the people its "what changed" notes reach; leads hear when it turns red. */
export const orgUnitMembers = pgTable(
  'org_unit_members',
  {
    organizationId: organizationRef(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    userId: ownerRef('user_id'),
    role: text('role', { enum: orgUnitMemberRoles }).notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.userId] }), index('org_unit_members_user_idx').on(t.userId)],
);

export const changeImpactSources = ['manual', 'import', 'expansion'] as const;

/** The load one rollout step or workflow change puts on a unit (model: core/capacity/load.ts). */
export const changeImpacts = pgTable(
  'change_impacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The application / workflow whose rollout this is; checked by the service, not a foreign key,
     * because portfolio-schema already depends on this file (no import cycles). */
    applicationId: uuid('application_id'),
    workflowId: uuid('workflow_id'),
    source: text('source', { enum: changeImpactSources }).notNull(),
    /** Where an automatic impact came from (e.g. an expansion stage id). */
    sourceRef: text('source_ref'),
    /** Magnitude 0–5 per aspect. */
    aspects: jsonb('aspects').$type<Record<string, number>>().notNull(),
    /** Σ magnitudes, kept beside the aspects so load is computed without opening them. */
    points: integer('points').notNull(),
    peopleAffected: integer('people_affected').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('change_impacts_unit_idx').on(t.organizationId, t.orgUnitId, t.startDate)],
);

/** A pulse: a short check-in a unit answers every `cadenceDays`, through anonymous links. */
export const pulseSurveys = pgTable(
  'pulse_surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    items: jsonb('items').$type<Array<{ key: string; label: string }>>().notNull(),
    cadenceDays: integer('cadence_days').notNull(),
    /** A person invited to any pulse is not invited again for this many days (survey fatigue). */
    cooldownDays: integer('cooldown_days').notNull(),
    /** Whether rounds open by themselves every `cadenceDays`, each person's link going to their inbox. */
    autoRounds: boolean('auto_rounds').notNull().default(false),
    /** How long an automatic round stays open. */
    roundDays: integer('round_days').notNull().default(7),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('pulse_surveys_org_idx').on(t.organizationId, t.orgUnitId)],
);

/** One round of a pulse: its links open until `closesAt`; results show only once it is closed. */
export const pulseRounds = pgTable(
  'pulse_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => pulseSurveys.id, { onDelete: 'cascade' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    linksIssued: integer('links_issued').notNull(),
  },
  (t) => [index('pulse_rounds_survey_idx').on(t.surveyId, t.openedAt)],
);

/**
 * A one-time answer link: only the SHA-256 of its token, and no person. The row is deleted when the link
 * is used and when its round closes, so a used link and one never issued look the same, and nothing ties
 * an answer to the link (or the moment) it came through.
 */
export const pulseLinks = pgTable(
  'pulse_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => pulseRounds.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
  },
  (t) => [uniqueIndex('pulse_links_token_key').on(t.tokenHash), index('pulse_links_round_idx').on(t.roundId)],
);

/**
 * An answer: no person, no link, no time (its id is random, so no order either), so it cannot be traced
 * back to whoever gave it. Only people invited to the round hold a link, one each.
 */
export const pulseResponses = pgTable(
  'pulse_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => pulseRounds.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
  },
  (t) => [index('pulse_responses_round_idx').on(t.roundId)],
);

/** When each person was last invited to a pulse (the fatigue cooldown), kept apart from links. */
export const pulseInvitations = pgTable(
  'pulse_invitations',
  {
    organizationId: organizationRef(),
    userId: ownerRef('user_id'),
    lastInvitedAt: timestamp('last_invited_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);

/** A "what changed" note a workflow change publishes to the people of a unit. */
export const changeNotes = pgTable(
  'change_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: organizationRef(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    changeImpactId: uuid('change_impact_id').references(() => changeImpacts.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdBy: personRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('change_notes_unit_idx').on(t.organizationId, t.orgUnitId, t.createdAt)],
);

/** Who a note went to and when they acknowledged it. */
export const changeNoteRecipients = pgTable(
  'change_note_recipients',
  {
    organizationId: organizationRef(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => changeNotes.id, { onDelete: 'cascade' }),
    userId: ownerRef('user_id'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.noteId, t.userId] }),
    index('change_note_recipients_user_idx').on(t.userId),
  ],
);
