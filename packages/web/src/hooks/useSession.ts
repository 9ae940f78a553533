import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, type Session, setCsrfToken } from '../api';

export const SESSION_KEY = ['session'] as const;

/** The signed-in user (null when signed out). */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: api.session, staleTime: 60_000 });
}

/** Puts a session returned by setup, sign-in or invitation acceptance into the cache. */
export function useSetSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (session: Session | null) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, session);
    },
    [queryClient],
  );
}

/**
 * The session for the first render: the answer to the request the boot script (packages/web/boot-script.ts)
 * started before the app's code had arrived, taken once; `api.session()` when there is none (dev server,
 * tests) or it did not answer 200, 204 or 401 (its error then comes from the ordinary request).
 */
export async function bootSession(): Promise<Session | null> {
  const boot = (window as { __trellisBoot?: { session?: Promise<Response>; dataStarted?: Promise<void> } })
    .__trellisBoot;
  const early = boot?.session;
  if (boot) boot.session = undefined;
  const response = await early?.catch(() => undefined);
  // The boot script reads the same answer to start the first page's data: once it has, the page's own
  // requests find those in flight (api.ts) instead of racing it and asking twice.
  await boot?.dataStarted?.catch(() => undefined);
  if (response?.status === 200) {
    const session = (await response.json()) as Session;
    setCsrfToken(session.csrfToken);
    return session;
  }
  if (response?.status === 204 || response?.status === 401) {
    setCsrfToken(null);
    return null;
  }
  return api.session();
}
