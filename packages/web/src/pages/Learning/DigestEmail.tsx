import { Badge, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DigestEmail, learningApi } from '../../api/learning';
import { LoadMore } from '../../components/LoadMore';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

const STATUS_COLORS: Record<DigestEmail['status'], string> = {
  pending: 'yellow',
  sent: 'teal',
  failed: 'red',
};

/** A person's own choice: the weekly digest by e-mail too, or in the inbox only. */
export function DigestEmailPreference() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: orgKey('learning-preferences'), queryFn: learningApi.preferences });
  const save = useMutation({
    mutationFn: (emailDigest: boolean) => learningApi.setPreferences({ emailDigest }),
    onSuccess: (data) => queryClient.setQueryData(orgKey('learning-preferences'), data),
  });
  if (prefs.isError) return <QueryError error={prefs.error} onRetry={() => prefs.refetch()} />;
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Switch
          label="E-mail me the digest"
          description={
            prefs.data && !prefs.data.emailConfigured
              ? 'This server sends no e-mail (no SMTP configured): the digest arrives in your inbox only.'
              : 'Every week, what the tags, units and applications you follow brought, also by e-mail.'
          }
          checked={save.isPending ? save.variables : (prefs.data?.emailDigest ?? true)}
          disabled={!prefs.data}
          onChange={(e) => save.mutate(e.currentTarget.checked)}
        />
        {save.isError && <QueryError error={save.error} />}
      </Stack>
    </Paper>
  );
}

/** For admins: the digest e-mails, whether each was sent, and why one is being retried or failed. */
export function DigestEmailLog() {
  const orgKey = useOrgKey();
  const list = usePagedList(orgKey('digest-emails'), learningApi.digestEmails);
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  if (list.isPending || list.items.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Digest e-mails
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Digest e-mails" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>To</Table.Th>
                <Table.Th>Written</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Attempts</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Text size="sm">{e.recipient.name ?? e.recipient.email}</Text>
                    <Text size="xs" c="dimmed">
                      {e.recipient.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(e.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[e.status]} variant="light">
                      {e.status}
                    </Badge>
                    {e.status === 'sent' && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(e.sentAt)}
                      </Text>
                    )}
                    {e.status === 'pending' && e.attempts > 0 && (
                      <Text size="xs" c="dimmed">
                        next try {formatDateTime(e.nextAttemptAt)}
                      </Text>
                    )}
                    {e.lastError && (
                      <Text size="xs" c="red">
                        {e.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{e.attempts}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...list} />
      </Stack>
    </Paper>
  );
}
