import { createContext, useContext } from 'react';
import type { Membership, Role, Session } from '../api';
import type { Area } from '../roles';

export interface OrganizationContextValue {
  session: Session;
  membership: Membership;
  organizationId: string;
  role: Role;
  /** Whether the member may act in `area` as the built-in role `minimum` could (custom roles too). */
  can: (area: Area, minimum: Role) => boolean;
  switchOrganization: (id: string) => void;
}

export const OrganizationContext = createContext<OrganizationContextValue | null>(null);

/** The signed-in user's current organization and role; only inside the signed-in shell. */
export function useOrganization(): OrganizationContextValue {
  const value = useContext(OrganizationContext);
  if (!value) throw new Error('useOrganization must be used inside <RequireSession>');
  return value;
}

/** Query keys scoped to the current organization, so switching organizations never shows stale data. */
export function useOrgKey() {
  const { organizationId } = useOrganization();
  return (...parts: unknown[]) => ['org', organizationId, ...parts];
}
