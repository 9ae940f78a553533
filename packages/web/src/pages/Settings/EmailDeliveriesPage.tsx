import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import type { EmailDelivery } from '../../api/mail';
import { mailApi } from '../../api/mail';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

const STATUS_COLORS: Record<EmailDelivery['status'], string> = {
  pending: 'yellow',
  sent: 'teal',
  failed: 'red',
};

export const KIND_LABELS: Record<EmailDelivery['kind'], string> = {
  digest: 'Learning digest',
  pulse: 'Pulse link',
  password_reset: 'Password reset',
  account_notice: 'Account notice',
  invitation: 'Invitation',
  decision_request: 'Decision request',
  decision_reminder: 'Decision reminder',
  decision_escalation: 'Escalation',
  drift_alarm: 'Drift alarm',
  gate_decision: 'Gate decision',
};

/** For admins: every e-mail of the organization, whether it was sent, and why one is retried or failed. */
export function EmailDeliveriesPage() {
  const orgKey = useOrgKey();
  const list = usePagedList(orgKey('mail-deliveries'), mailApi.deliveries);
  return (
    <Stack>
      <PageHeader
        title="E-mail delivery"
        description="The organization's e-mails, newest first: what was sent to whom, and what is being retried. Bodies and links are never shown."
      />
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      <Paper withBorder p="md">
        {!list.isPending && list.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No e-mail yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="E-mail deliveries" verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th miw={110}>State</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Sent</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Text size="sm">{KIND_LABELS[e.kind]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.recipient.name ?? e.recipient.email}</Text>
                      {e.recipient.name && (
                        <Text size="xs" c="dimmed">
                          {e.recipient.email}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.subject}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[e.status]} variant="light" style={{ overflow: 'visible' }}>
                        {e.status}
                      </Badge>
                      {e.status === 'pending' && e.attempts > 0 && (
                        <Text size="xs" c="dimmed">
                          next try {formatDateTime(e.nextAttemptAt)}
                        </Text>
                      )}
                      {e.lastError && (
                        <Text size="xs" c="red">
                          {e.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{e.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.sentAt ? formatDateTime(e.sentAt) : '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore {...list} />
      </Paper>
    </Stack>
  );
}
