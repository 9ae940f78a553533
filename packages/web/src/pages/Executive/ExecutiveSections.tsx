import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatIndicatorValue } from '@trellis/core';
import { Link } from 'react-router';
import type { ExecutiveSummary, Indicator, Recommendations } from '../../api/diagnostic';
import { EmptyNote } from '../../components/EmptyNote';
import { formatDate } from '../../format';
import { StatusBadge } from '../Diagnostic/IndicatorCard';
import { STAGE_COLORS, STAGE_LABELS } from '../Portfolio/registry';

type Stage = keyof typeof STAGE_LABELS;

export function PortfolioByStage({ portfolio }: { portfolio: ExecutiveSummary['portfolio'] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, xl: 7 }} spacing="sm">
      {portfolio.map((p) => (
        <Card key={p.stage} withBorder padding="sm" radius="md" className="print-avoid-break">
          <Badge color={STAGE_COLORS[p.stage as Stage]} variant="light">
            {STAGE_LABELS[p.stage as Stage]}
          </Badge>
          <Text fw={700} size="xl" mt={4} aria-label={`${STAGE_LABELS[p.stage as Stage]}: ${p.count}`}>
            {p.count}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={3}>
            {p.applications.join(', ') || '—'}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

const VERDICT_COLORS = {
  improved: 'teal',
  worsened: 'red',
  inconclusive: 'gray',
  'not-enough-evidence': 'gray',
} as const;

export function ValueDelivered({ value }: { value: ExecutiveSummary['value'] }) {
  if (value.length === 0)
    return (
      <EmptyNote
        title="No measured value yet"
        description="Applications in pilot, expanding or scaled show their evidence here once a metric has baseline and pilot measurements."
      />
    );
  return (
    // Narrow screens scroll the table inside its box; the verdict column is never cut off.
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder fz="sm" aria-label="Value delivered">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Application</Table.Th>
            <Table.Th>Metric</Table.Th>
            <Table.Th>What the evidence says (95% interval)</Table.Th>
            <Table.Th>Verdict</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.map((v) => (
            <Table.Tr key={`${v.applicationId}-${v.metric}`} className="print-avoid-break">
              <Table.Td>
                <Anchor component={Link} to={`/portfolio/${v.applicationId}/evidence`} size="sm">
                  {v.applicationName}
                </Anchor>
              </Table.Td>
              <Table.Td>{v.metric}</Table.Td>
              <Table.Td>{v.claim}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={`var(--mantine-color-${VERDICT_COLORS[v.verdict]}-text)`}>
                  {v.verdictLabel}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  return (
    // Narrow screens scroll the table inside its box; the verdict column is never cut off.
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder fz="sm" aria-label="Diagnostic indicators">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Indicator</Table.Th>
            <Table.Th>Side</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th>Alarm at</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((i) => (
            <Table.Tr key={i.key}>
              <Table.Td title={i.definition}>{i.label}</Table.Td>
              <Table.Td>{i.side === 'scale_everything' ? 'Scale-everything' : 'Governance-first'}</Table.Td>
              <Table.Td>{formatIndicatorValue(i.unit, i.value)}</Table.Td>
              <Table.Td>{formatIndicatorValue(i.unit, i.alarm)}</Table.Td>
              <Table.Td>
                <StatusBadge status={i.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function NextSteps({ recommendations }: { recommendations: Recommendations | null }) {
  if (!recommendations)
    return (
      <EmptyNote
        title="The optimizer has not been run yet"
        description="It recommends which expansion steps to start, and when, within the units' change capacity."
        action={
          <Anchor component={Link} to="/sequencing/optimizer" data-print-hide>
            Run the optimizer
          </Anchor>
        }
      />
    );
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        From the optimizer run of {formatDate(recommendations.createdAt)}.
      </Text>
      {recommendations.steps.length === 0 ? (
        <Text size="sm">The latest plan starts no step.</Text>
      ) : (
        // On a phone the four columns are wider than the card: the table scrolls sideways, not cut off.
        <Table.ScrollContainer minWidth={340}>
          <Table withTableBorder fz="sm" aria-label="Recommended next steps">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Start</Table.Th>
                <Table.Th>Application</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th ta="right">Value</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recommendations.steps.map((s) => (
                <Table.Tr key={s.stageId}>
                  <Table.Td>{formatDate(s.startDate)}</Table.Td>
                  <Table.Td>{s.applicationName}</Table.Td>
                  <Table.Td>{s.stageName}</Table.Td>
                  <Table.Td ta="right">{s.value.toFixed(1)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {recommendations.deferred.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Deferred
          </Text>
          {recommendations.deferred.map((s) => (
            <Group key={s.stageId} gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm">
                {s.applicationName}, {s.stageName}:{' '}
                <Text span c="dimmed">
                  {s.reason}
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
