import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Idea, learningApi } from '../../api/learning';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { LearningNav } from './LearningNav';
import { IDEA_COLORS, StatusBadge } from './parts';

function ProposeIdeaForm() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { title: '', description: '' },
    validate: {
      title: (v) => (v.trim() ? null : 'Name the use case'),
      description: (v) => (v.trim() ? null : 'Say what AI would do, for whom'),
    },
  });
  const [typed] = useDebouncedValue(`${form.values.title} ${form.values.description}`.trim(), 300);
  const similar = useQuery({
    queryKey: orgKey('ideas', 'similar', typed),
    queryFn: () => learningApi.similarIdeas(typed),
    enabled: typed.length >= 3,
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (v) => {
    await learningApi.proposeIdea(v);
    form.reset();
    await queryClient.invalidateQueries({ queryKey: orgKey('ideas') });
  });
  const matches = typed.length >= 3 ? (similar.data?.items ?? []) : [];
  return (
    <Paper withBorder p="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Propose an idea">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Propose an AI use case
          </Title>
          <TextInput label="Use case" required {...form.getInputProps('title')} />
          <Textarea
            label="What AI would do, for whom"
            required
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          {matches.length > 0 && (
            <Alert color="yellow" title="Similar ideas already proposed" aria-label="Similar ideas">
              <Stack gap={2}>
                {matches.map((m) => (
                  <Text key={m.id} size="sm">
                    {m.title}{' '}
                    <Text span c="dimmed">
                      ({m.status.replaceAll('_', ' ')})
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              Propose idea
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function IdeaCard({ idea, open }: { idea: Idea; open: Idea[] }) {
  const others = open.filter((o) => o.id !== idea.id);
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [into, setInto] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('ideas') });
  const act = useMutation({
    mutationFn: async (action: 'under_evaluation' | 'accepted' | 'declined' | 'merge' | 'convert') => {
      if (action === 'merge') return into ? learningApi.mergeIdea(idea.id, into) : idea;
      if (action === 'convert') {
        await learningApi.convertIdea(idea.id);
        await queryClient.invalidateQueries({ queryKey: orgKey('learning-options') });
        return idea;
      }
      return learningApi.decideIdea(idea.id, { status: action });
    },
    onSuccess: refresh,
  });
  const lead = can('learning', 'lead');
  const canEvaluate = idea.status === 'new' || idea.status === 'under_evaluation';
  return (
    <Card withBorder padding="md" data-testid={`idea-${idea.title}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600}>{idea.title}</Text>
            <Text size="sm" c="dimmed">
              {idea.description}
            </Text>
            <Text size="xs" c="dimmed">
              Proposed by {idea.proposedBy?.name ?? 'an integration'} on {formatDate(idea.createdAt)}
              {idea.applicationId && ' · now an application in the portfolio'}
            </Text>
          </Stack>
          <StatusBadge status={idea.status} color={IDEA_COLORS[idea.status]} />
        </Group>
        {lead && (canEvaluate || (idea.status === 'accepted' && !idea.applicationId)) && (
          <Group gap="xs">
            {idea.status === 'new' && (
              <Button size="xs" variant="light" onClick={() => act.mutate('under_evaluation')}>
                Start evaluation
              </Button>
            )}
            {idea.status === 'under_evaluation' && (
              <Button size="xs" onClick={() => act.mutate('accepted')}>
                Accept
              </Button>
            )}
            {canEvaluate && (
              <Button size="xs" variant="default" onClick={() => act.mutate('declined')}>
                Decline
              </Button>
            )}
            {idea.status === 'accepted' && !idea.applicationId && (
              <Button size="xs" onClick={() => act.mutate('convert')}>
                Create application
              </Button>
            )}
            {canEvaluate && others.length > 0 && (
              <Group gap={4}>
                <Select
                  aria-label={`Merge ${idea.title} into`}
                  placeholder="Duplicate of…"
                  size="xs"
                  data={others.map((o) => ({ value: o.id, label: o.title }))}
                  value={into}
                  onChange={setInto}
                />
                <Button size="xs" variant="default" disabled={!into} onClick={() => act.mutate('merge')}>
                  Merge
                </Button>
              </Group>
            )}
          </Group>
        )}
        {act.isError && <QueryError error={act.error} title="Not changed" />}
      </Stack>
    </Card>
  );
}

export function IdeasPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const ideas = usePagedList(orgKey('ideas', 'all'), learningApi.ideas);
  const open = ideas.items.filter((i) => i.status === 'new' || i.status === 'under_evaluation');
  return (
    <Stack gap="lg">
      <PageHeader
        title="Ideas"
        description="Anyone can propose a new AI use case. Leads evaluate each one, merge duplicates, and turn accepted ideas into applications in the portfolio."
        actions={
          <Anchor component={Link} to="/portfolio" size="sm">
            Portfolio
          </Anchor>
        }
      />
      <LearningNav />
      {can('learning', 'contributor') && <ProposeIdeaForm />}
      {ideas.isPending ? (
        <TableSkeleton />
      ) : ideas.isError ? (
        <QueryError error={ideas.error} onRetry={() => ideas.refetch()} />
      ) : ideas.items.length === 0 ? (
        <EmptyNote title="No ideas yet" description="Propose the first AI use case above." />
      ) : (
        <Stack gap="xs">
          {ideas.items.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} open={open} />
          ))}
          <LoadMore {...ideas} />
        </Stack>
      )}
    </Stack>
  );
}
