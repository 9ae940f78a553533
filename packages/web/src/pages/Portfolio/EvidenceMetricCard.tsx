import { Alert, Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MetricEvidence, WindowSummary } from '../../api/evidence';
import { Icon } from '../../components/Icon';
import { EvidenceImportModal } from './EvidenceImportModal';
import { EvidenceIntervalChart } from './EvidenceIntervalChart';
import { EvidenceMeasurementModal } from './EvidenceMeasurementModal';
import { EvidenceMeasurementsTable } from './EvidenceMeasurementsTable';
import { EvidenceWindowsModal } from './EvidenceWindowsModal';
import {
  chartModel,
  formatLevel,
  GRADE_COLORS,
  GRADE_LABELS,
  KIND_LABELS,
  VERDICT_COLORS,
} from './evidence-format';

const METHOD_LABELS = {
  welch: 'Welch t interval',
  newcombe: 'Newcombe hybrid score interval',
  'bootstrap-bca': 'BCa bootstrap (2,000 seeded resamples)',
} as const;

function Side({
  label,
  summary,
  evidence,
}: {
  label: string;
  summary: WindowSummary;
  evidence: MetricEvidence;
}) {
  const sd = summary.sd !== null ? ` · sd ${formatLevel(evidence, summary.sd)}` : '';
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600}>{formatLevel(evidence, summary.estimate)}</Text>
      <Text size="xs" c="dimmed">
        n = {summary.n}
        {sd}
      </Text>
    </Stack>
  );
}

/** One metric: its claim with the interval drawn, sample sizes, the grade and why, and its data entry. */
export function EvidenceMetricCard({
  evidence,
  canEdit,
  canRecord,
}: {
  evidence: MetricEvidence;
  canEdit: boolean;
  canRecord: boolean;
}) {
  const { metric, comparison, grade } = evidence;
  // The verdict is graded on the server: an anecdote reads "not enough evidence yet", with a gray interval.
  const verdict = evidence.verdict;
  const [entering, entry] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);
  const [editingWindows, windowsEditor] = useDisclosure(false);
  const [showData, data] = useDisclosure(false);
  const model = chartModel(evidence);
  const w = metric.windows;
  const total = evidence.counts.baseline + evidence.counts.pilot + evidence.counts.comparison;
  return (
    <Card withBorder padding="lg" component="section" aria-label={metric.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {metric.name}
            </Title>
            <Text size="xs" c="dimmed">
              {KIND_LABELS[metric.kind]}
              {metric.unit ? ` in ${metric.unit}` : ''} · {metric.better} is better
              {metric.howMeasured ? ` · ${metric.howMeasured}` : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            <Badge color={GRADE_COLORS[grade.grade]} variant="light" data-testid="grade">
              {GRADE_LABELS[grade.grade]}
            </Badge>
            {verdict && evidence.verdictLabel && (
              <Badge color={VERDICT_COLORS[verdict]} variant="outline" tt="none" data-testid="verdict">
                {evidence.verdictLabel}
              </Badge>
            )}
          </Group>
        </Group>
        {evidence.claim ? (
          <Text fw={500} data-testid="claim">
            {evidence.claim}
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            No effect yet: each side of a comparison needs at least 2 measurements.
          </Text>
        )}
        {model && comparison && (
          <EvidenceIntervalChart
            model={model}
            color={verdict ? VERDICT_COLORS[verdict] : 'gray'}
            label={`${Math.round(comparison.confidence * 100)}% interval: ${model.format(model.lower)} to ${model.format(model.upper)}, estimate ${model.format(model.estimate)}`}
          />
        )}
        {comparison && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Side
              label={
                evidence.reference === 'comparison group, pilot window' ? 'Comparison group' : 'Baseline'
              }
              summary={comparison.baseline}
              evidence={evidence}
            />
            <Side label="Pilot" summary={comparison.pilot} evidence={evidence} />
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Method
              </Text>
              <Text size="sm">{METHOD_LABELS[comparison.method]}</Text>
              <Text size="xs" c="dimmed">
                {comparison.statistic}s compared
              </Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Rows recorded
              </Text>
              <Text size="sm">
                {evidence.counts.baseline} baseline · {evidence.counts.pilot} pilot
              </Text>
              <Text size="xs" c="dimmed">
                {evidence.counts.comparison} from a comparison group
              </Text>
            </Stack>
          </SimpleGrid>
        )}
        <Text size="sm">
          <Text span fw={600}>
            Why {GRADE_LABELS[grade.grade].toLowerCase()}:{' '}
          </Text>
          {grade.reason}
        </Text>
        {comparison?.caution && (
          <Alert color="yellow" variant="light" icon={<Icon name="alert" />} py="xs">
            {comparison.caution}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Baseline {w.baseline ? `${w.baseline.start} to ${w.baseline.end}` : 'not set'} · Pilot{' '}
          {w.pilot ? `${w.pilot.start} to ${w.pilot.end}` : 'not set'}
        </Text>
        <Group gap="xs">
          {canRecord && (
            <Button
              size="xs"
              leftSection={<Icon name="plus" />}
              onClick={entry.open}
              disabled={!w.baseline || !w.pilot}
            >
              Add measurements
            </Button>
          )}
          {canRecord && (
            <Button size="xs" variant="light" onClick={importer.open} disabled={!w.baseline || !w.pilot}>
              Import CSV
            </Button>
          )}
          {canEdit && (
            <Button size="xs" variant="default" onClick={windowsEditor.open}>
              {w.baseline && w.pilot ? 'Change windows' : 'Set windows'}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={data.toggle} aria-expanded={showData}>
            {showData ? 'Hide measurements' : `Show measurements (${total})`}
          </Button>
        </Group>
        <Collapse expanded={showData}>
          {showData && <EvidenceMeasurementsTable metric={metric} canDelete={canEdit} />}
        </Collapse>
      </Stack>
      <EvidenceMeasurementModal metric={metric} opened={entering} onClose={entry.close} />
      <EvidenceImportModal metric={metric} opened={importing} onClose={importer.close} />
      <EvidenceWindowsModal
        key={`${w.baseline?.start}-${w.pilot?.end}`}
        metric={metric}
        opened={editingWindows}
        onClose={windowsEditor.close}
      />
    </Card>
  );
}
