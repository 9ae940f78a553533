import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  NavLink,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RetrospectiveQuestion, retrospectiveQuestions } from '@trellis/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { coreReviewApi, type EvidenceLink, type Retrospective } from '../../api/core-review';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { type AnswerDraft, linkKey, RetrospectiveAnswerField } from './RetrospectiveAnswerField';

type Drafts = Record<RetrospectiveQuestion, AnswerDraft>;

const toDrafts = (r: Retrospective | null): Drafts =>
  Object.fromEntries(
    retrospectiveQuestions.map(({ key }) => [
      key,
      { text: r?.answers[key].text ?? '', links: r?.answers[key].links.map(linkKey) ?? [] },
    ]),
  ) as Drafts;

const fromKey = (key: string) => {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at), id: key.slice(at + 1) };
};

/** The pilot retrospective: four questions, answers with evidence, saved as versions. */
export function RetrospectivePage() {
  const { applicationId = '' } = useParams();
  const { can } = useOrganization();
  const canEdit = can('core_review', 'contributor');
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const retrospective = pageQueries.retrospective(orgKey, applicationId);
  const key = retrospective.queryKey;
  const state = useQuery(retrospective);
  const options = useQuery(pageQueries.linkOptions(orgKey, applicationId));
  const statuses = useQuery(pageQueries.coreReviewStatuses(orgKey));
  const [viewing, setViewing] = useState<number | null>(null);
  const older = useQuery({
    queryKey: orgKey('retrospective', applicationId, viewing),
    queryFn: () => coreReviewApi.retrospectiveVersion(applicationId, viewing ?? 0),
    enabled: viewing !== null,
  });
  const [drafts, setDrafts] = useState<Drafts>(toDrafts(null));
  const [baseVersion, setBaseVersion] = useState(0);
  useEffect(() => {
    if (!state.data) return;
    setDrafts(toDrafts(state.data.current));
    setBaseVersion(state.data.current?.version ?? 0);
  }, [state.data]);

  const save = useMutation({
    mutationFn: () =>
      coreReviewApi.saveRetrospective(applicationId, {
        baseVersion,
        answers: Object.fromEntries(
          retrospectiveQuestions.map(({ key: q }) => [
            q,
            { text: drafts[q].text, links: drafts[q].links.map(fromKey) },
          ]),
        ) as Record<RetrospectiveQuestion, { text: string; links: { kind: string; id: string }[] }>,
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: `Saved as version ${saved.version}.` });
      setViewing(null);
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: orgKey('core-review') });
    },
  });

  if (state.isPending) return <Skeleton h={500} />;
  if (state.isError) return <QueryError error={state.error} onRetry={() => state.refetch()} />;
  const name = statuses.data?.items.find((s) => s.applicationId === applicationId)?.name;
  const shown = viewing !== null && older.data ? toDrafts(older.data) : drafts;
  const readOnly = !canEdit || viewing !== null;
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const linkOptions: EvidenceLink[] = options.data?.items ?? [];
  const next = (state.data.current?.version ?? 0) + 1;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/core-review/${applicationId}`} size="sm">
        ← Sustainable core{name ? ` of ${name}` : ''}
      </Anchor>
      <PageHeader
        title={name ? `${name}: pilot retrospective` : 'Pilot retrospective'}
        description="Four questions before scaling. Link each answer to the evidence it rests on; every save keeps the earlier versions."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Card withBorder padding="lg">
            {viewing !== null && (
              <Alert variant="light" color="blue" mb="md" title={`Version ${viewing} (read only)`}>
                <Button size="xs" variant="light" onClick={() => setViewing(null)}>
                  Back to the current version
                </Button>
              </Alert>
            )}
            <form
              aria-label="Retrospective"
              onSubmit={(event) => {
                event.preventDefault();
                save.mutate();
              }}
            >
              <Stack gap="lg">
                {retrospectiveQuestions.map((q) => (
                  <RetrospectiveAnswerField
                    key={q.key}
                    label={q.label}
                    value={shown[q.key]}
                    options={
                      viewing !== null && older.data
                        ? older.data.answers[q.key].links
                        : [...linkOptions, ...(state.data.current?.answers[q.key].links ?? [])].filter(
                            (o, i, all) => all.findIndex((x) => linkKey(x) === linkKey(o)) === i,
                          )
                    }
                    error={
                      Object.entries(fieldErrors).find(([path]) => path.startsWith(`answers.${q.key}`))?.[1]
                    }
                    readOnly={readOnly}
                    onChange={(value) => setDrafts((d) => ({ ...d, [q.key]: value }))}
                  />
                ))}
                {stale ? (
                  <Alert color="orange" variant="light" title="Someone saved a newer version" role="alert">
                    <Text size="sm" mb="xs">
                      {(save.error as ApiError).detail}
                    </Text>
                    <Button
                      size="xs"
                      variant="light"
                      color="orange"
                      onClick={() => state.refetch().then(() => save.reset())}
                    >
                      Load the newest version
                    </Button>
                  </Alert>
                ) : (
                  <FormError error={Object.keys(fieldErrors).length ? null : save.error} />
                )}
                {!readOnly && (
                  <Group>
                    <Button type="submit" loading={save.isPending}>
                      {next === 1 ? 'Save version 1' : `Save as version ${next}`}
                    </Button>
                  </Group>
                )}
              </Stack>
            </form>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Card withBorder padding="md">
            <Title order={2} size="h5" mb="xs">
              Versions
            </Title>
            {state.data.versions.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing saved yet.
              </Text>
            ) : (
              <Stack gap={0} aria-label="Retrospective versions" role="list">
                {state.data.versions.map((v, i) => (
                  <NavLink
                    key={v.version}
                    role="listitem"
                    active={viewing === v.version || (viewing === null && i === 0)}
                    label={
                      <Group gap={6}>
                        <span>Version {v.version}</span>
                        {i === 0 && (
                          <Badge size="xs" variant="light">
                            current
                          </Badge>
                        )}
                      </Group>
                    }
                    description={`${v.createdByName} · ${formatDateTime(v.createdAt)}`}
                    onClick={() => setViewing(i === 0 ? null : v.version)}
                  />
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
