import { Anchor, Badge, Button, Group, Menu, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useSearchParams } from 'react-router';
import { type ApplicationFilters, type ExportFormat, filterQuery, portfolioApi } from '../../api/portfolio';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { lazyModal } from '../../components/lazy-modal';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { FilterBar } from './FilterBar';
import { filtersFromParams, hasFilters } from './filters';
import { RISK_COLORS, RISK_LABELS, STAGE_COLORS, STAGE_LABELS } from './registry';
import { SavedViews } from './SavedViews';

const ApplicationFormModal = lazyModal(() =>
  import('./ApplicationFormModal').then((m) => m.ApplicationFormModal),
);
const CustomFieldsModal = lazyModal(() => import('./CustomFieldsModal').then((m) => m.CustomFieldsModal));
const ImportModal = lazyModal(() => import('./ImportModal').then((m) => m.ImportModal));

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV (importable)' },
  { format: 'json', label: 'JSON' },
  { format: 'federal-inventory', label: 'US federal AI use-case inventory (CSV)' },
];

export function PortfolioPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilters = (next: ApplicationFilters) => setParams(new URLSearchParams(filterQuery(next)));
  const [creating, create] = useDisclosure();
  const [defining, define] = useDisclosure();
  const [importing, startImport] = useDisclosure();
  const applications = usePagedList(orgKey('applications', filters), (cursor) =>
    portfolioApi.applications(filters, cursor),
  );
  const canLead = can('portfolio', 'lead');
  const exportAs = async (format: ExportFormat) => {
    try {
      const { blob, filename } = await portfolioApi.exportApplications(format, filters);
      download(blob, filename);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Export failed', message: (error as Error).message });
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Portfolio"
        description="Every AI application the organization runs or considers: who owns it, which teams it serves, its risk, and where it stands in its lifecycle — from idea through pilot to scaled."
        actions={
          <>
            {can('portfolio', 'admin') && (
              <Button variant="default" onClick={define.open}>
                Custom fields
              </Button>
            )}
            {canLead && (
              <Button
                variant="default"
                leftSection={<Icon name="refresh" size={16} />}
                onClick={startImport.open}
              >
                Import CSV
              </Button>
            )}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<Icon name="download" size={16} />}>
                  Export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {EXPORTS.map((e) => (
                  <Menu.Item key={e.format} onClick={() => exportAs(e.format)}>
                    {e.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            {canLead && (
              <Button leftSection={<Icon name="plus" size={16} />} onClick={create.open}>
                New application
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <FilterBar key={params.toString()} filters={filters} onChange={setFilters} />
          <SavedViews filters={filters} onOpen={(view) => setFilters(view.filters)} />
        </Group>
      </Paper>
      {applications.isPending ? (
        <TableSkeleton />
      ) : applications.isError ? (
        <QueryError error={applications.error} onRetry={() => applications.refetch()} />
      ) : applications.items.length === 0 ? (
        hasFilters(filters) ? (
          <EmptyNote title="No applications match" description="Loosen the filters or clear them." />
        ) : (
          <EmptyNote
            title="No applications yet"
            description="Register each AI application — a pilot, an idea, or one already in use — or import them from a CSV."
            action={
              canLead && (
                <Button mt="xs" variant="light" onClick={create.open}>
                  Register the first application
                </Button>
              )
            }
          />
        )
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" highlightOnHover aria-label="Applications">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Risk</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Org units</Table.Th>
                <Table.Th>Updated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td maw={380}>
                    <Anchor component={Link} to={`/portfolio/${a.id}`} fw={600}>
                      {a.name}
                    </Anchor>
                    {a.purpose && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {a.purpose}
                      </Text>
                    )}
                  </Table.Td>
                  {/* Badges keep their whole word: the column widens (the table scrolls) rather than "EVALUA…". */}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={STAGE_COLORS[a.stage]} variant="light" style={{ minWidth: 'max-content' }}>
                      {STAGE_LABELS[a.stage]}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={RISK_COLORS[a.riskTier]} variant="dot" style={{ minWidth: 'max-content' }}>
                      {RISK_LABELS[a.riskTier]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.owner?.name ?? '—'}</Table.Td>
                  <Table.Td>{a.orgUnits.map((u) => u.name).join(', ') || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...applications} />
      {creating && <ApplicationFormModal opened onClose={create.close} />}
      <CustomFieldsModal opened={defining} onClose={define.close} />
      <ImportModal opened={importing} onClose={startImport.close} />
    </Stack>
  );
}
