import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { capacityApi, type OrgUnit } from '../../api/capacity';
import { EmptyNote } from '../../components/EmptyNote';
import { lazyModal } from '../../components/lazy-modal';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { treeOrder } from './format';

// The forms load the first time one opens: the panel's first paint needs only its table.
const UnitModal = lazyModal(() => import('./UnitModal').then((m) => m.UnitModal));
const UnitPeopleModal = lazyModal(() => import('./UnitPeopleModal').then((m) => m.UnitPeopleModal));
const ConfirmModal = lazyModal(() => import('../../components/ConfirmModal').then((m) => m.ConfirmModal));

export function useOrgUnits() {
  const orgKey = useOrgKey();
  return useQuery(pageQueries.orgUnits(orgKey));
}

export function UnitsPanel({ canLead }: { canLead: boolean }) {
  const units = useOrgUnits();
  const [creating, create] = useDisclosure();
  const [editing, setEditing] = useState<OrgUnit | null>(null);
  const [people, setPeople] = useState<OrgUnit | null>(null);
  const [deleting, setDeleting] = useState<OrgUnit | null>(null);
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (unit: OrgUnit) => capacityApi.deleteOrgUnit(unit.id),
    onSuccess: async () => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: orgKey('capacity') });
    },
  });
  if (units.isPending) return <TableSkeleton />;
  if (units.isError) return <QueryError error={units.error} />;
  return (
    <Stack gap="md">
      {canLead && (
        <Group>
          <Button onClick={create.open}>New unit</Button>
        </Group>
      )}
      {units.data.length === 0 ? (
        <EmptyNote
          title="No org units yet"
          description="Build your hierarchy: divisions, their departments, their teams, each with its headcount."
        />
      ) : (
        <Paper withBorder>
          {/* On a phone the five columns scroll sideways inside the card, not the whole page. */}
          <Table.ScrollContainer minWidth={480} mb={0}>
            <Table aria-label="Org units">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Unit</Table.Th>
                  <Table.Th ta="right">Headcount</Table.Th>
                  <Table.Th
                    ta="right"
                    title="The unit's own capacity plus every unit under it, as on the heatmap"
                  >
                    Capacity / month
                  </Table.Th>
                  <Table.Th ta="right">Amber · red</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {treeOrder(units.data).map(({ unit, depth }) => (
                  <Table.Tr key={unit.id}>
                    <Table.Td pl={12 + depth * 18}>
                      <Group gap="xs">
                        <Text size="sm" fw={500}>
                          {unit.name}
                        </Text>
                        <Badge size="xs" variant="light" color="gray">
                          {unit.kind}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{unit.headcount}</Table.Td>
                    <Table.Td ta="right" data-testid={`unit-capacity-${unit.name}`}>
                      {Math.round(unit.capacity)} pts{' '}
                      <Text span size="xs" c="dimmed">
                        {capacityNote(unit)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {Math.round(unit.amberThreshold * 100)}% · {Math.round(unit.redThreshold * 100)}%
                    </Table.Td>
                    <Table.Td ta="right">
                      <Group gap={4} justify="flex-end">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setPeople(unit)}
                          aria-label={`People of ${unit.name}`}
                        >
                          People
                        </Button>
                        {canLead && (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setEditing(unit)}
                            aria-label={`Edit ${unit.name}`}
                          >
                            Edit
                          </Button>
                        )}
                        {canLead && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setDeleting(unit)}
                            aria-label={`Delete ${unit.name}`}
                          >
                            Delete
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <UnitModal opened={creating} onClose={create.close} units={units.data} />
      {editing && <UnitModal opened onClose={() => setEditing(null)} units={units.data} unit={editing} />}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'unit'}`}
        confirmLabel="Delete unit"
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
        error={remove.error}
      >
        Only a unit nothing refers to can be deleted: no sub-units, change impacts, pulses, notes or expansion
        stages. A unit with history is better renamed or moved.
      </ConfirmModal>
      {people && <UnitPeopleModal unit={people} canLead={canLead} onClose={() => setPeople(null)} />}
    </Stack>
  );
}

/** How a unit's capacity is made: its own (set or the default from headcount) and what the units under it add. */
function capacityNote(unit: OrgUnit): string {
  const own = unit.monthlyCapacity === null ? 'default' : 'set';
  const below = Math.round(unit.capacity - unit.effectiveCapacity);
  return below > 0 ? `(own ${Math.round(unit.effectiveCapacity)} ${own} + ${below} below)` : `(${own})`;
}
