import { bigint, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Rate-limit windows shared by every server process: how much of a key's per-window allowance the
 * processes have taken (`services/rate-limits.ts`). A key names the limited party (an API token, a person
 * in an organization, an organization); `window_index` is the window's start ÷ its length. Only the
 * current window of a key is kept. No organization column: read and written in the system scope only.
 */
export const rateLimitWindows = pgTable(
  'rate_limit_windows',
  {
    key: text('key').notNull(),
    windowIndex: bigint('window_index', { mode: 'number' }).notNull(),
    used: integer('used').notNull(),
    /** What the latest statement granted, so that statement can return it. */
    lastGrant: integer('last_grant').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowIndex] })],
);
