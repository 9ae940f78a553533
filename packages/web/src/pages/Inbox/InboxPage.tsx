import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { learningApi, type Notification } from '../../api/learning';
import { EmptyNote } from '../../components/EmptyNote';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

function Item({ note, onRead }: { note: Notification; onRead: (id: string) => void }) {
  const unread = note.readAt === null;
  return (
    <Paper withBorder p="md" data-testid="notification" data-unread={unread}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={unread ? 700 : 500}>
            {note.link ? (
              <Anchor component={Link} to={note.link} onClick={() => unread && onRead(note.id)} inherit>
                {note.title}
              </Anchor>
            ) : (
              note.title
            )}
          </Text>
          {note.body && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {note.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(note.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="subtle"
            style={{ flexShrink: 0 }}
            onClick={() => onRead(note.id)}
            aria-label={`Mark “${note.title}” read`}
          >
            Mark read
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** The signed-in person's notifications: digests, alerts, proposals to decide. */
export function InboxPage() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const list = usePagedList(orgKey('notifications'), learningApi.notifications);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orgKey('notifications') }),
      queryClient.invalidateQueries({ queryKey: orgKey('unread-count') }),
    ]);
  const read = useMutation({ mutationFn: learningApi.markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: learningApi.markAllRead, onSuccess: refresh });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Inbox"
        description="Digests of what the things you follow taught, alerts, and decisions waiting for you."
        actions={
          <Button variant="default" onClick={() => readAll.mutate()} loading={readAll.isPending}>
            Mark all read
          </Button>
        }
      />
      {list.isPending ? (
        <TableSkeleton />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : list.items.length === 0 ? (
        <EmptyNote
          title="Nothing here yet"
          description="Follow tags or applications in Learning to get a weekly digest."
        />
      ) : (
        <Stack gap="xs">
          {list.items.map((note) => (
            <Item key={note.id} note={note} onRead={(id) => read.mutate(id)} />
          ))}
          <LoadMore {...list} />
        </Stack>
      )}
    </Stack>
  );
}
