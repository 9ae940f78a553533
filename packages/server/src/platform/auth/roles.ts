import { type Role, roles } from '../db/tenancy-schema';

const rank: Record<Role, number> = { owner: 5, admin: 4, lead: 3, reviewer: 2, contributor: 1, viewer: 0 };

/** Built-in roles form a ladder: each can do what the ones below it can. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}

export { type Role, roles };
