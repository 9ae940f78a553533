import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, type ReactNode, useCallback, useMemo, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getOrganizationId, setOrganizationHeader, setOrganizationId } from '../api';
import { OrganizationContext, type OrganizationContextValue } from '../hooks/useOrganization';
import { useSession } from '../hooks/useSession';
import { permits } from '../roles';
import { chooseMembership } from '../routes-data';
import { QueryError } from './QueryError';

/** Rare (a member of no organization): its code loads only when it is shown. */
const NoOrganizationPage = lazy(() =>
  import('../pages/Home/NoOrganizationPage').then((m) => ({ default: m.NoOrganizationPage })),
);

/** Renders children only when signed in, inside the context of the current organization. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [chosenId, setChosenId] = useState<string | null>(getOrganizationId);

  const switchOrganization = useCallback(
    (id: string) => {
      setOrganizationId(id);
      setChosenId(id);
      queryClient.invalidateQueries({ queryKey: ['org'] });
    },
    [queryClient],
  );

  const value = useMemo<OrganizationContextValue | null>(() => {
    const data = session.data;
    if (!data) return null;
    const membership = chooseMembership(data, chosenId);
    if (!membership) return null;
    // The API client reads the organization header from here; keep it in step with what we render.
    if (getOrganizationId() !== membership.organization.id) setOrganizationHeader(membership.organization.id);
    return {
      session: data,
      membership,
      organizationId: membership.organization.id,
      role: membership.role,
      can: (capability, minimum) => permits(membership, capability, minimum),
      switchOrganization,
    };
  }, [session.data, chosenId, switchOrganization]);

  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading your session" />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center h="100vh" p="md">
        <QueryError error={session.error} onRetry={() => session.refetch()} />
      </Center>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (!value) return <NoOrganizationPage />;
  return <OrganizationContext.Provider value={value}>{children}</OrganizationContext.Provider>;
}
