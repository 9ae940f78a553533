import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { diagnosticApi } from '../../api/diagnostic';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { PositionSection } from '../Diagnostic/DiagnosticPage';
import { MaturityRadar } from '../Diagnostic/MaturityRadar';
import { MaturityTable } from '../Diagnostic/MaturityTable';
import { IndicatorTable, NextSteps, PortfolioByStage, ValueDelivered } from './ExecutiveSections';

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

function Section({
  title,
  children,
  breakBefore,
}: {
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
}) {
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="section"
      aria-label={title}
      className={breakBefore ? 'print-page-break' : undefined}
    >
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** One page for executives: where we stand, why, what it has delivered and what to do next. Prints to PDF. */
export function ExecutivePage() {
  const orgKey = useOrgKey();
  const summary = useQuery(pageQueries.executiveSummary(orgKey));
  const next = useQuery(pageQueries.recommendations(orgKey));
  const markdown = useMutation({
    mutationFn: diagnosticApi.executiveMarkdown,
    onSuccess: ({ blob, filename }) => download(blob, filename),
  });

  if (summary.isError) return <QueryError error={summary.error} onRetry={() => summary.refetch()} />;
  if (!summary.data) return <PageSkeleton />;
  const s = summary.data;
  return (
    <Stack gap="lg" className="executive-summary">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {s.organizationName}
          </Text>
          <Title order={1} size="h2">
            Executive summary
          </Title>
          <Text size="sm" c="dimmed">
            Computed from this organization's data on {formatDateTime(s.generatedAt)}.
          </Text>
        </Stack>
        <Group gap="sm" data-print-hide>
          <Button
            variant="default"
            leftSection={<Icon name="download" size={16} />}
            onClick={() => markdown.mutate()}
            loading={markdown.isPending}
          >
            Download Markdown
          </Button>
          <Button leftSection={<Icon name="docs" size={16} />} onClick={() => window.print()}>
            Print or save as PDF
          </Button>
        </Group>
      </Group>
      <FormError error={markdown.error} />
      <Section title="Where we stand">
        <PositionSection diagnostic={s.diagnostic} />
      </Section>
      <Section title="Portfolio by stage">
        <PortfolioByStage portfolio={s.portfolio} />
      </Section>
      {/* Below the first screen: drawn once the top has been painted. */}
      <AfterFirstPaint>
        <Section title="Value delivered">
          <ValueDelivered value={s.value} />
        </Section>
        <Section title="Next steps the optimizer recommends">
          {next.isError ? (
            <QueryError error={next.error} onRetry={() => next.refetch()} />
          ) : next.isPending ? (
            <Text size="sm" c="dimmed">
              Loading…
            </Text>
          ) : (
            <NextSteps recommendations={next.data ?? null} />
          )}
        </Section>
        <Section title="Capability maturity" breakBefore>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <MaturityRadar scores={s.diagnostic.maturity} height={260} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <MaturityTable scores={s.diagnostic.maturity} />
            </Grid.Col>
          </Grid>
        </Section>
        <Section title="All indicators">
          <IndicatorTable indicators={s.diagnostic.indicators} />
        </Section>
      </AfterFirstPaint>
    </Stack>
  );
}
