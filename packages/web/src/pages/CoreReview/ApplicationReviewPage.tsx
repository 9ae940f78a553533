import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BoardPosition } from '@trellis/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type CoreElement, coreReviewApi, type NewCoreElement } from '../../api/core-review';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { CoreBoard, describePlacement } from './CoreBoard';
import { downloadPackageMarkdown } from './download';
import { ElementForm } from './ElementForm';
import { ElementsTable } from './ElementsTable';
import { PackageSummary } from './PackageSummary';
import { RatingForm } from './RatingForm';
import { ReadinessBars } from './ReadinessChart';

function useReview(applicationId: string) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const elementsKey = orgKey('core-elements', applicationId);
  const refresh = () =>
    Promise.all(
      [
        elementsKey,
        orgKey('scaling-packages', applicationId),
        orgKey('readiness', applicationId),
        orgKey('core-review'),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  const replace = (saved: CoreElement) =>
    queryClient.setQueryData<{ items: CoreElement[] }>(elementsKey, (old) =>
      old ? { items: old.items.map((e) => (e.id === saved.id ? saved : e)) } : old,
    );
  return {
    elements: useQuery({ queryKey: elementsKey, queryFn: () => coreReviewApi.elements(applicationId) }),
    packages: useQuery({
      queryKey: orgKey('scaling-packages', applicationId),
      queryFn: () => coreReviewApi.packages(applicationId),
    }),
    readiness: useQuery({
      queryKey: orgKey('readiness', applicationId),
      queryFn: () => coreReviewApi.readiness(applicationId),
    }),
    statuses: useQuery({ queryKey: orgKey('core-review'), queryFn: coreReviewApi.statuses }),
    move: useMutation({
      mutationFn: ({ element, position }: { element: CoreElement; position: BoardPosition }) =>
        coreReviewApi.updateElement(element.id, { position }),
      onSuccess: async (saved) => {
        replace(saved);
        await refresh();
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Not moved', message: (error as Error).message }),
    }),
    remove: useMutation({
      mutationFn: (element: CoreElement) => coreReviewApi.deleteElement(element.id),
      onSuccess: refresh,
    }),
    add: async (element: NewCoreElement) => {
      await coreReviewApi.createElement(applicationId, element);
      await refresh();
    },
    generate: useMutation({
      mutationFn: () => coreReviewApi.generatePackage(applicationId),
      onSuccess: async (pkg) => {
        notifications.show({ color: 'teal', message: `Scaling package v${pkg.version} generated.` });
        await refresh();
      },
    }),
  };
}

export function ApplicationReviewPage() {
  const { applicationId = '' } = useParams();
  const { can } = useOrganization();
  const canEdit = can('core_review', 'contributor');
  const canLead = can('core_review', 'lead');
  const review = useReview(applicationId);
  const [announcement, setAnnouncement] = useState('');
  const status = review.statuses.data?.items.find((s) => s.applicationId === applicationId);
  const latest = review.packages.data?.items[0];

  if (review.elements.isError)
    return <QueryError error={review.elements.error} onRetry={() => review.elements.refetch()} />;
  const elements = review.elements.data?.items ?? [];
  const move = (element: CoreElement, position: BoardPosition) => review.move.mutate({ element, position });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/core-review" size="sm">
        ← Sustainable core
      </Anchor>
      <PageHeader
        title={status ? `${status.name}: sustainable core` : 'Sustainable core'}
        description="Place each pilot element on the board: is it fundamentally valuable or did it only work under pilot conditions, and can it be systematized or does it depend on heroic effort? The quadrant gives its recommendation."
        actions={
          <Button
            component={Link}
            to={`/portfolio/${applicationId}/retrospective`}
            variant="default"
            leftSection={<Icon name="docs" size={16} />}
          >
            Retrospective
          </Button>
        }
      />
      <VisuallyHidden role="status" aria-live="polite" data-testid="board-announcement">
        {announcement}
      </VisuallyHidden>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="sm">
              The board
            </Title>
            {review.elements.isPending ? (
              <Skeleton h={480} />
            ) : (
              <CoreBoard elements={elements} canEdit={canEdit} onMove={move} announce={setAnnouncement} />
            )}
            {announcement && (
              <Text size="sm" c="dimmed" mt="xs" aria-hidden>
                {announcement}
              </Text>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            {canEdit && (
              <Card withBorder padding="lg">
                <Title order={2} size="h4" mb="sm">
                  Add a pilot element
                </Title>
                <ElementForm onAdd={review.add} />
              </Card>
            )}
            <Card withBorder padding="lg">
              <Title order={2} size="h4" mb="sm">
                Scaling readiness
              </Title>
              {review.readiness.data ? (
                <Stack gap="md">
                  <ReadinessBars items={review.readiness.data.items} />
                  {canLead && (
                    <RatingForm applicationId={applicationId} items={review.readiness.data.items} />
                  )}
                </Stack>
              ) : (
                <Skeleton h={260} />
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {elements.length > 0 && (
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="sm">
            Elements and recommendations
          </Title>
          <ElementsTable
            elements={elements}
            canEdit={canEdit}
            onMove={(element, position) => {
              move(element, position);
              setAnnouncement(describePlacement(element.name, position));
            }}
            onDelete={(element) => review.remove.mutate(element)}
          />
        </Card>
      )}
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="sm">
          <Group gap="xs">
            <Title order={2} size="h4">
              Scaling package
            </Title>
            {latest && (
              <Badge color={latest.current ? 'teal' : 'orange'} variant="light">
                v{latest.version} · {latest.current ? 'current' : 'elements changed since'}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {latest && (
              <>
                <Button
                  variant="default"
                  component={Link}
                  to={`/core-review/${applicationId}/packages/${latest.id}`}
                >
                  Open package
                </Button>
                <Button
                  variant="default"
                  leftSection={<Icon name="download" size={16} />}
                  onClick={() => downloadPackageMarkdown(latest)}
                >
                  Markdown
                </Button>
              </>
            )}
            {canLead && (
              <Button
                onClick={() => review.generate.mutate()}
                loading={review.generate.isPending}
                disabled={elements.length === 0}
              >
                Generate scaling package
              </Button>
            )}
          </Group>
        </Group>
        <FormError error={review.generate.error} />
        {latest ? (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              Generated {formatDateTime(latest.createdAt)} by {latest.content.generatedBy}
            </Text>
            <PackageSummary pkg={latest} />
          </Stack>
        ) : (
          <Alert variant="light" color="gray">
            No package yet. Place every element, then generate the package: an immutable snapshot of the core
            that the expansion gate checks.
          </Alert>
        )}
      </Card>
    </Stack>
  );
}
