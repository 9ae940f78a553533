import { Button, Group } from '@mantine/core';

/** "Load more" under a cursor-paged list; renders nothing on the last page. */
export function LoadMore(props: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}) {
  if (!props.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button variant="light" onClick={() => props.fetchNextPage()} loading={props.isFetchingNextPage}>
        Load more
      </Button>
    </Group>
  );
}
