import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, type Session } from '../api';

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
