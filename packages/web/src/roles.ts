import type { Role } from './api';
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

/** Members, invitations, tokens and the audit log are managed by admins and owners. */
export function canManageOrganization(role: Role | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

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

/** Whether `role` is at least `minimum` in the organization's ladder (owner highest, viewer lowest). */
export function hasRole(role: Role | undefined, minimum: Role): boolean {
  return role !== undefined && ROLES.indexOf(role) <= ROLES.indexOf(minimum);
}
