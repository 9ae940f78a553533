import { Badge, Button, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Invitation } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { LoadMore } from '../../components/LoadMore';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';

/** Invitations not yet accepted, with revoke. */
export function InvitationsPanel() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const invitations = usePagedList(orgKey('invitations'), api.invitations);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => api.revokeInvitation(invitation.id),
    onSuccess: (_, invitation) => {
      notifications.show({ color: 'teal', message: `The invitation for ${invitation.email} was revoked.` });
      setRevoking(null);
      return queryClient.invalidateQueries({ queryKey: orgKey('invitations') });
    },
  });
  const pending = invitations.items.filter((i) => i.acceptedAt === null);
  const now = Date.now();

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Pending invitations
      </Title>
      {invitations.isPending ? (
        <TableSkeleton rows={2} />
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => invitations.refetch()} />
      ) : pending.length === 0 ? (
        <EmptyNote
          title="No pending invitations"
          description="Invitations you send appear here until they are accepted, revoked or expire."
        />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>
                    <Badge color={ROLE_COLORS[invitation.role]} variant="light">
                      {ROLE_LABELS[invitation.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(invitation.expiresAt)}{' '}
                    {new Date(invitation.expiresAt).getTime() < now && (
                      <Badge size="xs" color="orange" variant="light">
                        expired
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRevoking(invitation)}
                      aria-label={`Revoke invitation for ${invitation.email}`}
                    >
                      Revoke
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...invitations} />
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke invitation"
        confirmLabel="Revoke invitation"
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        loading={revoke.isPending}
        error={revoke.error}
      >
        The link sent to {revoking?.email} will stop working.
      </ConfirmModal>
    </Stack>
  );
}
