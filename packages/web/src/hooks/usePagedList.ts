import { useInfiniteQuery } from '@tanstack/react-query';

/** What every cursor-paged list of the API answers (`Reply<'listMembers'>` and the like). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

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
    queryKey,
    enabled: options.enabled ?? true,
    refetchInterval: (query: { state: { data?: { pages: Page<T>[] } } }) =>
      options.refetchInterval?.(query.state.data?.pages.flatMap((page) => page.items) ?? []) ?? false,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
