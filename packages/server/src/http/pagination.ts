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

/** Decodes a cursor made by `encodeCursor` with `arity` values; anything else is the client's error. */
export function decodeCursor<T extends Array<string | number>>(
  cursor: string | undefined,
  arity: number,
): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as T;
    }
  } catch {
    // fall through to the error below
  }
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
