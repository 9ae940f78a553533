import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { learningApi, type SearchKind } from '../../api/learning';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate, localDayToIso } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { LearningNav } from './LearningNav';
import { Highlighted, KIND_LABELS, TagList } from './parts';

const FILTERS = ['q', 'kind', 'tag', 'from', 'to'] as const;
/** The kinds the Type filter offers (the search also finds retrospectives, unfiltered). */
const SEARCH_KINDS: readonly SearchKind[] = ['insight', 'experiment', 'idea', 'review_comment'];
/** The kind in the address, if it is one the search knows. */
const searchKind = (value: string) => SEARCH_KINDS.find((kind) => kind === value);

export function SearchPage() {
  const orgKey = useOrgKey();
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [draft, setDraft] = useState(current);
  const results = useQuery({
    queryKey: orgKey('search', current),
    enabled: current.q.trim().length > 0,
    queryFn: () =>
      learningApi.search({
        q: current.q,
        kind: searchKind(current.kind),
        ...(current.tag ? { tag: current.tag } : {}),
        ...(current.from ? { from: localDayToIso(current.from, 'start') } : {}),
        ...(current.to ? { to: localDayToIso(current.to, 'end') } : {}),
      }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim())));
  };
  const set = (key: (typeof FILTERS)[number]) => (value: string | null) =>
    setDraft((d) => ({ ...d, [key]: value ?? '' }));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Search"
        description="Insights, experiments, ideas and review comments across the organization. Use quotes for a phrase, - to leave a word out, or to allow either."
      />
      <LearningNav />
      <form onSubmit={submit} aria-label="Search">
        <Stack gap="sm">
          <Group align="flex-end">
            <TextInput
              label="Search for"
              value={draft.q}
              onChange={(e) => set('q')(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit">Search</Button>
          </Group>
          <Group grow>
            <Select
              label="Type"
              clearable
              value={draft.kind || null}
              onChange={set('kind')}
              data={SEARCH_KINDS.map((k) => ({
                value: k,
                label: KIND_LABELS[k] ?? k,
              }))}
            />
            <TextInput label="Tag" value={draft.tag} onChange={(e) => set('tag')(e.currentTarget.value)} />
            <TextInput
              label="From"
              type="date"
              value={draft.from}
              onChange={(e) => set('from')(e.currentTarget.value)}
            />
            <TextInput
              label="To"
              type="date"
              value={draft.to}
              onChange={(e) => set('to')(e.currentTarget.value)}
            />
          </Group>
        </Stack>
      </form>
      {!current.q ? (
        <EmptyNote
          title="Search what the organization learned"
          description="Type a few words: a task, a tool, a result."
        />
      ) : results.isPending ? (
        <TableSkeleton />
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => results.refetch()} />
      ) : results.data.items.length === 0 ? (
        <EmptyNote title="Nothing found" description="Try fewer or other words, or remove a filter." />
      ) : (
        <Stack gap="xs" aria-label="Search results">
          {results.data.items.map((hit) => (
            <Card key={`${hit.kind}:${hit.entityId}`} withBorder padding="md" data-testid="search-hit">
              <Stack gap={4}>
                <Group gap="xs">
                  <Badge size="sm" variant="light">
                    {KIND_LABELS[hit.kind] ?? hit.kind}
                  </Badge>
                  <Anchor component={Link} to={hit.link}>
                    <Highlighted parts={hit.title} fw={600} />
                  </Anchor>
                </Group>
                {hit.snippet.length > 0 && (
                  <Text size="sm" c="dimmed">
                    <Highlighted parts={hit.snippet} />
                  </Text>
                )}
                <Group gap="xs">
                  <TagList tags={hit.tags} />
                  <Text size="xs" c="dimmed">
                    {formatDate(hit.updatedAt)}
                  </Text>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
