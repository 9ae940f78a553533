import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { MetricKind } from '@trellis/core';
import { type Better, evidenceApi } from '../../api/evidence';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { KIND_LABELS } from './evidence-format';

const KIND_HELP: Record<MetricKind, string> = {
  duration: 'A positive time per item (e.g. hours to draft a module); compared by means',
  mean: 'Any number per item (e.g. a rating); compared by means',
  median: 'Compared by medians, robust to a few extreme items (bootstrap interval)',
  proportion: 'Each measurement 0/1, or a count out of a total (e.g. 6 of 8 approved)',
};

/** Defines a metric of the pilot: what is measured, in which unit, which way is better, and when. */
export function EvidenceMetricModal({
  applicationId,
  opened,
  onClose,
}: {
  applicationId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: '',
      unit: '',
      kind: 'duration' as MetricKind,
      better: 'lower' as Better,
      howMeasured: '',
      windows: { baseline: { start: '', end: '' }, pilot: { start: '', end: '' } },
    },
    validate: { name: (v) => (v.trim() ? null : 'Name the metric') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    const w = v.windows;
    const hasWindows = [w.baseline.start, w.baseline.end, w.pilot.start, w.pilot.end].every(Boolean);
    await evidenceApi.createMetric(applicationId, {
      name: v.name.trim(),
      kind: v.kind,
      better: v.better,
      ...(v.kind === 'proportion' ? {} : { unit: v.unit.trim() }),
      ...(v.howMeasured.trim() ? { howMeasured: v.howMeasured.trim() } : {}),
      ...(hasWindows ? { windows: w } : {}),
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('evidence', applicationId) });
    close();
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="New metric" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            required
            data-autofocus
            placeholder="Hours to draft a module"
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
              description={KIND_HELP[form.values.kind]}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <TextInput
              label="Unit"
              placeholder="h"
              description="Every measurement is in this unit"
              disabled={form.values.kind === 'proportion'}
              {...form.getInputProps('unit')}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="better-label">
              Better is
            </Text>
            <SegmentedControl
              aria-labelledby="better-label"
              data={[
                { value: 'lower', label: 'Lower' },
                { value: 'higher', label: 'Higher' },
              ]}
              {...form.getInputProps('better')}
            />
          </Stack>
          <Textarea
            label="How it is measured"
            placeholder="From the time sheet: brief received to review-ready draft"
            autosize
            minRows={2}
            {...form.getInputProps('howMeasured')}
          />
          <Text size="sm" fw={500}>
            Windows (optional now, needed before measurements)
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput type="date" label="Baseline from" {...form.getInputProps('windows.baseline.start')} />
            <TextInput type="date" label="Baseline to" {...form.getInputProps('windows.baseline.end')} />
            <TextInput type="date" label="Pilot from" {...form.getInputProps('windows.pilot.start')} />
            <TextInput type="date" label="Pilot to" {...form.getInputProps('windows.pilot.end')} />
          </SimpleGrid>
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Add metric
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
