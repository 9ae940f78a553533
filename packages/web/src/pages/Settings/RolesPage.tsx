import { Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '../../api';
import { CAPABILITY_LABELS, type CustomRole, rolesApi } from '../../api/roles';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { ROLE_LABELS } from '../../roles';
import { PermissionMatrix } from './PermissionMatrix';
import { RoleEditorModal } from './RoleEditorModal';

/** "Quality: read, contribute · Learning: read" */
function summarize(permissions: string[]): string {
  const byCapability = new Map<string, string[]>();
  for (const p of permissions) {
    const [capability = '', action = ''] = p.split('.');
    byCapability.set(capability, [...(byCapability.get(capability) ?? []), action]);
  }
  return [...byCapability]
    .map(([capability, actions]) => `${CAPABILITY_LABELS[capability] ?? capability}: ${actions.join(', ')}`)
    .join(' · ');
}

export function RolesPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canManage = can('settings', 'admin');
  const catalog = useQuery({ queryKey: orgKey('roles'), queryFn: rolesApi.catalog, enabled: canManage });
  const [editing, setEditing] = useState<CustomRole | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomRole | null>(null);
  const [shownBuiltIn, setShownBuiltIn] = useState<Role>('lead');
  const remove = useMutation({
    mutationFn: (r: CustomRole) => rolesApi.remove(r.id),
    onSuccess: (_, r) => {
      notifications.show({ color: 'teal', message: `The role ${r.name} was deleted.` });
      setDeleting(null);
      return queryClient.invalidateQueries({ queryKey: orgKey('roles') });
    },
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Roles"
        description="Built-in roles form a ladder from viewer to owner. A custom role gives exactly the permissions you tick, per capability and action; give it to members on the Members page instead of a built-in role."
        actions={
          canManage && (
            <Button
              leftSection={<Icon name="plus" size={16} />}
              onClick={() => setEditing('new')}
              disabled={!catalog.data}
            >
              New role
            </Button>
          )
        }
      />
      {!canManage ? (
        <EmptyNote
          title="Roles are managed by admins"
          description="Ask an admin or the owner of this organization."
        />
      ) : catalog.isPending ? (
        <TableSkeleton />
      ) : catalog.isError ? (
        <QueryError error={catalog.error} onRetry={() => catalog.refetch()} />
      ) : (
        <>
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Custom roles
              </Title>
              {catalog.data.custom.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No custom roles yet. Create one for people who need, say, to read quality dashboards without
                  changing anything else.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table verticalSpacing="sm" aria-label="Custom roles">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Name</Table.Th>
                        <Table.Th>Permissions</Table.Th>
                        <Table.Th ta="right">Members</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {catalog.data.custom.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {r.name}
                            </Text>
                            {r.description && (
                              <Text size="xs" c="dimmed">
                                {r.description}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{summarize(r.permissions)}</Text>
                          </Table.Td>
                          <Table.Td ta="right">
                            <Badge variant="light" color={r.memberCount ? 'blue' : 'gray'}>
                              {r.memberCount}
                            </Badge>
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setEditing(r)}
                              aria-label={`Edit ${r.name}`}
                            >
                              Edit
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setDeleting(r)}
                              aria-label={`Delete ${r.name}`}
                            >
                              Delete
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Card>
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={2} size="h4">
                  Built-in roles as permissions
                </Title>
                <Select
                  aria-label="Built-in role"
                  data={catalog.data.builtIn.map((b) => ({ value: b.role, label: ROLE_LABELS[b.role] }))}
                  value={shownBuiltIn}
                  onChange={(v) => v && setShownBuiltIn(v as Role)}
                  allowDeselect={false}
                  w={180}
                />
              </Group>
              <PermissionMatrix
                label={`Permissions of ${ROLE_LABELS[shownBuiltIn]}`}
                capabilities={catalog.data.capabilities}
                actions={catalog.data.actions}
                value={catalog.data.builtIn.find((b) => b.role === shownBuiltIn)?.permissions ?? []}
                readOnly
              />
            </Stack>
          </Card>
          {editing && (
            <RoleEditorModal
              opened
              role={editing === 'new' ? null : editing}
              capabilities={catalog.data.capabilities}
              actions={catalog.data.actions}
              onClose={() => setEditing(null)}
            />
          )}
        </>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete role"
        confirmLabel="Delete role"
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
        error={remove.error}
      >
        The role {deleting?.name} is deleted. A role that members still hold cannot be deleted: give them
        another role first.
      </ConfirmModal>
    </Stack>
  );
}
