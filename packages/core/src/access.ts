/**
 * The vocabulary of permissions, shared by the server (which enforces it) and the web app (which offers
 * only what it allows). A permission is `<area>.<action>`; a custom role is any set of them; a built-in
 * role's minimum on a route stands for one action.
 */
import type { BUILT_IN_ROLES } from './vocabularies';
export const ACCESS_AREAS = [
  'portfolio',
  'decisions',
  'quality',
  'evidence',
  'core_review',
  'capacity',
  'sequencing',
  'learning',
  'diagnostic',
  'settings',
] as const;
export type AccessArea = (typeof ACCESS_AREAS)[number];

export const ACCESS_ACTIONS = ['read', 'write', 'review', 'approve', 'admin'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** The action a route's minimum built-in role stands for (owner-only checks live beside the routes). */
export const ACTION_OF_ROLE: Record<BuiltInRole, AccessAction> = {
  viewer: 'read',
  contributor: 'write',
  reviewer: 'review',
  lead: 'approve',
  admin: 'admin',
  owner: 'admin',
};
