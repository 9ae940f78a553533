import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { decisionsApi } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { EvaluationResults } from './EvaluationResults';
import { ScoreForm } from './ScoreForm';

/** One evaluation: your sheets until you submit, then everyone's scores, the ranking and its sensitivity. */
export function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const evaluation = useQuery({
    queryKey: orgKey('evaluation', evaluationId),
    queryFn: () => decisionsApi.evaluation(evaluationId),
  });
  if (evaluation.isPending) return <PageSkeleton />;
  if (evaluation.isError) return <QueryError error={evaluation.error} onRetry={() => evaluation.refetch()} />;
  const e = evaluation.data;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/decisions/evaluations" size="sm">
          Evaluations
        </Anchor>
        <Text size="sm">{e.title}</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {e.title}
        </Title>
        <Text size="sm" c="dimmed">
          {e.rubric.name}, version {e.rubric.version.version} · {e.candidates.length} candidates
        </Text>
        <Group gap={6} aria-label="Assessors">
          {e.assessors.map((a) => (
            <Badge
              key={a.userId}
              variant={a.submitted ? 'filled' : 'outline'}
              color={a.submitted ? 'teal' : 'gray'}
            >
              {a.name}: {a.submitted ? 'submitted' : 'scoring'}
            </Badge>
          ))}
        </Group>
      </Stack>
      {e.me && !e.me.submitted ? (
        <ScoreForm
          evaluation={e}
          onSubmitted={() => queryClient.invalidateQueries({ queryKey: orgKey('evaluation', evaluationId) })}
        />
      ) : e.results ? (
        <EvaluationResults evaluation={e} />
      ) : (
        <EmptyNote
          title={e.canSeeResults ? 'No scores yet' : 'Results are not open to you'}
          description={
            e.canSeeResults
              ? 'Results appear as soon as an assessor submits.'
              : 'Leads and assessors who have submitted see the scores.'
          }
        />
      )}
    </Stack>
  );
}
