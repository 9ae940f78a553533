import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { learningApi } from '../../api/learning';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { LearningNav } from './LearningNav';
import { words } from './parts';

/** Each live application's feedback loops, their last activity, and which have gone quiet. */
export function LoopsPage() {
  const orgKey = useOrgKey();
  const loops = useQuery({ queryKey: orgKey('learning-loops'), queryFn: learningApi.loops });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Feedback loops"
        description="End-user feedback, reviews, pulse and experiments keep an application learning. A loop quiet for longer than its expected cadence alerts the application's owner."
      />
      <LearningNav />
      {loops.isPending ? (
        <PageSkeleton />
      ) : loops.isError ? (
        <QueryError error={loops.error} onRetry={() => loops.refetch()} />
      ) : loops.data.items.length === 0 ? (
        <EmptyNote
          title="No live applications"
          description="Applications in pilot, expanding or scaled, or running experiments, show their loops here."
        />
      ) : (
        loops.data.items.map(({ application, loops: rows }) => (
          <Paper key={application.id} withBorder p="lg">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {application.name}{' '}
                <Text span c="dimmed" size="sm">
                  ({application.stage})
                </Text>
              </Title>
              <Table aria-label={`Loops of ${application.name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Loop</Table.Th>
                    <Table.Th>Last activity</Table.Th>
                    <Table.Th>Expected every</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((l) => (
                    <Table.Tr key={l.loop}>
                      <Table.Td>{words(l.loop)}</Table.Td>
                      <Table.Td>{l.lastActivityAt ? formatDate(l.lastActivityAt) : 'never'}</Table.Td>
                      <Table.Td>{countNoun(l.cadenceDays, 'day')}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={l.status === 'quiet' ? 'red' : l.lastActivityAt ? 'teal' : 'gray'}
                          variant="light"
                        >
                          {l.status === 'quiet'
                            ? l.alerted
                              ? 'quiet · owner alerted'
                              : 'quiet'
                            : l.lastActivityAt
                              ? 'active'
                              : 'not due yet'}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
        ))
      )}
    </Stack>
  );
}
