import { useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '../api';

/** A cursor-paged list: every loaded item, and a way to load the next page. */
export function usePagedList<T>(
  queryKey: unknown[],
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  options: { enabled?: boolean } = {},
) {
  const query = useInfiniteQuery({
    queryKey,
    enabled: options.enabled ?? true,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
