import { Badge, Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiToken, api } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate, formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';
import { CreateTokenModal } from './CreateTokenModal';

function TokenStatus({ token }: { token: ApiToken }) {
  if (token.revokedAt) {
    return (
      <Badge color="red" variant="light" title={`Revoked ${formatDateTime(token.revokedAt)}`}>
        Revoked
      </Badge>
    );
  }
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) {
    return (
      <Badge color="orange" variant="light">
        Expired
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      Active
    </Badge>
  );
}

export function TokensPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canManage = can('settings', 'admin');
  const [creating, create] = useDisclosure();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const tokens = usePagedList(orgKey('tokens'), api.tokens);
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.revokeToken(token.id),
    onSuccess: (_, token) => {
      notifications.show({ color: 'teal', message: `Token “${token.name}” was revoked.` });
      setRevoking(null);
      return queryClient.invalidateQueries({ queryKey: orgKey('tokens') });
    },
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and AI workflows call the Trellis API as this organization, with the role you give them. Send one as Authorization: Bearer <token>."
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={create.open}>
              Create token
            </Button>
          )
        }
      />
      {tokens.isPending ? (
        <TableSkeleton />
      ) : tokens.isError ? (
        <QueryError error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : tokens.items.length === 0 ? (
        <EmptyNote
          title="No API tokens yet"
          description="Create a token for each integration, so each one can be revoked on its own."
        />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" striped highlightOnHover aria-label="API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Prefix</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Status</Table.Th>
                {canManage && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.items.map((token) => (
                <Table.Tr key={token.id} data-testid={`token-row-${token.name}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {token.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={token.customRole ? 'cyan' : ROLE_COLORS[token.role]} variant="light">
                      {token.customRole?.name ?? ROLE_LABELS[token.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Code>{token.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                  <Table.Td>{token.expiresAt ? formatDate(token.expiresAt) : 'Never'}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
                  <Table.Td>
                    <TokenStatus token={token} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td ta="right">
                      {!token.revokedAt && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(token)}
                          aria-label={`Revoke token ${token.name}`}
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...tokens} />
      <CreateTokenModal opened={creating} onClose={create.close} />
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke token"
        confirmLabel="Revoke token"
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        loading={revoke.isPending}
        error={revoke.error}
      >
        Anything using “{revoking?.name}” ({revoking?.prefix}…) will get 401 Unauthorized from now on. This
        cannot be undone.
      </ConfirmModal>
    </Stack>
  );
}
