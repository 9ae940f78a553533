import {
  Badge,
  Drawer,
  Group,
  NumberInput,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { capacityApi, type HeatmapCell, type OrgUnit } from '../../api/capacity';
import { EmptyNote } from '../../components/EmptyNote';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { CellDetail } from './CellDetail';
import { formatRatio, monthLabel, monthOf, STATUS_COLOR, STATUS_LABEL, treeOrder } from './format';

function Cell({ unit, cell, onOpen }: { unit: OrgUnit; cell: HeatmapCell; onOpen: () => void }) {
  const color = STATUS_COLOR[cell.status];
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={`${unit.name}, ${monthLabel(cell.month)}: ${formatRatio(cell.ratio)} of capacity, ${STATUS_LABEL[cell.status].toLowerCase()}`}
      data-status={cell.status}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'center',
        padding: '6px 4px',
        borderRadius: 4,
        fontSize: 12,
        background: cell.load === 0 ? 'transparent' : `var(--mantine-color-${color}-light)`,
        color: cell.load === 0 ? 'var(--mantine-color-dimmed)' : `var(--mantine-color-${color}-light-color)`,
        fontWeight: cell.status === 'red' ? 700 : 500,
      }}
    >
      {cell.load === 0 ? '·' : formatRatio(cell.ratio)}
    </UnstyledButton>
  );
}

/** Units × months, load against capacity rolled up the hierarchy; a cell opens the changes behind it. */
export function HeatmapPanel() {
  const orgKey = useOrgKey();
  const [from, setFrom] = useState(() => monthOf(new Date()));
  const [months, setMonths] = useState(12);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(from);
  const heatmap = useQuery({
    queryKey: orgKey('capacity', 'heatmap', from, months),
    queryFn: () => capacityApi.heatmap(from, months),
    enabled: valid,
  });
  const [open, setOpen] = useState<{ unit: OrgUnit; cell: HeatmapCell } | null>(null);

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <TextInput
          label="From month"
          type="month"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          error={valid ? null : 'Pick a month'}
          w={180}
        />
        <NumberInput
          label="Months"
          min={1}
          max={36}
          value={months}
          onChange={(v) => setMonths(Number(v) || 12)}
          w={110}
        />
        <Group gap="xs" pb={6}>
          {(['green', 'amber', 'red'] as const).map((s) => (
            <Badge key={s} color={STATUS_COLOR[s]} variant="light">
              {STATUS_LABEL[s]}
            </Badge>
          ))}
        </Group>
      </Group>
      {heatmap.isPending && valid ? (
        <TableSkeleton />
      ) : heatmap.isError ? (
        <QueryError error={heatmap.error} />
      ) : heatmap.data && heatmap.data.rows.length === 0 ? (
        <EmptyNote
          title="No org units yet"
          description="Add your divisions, departments and teams under “Units” first."
        />
      ) : heatmap.data ? (
        <Paper withBorder>
          <ScrollArea>
            <Table withColumnBorders={false} verticalSpacing={4} aria-label="Change load heatmap">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th miw={180}>Unit</Table.Th>
                  {heatmap.data.months.map((m) => (
                    <Table.Th key={m} ta="center" fz="xs" miw={58}>
                      {monthLabel(m)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {treeOrder(heatmap.data.rows.map((r) => r.unit)).map(({ unit, depth }) => {
                  const row = heatmap.data.rows.find((r) => r.unit.id === unit.id)!;
                  return (
                    <Table.Tr key={unit.id}>
                      <Table.Td pl={12 + depth * 18}>
                        <Text size="sm" fw={depth === 0 ? 600 : 400}>
                          {unit.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {unit.kind} · capacity {Math.round(row.capacity)} pts/month
                        </Text>
                      </Table.Td>
                      {row.cells.map((cell) => (
                        <Table.Td key={cell.month} p={2}>
                          <Cell unit={unit} cell={cell} onOpen={() => setOpen({ unit, cell })} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      ) : null}
      <Text size="xs" c="dimmed">
        Load = Σ aspect magnitudes (0–5) × people affected, in every month a change runs (partial months pro
        rata). Default capacity = 10 points per person per month. A unit shows its own load plus the units
        below it.
      </Text>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="lg"
        title={open ? `${open.unit.name} · ${monthLabel(open.cell.month)}` : ''}
      >
        {open && <CellDetail unit={open.unit} cell={open.cell} />}
      </Drawer>
    </Stack>
  );
}
