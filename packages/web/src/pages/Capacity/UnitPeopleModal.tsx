import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import { capacityApi, type OrgUnit, type UnitMember } from '../../api/capacity';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

/** The people of a unit: who its notes reach and pulses ask; leads hear when it turns red. */
export function UnitPeopleModal({
  unit,
  canLead,
  onClose,
}: {
  unit: OrgUnit;
  canLead: boolean;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const key = orgKey('capacity', 'unit-members', unit.id);
  const members = useQuery({ queryKey: key, queryFn: () => capacityApi.unitMembers(unit.id) });
  const everyone = useQuery({
    queryKey: orgKey('members', 'all'),
    queryFn: () => api.members(),
    enabled: canLead,
  });
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<UnitMember['role']>('member');
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (caught) {
      setError(caught);
    }
  };
  const inUnit = new Set(members.data?.items.map((m) => m.userId));
  return (
    <Modal opened onClose={onClose} title={`People of ${unit.name}`} size="lg">
      <Stack gap="md">
        {members.data && members.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            Nobody is in this unit yet.
          </Text>
        )}
        {members.data && members.data.items.length > 0 && (
          <Table aria-label="Unit people">
            <Table.Tbody>
              {members.data.items.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td>
                    {m.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {m.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{m.role === 'lead' ? 'Lead' : 'Member'}</Table.Td>
                  <Table.Td ta="right">
                    {canLead && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => run(() => capacityApi.removeUnitMember(unit.id, m.userId))}
                      >
                        Remove
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canLead && (
          <Group align="flex-end">
            <Select
              label="Add a member of the organization"
              placeholder="Pick a person"
              searchable
              data={(everyone.data?.items ?? [])
                .filter((m) => !inUnit.has(m.userId))
                .map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
              value={userId}
              onChange={setUserId}
              flex={1}
            />
            <Select
              label="As"
              data={[
                { value: 'member', label: 'Member' },
                { value: 'lead', label: 'Lead' },
              ]}
              value={role}
              onChange={(v) => setRole((v as UnitMember['role']) ?? 'member')}
              allowDeselect={false}
              w={120}
            />
            <Button
              disabled={!userId}
              onClick={() =>
                run(async () => {
                  await capacityApi.setUnitMember(unit.id, userId!, role);
                  setUserId(null);
                })
              }
            >
              Add
            </Button>
          </Group>
        )}
        <FormError error={error} />
      </Stack>
    </Modal>
  );
}
