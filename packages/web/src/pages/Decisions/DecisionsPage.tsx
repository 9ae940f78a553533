import { Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DECISION_TYPE_LABELS } from '@trellis/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { decisionsApi, type RequestStatus } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { DecisionsHeader } from './DecisionsHeader';
import { STATUS_COLORS, TIER_COLORS } from './format';
import { NewRequestModal } from './NewRequestModal';

/** Badges in the table show their whole word rather than an ellipsis. */
const FULL_LABEL = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** Decision requests: what waits for whom, and what was decided. */
export function DecisionsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [status, setStatus] = useState<RequestStatus | 'all'>('all');
  const [creating, create] = useDisclosure();
  const requests = usePagedList(orgKey('decision-requests', status), (cursor) =>
    decisionsApi.requests({ ...(status === 'all' ? {} : { status }), ...(cursor ? { cursor } : {}) }),
  );
  return (
    <Stack gap="lg">
      <DecisionsHeader
        description="Low-risk decisions are self-serve and approved at once; medium risk waits for the Accountable approver before a deadline; high risk needs two approvers. Every decision lands in the log with its evidence."
        actions={
          can('decisions', 'contributor') && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={create.open}>
              New request
            </Button>
          )
        }
      />
      <SegmentedControl
        aria-label="Status"
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v as RequestStatus | 'all')}
        data={[
          { value: 'all', label: 'All' },
          { value: 'pending', label: 'Waiting' },
          { value: 'approved', label: 'Approved' },
          { value: 'rejected', label: 'Rejected' },
        ]}
      />
      {requests.isPending ? (
        <TableSkeleton />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => requests.refetch()} />
      ) : requests.items.length === 0 ? (
        <EmptyNote
          title="No decision requests"
          description="Ask for a decision — admit an application to a pilot, expand it to a new org unit, retire it. Its risk tier decides who must approve."
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Decision requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Request</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Risk</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Requested</Table.Th>
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text
                      component={Link}
                      to={`/decisions/requests/${r.id}`}
                      fw={500}
                      c="inherit"
                      td="underline"
                    >
                      {r.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      by {r.requester.name}
                      {r.version > 1 ? ` · version ${r.version}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{DECISION_TYPE_LABELS[r.decisionType]}</Table.Td>
                  <Table.Td>
                    <Badge color={TIER_COLORS[r.tier]} variant="light" styles={FULL_LABEL}>
                      {r.tier}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={STATUS_COLORS[r.status]} styles={FULL_LABEL}>
                        {r.status}
                      </Badge>
                      {r.escalatedAt && r.status === 'pending' && (
                        <Badge color="red" variant="outline">
                          overdue
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(r.submittedAt)}</Table.Td>
                  <Table.Td>{r.status === 'pending' ? formatDateTime(r.dueAt) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...requests} />
      <NewRequestModal opened={creating} onClose={create.close} />
    </Stack>
  );
}
