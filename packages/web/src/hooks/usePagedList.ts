import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

/** What every cursor-paged list of the API answers (`Reply<'listMembers'>` and the like). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor-paged list's query: every page's items, the next cursor from the last page (also for prefetch). */
export const pagedQuery = <T>(queryKey: unknown[], fetchPage: (cursor?: string) => Promise<Page<T>>) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
  });

/** A cursor-paged list: every loaded item, and a way to load the next page. */
export function usePagedList<T>(
  queryKey: unknown[],
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  options: {
    enabled?: boolean;
    /** Poll while this returns a number of milliseconds, given every item loaded so far. */
    refetchInterval?: (items: T[]) => number | false;
  } = {},
) {
  const query = useInfiniteQuery({
    ...pagedQuery(queryKey, fetchPage),
    enabled: options.enabled ?? true,
    refetchInterval: (query: { state: { data?: { pages: Page<T>[] } } }) =>
      options.refetchInterval?.(query.state.data?.pages.flatMap((page) => page.items) ?? []) ?? false,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
