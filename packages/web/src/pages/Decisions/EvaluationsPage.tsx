import { Button, Group, Modal, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api';
import { decisionsApi } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { DecisionsHeader } from './DecisionsHeader';

function NewEvaluationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const rubrics = useQuery({ queryKey: orgKey('rubrics'), queryFn: decisionsApi.rubrics, enabled: opened });
  const apps = useQuery({
    queryKey: orgKey('decision-apps'),
    queryFn: decisionsApi.applications,
    enabled: opened,
  });
  const members = useQuery({
    queryKey: orgKey('members-all'),
    queryFn: () => api.members(),
    enabled: opened,
  });
  const form = useForm({
    initialValues: { title: '', rubricId: '', applicationIds: [] as string[], assessorIds: [] as string[] },
    validate: {
      title: (v) => (v.trim() ? null : 'Name the evaluation'),
      rubricId: (v) => (v ? null : 'Pick a rubric'),
      applicationIds: (v) => (v.length ? null : 'Pick at least one candidate'),
      assessorIds: (v) => (v.length ? null : 'Pick at least one assessor'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const created = await decisionsApi.createEvaluation({ ...values, title: values.title.trim() });
    await queryClient.invalidateQueries({ queryKey: orgKey('evaluations') });
    close();
    navigate(`/decisions/evaluations/${created.id}`);
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="New evaluation" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Select
            label="Rubric"
            required
            data={(rubrics.data?.items ?? []).map((r) => ({
              value: r.id,
              label: `${r.name} (v${r.currentVersion})`,
            }))}
            {...form.getInputProps('rubricId')}
          />
          <MultiSelect
            label="Candidates"
            description="Applications to compare"
            searchable
            data={(apps.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            {...form.getInputProps('applicationIds')}
          />
          <MultiSelect
            label="Assessors"
            description="Each scores independently; nobody sees others’ scores before submitting their own"
            searchable
            data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))}
            {...form.getInputProps('assessorIds')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Open evaluation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Evaluations: several assessors score candidate applications against a rubric version. */
export function EvaluationsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [creating, create] = useDisclosure();
  const evaluations = useQuery({ queryKey: orgKey('evaluations'), queryFn: decisionsApi.evaluations });
  const canLead = can('decisions', 'lead');
  return (
    <Stack gap="lg">
      <DecisionsHeader
        description="Several people score the candidates independently against a rubric. Once they have submitted, you see the weighted scores, where they disagree, the ranking with its uncertainty, and which weight change would reorder it."
        actions={
          canLead && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={create.open}>
              New evaluation
            </Button>
          )
        }
      />
      {evaluations.isPending ? (
        <TableSkeleton />
      ) : evaluations.isError ? (
        <QueryError error={evaluations.error} onRetry={() => evaluations.refetch()} />
      ) : evaluations.data.items.length === 0 ? (
        <EmptyNote
          title="No evaluations yet"
          description="A lead opens an evaluation: a rubric, the candidate applications and the people who score them."
        />
      ) : (
        <Table verticalSpacing="sm" highlightOnHover aria-label="Evaluations" maw={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Evaluation</Table.Th>
              <Table.Th>Opened</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evaluations.data.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text
                    component={Link}
                    to={`/decisions/evaluations/${e.id}`}
                    fw={500}
                    c="inherit"
                    td="underline"
                  >
                    {e.title}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDate(e.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewEvaluationModal opened={creating} onClose={create.close} />
    </Stack>
  );
}
