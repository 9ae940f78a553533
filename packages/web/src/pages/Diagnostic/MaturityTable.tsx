import { Table } from '@mantine/core';
import { countNoun, MATURITY_LABELS } from '@trellis/core';
import type { MaturityScore } from '../../api/diagnostic';

const show = (v: number | null) => (v === null ? '–' : Math.round(v));

/** A data score, or why there is none yet (fewer than half of the capability's indicators have a status). */
const showData = (s: MaturityScore) =>
  s.dataScore !== null
    ? Math.round(s.dataScore)
    : s.judged !== undefined && s.indicators !== undefined
      ? `too early (${s.judged} of ${countNoun(s.indicators, 'indicator')})`
      : '–';

/** The radar's numbers, for reading and for print. */
export function MaturityTable({ scores }: { scores: MaturityScore[] }) {
  return (
    <Table withTableBorder fz="sm" aria-label="Capability maturity scores">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Capability</Table.Th>
          <Table.Th ta="right">Score</Table.Th>
          <Table.Th ta="right">From the data</Table.Th>
          <Table.Th ta="right">Self-assessed</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {scores.map((s) => (
          <Table.Tr key={s.capability}>
            <Table.Td>{MATURITY_LABELS[s.capability]}</Table.Td>
            <Table.Td ta="right">
              {s.score === null && s.selfScore === null ? 'too early' : show(s.score)}
            </Table.Td>
            <Table.Td ta="right">{showData(s)}</Table.Td>
            <Table.Td ta="right">{show(s.selfScore)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
