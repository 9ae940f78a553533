import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Grid,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api, type QualityStandard } from '../../api';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { CriterionEditor } from './CriterionEditor';
import { describeStandard } from './format';
import { formField, newCriterion, type StandardValues, toInput, valuesFrom } from './standard-form';
import { useWorkflow, WorkflowHeader } from './WorkflowHeader';

const POLICIES = [
  { value: 'adaptive', label: 'Adaptive (recommended)' },
  { value: 'csp1', label: 'CSP-1' },
  { value: 'fixed-rate', label: 'Fixed rate' },
  { value: 'full', label: '100% review' },
];
const POLICY_HELP: Record<string, string> = {
  adaptive:
    'Reviews more where defects are found and less where they are not, keeping escapes under the limit even when defects cluster',
  csp1: 'Reviews everything until a run of clean outputs, then a fraction; back to 100% at a defect (Dodge 1943)',
  'fixed-rate': 'Reviews the same fraction of every output; no guarantee on escapes',
  full: 'Reviews every output',
};

function VersionHistory({
  versions,
  onLoad,
  canEdit,
}: {
  versions: QualityStandard[];
  onLoad: (s: QualityStandard) => void;
  canEdit: boolean;
}) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        Version history
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Saving makes a new version. Outputs and reviews keep the version they were logged and judged under.
      </Text>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No version yet.
        </Text>
      ) : (
        <Timeline active={0} bulletSize={18} lineWidth={2} aria-label="Standard versions">
          {versions.map((s, i) => (
            <Timeline.Item
              key={s.version}
              title={
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    Version {s.version}
                  </Text>
                  {i === 0 && (
                    <Badge size="xs" variant="light">
                      Current
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(s.createdAt)}
              </Text>
              <Text size="xs">
                {describeStandard(s)} · {s.criteria.length} criteria
              </Text>
              {canEdit && i > 0 && (
                <Button size="compact-xs" variant="subtle" mt={4} onClick={() => onLoad(s)}>
                  Edit from this version
                </Button>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}

function StandardForm({
  workflowId,
  current,
  startFrom,
  canEdit,
  onReset,
}: {
  workflowId: string;
  current: QualityStandard | null;
  /** The version the editor starts from: the current one, or an older one picked in the history. */
  startFrom: QualityStandard | null;
  canEdit: boolean;
  /** Saved or discarded: the editor goes back to the current version. */
  onReset: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm<StandardValues>({ initialValues: valuesFrom(startFrom) });
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const values = form.values;
  const sampled = values.policy === 'csp1' || values.policy === 'fixed-rate';

  const save = form.onSubmit(async (v) => {
    setError(null);
    setSaving(true);
    try {
      const saved = await api.createStandard(workflowId, toInput(v));
      notifications.show({ color: 'teal', message: `Saved as version ${saved.version}.` });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey('workflow', workflowId) }),
        queryClient.invalidateQueries({ queryKey: orgKey('standards', workflowId) }),
        queryClient.invalidateQueries({ queryKey: orgKey('workflows') }),
        queryClient.invalidateQueries({ queryKey: orgKey('quality', workflowId) }),
      ]);
      onReset();
    } catch (caught) {
      const fieldErrors: Record<string, string> = {};
      const unplaced: string[] = [];
      if (caught instanceof ApiError) {
        for (const e of caught.errors) {
          const path = e.path
            .replace(/^\//, '')
            .replace(/^body[./]/, '')
            .replaceAll('/', '.');
          const field = formField(path);
          // Messages may repeat their own path ("criteria: …"); the field already says where.
          const message = e.message.startsWith(`${path}: `) ? e.message.slice(path.length + 2) : e.message;
          if (field) fieldErrors[field] ??= message;
          else unplaced.push(`${path}: ${e.message}`);
        }
      }
      if (Object.keys(fieldErrors).length > 0) {
        form.setErrors(fieldErrors);
        if (unplaced.length) setError(new Error(unplaced.join('; ')));
      } else setError(caught);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={save} noValidate aria-label="Quality standard">
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg">
          {!canEdit && (
            <Alert variant="light" color="gray" icon={<Icon name="lock" />}>
              Only leads, admins and owners change a standard. You are seeing the current version.
            </Alert>
          )}
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="xs">
              <div>
                <Title order={2} size="h4">
                  Rubric
                </Title>
                <Text size="sm" c="dimmed">
                  What a reviewer checks, in the order they check it.
                </Text>
              </div>
              {canEdit && (
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<Icon name="plus" size={14} />}
                  onClick={() => form.insertListItem('criteria', newCriterion('pass_fail', 'minor'))}
                  disabled={values.criteria.length >= 30}
                >
                  Add criterion
                </Button>
              )}
            </Group>
            {form.errors.criteria && (
              <Text size="sm" c="red" role="alert" mb="xs" data-testid="criteria-error">
                {form.errors.criteria}
              </Text>
            )}
            <Stack gap="sm">
              {values.criteria.map((c, index) => (
                <CriterionEditor key={c.id} form={form} index={index} total={values.criteria.length} />
              ))}
            </Stack>
          </Card>

          <Card withBorder padding="lg">
            <Title order={2} size="h4">
              Defects and the limit
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              What makes a reviewed output a defect, and how many defects may get through unreviewed.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label="An output is a defect when"
                data={[
                  { value: 'any_critical_fail', label: 'any critical criterion fails' },
                  { value: 'score_below', label: 'a critical criterion fails, or the score is below…' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('defectRule')}
              />
              {values.defectRule === 'score_below' ? (
                <NumberInput
                  label="Score threshold"
                  description="Mean level of the 1–5 criteria below which an output is a defect"
                  min={1}
                  max={5}
                  step={0.5}
                  decimalScale={2}
                  {...form.getInputProps('threshold')}
                />
              ) : (
                <div />
              )}
              <NumberInput
                label="Outgoing-defect limit"
                description="Defects that may get through unreviewed, per 100 outputs (AOQL)"
                suffix="%"
                min={0.01}
                max={50}
                step={0.5}
                decimalScale={3}
                required
                {...form.getInputProps('outgoingLimitPct')}
              />
              <Select
                label="The limit holds"
                description="Per segment is stricter: no segment may hide behind the others"
                data={[
                  { value: 'segment', label: 'in every segment' },
                  { value: 'workflow', label: 'for the workflow as a whole' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('limitScope')}
              />
            </SimpleGrid>
          </Card>

          <Card withBorder padding="lg">
            <Title order={2} size="h4">
              Sampling and segments
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              How Trellis picks the outputs people review. Every output gets a logged probability of review,
              so the estimates stay honest.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label="Policy"
                description={POLICY_HELP[values.policy]}
                data={POLICIES}
                allowDeselect={false}
                {...form.getInputProps('policy')}
              />
              {sampled ? (
                <NumberInput
                  label="Sampling fraction"
                  description={
                    values.policy === 'csp1'
                      ? 'Share reviewed once a clean run clears 100% review'
                      : 'Share of outputs reviewed'
                  }
                  suffix="%"
                  min={0.1}
                  max={100}
                  decimalScale={2}
                  {...form.getInputProps('fractionPct')}
                />
              ) : (
                <div />
              )}
              <TagsInput
                label="Segment keys"
                description="Metadata keys whose values split the stream, e.g. language (up to 5; Enter adds)"
                placeholder={values.segmentKeys.length ? '' : 'language'}
                maxTags={5}
                clearable
                {...form.getInputProps('segmentKeys')}
              />
              <NumberInput
                label="Judge threshold"
                description="Optional: outputs whose judge score (0–1) is at or above it form their own stratum"
                placeholder="None"
                min={0}
                max={1}
                step={0.05}
                decimalScale={3}
                {...form.getInputProps('judgeThreshold')}
              />
              <NumberInput
                label="Double review"
                description="Share of reviewed outputs a second reviewer judges blind, for agreement"
                suffix="%"
                min={0}
                max={100}
                decimalScale={1}
                {...form.getInputProps('doubleReviewPct')}
              />
            </SimpleGrid>
          </Card>
          <FormError error={error} />
          {canEdit && (
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  form.setValues(valuesFrom(current));
                  form.clearErrors();
                  setError(null);
                  onReset();
                }}
              >
                Discard changes
              </Button>
              <Button type="submit" loading={saving}>
                {current ? `Save as version ${current.version + 1}` : 'Save version 1'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

/** The adaptive policy's qualification start: each new segment is reviewed in full until it has evidence. */
function Qualification({ workflowId }: { workflowId: string }) {
  const orgKey = useOrgKey();
  const summary = useQuery({
    queryKey: orgKey('quality', workflowId),
    queryFn: () => api.quality(workflowId),
  });
  const qualification = summary.data?.qualification;
  if (!qualification) return null;
  return (
    <Card withBorder padding="lg" data-testid="qualification">
      <Title order={2} size="h4" mb={4}>
        Qualification start
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each new segment is reviewed in full for its first {countNoun(qualification.run, 'output')} (again
        after a defect in that run), so its guarantee rests on evidence before sampling drops to the floor.
      </Text>
      {qualification.segments.length === 0 ? (
        <Text size="sm">No outputs yet.</Text>
      ) : (
        qualification.segments.map((s) => (
          <Text size="sm" key={s.segment}>
            {s.segment}: {s.qualified ? 'qualified' : `${s.remaining} more reviewed in full`}
          </Text>
        ))
      )}
    </Card>
  );
}

export function StandardPage() {
  const { workflowId = '' } = useParams();
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const workflow = useWorkflow(workflowId);
  const versions = useQuery({
    queryKey: orgKey('standards', workflowId),
    queryFn: () => api.standards(workflowId),
  });
  const canEdit = can('quality', 'lead');
  const items = versions.data?.items ?? [];
  const [olderVersion, setOlderVersion] = useState<QualityStandard | null>(null);
  const current = workflow.data?.standard ?? null;

  return (
    <Stack gap="lg">
      <WorkflowHeader workflowId={workflowId} />
      {workflow.isPending || versions.isPending ? (
        <PageSkeleton />
      ) : workflow.isError ? (
        <QueryError error={workflow.error} onRetry={() => workflow.refetch()} />
      ) : versions.isError ? (
        <QueryError error={versions.error} onRetry={() => versions.refetch()} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 8 }}>
            {olderVersion && (
              <Alert variant="light" mb="md" icon={<Icon name="info" />}>
                Editing from version {olderVersion.version}. Saving makes it the new current version.
              </Alert>
            )}
            <StandardForm
              key={`${current?.version ?? 0}-${olderVersion?.version ?? 'current'}`}
              workflowId={workflowId}
              current={current}
              startFrom={olderVersion ?? current}
              canEdit={canEdit}
              onReset={() => setOlderVersion(null)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 4 }}>
            <Stack gap="lg">
              <VersionHistory versions={items} canEdit={canEdit} onLoad={setOlderVersion} />
              <Qualification workflowId={workflowId} />
              <Card withBorder padding="lg">
                <Title order={2} size="h4" mb={4}>
                  Log outputs
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  Send each AI output with an API token (contributor role). The answer says at once whether a
                  person reviews it.
                </Text>
                <Code block>{`POST /api/v1/workflows/${workflowId}/outputs
Authorization: Bearer <token>

{ "clientId": "run-42", "content": "…",
  "metadata": { "language": "en" } }`}</Code>
              </Card>
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
