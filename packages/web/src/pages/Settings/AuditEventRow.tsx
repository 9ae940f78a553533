import { ActionIcon, Badge, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEvent } from '../../api';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../format';

const ACTOR_COLORS = { user: 'blue', token: 'violet', system: 'gray' } as const;
export const AUDIT_COLUMNS = 5;

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          (none)
        </Text>
      ) : (
        <Code block style={{ maxHeight: 320, overflow: 'auto' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** A human name for the entity, when its before/after snapshot carries one. */
function entityLabel(event: AuditEvent): string | null {
  const snapshot = event.after ?? event.before;
  const label = snapshot?.name ?? snapshot?.email;
  return typeof label === 'string' ? label : null;
}

/** Top-level fields whose value differs between before and after (both present). */
function changedFields(event: AuditEvent): { key: string; before: unknown; after: unknown }[] {
  if (!event.before || !event.after) return [];
  const keys = new Set([...Object.keys(event.before), ...Object.keys(event.after)]);
  return [...keys]
    .filter((key) => JSON.stringify(event.before?.[key]) !== JSON.stringify(event.after?.[key]))
    .map((key) => ({ key, before: event.before?.[key], after: event.after?.[key] }));
}

function ChangedFields({ event }: { event: AuditEvent }) {
  const changes = changedFields(event);
  if (changes.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        Changed
      </Text>
      {changes.map(({ key, before, after }) => (
        <Text size="sm" key={key}>
          <Code>{key}</Code>: <Code>{JSON.stringify(before) ?? 'unset'}</Code> →{' '}
          <Code>{JSON.stringify(after) ?? 'unset'}</Code>
        </Text>
      ))}
    </Stack>
  );
}

export function AuditEventRow({ event }: { event: AuditEvent }) {
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${event.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td w={44}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={`${open ? 'Hide' : 'Show'} details of ${event.action}`}
          >
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={16} />
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt)}</Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Text size="sm">{event.actor.name ?? event.actor.id ?? 'Trellis'}</Text>
            <Badge size="xs" variant="light" color={ACTOR_COLORS[event.actor.type]}>
              {event.actor.type}
            </Badge>
          </Group>
        </Table.Td>
        <Table.Td>
          <Code>{event.action}</Code>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{event.entityType}</Text>
          {entityLabel(event) && (
            <Text size="xs" c="dimmed" truncate maw={260}>
              {entityLabel(event)}
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={AUDIT_COLUMNS} bg="var(--mantine-color-default-hover)">
            <Stack gap="sm" py="xs">
              <Group gap="lg">
                <Text size="xs" c="dimmed">
                  Entity id: <Code>{event.entityId ?? '—'}</Code>
                </Text>
                <Text size="xs" c="dimmed">
                  Request id: <Code>{event.requestId ?? '—'}</Code>
                </Text>
                <Text size="xs" c="dimmed">
                  Event id: <Code>{event.id}</Code>
                </Text>
              </Group>
              <ChangedFields event={event} />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <JsonBlock label="Before" value={event.before} />
                <JsonBlock label="After" value={event.after} />
              </SimpleGrid>
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
