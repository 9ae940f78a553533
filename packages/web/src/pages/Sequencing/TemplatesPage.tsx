import {
  Anchor,
  Badge,
  Button,
  Fieldset,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { countNoun, STARTER_TEMPLATE_NAME } from '@trellis/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { type ExpansionTemplate, sequencingApi, type TemplateStageInput } from '../../api/sequencing';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { CriteriaEditor, criteriaText } from './CriteriaEditor';
import { AddStageButton, newStage, stageLoadInputs } from './StageFields';

function TemplateModal({ template, onClose }: { template: ExpansionTemplate | null; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [stages, setStages] = useState<TemplateStageInput[]>(
    template?.stages ?? [
      { name: 'Pilot team', unitKind: 'team', durationMonths: 3, changeLoad: 20, criteria: [] },
    ],
  );
  const save = useMutation({
    mutationFn: () =>
      template
        ? sequencingApi.updateTemplate(template.id, { name, description, stages, version: template.version })
        : sequencingApi.createTemplate({ name, description, stages }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
      onClose();
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const update = (i: number, patch: Partial<TemplateStageInput>) =>
    setStages((prev) => prev.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const stageError = (i: number) =>
    Object.entries(fieldErrors).find(([k]) => k.startsWith(`stages.${i}.`))?.[1];
  return (
    <Modal opened onClose={onClose} title={template ? `Edit ${template.name}` : 'New template'} size="xl">
      <Stack gap="md">
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
        />
        <Textarea
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        {stages.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: template stages have no ids; the index is their identity
          <Fieldset key={i} legend={`Stage ${i + 1}`} aria-label={`Template stage ${i + 1}`}>
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label="Name"
                  value={s.name}
                  onChange={(e) => update(i, { name: e.currentTarget.value })}
                />
                <Select
                  label="Usual unit"
                  data={[
                    { value: 'team', label: 'Team' },
                    { value: 'department', label: 'Department' },
                    { value: 'division', label: 'Division' },
                  ]}
                  value={s.unitKind}
                  onChange={(v) => update(i, { unitKind: (v as TemplateStageInput['unitKind']) ?? null })}
                />
                {stageLoadInputs({
                  durationMonths: s.durationMonths,
                  changeLoad: s.changeLoad,
                  onChange: (change) => update(i, change),
                })}
              </Group>
              <CriteriaEditor
                label={`Criteria of template stage ${i + 1}`}
                value={s.criteria}
                onChange={(criteria) => update(i, { criteria })}
              />
              {stageError(i) && <FormError error={new Error(stageError(i))} />}
              <Group justify="flex-end">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={stages.length === 1}
                  onClick={() => setStages((prev) => prev.filter((_, j) => j !== i))}
                >
                  Remove stage {i + 1}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <AddStageButton
          onAdd={() => setStages((prev) => [...prev, { ...newStage(prev.length), unitKind: 'team' }])}
        />
        <FormError error={save.error && Object.keys(fieldErrors).length === 0 ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!name.trim()}>
            Save template
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The organization's plan templates: the stages a new plan starts with, and their gates. */
export function TemplatesPage() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const { can } = useOrganization();
  const canLead = can('sequencing', 'lead');
  const [editing, setEditing] = useState<ExpansionTemplate | 'new' | null>(null);
  const templates = useQuery({
    queryKey: orgKey('sequencing', 'template-list'),
    queryFn: () => sequencingApi.listTemplates(),
  });
  const starter = useMutation({
    mutationFn: () => sequencingApi.starterTemplate(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('sequencing') }),
  });
  const [deleting, setDeleting] = useState<ExpansionTemplate | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => sequencingApi.deleteTemplate(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
      setDeleting(null);
    },
  });
  const hasStarter = templates.data?.items.some((t) => t.name === STARTER_TEMPLATE_NAME) ?? true;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/sequencing" size="sm">
        ← All plans
      </Anchor>
      <PageHeader
        title="Plan templates"
        description="The stages a new expansion plan starts with, each with its gate. Plans copy them: editing a template leaves existing plans as they are."
      />
      {canLead && (
        <Group>
          <Button onClick={() => setEditing('new')}>New template</Button>
          {!hasStarter && (
            <Button variant="default" onClick={() => starter.mutate()} loading={starter.isPending}>
              Add the starter template
            </Button>
          )}
        </Group>
      )}
      <FormError error={starter.error} />
      {templates.isPending ? (
        <TableSkeleton />
      ) : templates.isError ? (
        <QueryError error={templates.error} />
      ) : templates.data.items.length === 0 ? (
        <EmptyNote
          title="No templates yet"
          description="Add the starter template (pilot team → second team → department → organization) or make your own."
        />
      ) : (
        templates.data.items.map((t) => (
          <Paper key={t.id} withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Title order={4}>{t.name}</Title>
                {t.description && (
                  <Text size="sm" c="dimmed">
                    {t.description}
                  </Text>
                )}
              </Stack>
              {canLead && (
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing(t)}>
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate(t.id)}
                    aria-label={`Delete ${t.name}`}
                  >
                    Delete
                  </Button>
                </Group>
              )}
            </Group>
            <Stack gap={6} mt="sm">
              {t.stages.map((s, i) => (
                <Group key={`${t.id}-${s.name}`} gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="light" circle>
                    {i + 1}
                  </Badge>
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {s.name}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {s.unitKind ?? 'any unit'} · {countNoun(s.durationMonths, 'month')} · {s.changeLoad}{' '}
                        points/month
                      </Text>
                    </Text>
                    <Text size="xs" c="dimmed">
                      Gate: {criteriaText(s.criteria)}
                    </Text>
                  </Stack>
                </Group>
              ))}
            </Stack>
          </Paper>
        ))
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'the template'}?`}
        confirmLabel="Delete template"
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
        loading={remove.isPending}
        error={remove.error}
      >
        Plans made from it keep their stages; new plans can no longer start from it.
      </ConfirmModal>
      {editing && (
        <TemplateModal template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
