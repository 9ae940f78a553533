import { Alert, Button, Group, NativeSelect, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DECISION_TYPE_LABELS, decisionTypes, type RaciLetter, validateRaci } from '@trellis/core';
import { useEffect, useState } from 'react';
import { ROLES } from '../../api';
import { decisionsApi, type RightsCell } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { DecisionsHeader } from './DecisionsHeader';
import { ROLE_LABELS } from './format';
import { PatternsPanel } from './PatternsPanel';

const ORG = '';

/** The decision-rights grid: for each decision type, which role is Responsible, Accountable, Consulted, Informed. */
export function RightsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const rights = useQuery({ queryKey: orgKey('decision-rights'), queryFn: decisionsApi.rights });
  const units = useQuery({ queryKey: orgKey('decision-units'), queryFn: decisionsApi.orgUnits });
  const [cells, setCells] = useState<RightsCell[]>([]);
  const [scope, setScope] = useState(ORG);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (rights.data) setCells(rights.data.cells);
  }, [rights.data]);
  const canEdit = can('decisions', 'admin');
  const scopeId = scope === ORG ? null : scope;
  const inScope = cells.filter((c) => c.orgUnitId === scopeId);
  const letterOf = (type: string, r: string) =>
    inScope.find((c) => c.decisionType === type && c.role === r)?.letter ?? '';
  const setLetter = (type: RightsCell['decisionType'], r: RightsCell['role'], letter: string) =>
    setCells((cs) => [
      ...cs.filter((c) => !(c.decisionType === type && c.role === r && c.orgUnitId === scopeId)),
      ...(letter ? [{ decisionType: type, role: r, orgUnitId: scopeId, letter: letter as RaciLetter }] : []),
    ]);
  const problems = validateRaci(cells.map((c) => ({ ...c, scope: c.orgUnitId })));
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await decisionsApi.saveRights(cells);
      await queryClient.invalidateQueries({ queryKey: orgKey('decision-rights') });
      notifications.show({ color: 'teal', message: 'Decision rights saved.' });
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  const unitName = (id: string | null) =>
    id ? (units.data?.items.find((u) => u.id === id)?.name ?? 'an org unit') : 'organization-wide';
  return (
    <Stack gap="lg">
      <DecisionsHeader description="Who decides what. Each decision type has exactly one Accountable role, who approves medium-risk requests; high risk also takes a Responsible role’s approval. Informed roles hear about every approval. An org unit can have its own grid; otherwise the organization-wide one applies." />
      {rights.isPending ? (
        <TableSkeleton />
      ) : rights.isError ? (
        <QueryError error={rights.error} onRetry={() => rights.refetch()} />
      ) : (
        <>
          <Group align="flex-end">
            <Select
              label="Scope"
              allowDeselect={false}
              w={320}
              value={scope}
              onChange={(v) => setScope(v ?? ORG)}
              data={[
                { value: ORG, label: 'Organization-wide' },
                ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            {rights.data.isDefault && (
              <Text size="sm" c="dimmed" pb={8}>
                The default grid: owners accountable, admins and leads responsible.
              </Text>
            )}
          </Group>
          {scopeId !== null && inScope.length === 0 ? (
            <Alert variant="light" title="This org unit uses the organization-wide rights">
              {canEdit && (
                <Button
                  mt="xs"
                  size="xs"
                  variant="light"
                  onClick={() =>
                    setCells((cs) => [
                      ...cs,
                      ...cs.filter((c) => c.orgUnitId === null).map((c) => ({ ...c, orgUnitId: scopeId })),
                    ])
                  }
                >
                  Give it its own grid
                </Button>
              )}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table aria-label="Decision rights" withTableBorder withColumnBorders verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Decision</Table.Th>
                    {ROLES.map((r) => (
                      <Table.Th key={r}>{ROLE_LABELS[r]}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {decisionTypes.map((type) => (
                    <Table.Tr key={type}>
                      <Table.Td>{DECISION_TYPE_LABELS[type]}</Table.Td>
                      {ROLES.map((r) => (
                        <Table.Td key={r}>
                          <NativeSelect
                            size="xs"
                            aria-label={`${DECISION_TYPE_LABELS[type]}: ${ROLE_LABELS[r]}`}
                            value={letterOf(type, r)}
                            disabled={!canEdit}
                            onChange={(e) => setLetter(type, r, e.currentTarget.value)}
                            data={[
                              { value: '', label: '—' },
                              { value: 'R', label: 'R' },
                              { value: 'A', label: 'A' },
                              { value: 'C', label: 'C' },
                              { value: 'I', label: 'I' },
                            ]}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {problems.length > 0 && (
            <Alert color="orange" variant="light" title="Fix before saving" role="alert">
              {problems.map((p) => (
                <Text size="sm" key={`${p.decisionType}-${p.scope}-${p.message}`}>
                  {DECISION_TYPE_LABELS[p.decisionType]} ({unitName(p.scope)}): {p.message}
                </Text>
              ))}
            </Alert>
          )}
          <FormError error={error} />
          {canEdit && (
            <Group>
              <Button onClick={save} loading={saving} disabled={problems.length > 0}>
                Save decision rights
              </Button>
            </Group>
          )}
          <PatternsPanel canEdit={canEdit} />
        </>
      )}
    </Stack>
  );
}
