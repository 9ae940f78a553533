import { Paper, Stack, Text } from '@mantine/core';
import { mailApi } from '../../api/mail';
import { EmailDeliveryTable } from '../../components/EmailDeliveryTable';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

/** For admins: every e-mail of the organization, whether it was sent, and why one is retried or failed. */
export function EmailDeliveriesPage() {
  const orgKey = useOrgKey();
  const list = usePagedList(orgKey('mail-deliveries'), mailApi.deliveries);
  return (
    <Stack>
      <PageHeader
        title="E-mail delivery"
        description="The organization's e-mails, newest first: what was sent to whom, what is being retried and what was cancelled. Bodies and links are never shown."
      />
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      <Paper withBorder p="md">
        {!list.isPending && list.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No e-mail yet.
          </Text>
        ) : (
          <EmailDeliveryTable label="E-mail deliveries" items={list.items} />
        )}
        <LoadMore {...list} />
      </Paper>
    </Stack>
  );
}
