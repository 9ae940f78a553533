import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { capacityApi } from '../../api/capacity';
import { EmptyNote } from '../../components/EmptyNote';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { ChangeModal } from './ChangeModal';
import { ASPECT_LABEL } from './format';
import { useOrgUnits } from './UnitsPanel';

export function ChangesPanel({ canLead }: { canLead: boolean }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const impacts = useQuery({
    queryKey: orgKey('capacity', 'impacts'),
    queryFn: () => capacityApi.changeImpacts(),
  });
  const [adding, add] = useDisclosure();
  if (impacts.isPending || units.isPending) return <TableSkeleton />;
  if (impacts.isError) return <QueryError error={impacts.error} />;
  if (units.isError) return <QueryError error={units.error} />;
  const names = new Map(units.data.map((u) => [u.id, u.name]));
  return (
    <Stack gap="md">
      <Group>
        <Button onClick={add.open} disabled={units.data.length === 0}>
          {canLead ? 'Add a change' : 'Check saturation'}
        </Button>
      </Group>
      {impacts.data.items.length === 0 ? (
        <EmptyNote
          title="No changes recorded"
          description="Add the changes each rollout puts on a unit: what changes, how much, for how many people, when."
        />
      ) : (
        <Paper withBorder>
          <Table aria-label="Changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change</Table.Th>
                <Table.Th>Unit</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th ta="right">Points × people</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {impacts.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm" fw={500}>
                        {i.title}
                      </Text>
                      {i.source !== 'manual' && (
                        <Badge size="xs" variant="light">
                          {i.source}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {Object.entries(i.aspects)
                        .map(([a, m]) => `${ASPECT_LABEL[a] ?? a} ${m}`)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{names.get(i.orgUnitId)}</Table.Td>
                  <Table.Td>
                    {i.startDate} → {i.endDate}
                  </Table.Td>
                  <Table.Td ta="right">
                    {i.points} × {i.peopleAffected}
                  </Table.Td>
                  <Table.Td ta="right">
                    {canLead && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${i.title}`}
                        onClick={async () => {
                          await capacityApi.deleteChangeImpact(i.id);
                          await queryClient.invalidateQueries({ queryKey: orgKey('capacity') });
                        }}
                      >
                        Remove
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <ChangeModal opened={adding} onClose={add.close} units={units.data} canLead={canLead} />
    </Stack>
  );
}
