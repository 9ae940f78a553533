import { ActionIcon, Badge, ScrollArea, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type EvidenceMetric, evidenceApi } from '../../api/evidence';
import { Icon } from '../../components/Icon';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';

/** A metric's measurements by day; leads can delete one entered by mistake (the audit log keeps it). */
export function EvidenceMeasurementsTable({
  metric,
  canDelete,
}: {
  metric: EvidenceMetric;
  canDelete: boolean;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const key = orgKey('evidence', metric.applicationId, 'measurements', metric.id);
  const query = useQuery({ queryKey: key, queryFn: () => evidenceApi.measurements(metric.id) });
  const remove = useMutation({
    mutationFn: (id: string) => evidenceApi.deleteMeasurement(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('evidence', metric.applicationId) }),
    onError: (error) => notifications.show({ color: 'red', title: 'Not deleted', message: String(error) }),
  });
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data?.items ?? [];
  if (query.isPending) return <Text size="sm">Loading measurements…</Text>;
  if (!items.length)
    return (
      <Text size="sm" c="dimmed">
        No measurements yet.
      </Text>
    );
  const value = (v: number, total: number | null) =>
    metric.kind === 'proportion' ? `${v} of ${total ?? 1}` : `${v}${metric.unit ? ` ${metric.unit}` : ''}`;
  return (
    <ScrollArea.Autosize mah={320}>
      <Table striped highlightOnHover stickyHeader aria-label={`Measurements of ${metric.name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Day</Table.Th>
            <Table.Th>Window</Table.Th>
            <Table.Th>Group</Table.Th>
            <Table.Th ta="right">Value</Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th>Source</Table.Th>
            {canDelete && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.measuredOn}</Table.Td>
              <Table.Td>{m.window}</Table.Td>
              <Table.Td>
                {m.group === 'comparison' ? (
                  <Badge variant="light" color="grape">
                    comparison
                  </Badge>
                ) : (
                  'pilot'
                )}
              </Table.Td>
              <Table.Td ta="right">{value(m.value, m.total)}</Table.Td>
              <Table.Td>{m.note}</Table.Td>
              <Table.Td c="dimmed">{m.source}</Table.Td>
              {canDelete && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete the measurement of ${m.measuredOn}`}
                    loading={remove.isPending && remove.variables === m.id}
                    onClick={() => remove.mutate(m.id)}
                  >
                    <Icon name="trash" />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
