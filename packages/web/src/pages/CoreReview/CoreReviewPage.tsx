import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type CoreReviewStatus, coreReviewApi } from '../../api/core-review';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';

function ReviewBadge({ s }: { s: CoreReviewStatus }) {
  if (s.packageVersion !== null)
    return s.packageCurrent ? (
      <Badge color="teal" variant="light">
        Done · package v{s.packageVersion}
      </Badge>
    ) : (
      <Badge color="orange" variant="light">
        Package v{s.packageVersion} out of date
      </Badge>
    );
  if (s.elements > 0)
    return (
      <Badge color="blue" variant="light">
        In review · {s.placed}/{s.elements} placed
      </Badge>
    );
  return (
    <Badge color="gray" variant="light">
      Not started
    </Badge>
  );
}

/** Every application with how far its sustainable-core review has come. */
export function CoreReviewPage() {
  const orgKey = useOrgKey();
  const statuses = useQuery({ queryKey: orgKey('core-review'), queryFn: coreReviewApi.statuses });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Sustainable core"
        description="Which parts of a pilot carry forward, and which only worked because it was a pilot? Write the pilot's retrospective, place its elements on the 2×2 board and generate the scaling package an expansion gate checks."
      />
      {statuses.isPending ? (
        <TableSkeleton />
      ) : statuses.isError ? (
        <QueryError error={statuses.error} onRetry={() => statuses.refetch()} />
      ) : statuses.data.items.length === 0 ? (
        <EmptyNote
          title="No applications yet"
          description="Register an application in the portfolio; its pilot can then be reviewed here."
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label="Applications and their core reviews">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Retrospective</Table.Th>
                <Table.Th>Core review</Table.Th>
                <Table.Th>Last package</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statuses.data.items.map((s) => (
                <Table.Tr key={s.applicationId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/core-review/${s.applicationId}`} fw={600}>
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" tt="capitalize">
                      {s.stage}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/portfolio/${s.applicationId}/retrospective`} size="sm">
                        {s.retrospectiveVersion ? `Version ${s.retrospectiveVersion}` : 'Write it'}
                      </Anchor>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <ReviewBadge s={s} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.packageAt ? formatDate(s.packageAt) : '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
