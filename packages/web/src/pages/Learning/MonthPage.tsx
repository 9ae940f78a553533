import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { learningApi } from '../../api/learning';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { LearningNav } from './LearningNav';
import { RESULT_COLORS, StatusBadge } from './parts';

const monthName = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );

function Section({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {empty ? (
          <Text size="sm" c="dimmed">
            Nothing yet this month.
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

/** What the organization learned this month, on one page to share. */
export function MonthPage() {
  const { membership } = useOrganization();
  const orgKey = useOrgKey();
  const month = useQuery({ queryKey: orgKey('learning-month'), queryFn: learningApi.month });
  if (month.isPending) return <PageSkeleton />;
  if (month.isError) return <QueryError error={month.error} onRetry={() => month.refetch()} />;
  const m = month.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={`What we learned in ${monthName(m.start)}`}
        description={`${membership.organization.name}: insights confirmed and rejected, experiment results, and new ideas this month.`}
      />
      <LearningNav />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={`Confirmed insights (${m.confirmed.length})`} empty={!m.confirmed.length}>
          <List spacing="xs">
            {m.confirmed.map((i) => (
              <List.Item key={i.id}>
                <Anchor component={Link} to={`/learning/insights/${i.id}`}>
                  {i.statement}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
        <Section title={`Experiment results (${m.results.length})`} empty={!m.results.length}>
          <Stack gap="xs">
            {m.results.map((e) => (
              <Stack key={e.id} gap={2}>
                <Anchor component={Link} to={`/learning/experiments/${e.id}`}>
                  {e.title}
                </Anchor>
                {e.result && <StatusBadge status={e.result} color={RESULT_COLORS[e.result]} />}
                <Text size="sm" c="dimmed">
                  Decision: {e.decision}
                </Text>
              </Stack>
            ))}
          </Stack>
        </Section>
        <Section title={`Rejected insights (${m.rejected.length})`} empty={!m.rejected.length}>
          <List spacing="xs">
            {m.rejected.map((i) => (
              <List.Item key={i.id}>
                <Anchor component={Link} to={`/learning/insights/${i.id}`}>
                  {i.statement}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
        <Section title={`New ideas (${m.ideas.length})`} empty={!m.ideas.length}>
          <List spacing="xs">
            {m.ideas.map((i) => (
              <List.Item key={i.id}>
                {i.title}{' '}
                <Text span c="dimmed" size="sm">
                  ({i.status.replaceAll('_', ' ')})
                </Text>
              </List.Item>
            ))}
          </List>
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
