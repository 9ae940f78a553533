import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Diagnostic, Indicator } from '../../api/diagnostic';
import { lazyModal } from '../../components/lazy-modal';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { Drivers } from './Drivers';
import { IndicatorCard } from './IndicatorCard';
import { MaturityHistory } from './MaturityHistory';
import { MaturityRadar } from './MaturityRadar';
import { MaturityTable } from './MaturityTable';
import { PositionGauge } from './PositionGauge';

const SelfAssessmentModal = lazyModal(() =>
  import('./SelfAssessmentModal').then((m) => m.SelfAssessmentModal),
);

function IndicatorColumn({ title, hint, items }: { title: string; hint: string; items: Indicator[] }) {
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {items.map((i) => (
          <IndicatorCard key={i.key} indicator={i} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The position with the reasons for it, used here and on the executive summary. */
export function PositionSection({ diagnostic }: { diagnostic: Diagnostic }) {
  if (diagnostic.position.withoutData.length === diagnostic.indicators.length)
    return (
      <Stack gap={4}>
        <Text fw={700} size="xl" data-testid="diagnostic-zone">
          No reading yet
        </Text>
        <Text size="sm" c="dimmed" maw={640}>
          None of the indicators has data yet. They fill in as applications, workflows, org units, decisions
          and experiments are recorded; until then the diagnostic takes no position.
        </Text>
      </Stack>
    );
  if (diagnostic.position.zone === 'too_early')
    return (
      <Stack gap={4}>
        <Text fw={700} size="xl" data-testid="diagnostic-zone">
          Too early to tell
        </Text>
        <Text size="sm" c="dimmed" maw={640} data-testid="diagnostic-too-early">
          {diagnostic.position.judged} of {diagnostic.indicators.length} indicators{' '}
          {diagnostic.position.judged === 1 ? 'has' : 'have'} enough evidence for a status; the position needs{' '}
          {diagnostic.position.needed}. An indicator needs a minimum of data and time in use before it says
          anything (a rate per month needs a month), so a new organization is not judged on its first days.
          The indicators below say what each one still needs.
        </Text>
      </Stack>
    );
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="sm">
          <PositionGauge position={diagnostic.position} />
          <Text size="xs" c="dimmed">
            Each side is the mean pressure of its indicators with a status (0 at healthy, 1 at alarm); the
            position is governance pressure minus scale pressure. Indicators without data or too early to
            tell, which do not move it:{' '}
            {diagnostic.position.withoutData.length + diagnostic.position.tooEarly.length} of{' '}
            {diagnostic.indicators.length}.
          </Text>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            Why: what moves the position most
          </Title>
          <Drivers diagnostic={diagnostic} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function DiagnosticPage() {
  const orgKey = useOrgKey();
  const { can } = useOrganization();
  const [assessing, setAssessing] = useState(false);
  const diagnostic = useQuery(pageQueries.diagnostic(orgKey));
  const maturity = useQuery(pageQueries.maturity(orgKey));

  if (diagnostic.isError) return <QueryError error={diagnostic.error} onRetry={() => diagnostic.refetch()} />;
  if (!diagnostic.data) return <PageSkeleton />;
  const d = diagnostic.data;
  const side = (s: Indicator['side']) => d.indicators.filter((i) => i.side === s);

  return (
    <Stack gap="xl">
      <PageHeader
        title="Strategy diagnostic"
        description={`Are we drifting toward scaling everything at once, or toward governance that stalls? Every indicator is computed from this organization's data over three 30-day windows (to ${formatDateTime(d.generatedAt)}).`}
        actions={
          <Button component={Link} to="/executive" variant="light">
            Executive summary
          </Button>
        }
      />
      <Card withBorder padding="lg" radius="md">
        <PositionSection diagnostic={d} />
      </Card>
      <Stack gap="xl">
        <IndicatorColumn
          title="Signs of scaling everything"
          hint="Expanding faster than quality, people and evidence can follow."
          items={side('scale_everything')}
        />
        <IndicatorColumn
          title="Signs of governance first"
          hint="Control so heavy that nothing moves."
          items={side('governance_first')}
        />
      </Stack>
      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <Group justify="space-between">
            <Stack gap={2}>
              <Title order={2} size="h4">
                Capability maturity
              </Title>
              <Text size="sm" c="dimmed" maw={640}>
                The four infrastructure capabilities that let pilots scale, 0–100: the data score is 100 × (1
                − the mean pressure of the capability's indicators with a status), too early to tell until
                half of them have one; the self-assessment maps answers 1–5 to 0–100; the score is the mean of
                the two that exist.
              </Text>
            </Stack>
            {can('diagnostic', 'lead') && (
              <Button onClick={() => setAssessing(true)} disabled={!maturity.data}>
                Take the self-assessment
              </Button>
            )}
          </Group>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <MaturityRadar scores={d.maturity} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <MaturityTable scores={d.maturity} />
                <Title order={3} size="h5">
                  History
                </Title>
                {maturity.isError ? (
                  <QueryError error={maturity.error} onRetry={() => maturity.refetch()} />
                ) : (
                  maturity.data && <MaturityHistory history={maturity.data.history} />
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </Card>
      <SelfAssessmentModal opened={assessing} onClose={() => setAssessing(false)} maturity={maturity.data} />
    </Stack>
  );
}
