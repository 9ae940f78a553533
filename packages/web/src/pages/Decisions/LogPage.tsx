import { Accordion, Badge, Card, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DECISION_TYPE_LABELS } from '@trellis/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { decisionsApi } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { LoadMore } from '../../components/LoadMore';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { DecisionsHeader } from './DecisionsHeader';
import { hours, percent } from './format';

function Metrics() {
  const orgKey = useOrgKey();
  const window = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - 30 * 86_400_000).toISOString(), to: to.toISOString() };
  }, []);
  const metrics = useQuery({
    queryKey: orgKey('decision-metrics', window.from),
    queryFn: () => decisionsApi.metrics(window.from, window.to),
  });
  if (!metrics.data) return null;
  const m = metrics.data;
  const stat = (label: string, value: string, hint: string) => (
    <Card withBorder padding="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="xl">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" aria-label="Decision speed, last 30 days">
      {stat('Decided (30 days)', String(m.decided), `${m.approved} approved, ${m.rejected} rejected`)}
      {stat(
        'Self-serve share',
        m.selfServeShare === null ? '—' : percent(m.selfServeShare),
        'low risk or pre-approved',
      )}
      {stat(
        'Lead time with approvers',
        hours(m.approverLeadTimeHours.median),
        `median; p90 ${hours(m.approverLeadTimeHours.p90)}`,
      )}
      {stat(
        'Open requests',
        String(m.open),
        `median age ${hours(m.openAgeHours.median)} · ${m.overdue} overdue`,
      )}
    </SimpleGrid>
  );
}

/** Every decision with who, when, why and the evidence frozen at that moment. */
export function LogPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const log = usePagedList(orgKey('decision-log'), decisionsApi.log);
  return (
    <Stack gap="lg">
      <DecisionsHeader description="The decision log: every approved or rejected request and every automation boundary, with its rationale and the evidence as it stood when the decision was made." />
      {can('decisions', 'lead') && <Metrics />}
      {log.isPending ? (
        <TableSkeleton />
      ) : log.isError ? (
        <QueryError error={log.error} onRetry={() => log.refetch()} />
      ) : log.items.length === 0 ? (
        <EmptyNote
          title="No decisions yet"
          description="Approved and rejected requests and automation boundaries appear here."
        />
      ) : (
        <Accordion variant="separated" aria-label="Decision log">
          {log.items.map((entry) => (
            <Accordion.Item key={entry.id} value={String(entry.id)}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Stack gap={0}>
                    <Text fw={500} size="sm">
                      {entry.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {DECISION_TYPE_LABELS[entry.decisionType]} · {entry.decidedBy} ·{' '}
                      {formatDateTime(entry.decidedAt)}
                    </Text>
                  </Stack>
                  <Badge color={entry.outcome === 'approved' ? 'teal' : 'red'}>{entry.outcome}</Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="sm">
                    <b>Rationale:</b> {entry.rationale}
                  </Text>
                  {entry.requestId && (
                    <Text
                      size="sm"
                      component={Link}
                      to={`/decisions/requests/${entry.requestId}`}
                      td="underline"
                      c="inherit"
                    >
                      Open the request
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    Evidence at decision time
                  </Text>
                  <Code block>{JSON.stringify(entry.evidence, null, 2)}</Code>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <LoadMore {...log} />
    </Stack>
  );
}
