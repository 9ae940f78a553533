/** Custom roles: permission sets per capability and action, and giving them to members. */

import type { Body, Role, Schemas } from '../api';
import { request } from '../api';

export type CustomRole = Schemas['CustomRole'];
export type RoleCatalog = Schemas['RoleCatalog'];
export type CustomRoleInput = Body<'createRole'>;

export const rolesApi = {
  catalog: () => request<RoleCatalog>('GET', '/roles'),
  create: (body: CustomRoleInput) => request<CustomRole>('POST', '/roles', { body }),
  update: (id: string, body: Partial<CustomRoleInput>) =>
    request<CustomRole>('PATCH', `/roles/${encodeURIComponent(id)}`, { body }),
  remove: (id: string) => request<void>('DELETE', `/roles/${encodeURIComponent(id)}`),
  assign: (userId: string, customRoleId: string | null) =>
    request<{ userId: string; role: Role; customRole: { id: string; name: string } | null }>(
      'PUT',
      `/members/${encodeURIComponent(userId)}/custom-role`,
      { body: { customRoleId } },
    ),
};

export const CAPABILITY_LABELS: Record<string, string> = {
  portfolio: 'Portfolio',
  decisions: 'Decisions',
  quality: 'Quality',
  evidence: 'Evidence',
  core_review: 'Sustainable core',
  capacity: 'Change capacity',
  sequencing: 'Sequencing',
  learning: 'Learning',
  diagnostic: 'Diagnostic',
  settings: 'Settings and administration',
};

/** Each action is what one rung of the built-in ladder may do (viewer reads … admin administers). */
export const ACTION_LABELS: Record<string, { label: string; hint: string }> = {
  read: { label: 'Read', hint: 'what a viewer may do' },
  write: { label: 'Contribute', hint: 'what a contributor may add' },
  review: { label: 'Review', hint: 'what a reviewer may do' },
  approve: { label: 'Approve', hint: 'decide and manage, as a lead' },
  admin: { label: 'Administer', hint: 'as an admin' },
};
