import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, type Webhook, type WebhookDelivery } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { CreateWebhookModal, KIND_LABELS } from './CreateWebhookModal';

const DELIVERY_COLORS = { pending: 'yellow', delivered: 'teal', failed: 'red' } as const;
const KIND_COLORS = { slack: 'grape', teams: 'indigo', standard: 'gray' } as const;
const DELIVERY_COLUMNS = 7;

function DeliveryRow({ delivery }: { delivery: WebhookDelivery }) {
  const [open, setOpen] = useState(false);
  const detailsId = `delivery-${delivery.id}`;
  return (
    <>
      <Table.Tr data-testid={`delivery-${delivery.event}`}>
        <Table.Td w={44}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? 'Hide' : 'Show'} payload of delivery ${delivery.id}`}
          >
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={16} />
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Code>{delivery.event}</Code>
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color={DELIVERY_COLORS[delivery.status]}>
            {delivery.status}
          </Badge>
        </Table.Td>
        <Table.Td ta="right">{delivery.attempts}</Table.Td>
        <Table.Td>
          {delivery.lastStatusCode !== null && <Code>{delivery.lastStatusCode}</Code>}
          {delivery.lastError && (
            <Text size="xs" c="red" lineClamp={2} maw={260}>
              {delivery.lastError}
            </Text>
          )}
          {delivery.lastStatusCode === null && !delivery.lastError && (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {delivery.status === 'pending' ? formatDateTime(delivery.nextAttemptAt) : '—'}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : '—'}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={DELIVERY_COLUMNS} bg="var(--mantine-color-default-hover)">
            <Stack gap={4} py="xs">
              <Text size="xs" c="dimmed">
                Delivery {delivery.id} · queued {formatDateTime(delivery.createdAt)}
              </Text>
              <Code block style={{ maxHeight: 320, overflow: 'auto' }} data-testid="delivery-payload">
                {JSON.stringify(delivery.payload, null, 2)}
              </Code>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const orgKey = useOrgKey();
  const deliveries = usePagedList(
    orgKey('webhook-deliveries', webhook.id),
    (cursor) => api.webhookDeliveries(webhook.id, cursor),
    // The dispatcher sends due deliveries about every second: follow pending ones until they settle.
    { refetchInterval: (items) => (items.some((d) => d.status === 'pending') ? 2000 : false) },
  );

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Delivery log
        </Text>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<Icon name="refresh" size={14} />}
          onClick={() => deliveries.refetch()}
          loading={deliveries.isRefetching}
          aria-label={`Refresh the delivery log of ${webhook.url}`}
        >
          Refresh
        </Button>
      </Group>
      {deliveries.isPending ? (
        <TableSkeleton />
      ) : deliveries.isError ? (
        <QueryError error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : deliveries.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {webhook.kind === 'standard'
            ? 'Nothing sent yet. Send a ping to check the endpoint.'
            : 'Nothing sent yet. Send a test message to check the channel.'}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} aria-label={`Deliveries to ${webhook.url}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44} />
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Attempts</Table.Th>
                <Table.Th>Last response</Table.Th>
                <Table.Th>Next attempt</Table.Th>
                <Table.Th>Delivered</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.items.map((d) => (
                <DeliveryRow key={d.id} delivery={d} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...deliveries} />
    </Stack>
  );
}

/**
 * Replaces a webhook's URL in place (a rotated Slack or Teams URL, a moved endpoint): the delivery log and,
 * for signed JSON, the signing secret stay.
 */
function ReplaceUrlModal({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const replace = useMutation({
    mutationFn: () => api.updateWebhook(webhook.id, { url: url.trim() }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'The webhook now goes to the new URL.' });
      onClose();
      return queryClient.invalidateQueries({ queryKey: orgKey('webhooks') });
    },
  });
  const fieldError = replace.error instanceof ApiError ? replace.error.fieldErrors().url : undefined;
  return (
    <Modal opened onClose={onClose} title="Replace the URL">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          replace.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {webhook.kind === 'standard'
              ? 'Deliveries go to the new endpoint, signed with the same secret.'
              : `Paste the new ${KIND_LABELS[webhook.kind]} URL; like the first, it is not shown again.`}
          </Text>
          <TextInput
            label="New URL"
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          {!fieldError && <FormError error={replace.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={replace.isPending} disabled={!url.trim()}>
              Replace URL
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function WebhookCard({ webhook, onDelete }: { webhook: Webhook; onDelete: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [replacing, setReplacing] = useState(false);
  const pause = useMutation({
    mutationFn: () => api.updateWebhook(webhook.id, { active: !webhook.active }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('webhooks') }),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The webhook was not changed', message: error.message }),
  });
  const ping = useMutation({
    mutationFn: () => api.pingWebhook(webhook.id),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Ping queued; it is sent within a few seconds.' });
      return queryClient.invalidateQueries({ queryKey: orgKey('webhook-deliveries', webhook.id) });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Ping not queued', message: error.message }),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-label={`Webhook ${webhook.url}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Title order={2} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {webhook.url}
              </Title>
              <Badge variant="light" color={KIND_COLORS[webhook.kind]} tt="none">
                {webhook.kind === 'standard' ? 'Signed JSON' : KIND_LABELS[webhook.kind]}
              </Badge>
              {!webhook.active && (
                <Badge color="gray" variant="light">
                  Paused
                </Badge>
              )}
            </Group>
            <Group gap={6}>
              {webhook.events.map((e) => (
                <Badge key={e} variant="light" tt="none" color={e === '*' ? 'indigo' : 'blue'}>
                  {e === '*' ? 'all events' : e}
                </Badge>
              ))}
              <Text size="xs" c="dimmed">
                Added {formatDateTime(webhook.createdAt)}
              </Text>
            </Group>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              leftSection={<Icon name="send" size={14} />}
              onClick={() => ping.mutate()}
              loading={ping.isPending}
            >
              {webhook.kind === 'standard' ? 'Send ping' : 'Send test message'}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => pause.mutate()}
              loading={pause.isPending}
              aria-label={`${webhook.active ? 'Pause' : 'Resume'} webhook ${webhook.url}`}
            >
              {webhook.active ? 'Pause' : 'Resume'}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setReplacing(true)}
              aria-label={`Replace the URL of webhook ${webhook.url}`}
            >
              Replace URL
            </Button>
            <Tooltip label="Delete webhook">
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={onDelete}
                aria-label={`Delete webhook ${webhook.url}`}
              >
                <Icon name="trash" size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {!webhook.active && (
          <Text size="sm" c="dimmed">
            Paused: events that happen now are not sent to it; resume it to send the next ones.
          </Text>
        )}
        <DeliveryLog webhook={webhook} />
      </Stack>
      {replacing && <ReplaceUrlModal webhook={webhook} onClose={() => setReplacing(false)} />}
    </Card>
  );
}

export function WebhooksPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canManage = can('settings', 'admin');
  const [adding, add] = useDisclosure();
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const webhooks = useQuery({ queryKey: orgKey('webhooks'), queryFn: api.webhooks, enabled: canManage });
  const remove = useMutation({
    mutationFn: (webhook: Webhook) => api.deleteWebhook(webhook.id),
    onSuccess: (_, webhook) => {
      notifications.show({ color: 'teal', message: `The webhook for ${webhook.url} was deleted.` });
      setDeleting(null);
      return queryClient.invalidateQueries({ queryKey: orgKey('webhooks') });
    },
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="Webhooks"
        description="Trellis tells a Slack or Microsoft Teams channel, or your own endpoint (as signed JSON), when something happens: decision requests and their reminders, drift alarms, gate decisions, confirmed insights and more. Deliveries are queued with the change that caused them and retried with growing pauses (8 attempts over about 20 minutes; longer if the receiver asks us to slow down)."
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={add.open}>
              Add webhook
            </Button>
          )
        }
      />
      {!canManage ? (
        <EmptyNote
          title="Webhooks are managed by admins"
          description="Ask an admin or the owner of this organization to add or change webhooks."
        />
      ) : webhooks.isPending ? (
        <TableSkeleton />
      ) : webhooks.isError ? (
        <QueryError error={webhooks.error} onRetry={() => webhooks.refetch()} />
      ) : webhooks.data.items.length === 0 ? (
        <EmptyNote
          title="No webhooks yet"
          description="Add a Slack or Teams channel, or your own endpoint, to hear about decisions, alarms and gates where your team already works."
          action={
            <Button mt="xs" variant="light" onClick={add.open}>
              Add the first webhook
            </Button>
          }
        />
      ) : (
        webhooks.data.items.map((webhook) => (
          <WebhookCard key={webhook.id} webhook={webhook} onDelete={() => setDeleting(webhook)} />
        ))
      )}
      <CreateWebhookModal opened={adding} onClose={add.close} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete webhook"
        confirmLabel="Delete webhook"
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
        error={remove.error}
      >
        Trellis stops sending events to {deleting?.url}, and its delivery log is removed. This cannot be
        undone.
      </ConfirmModal>
    </Stack>
  );
}
