import { Badge, Table, Text } from '@mantine/core';
import type { EmailDelivery } from '../api/mail';
import { formatDateTime } from '../format';

const STATUS_COLORS: Record<EmailDelivery['status'], string> = {
  pending: 'yellow',
  sent: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

const KIND_LABELS: Record<EmailDelivery['kind'], string> = {
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

/** What the table shows of an e-mail: the organization's delivery log and the learning digests both fit. */
type DeliveryRow = Pick<
  EmailDelivery,
  'id' | 'recipient' | 'subject' | 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'
> & { kind?: EmailDelivery['kind'] };

/**
 * E-mails and their delivery: to whom, what, whether sent, and why one is retried, failed or cancelled (what it
 * asked for ended before it went out).
 */
export function EmailDeliveryTable({ label, items }: { label: string; items: DeliveryRow[] }) {
  const showKind = items.some((e) => e.kind !== undefined);
  return (
    <Table.ScrollContainer minWidth={showKind ? 760 : 640}>
      <Table aria-label={label} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            {showKind && <Table.Th>Kind</Table.Th>}
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th miw={110}>State</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Sent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              {showKind && (
                <Table.Td>
                  <Text size="sm">{e.kind ? KIND_LABELS[e.kind] : '—'}</Text>
                </Table.Td>
              )}
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
                  <Text size="xs" c={e.status === 'cancelled' ? 'dimmed' : 'red'}>
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
  );
}
