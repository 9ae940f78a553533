import type { Tier } from '@trellis/core';
import type { RequestStatus } from '../../api/decisions';

export const TIER_COLORS: Record<Tier, string> = { low: 'teal', medium: 'yellow', high: 'red' };
export const STATUS_COLORS: Record<RequestStatus, string> = {
  pending: 'blue',
  approved: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};
export const ROLE_LABELS: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  lead: 'Lead',
  reviewer: 'Reviewer',
  contributor: 'Contributor',
  viewer: 'Viewer',
};
export const score = (x: number) => x.toFixed(2);
export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const hours = (h: number | null) =>
  h === null
    ? '—'
    : h < 1
      ? `${Math.round(h * 60)} min`
      : h < 48
        ? `${h.toFixed(1)} h`
        : `${(h / 24).toFixed(1)} d`;
