import { Badge, Group, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { coreReviewApi, type DimensionReadiness } from '../../api/core-review';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';

const SOURCE_COLOR = { computed: 'teal', rated: 'blue', missing: 'gray' } as const;

function sourceLabel(d: DimensionReadiness): string {
  if (d.source === 'computed') return 'Computed';
  if (d.source === 'rated') return `Rated ${d.rating}/5`;
  return 'Missing';
}

/** Readiness as bars (0–100%), each with where its number comes from and why. */
export function ReadinessBars({ items }: { items: DimensionReadiness[] }) {
  return (
    <Stack gap="sm" role="list" aria-label="Scaling readiness">
      {items.map((d) => (
        <Stack key={d.dimension} gap={4} role="listitem" data-testid={`readiness-${d.dimension}`}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>
                {d.label}
              </Text>
              <Badge size="sm" variant="light" color={SOURCE_COLOR[d.source]} style={{ flexShrink: 0 }}>
                {sourceLabel(d)}
              </Badge>
            </Group>
            <Text size="sm" fw={600} c={d.score === null ? 'dimmed' : undefined}>
              {d.score === null ? '—' : `${Math.round(d.score * 100)}%`}
            </Text>
          </Group>
          <Progress
            value={d.score === null ? 0 : d.score * 100}
            color={SOURCE_COLOR[d.source]}
            size="md"
            aria-label={`${d.label} readiness`}
          />
          <Text size="xs" c="dimmed">
            {d.explanation}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** The application's readiness on the five things that don't scale by themselves; embeddable anywhere. */
export function ReadinessChart({ applicationId }: { applicationId: string }) {
  const orgKey = useOrgKey();
  const readiness = useQuery({
    queryKey: orgKey('readiness', applicationId),
    queryFn: () => coreReviewApi.readiness(applicationId),
  });
  if (readiness.isPending) return <Skeleton h={260} />;
  if (readiness.isError) return <QueryError error={readiness.error} onRetry={() => readiness.refetch()} />;
  return <ReadinessBars items={readiness.data.items} />;
}
