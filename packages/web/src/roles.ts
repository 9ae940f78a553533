import { ACTION_OF_ROLE, type AccessArea } from '@trellis/core';
import type { Membership, Role } from './api';
import { ROLES } from './api';

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  lead: 'Lead',
  reviewer: 'Reviewer',
  contributor: 'Contributor',
  viewer: 'Viewer',
};

export const ROLE_COLORS: Record<Role, string> = {
  owner: 'grape',
  admin: 'indigo',
  lead: 'blue',
  reviewer: 'teal',
  contributor: 'green',
  viewer: 'gray',
};

/** Role options for a Select; only an owner may grant the owner role, and API tokens never get it. */
export function roleOptions(
  myRole: Role | undefined,
  options: { forToken?: boolean } = {},
): { value: Role; label: string; disabled?: boolean }[] {
  return ROLES.filter((role) => !(options.forToken && role === 'owner')).map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
    disabled: role === 'owner' && myRole !== 'owner',
  }));
}

/** A Select value naming a custom role instead of a built-in one. */
export const CUSTOM_PREFIX = 'custom:';

/** Grouped Select data: the built-in roles, then the organization's custom roles (values `custom:<id>`). */
export function roleSelectData(
  builtIn: { value: Role; label: string; disabled?: boolean }[],
  custom: { id: string; name: string }[],
) {
  return [
    { group: 'Built-in roles', items: builtIn },
    ...(custom.length
      ? [
          {
            group: 'Custom roles',
            items: custom.map((r) => ({ value: `${CUSTOM_PREFIX}${r.id}`, label: r.name })),
          },
        ]
      : []),
  ];
}

/** Whether `role` is at least `minimum` in the organization's ladder (owner highest, viewer lowest). */
export function hasRole(role: Role | undefined, minimum: Role): boolean {
  return role !== undefined && ROLES.indexOf(role) <= ROLES.indexOf(minimum);
}

/** The areas a custom role grants permissions in (`<area>.<action>`). */
export type Area = AccessArea;

/**
 * Whether the member may do, in `capability`, what the API allows from the built-in role `minimum` up: a
 * built-in role by the ladder, a custom role by its permission `<capability>.<action>` (owner-only
 * actions stay with owners), so the page offers exactly what the server will accept.
 */
export function permits(membership: Membership, capability: Area, minimum: Role): boolean {
  const custom = membership.customRole;
  if (!custom) return hasRole(membership.role, minimum);
  if (minimum === 'owner') return false;
  return custom.permissions.includes(`${capability}.${ACTION_OF_ROLE[minimum]}`);
}
