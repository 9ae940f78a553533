import { z } from 'zod';
import { Timestamp } from '../../../platform/http/schemas';

/** How an output whose content the retention job dropped is described, instead of an empty body. */
export const ContentRemoved = z
  .object({
    at: Timestamp,
    afterDays: z.number().int(),
    message: z.string(),
  })
  .nullable()
  .describe(
    "Set when the content, link and metadata were removed by the organization's retention setting (services/retention.ts); null otherwise",
  )
  .meta({ id: 'ContentRemoved' });

export function contentRemovedMessage(days: number) {
  return `Content removed after ${days} ${days === 1 ? 'day' : 'days'} by the organization's retention setting.`;
}

export function presentContentRemoved(row: {
  contentPurgedAt: Date | null;
  contentPurgedAfterDays: number | null;
}) {
  if (!row.contentPurgedAt) return null;
  const days = row.contentPurgedAfterDays ?? 0;
  return { at: row.contentPurgedAt.toISOString(), afterDays: days, message: contentRemovedMessage(days) };
}
