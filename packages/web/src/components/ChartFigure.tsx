import { Box, Button, Stack, Table } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';

/**
 * A chart as people who cannot see it meet it: the drawing is one image with a summary as its name
 * (role="img" + aria-label), and the numbers behind it are a real table one "Show as table" away.
 */
export function ChartFigure({
  label,
  columns,
  rows,
  children,
}: {
  /** What the chart shows, in words: the image's accessible name. */
  label: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  return (
    <Stack gap={4}>
      <Box role="img" aria-label={label}>
        {children}
      </Box>
      <Button
        variant="subtle"
        size="compact-xs"
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={asTable}
        aria-controls={tableId}
        onClick={() => setAsTable((open) => !open)}
        data-print-hide
      >
        {asTable ? 'Hide table' : 'Show as table'}
      </Button>
      {asTable && (
        <Table.ScrollContainer minWidth={280} id={tableId}>
          <Table withTableBorder striped fz="sm">
            <Table.Caption>{label}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a chart's rows have no identity beyond order
                <Table.Tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                      <Table.Th key={j} scope="row" fw={400}>
                        {cell ?? '—'}
                      </Table.Th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                      <Table.Td key={j}>{cell ?? '—'}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
