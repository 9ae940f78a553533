import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CustomFieldValue } from '../../api/portfolio';
import { Icon } from '../../components/Icon';
import { lazyModal } from '../../components/lazy-modal';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate, formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import {
  formatFieldValue,
  RISK_COLORS,
  RISK_LABELS,
  SENSITIVITY_LABELS,
  STAGE_COLORS,
  STAGE_LABELS,
  useRegistryRefs,
} from './registry';
import { TasksPanel } from './TasksPanel';

const ApplicationFormModal = lazyModal(() =>
  import('./ApplicationFormModal').then((m) => m.ApplicationFormModal),
);
const MoveStageModal = lazyModal(() => import('./MoveStageModal').then((m) => m.MoveStageModal));

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** One application: what it is, its tasks, its stage history, and the way to its evidence and reviews. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const orgKey = useOrgKey();
  const { can } = useOrganization();
  const refs = useRegistryRefs();
  const [editing, edit] = useDisclosure();
  const [moving, move] = useDisclosure();
  const application = useQuery(pageQueries.application(orgKey, applicationId));
  const history = useQuery(pageQueries.transitions(orgKey, applicationId));
  if (application.isPending) return <PageSkeleton />;
  if (application.isError)
    return <QueryError error={application.error} onRetry={() => application.refetch()} />;
  const a = application.data;
  const canEdit = can('portfolio', 'lead');
  const moves = history.data ?? [];

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/portfolio" size="sm">
          Portfolio
        </Anchor>
        <Text size="sm">{a.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6} maw={760}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {a.name}
            </Title>
            <Badge color={STAGE_COLORS[a.stage]} variant="light" size="lg" data-testid="stage">
              {STAGE_LABELS[a.stage]}
            </Badge>
            <Badge color={RISK_COLORS[a.riskTier]} variant="dot" size="lg">
              {RISK_LABELS[a.riskTier]}
            </Badge>
          </Group>
          {a.purpose && (
            <Text size="sm" c="dimmed">
              {a.purpose}
            </Text>
          )}
        </Stack>
        {canEdit && (
          <Group gap="sm">
            <Button variant="default" onClick={edit.open}>
              Edit
            </Button>
            <Button onClick={move.open} disabled={a.nextStages.length === 0}>
              Move stage
            </Button>
          </Group>
        )}
      </Group>
      <Group gap="sm" aria-label="More about this application" role="navigation">
        <Button
          component={Link}
          to={`/portfolio/${a.id}/evidence`}
          variant="light"
          leftSection={<Icon name="chart" size={16} />}
        >
          Evidence
        </Button>
        <Button
          component={Link}
          to={`/portfolio/${a.id}/retrospective`}
          variant="light"
          leftSection={<Icon name="learning" size={16} />}
        >
          Retrospective
        </Button>
        <Button
          component={Link}
          to={`/core-review/${a.id}`}
          variant="light"
          leftSection={<Icon name="core" size={16} />}
        >
          Sustainable-core review
        </Button>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md">
              <Stack gap="md">
                <Title order={2} size="h4">
                  Overview
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <Fact label="Owner">{a.owner ? `${a.owner.name} (${a.owner.email})` : '—'}</Fact>
                  <Fact label="Org units">{a.orgUnits.map((u) => u.name).join(', ') || '—'}</Fact>
                  <Fact label="Audience">{a.audience === 'external' ? 'External' : 'Internal'}</Fact>
                  <Fact label="Data sensitivity">{SENSITIVITY_LABELS[a.dataSensitivity]}</Fact>
                  <Fact label="AI tools and vendors">
                    {a.aiTools.length ? (
                      <Group gap={4}>
                        {a.aiTools.map((t) => (
                          <Badge key={t} variant="outline" color="gray" tt="none">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Fact>
                  <Fact label="Links">
                    {a.links.length
                      ? a.links.map((l) => (
                          <Anchor key={l.url} href={l.url} target="_blank" rel="noreferrer" display="block">
                            {l.label}
                          </Anchor>
                        ))
                      : '—'}
                  </Fact>
                  {refs.fields.map((f) => (
                    <Fact key={f.id} label={f.label}>
                      {formatFieldValue(f, a.customFields[f.key] as CustomFieldValue | undefined)}
                    </Fact>
                  ))}
                  <Fact label="Registered">{formatDate(a.createdAt)}</Fact>
                  <Fact label="Version">
                    {a.version} · updated {formatDateTime(a.updatedAt)}
                  </Fact>
                </SimpleGrid>
              </Stack>
            </Paper>
            <TasksPanel applicationId={a.id} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-label="Stage history">
            <Stack gap="md">
              <Title order={2} size="h4">
                Stage history
              </Title>
              {moves.length === 0 ? (
                <Text size="sm">
                  Registered at {STAGE_LABELS[a.stage]} on {formatDate(a.createdAt)}; not moved since.
                </Text>
              ) : (
                <Timeline active={moves.length} bulletSize={16} lineWidth={2}>
                  <Timeline.Item title={`Registered at ${STAGE_LABELS[moves[0]!.from]}`}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(a.createdAt)}
                    </Text>
                  </Timeline.Item>
                  {moves.map((m) => (
                    <Timeline.Item key={m.id} title={`${STAGE_LABELS[m.from]} → ${STAGE_LABELS[m.to]}`}>
                      <Text size="sm">{m.reason}</Text>
                      <Text size="xs" c="dimmed">
                        {m.actor.name} · {formatDateTime(m.occurredAt)}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
              {a.nextStages.length > 0 && (
                <Text size="xs" c="dimmed">
                  Can move next to: {a.nextStages.map((s) => STAGE_LABELS[s]).join(', ')}.
                </Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      {editing && <ApplicationFormModal opened onClose={edit.close} application={a} />}
      {moving && <MoveStageModal application={a} onClose={move.close} />}
    </Stack>
  );
}
