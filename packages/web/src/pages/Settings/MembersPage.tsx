import { Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Member, type Role } from '../../api';
import { rolesApi } from '../../api/roles';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { CUSTOM_PREFIX, ROLE_COLORS, ROLE_LABELS, roleOptions, roleSelectData } from '../../roles';
import { InvitationsPanel } from './InvitationsPanel';
import { InviteMemberModal } from './InviteMemberModal';

export function MembersPage() {
  const { role: myRole, session, can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canManage = can('settings', 'admin');
  const [inviting, invite] = useDisclosure();
  const [removing, setRemoving] = useState<Member | null>(null);
  const members = usePagedList(orgKey('members'), api.members);

  const catalog = useQuery({ queryKey: orgKey('roles'), queryFn: rolesApi.catalog, enabled: canManage });
  const customRoles = catalog.data?.custom ?? [];
  const roleData = roleSelectData(roleOptions(myRole), customRoles);
  const changeRole = useMutation({
    mutationFn: async ({ member, role }: { member: Member; role: string }) => {
      if (!role.startsWith(CUSTOM_PREFIX)) {
        const updated = await api.updateMember(member.userId, { role: role as Role });
        return `${updated.name} is now ${ROLE_LABELS[updated.role]}.`;
      }
      const assigned = await rolesApi.assign(member.userId, role.slice(CUSTOM_PREFIX.length));
      return `${member.name} now has the role ${assigned.customRole?.name}.`;
    },
    onSuccess: (message) => {
      notifications.show({ color: 'teal', message });
      return queryClient.invalidateQueries({ queryKey: orgKey('roles') });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Role not changed', message: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgKey('members') }),
  });
  const remove = useMutation({
    mutationFn: (member: Member) => api.removeMember(member.userId),
    onSuccess: (_, member) => {
      notifications.show({ color: 'teal', message: `${member.name} was removed from the organization.` });
      setRemoving(null);
      return queryClient.invalidateQueries({ queryKey: orgKey('members') });
    },
  });

  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Members"
        description="Everyone in this organization and their role. Admins and owners manage members; only an owner grants or removes the owner role."
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={invite.open}>
              Invite member
            </Button>
          )
        }
      />
      {members.isPending ? (
        <TableSkeleton />
      ) : members.isError ? (
        <QueryError error={members.error} onRetry={() => members.refetch()} />
      ) : members.items.length === 0 ? (
        <EmptyNote title="No members" description="Invite the first people to this organization." />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped highlightOnHover aria-label="Members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Joined</Table.Th>
                {canManage && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.items.map((member) => {
                const isMe = member.userId === session.user.id;
                const locked = member.role === 'owner' && myRole !== 'owner';
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {member.name}
                        </Text>
                        {isMe && (
                          <Badge size="xs" variant="outline" color="gray">
                            you
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>
                      {canManage && !locked ? (
                        <Select
                          aria-label={`Role of ${member.name}`}
                          data={roleData}
                          value={member.customRole ? `${CUSTOM_PREFIX}${member.customRole.id}` : member.role}
                          allowDeselect={false}
                          size="xs"
                          w={190}
                          disabled={changeRole.isPending}
                          onChange={(value) =>
                            value &&
                            value !==
                              (member.customRole ? `${CUSTOM_PREFIX}${member.customRole.id}` : member.role) &&
                            changeRole.mutate({ member, role: value })
                          }
                        />
                      ) : (
                        <Badge color={member.customRole ? 'cyan' : ROLE_COLORS[member.role]} variant="light">
                          {member.customRole?.name ?? ROLE_LABELS[member.role]}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(member.createdAt)}</Table.Td>
                    {canManage && (
                      <Table.Td ta="right">
                        {!locked && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setRemoving(member)}
                            aria-label={`Remove ${member.name}`}
                          >
                            Remove
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...members} />
      {canManage && <InvitationsPanel />}
      <InviteMemberModal opened={inviting} onClose={invite.close} />
      <ConfirmModal
        opened={removing !== null}
        title="Remove member"
        confirmLabel="Remove member"
        onClose={closeRemove}
        onConfirm={() => removing && remove.mutate(removing)}
        loading={remove.isPending}
        error={remove.error}
      >
        {removing?.userId === session.user.id
          ? 'You are about to remove yourself. You will lose access to this organization.'
          : `${removing?.name} (${removing?.email}) will lose access to this organization. Their past actions stay in the audit log.`}
      </ConfirmModal>
    </Stack>
  );
}
