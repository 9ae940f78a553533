import { Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type AuditFilters as AuditFilterParams, api } from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { localDayToIso } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { AuditEventRow } from './AuditEventRow';
import { AuditFilters, type AuditFilterValues, EMPTY_AUDIT_FILTERS } from './AuditFilters';

const FILTER_KEYS = Object.keys(EMPTY_AUDIT_FILTERS) as (keyof AuditFilterValues)[];

/** Form values (dates as local days) → API query parameters (instants). */
function toParams(values: AuditFilterValues): AuditFilterParams {
  return {
    action: values.action.trim() || undefined,
    entityType: values.entityType.trim() || undefined,
    actorId: values.actorId || undefined,
    from: values.from ? localDayToIso(values.from, 'start') : undefined,
    to: values.to ? localDayToIso(values.to, 'end') : undefined,
  };
}

function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AuditLogPage() {
  const orgKey = useOrgKey();
  const [searchParams, setSearchParams] = useSearchParams();
  // Filters live in the URL so a filtered view can be shared and survives reloads.
  const values = useMemo(
    () =>
      Object.fromEntries(
        FILTER_KEYS.map((k) => [k, searchParams.get(k) ?? '']),
      ) as unknown as AuditFilterValues,
    [searchParams],
  );
  const params = useMemo(() => toParams(values), [values]);
  const [exporting, setExporting] = useState<'csv' | 'jsonl' | null>(null);

  const events = useInfiniteQuery({
    queryKey: orgKey('audit-events', params),
    queryFn: ({ pageParam }) => api.auditEvents(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const applyFilters = (next: AuditFilterValues) =>
    setSearchParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')), { replace: true });

  const exportEvents = async (format: 'csv' | 'jsonl') => {
    setExporting(format);
    try {
      const { blob, filename } = await api.exportAuditEvents(format, params);
      downloadBlob(blob, filename);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: (error as Error).message });
    } finally {
      setExporting(null);
    }
  };

  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const [seen, setSeen] = useState({ actions: new Set<string>(), entityTypes: new Set<string>() });
  useEffect(() => {
    const loaded = events.data?.pages.flatMap((page) => page.items) ?? [];
    if (loaded.length === 0) return;
    setSeen((prev) => ({
      actions: new Set([...prev.actions, ...loaded.map((e) => e.action)]),
      entityTypes: new Set([...prev.entityTypes, ...loaded.map((e) => e.entityType)]),
    }));
  }, [events.data]);
  const suggestions = useMemo(
    () => ({ actions: [...seen.actions].sort(), entityTypes: [...seen.entityTypes].sort() }),
    [seen],
  );
  const filtered = Object.values(values).some((v) => v !== '');

  return (
    <Stack gap="lg">
      <PageHeader
        title="Audit log"
        description="Every change in this organization, who made it and what it was before and after. The log is append-only: nothing here can be edited or deleted."
        actions={(['csv', 'jsonl'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<Icon name="download" size={16} />}
            loading={exporting === format}
            onClick={() => exportEvents(format)}
          >
            {format === 'csv' ? 'Export CSV' : 'Export JSON Lines'}
          </Button>
        ))}
      />
      <Card withBorder padding="md">
        <AuditFilters value={values} onApply={applyFilters} suggestions={suggestions} />
      </Card>
      {events.isPending ? (
        <TableSkeleton rows={6} />
      ) : rows.length === 0 && events.isError ? (
        <QueryError error={events.error} onRetry={() => events.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyNote
          title={filtered ? 'No events match these filters' : 'No events yet'}
          description={
            filtered
              ? 'Try a wider date range or clear the filters.'
              : 'Changes to this organization appear here.'
          }
        />
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" highlightOnHover aria-label="Audit events">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <VisuallyHidden>Details</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Actor</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Entity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((event) => (
                  <AuditEventRow key={event.id} event={event} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {rows.length} {rows.length === 1 ? 'event' : 'events'} shown
              {events.hasNextPage ? '' : ' · end of the log'}
            </Text>
            {events.hasNextPage && (
              <Button
                variant="light"
                onClick={() => events.fetchNextPage()}
                loading={events.isFetchingNextPage}
              >
                Load more
              </Button>
            )}
          </Group>
          {events.isError && <QueryError error={events.error} onRetry={() => events.fetchNextPage()} />}
        </Stack>
      )}
    </Stack>
  );
}
