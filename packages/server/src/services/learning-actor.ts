import type { OrgContext } from '../auth/request-auth';

/** The person behind a change, or null when an API token or the system made it. */
export const actingPerson = (ctx: OrgContext): string | null =>
  ctx.actor.type === 'user' ? ctx.actor.id : null;
