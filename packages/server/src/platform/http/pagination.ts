import { z } from 'zod';
import { fieldError } from './problem';

/** Every list takes `limit` and an opaque `cursor`, and answers `{ items, nextCursor }`. */
export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The cursor of a list ordered by (created at, id) and of one ordered by a numeric id. */
export const TimeIdCursor = z.tuple([z.iso.datetime(), z.uuid()]);
/** The cursor of a list ordered by an internal key: the public id (db/public-id.ts) of the last row seen. */
export const PublicIdCursor = z.tuple([z.uuid()]);

/**
 * Decodes a cursor made by `encodeCursor` and checks it has the list's `shape`, so a forged one is the
 * client's error (400) rather than a database error.
 */
export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  shape: T,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const parsed = shape.safeParse(values);
  if (parsed.success) return parsed.data;
  throw fieldError('query.cursor', 'is not a cursor this list returned');
}

/** Builds the page answer: one row beyond `limit` was fetched to know whether more exist. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  cursorOf: (row: Row) => Array<string | number>,
) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
