import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { LIFECYCLE_STAGES } from '@trellis/core';
import { useNavigate } from 'react-router';
import { type ExperimentDesign, type ExperimentMetric, learningApi, type Stage } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { localDayToIso, todayPlusDays } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { DESIGN_LABELS } from './parts';

const STAGES: readonly Stage[] = LIFECYCLE_STAGES;

/** Logs an experiment: which application, what is tested, how, and what is measured. */
export function LogExperimentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const options = useQuery({
    queryKey: orgKey('learning-options'),
    queryFn: learningApi.options,
    enabled: opened,
  });
  const form = useForm({
    initialValues: {
      applicationId: '',
      stage: '' as Stage | '',
      title: '',
      hypothesis: '',
      design: 'before_after' as ExperimentDesign,
      approaches: ['', ''],
      metrics: [{ name: '', unit: '', direction: 'increase' }] as ExperimentMetric[],
      startsOn: todayPlusDays(0),
    },
    validate: {
      applicationId: (v) => (v ? null : 'Pick the application'),
      title: (v) => (v.trim() ? null : 'Name the experiment'),
      hypothesis: (v) => (v.trim() ? null : 'State the hypothesis'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    const experiment = await learningApi.createExperiment({
      applicationId: v.applicationId,
      ...(v.stage ? { stage: v.stage } : {}),
      title: v.title,
      hypothesis: v.hypothesis,
      design: v.design,
      ...(v.design === 'ab' ? { approaches: v.approaches } : {}),
      metrics: v.metrics.filter((m) => m.name.trim()),
      startsOn: localDayToIso(v.startsOn, 'start') ?? new Date().toISOString(),
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('experiments') });
    close();
    navigate(`/learning/experiments/${experiment.id}`);
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  const applications = options.data?.applications ?? [];
  return (
    <Modal opened={opened} onClose={close} title="Log an experiment" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Group grow align="flex-start">
            <Select
              label="Application"
              required
              searchable
              data={applications.map((a) => ({ value: a.id, label: `${a.name} (${a.stage})` }))}
              nothingFoundMessage="No application yet: accept an idea or register one in the portfolio"
              {...form.getInputProps('applicationId')}
            />
            <Select
              label="Stage"
              description="Defaults to the application’s stage"
              clearable
              data={STAGES}
              {...form.getInputProps('stage')}
            />
          </Group>
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea label="Hypothesis" required autosize minRows={2} {...form.getInputProps('hypothesis')} />
          <Group grow align="flex-start">
            <Select
              label="Design"
              data={Object.entries(DESIGN_LABELS).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
              {...form.getInputProps('design')}
            />
            <TextInput label="Starts on" type="date" {...form.getInputProps('startsOn')} />
          </Group>
          {form.values.design === 'ab' && (
            <Group grow>
              <TextInput label="Approach A" {...form.getInputProps('approaches.0')} />
              <TextInput label="Approach B" {...form.getInputProps('approaches.1')} />
            </Group>
          )}
          {form.values.metrics.map((_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: metric rows are positional form fields
            <Fieldset key={i} legend={`Metric ${i + 1}`} aria-label={`Metric ${i + 1}`} p="sm">
              <Group align="flex-end" wrap="nowrap">
                <TextInput label="Name" style={{ flex: 2 }} {...form.getInputProps(`metrics.${i}.name`)} />
                <TextInput label="Unit" style={{ flex: 1 }} {...form.getInputProps(`metrics.${i}.unit`)} />
                <Select
                  label="Expected to"
                  style={{ flex: 1 }}
                  data={[
                    { value: 'increase', label: 'Increase' },
                    { value: 'decrease', label: 'Decrease' },
                  ]}
                  allowDeselect={false}
                  {...form.getInputProps(`metrics.${i}.direction`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove metric ${i + 1}`}
                  disabled={form.values.metrics.length === 1}
                  onClick={() => form.removeListItem('metrics', i)}
                  mb={4}
                >
                  <Icon name="trash" size={16} />
                </ActionIcon>
              </Group>
            </Fieldset>
          ))}
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            onClick={() => form.insertListItem('metrics', { name: '', unit: '', direction: 'increase' })}
          >
            Add metric
          </Button>
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Log experiment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
