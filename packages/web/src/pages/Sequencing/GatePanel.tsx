import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { countNoun } from '@trellis/core';
import type { CriterionEvaluation, GateEvaluation } from '../../api/sequencing';
import { OUTCOME_COLORS, OUTCOME_LABELS, STATUS_COLORS, STATUS_LABELS } from '../../api/sequencing';
import { formatDateTime } from '../../format';

const pct = (x: unknown) => (typeof x === 'number' ? `${(x * 100).toFixed(1)}%` : '—');
const num = (x: unknown, digits = 2) => (typeof x === 'number' ? x.toFixed(digits) : '—');

type Row = Record<string, unknown>;
const rows = (e: Record<string, unknown>, key: string) => (Array.isArray(e[key]) ? (e[key] as Row[]) : []);

/** The evidence behind one criterion, in words a person checks against the source pages. */
function EvidenceLines({ c }: { c: CriterionEvaluation }) {
  const e = c.evidence;
  let lines: string[] = [];
  switch (c.kind) {
    case 'quality':
      lines = rows(e, 'tasks').map((t) =>
        !t.hasStandard
          ? `${t.name}: no quality standard`
          : typeof t.estimate === 'number'
            ? `${t.name}: ${t.reviewed} reviewed, defect rate ${pct(t.estimate)} (95% interval ${pct(t.lower)}–${pct(t.upper)})`
            : `${t.name}: ${t.reviewed} reviewed, no defect rate yet`,
      );
      break;
    case 'adoption':
      lines = rows(e, 'units').map((u) =>
        u.activeUsers === null
          ? `${u.name}: not reported`
          : `${u.name}: ${u.activeUsers} of ${u.headcount} active (${pct(u.share)})`,
      );
      break;
    case 'pulse':
      lines = rows(e, 'units').map((u) =>
        u.overall === null
          ? `${u.name}: no readiness shown${Number(u.suppressedRounds) > 0 ? ` (${countNoun(Number(u.suppressedRounds), 'round')} under 3 respondents)` : ''}`
          : `${u.name}: ${num(u.overall)} of 5 from ${countNoun(Number(u.respondents), 'person', 'people')}`,
      );
      break;
    case 'capacity':
      lines = rows(e, 'units').map(
        (u) =>
          `${u.name}: ${u.fits ? `fits (worst month ${u.worstStatus})` : `over tolerance in ${u.worstMonth} by ${u.maxOvershoot} points`}`,
      );
      break;
    case 'automation_boundaries':
      lines = rows(e, 'tasks').map((t) => `${t.name}: ${t.mode ?? 'not decided'}`);
      break;
    case 'min_duration':
      lines = [
        `Started ${e.startedAt}; ${e.monthsRun} of ${countNoun(Number(e.months), 'month')}; ready on ${e.readyOn}`,
      ];
      break;
    case 'approvals':
      lines = rows(e, 'requests').map((r) => `${r.title}: ${r.status}`);
      break;
    case 'core_review':
      lines = e.packageId
        ? [`Scaling package v${e.version}${e.current ? ', current' : ', elements changed since'}`]
        : [];
      break;
  }
  return (
    <Stack gap={0}>
      {lines.map((l) => (
        <Text key={l} size="xs" c="dimmed">
          {l}
        </Text>
      ))}
    </Stack>
  );
}

/** The running stage's gate: each criterion's status and evidence, the recommendation, and "Decide". */
export function GatePanel({
  gate,
  nextName,
  canDecide,
  onDecide,
}: {
  gate: GateEvaluation;
  nextName: string | null;
  canDecide: boolean;
  onDecide: () => void;
}) {
  const insufficient = gate.status === 'not_enough_evidence' && gate.recommendation === 'hold';
  return (
    <Paper withBorder p="md" radius="md" role="region" aria-label={`Gate of ${gate.stageName}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>
            Gate: {gate.stageName} → {nextName ?? 'plan complete'}
          </Title>
          <Text size="xs" c="dimmed">
            Evaluated {formatDateTime(gate.evaluatedAt)}
          </Text>
        </Group>
        <Table aria-label="Gate criteria" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Evidence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gate.criteria.map((c) => (
              <Table.Tr key={c.kind}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {c.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[c.status]} variant="light">
                    {STATUS_LABELS[c.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.summary}</Text>
                  <EvidenceLines c={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Alert
          color={insufficient ? 'gray' : OUTCOME_COLORS[gate.recommendation]}
          variant="light"
          title={`Recommendation: ${insufficient ? 'not enough evidence — hold' : OUTCOME_LABELS[gate.recommendation]}`}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{gate.reason}</Text>
            {canDecide && (
              <Button size="xs" onClick={onDecide}>
                Decide
              </Button>
            )}
          </Group>
        </Alert>
      </Stack>
    </Paper>
  );
}
