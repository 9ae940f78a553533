import { Button, Group, NumberInput, Paper, Select, Stack, Table, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type Experiment, type ExperimentResult, learningApi } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/** A person records the result, its numbers per metric, and the decision taken. */
export function RecordResultForm({ experiment }: { experiment: Experiment }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      result: '' as ExperimentResult | '',
      numbers: experiment.metrics.map((m) => ({
        metric: m.name,
        baseline: '' as number | '',
        observed: '' as number | '',
      })),
      note: '',
      decision: '',
    },
    validate: {
      result: (v) => (v ? null : 'Pick the result'),
      decision: (v) => (v.trim() ? null : 'Say what was decided'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (v) => {
    const saved = await learningApi.recordResult(experiment.id, {
      result: v.result as ExperimentResult,
      numbers: v.numbers.map((n) => ({
        metric: n.metric,
        baseline: n.baseline === '' ? null : n.baseline,
        observed: n.observed === '' ? null : n.observed,
        note: '',
      })),
      note: v.note,
      decision: v.decision,
    });
    queryClient.setQueryData(orgKey('experiment', experiment.id), saved);
    await queryClient.invalidateQueries({ queryKey: orgKey('experiments') });
  });
  return (
    <Paper withBorder p="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Record the result">
        <Stack gap="md">
          <Title order={2} size="h4">
            Record the result
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Metric</Table.Th>
                <Table.Th>Baseline</Table.Th>
                <Table.Th>Observed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {experiment.metrics.map((m, i) => (
                <Table.Tr key={m.name}>
                  <Table.Td>
                    {m.name}
                    {m.unit ? ` (${m.unit})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${m.name} baseline`}
                      {...form.getInputProps(`numbers.${i}.baseline`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${m.name} observed`}
                      {...form.getInputProps(`numbers.${i}.observed`)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Select
            label="Result"
            description="Does the evidence support the hypothesis?"
            data={[
              { value: 'supported', label: 'Supported' },
              { value: 'refuted', label: 'Refuted' },
              { value: 'inconclusive', label: 'Inconclusive' },
            ]}
            {...form.getInputProps('result')}
          />
          <Textarea label="What we saw" autosize minRows={2} {...form.getInputProps('note')} />
          <Textarea
            label="Decision taken"
            required
            autosize
            minRows={2}
            {...form.getInputProps('decision')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              Save result
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
