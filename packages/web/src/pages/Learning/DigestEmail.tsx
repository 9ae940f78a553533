import { Paper, Stack, Switch, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { learningApi } from '../../api/learning';
import { mailApi } from '../../api/mail';
import { EmailDeliveryTable } from '../../components/EmailDeliveryTable';
import { LoadMore } from '../../components/LoadMore';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

/**
 * A person's own choice: the weekly digest by e-mail too, or in the inbox only — the `digest` kind of their
 * e-mail preferences, the same choice the e-mail preferences page shows.
 */
export function DigestEmailPreference() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: orgKey('mail-preferences'), queryFn: mailApi.preferences });
  const save = useMutation({
    mutationFn: (digest: boolean) => mailApi.setPreferences({ digest }),
    onSuccess: (data) => queryClient.setQueryData(orgKey('mail-preferences'), data),
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
          checked={save.isPending ? save.variables : (prefs.data?.kinds.digest ?? true)}
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
        <EmailDeliveryTable label="Digest e-mails" items={list.items} />
        <LoadMore {...list} />
      </Stack>
    </Paper>
  );
}
