import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { directoryApi, type GroupMapping, type ScimToken } from '../../api/directory';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { SecretReveal } from '../../components/SecretReveal';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { ROLE_LABELS } from '../../roles';
import { pageQueries } from '../../routes-data';

const MAPPABLE: GroupMapping['role'][] = ['admin', 'lead', 'reviewer', 'contributor', 'viewer'];

/** Directory provisioning: the SCIM base URL and token for Okta or Entra, and group → role mappings. */
export function DirectoryPage() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const key = orgKey('directory');
  const directory = useQuery({ queryKey: key, queryFn: directoryApi.get });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const [tokenName, setTokenName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [groupName, setGroupName] = useState('');
  const [role, setRole] = useState<GroupMapping['role']>('contributor');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  // What the confirmations ask about: revoking a token stops provisioning, removing a mapping changes roles.
  const [revoking, setRevoking] = useState<ScimToken | null>(null);
  const [removing, setRemoving] = useState<GroupMapping | null>(null);
  // A mapping may also place the group's members in an org unit (the directory then manages that unit's
  // membership): every unit, from the query the units page reads.
  const units = useQuery(pageQueries.orgUnits(orgKey));
  const createToken = useMutation({
    mutationFn: () => directoryApi.createToken(tokenName),
    onSuccess: (created) => {
      setSecret(created.secret);
      setTokenName('');
      return refresh();
    },
  });
  const revokeToken = useMutation({
    mutationFn: (id: string) => directoryApi.revokeToken(id),
    onSuccess: () => {
      setRevoking(null);
      notifications.show({ color: 'teal', message: 'The SCIM token was revoked.' });
      return refresh();
    },
  });
  const createMapping = useMutation({
    mutationFn: () => directoryApi.createMapping({ groupName, role, orgUnitId }),
    onSuccess: () => {
      setGroupName('');
      setOrgUnitId(null);
      return refresh();
    },
  });
  const deleteMapping = useMutation({
    mutationFn: (id: string) => directoryApi.deleteMapping(id),
    onSuccess: () => {
      setRemoving(null);
      return refresh();
    },
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Directory provisioning"
        description="Let Okta or Microsoft Entra ID add, update and remove members over SCIM. Someone the directory deactivates loses their membership, sessions and API tokens at once."
      />
      {directory.isPending ? (
        <TableSkeleton />
      ) : directory.isError ? (
        <QueryError error={directory.error} onRetry={() => directory.refetch()} />
      ) : (
        <>
          <Stack gap="xs">
            <Title order={2} size="h4">
              Connection
            </Title>
            <Text size="sm">SCIM base URL (paste it into your identity provider):</Text>
            <Code block data-testid="scim-base-url">
              {directory.data.scimBaseUrl}
            </Code>
            <Text size="sm" c="dimmed">
              {directory.data.activeUsers} active of {directory.data.users} provisioned people;{' '}
              {directory.data.groups.length} groups.
            </Text>
          </Stack>

          <Stack gap="xs">
            <Title order={2} size="h4">
              SCIM tokens
            </Title>
            {secret && (
              <Alert color="teal" title="Copy the token now: it is shown only once">
                <SecretReveal value={secret} label="SCIM token" />
              </Alert>
            )}
            <FormError error={createToken.error} />
            <Group align="end">
              <TextInput
                label="Token name"
                placeholder="Okta"
                value={tokenName}
                onChange={(e) => setTokenName(e.currentTarget.value)}
              />
              <Button
                onClick={() => createToken.mutate()}
                loading={createToken.isPending}
                disabled={!tokenName.trim()}
              >
                Create SCIM token
              </Button>
            </Group>
            {directory.data.tokens.length === 0 ? (
              <EmptyNote
                title="No SCIM token yet"
                description="Create one and paste it, with the base URL above, into your identity provider's provisioning settings."
              />
            ) : (
              <Table.ScrollContainer minWidth={600}>
                <Table aria-label="SCIM tokens" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Prefix</Table.Th>
                      <Table.Th>Last used</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Action</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {directory.data.tokens.map((t) => (
                      <Table.Tr key={t.id}>
                        <Table.Td>{t.name}</Table.Td>
                        <Table.Td>
                          <Code>{t.prefix}…</Code>
                        </Table.Td>
                        <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Table.Td>
                        <Table.Td>
                          <Badge color={t.revokedAt ? 'red' : 'teal'} variant="light">
                            {t.revokedAt ? 'Revoked' : 'Active'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {!t.revokedAt && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Revoke ${t.name}`}
                              onClick={() => setRevoking(t)}
                            >
                              Revoke
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>

          <Stack gap="xs">
            <Title order={2} size="h4">
              Groups → roles
            </Title>
            <Text size="sm" c="dimmed">
              Members get the highest role their directory groups map to (viewer without one). Owners and
              custom roles are kept. A mapping with an org unit also puts the group’s members in that unit,
              and takes out of it those who leave the group.
            </Text>
            <Group align="end">
              <TextInput
                label="Directory group name"
                placeholder="Trellis Leads"
                value={groupName}
                onChange={(e) => setGroupName(e.currentTarget.value)}
              />
              <Select
                label="Role"
                data={MAPPABLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                value={role}
                onChange={(v) => v && setRole(v as GroupMapping['role'])}
                allowDeselect={false}
              />
              <Select
                label="Org unit"
                placeholder="None"
                clearable
                searchable
                data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                value={orgUnitId}
                onChange={setOrgUnitId}
                nothingFoundMessage="No org unit of that name"
              />
              <Button
                onClick={() => createMapping.mutate()}
                loading={createMapping.isPending}
                disabled={!groupName.trim()}
              >
                Add mapping
              </Button>
            </Group>
            <FormError error={createMapping.error} />
            {directory.data.mappings.length === 0 ? (
              <EmptyNote
                title="No group mapped yet"
                description="Until a group is mapped, everyone the directory provisions is a viewer."
              />
            ) : (
              <Table.ScrollContainer minWidth={500}>
                <Table aria-label="Group mappings" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Group</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Org unit</Table.Th>
                      <Table.Th>Action</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {directory.data.mappings.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td>{m.groupName}</Table.Td>
                        <Table.Td>{ROLE_LABELS[m.role]}</Table.Td>
                        <Table.Td>{m.orgUnit?.name ?? '—'}</Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Remove mapping ${m.groupName}`}
                            onClick={() => setRemoving(m)}
                          >
                            Remove
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke SCIM token"
        confirmLabel="Revoke token"
        onClose={() => {
          setRevoking(null);
          revokeToken.reset();
        }}
        onConfirm={() => revoking && revokeToken.mutate(revoking.id)}
        loading={revokeToken.isPending}
        error={revokeToken.error}
      >
        The identity provider using “{revoking?.name}” ({revoking?.prefix}…) can no longer add, change or
        remove members until it has a new token. This cannot be undone.
      </ConfirmModal>
      <ConfirmModal
        opened={removing !== null}
        title="Remove group mapping"
        confirmLabel="Remove mapping"
        onClose={() => {
          setRemoving(null);
          deleteMapping.reset();
        }}
        onConfirm={() => removing && deleteMapping.mutate(removing.id)}
        loading={deleteMapping.isPending}
        error={deleteMapping.error}
      >
        Roles are worked out again at once: members of “{removing?.groupName}” get the highest role their
        other directory groups map to (viewer without one). Owners and custom roles are kept.
      </ConfirmModal>
    </Stack>
  );
}
