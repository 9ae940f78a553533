import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type EvidenceMetric,
  type EvidenceWindow,
  evidenceApi,
  type MeasurementGroup,
} from '../../api/evidence';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/**
 * Enters measurements one by one: each save keeps the window, group and day and clears the value, so a
 * run of entries is typing a number and pressing Enter.
 */
export function EvidenceMeasurementModal({
  metric,
  opened,
  onClose,
}: {
  metric: EvidenceMetric;
  opened: boolean;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(0);
  const proportion = metric.kind === 'proportion';
  const form = useForm({
    initialValues: {
      window: 'baseline' as EvidenceWindow,
      group: 'pilot' as MeasurementGroup,
      measuredOn: metric.windows.baseline?.start ?? '',
      value: '' as number | string,
      total: '' as number | string,
      note: '',
    },
    validate: {
      measuredOn: (v) => (v ? null : 'Give the day measured'),
      value: (v) => (v === '' ? 'Give the value' : null),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    await evidenceApi.recordMeasurement(metric.id, {
      window: v.window,
      group: v.group,
      measuredOn: v.measuredOn,
      value: Number(v.value),
      ...(proportion && v.total !== '' ? { total: Number(v.total) } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
    });
    setSaved((n) => n + 1);
    form.setValues({ value: '', note: '' });
    await queryClient.invalidateQueries({ queryKey: orgKey('evidence', metric.applicationId) });
  });
  const close = () => {
    onClose();
    form.reset();
    setSaved(0);
    clearError();
  };
  const pickWindow = (w: string) => {
    const window = w as EvidenceWindow;
    form.setFieldValue('window', window);
    const range = metric.windows[window];
    if (range && (form.values.measuredOn < range.start || form.values.measuredOn > range.end))
      form.setFieldValue('measuredOn', range.start);
  };
  const range = metric.windows[form.values.window];
  return (
    <Modal opened={opened} onClose={close} title={`Add measurements · ${metric.name}`} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="window-label">
                Window
              </Text>
              <SegmentedControl
                aria-labelledby="window-label"
                data={[
                  { value: 'baseline', label: 'Baseline' },
                  { value: 'pilot', label: 'Pilot' },
                ]}
                value={form.values.window}
                onChange={pickWindow}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="group-label">
                Group
              </Text>
              <SegmentedControl
                aria-labelledby="group-label"
                data={[
                  { value: 'pilot', label: 'Pilot group' },
                  { value: 'comparison', label: 'Comparison group' },
                ]}
                {...form.getInputProps('group')}
              />
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: proportion ? 3 : 2 }}>
            <TextInput
              type="date"
              label="Measured on"
              required
              description={range ? `${range.start} to ${range.end}` : 'This window is not defined yet'}
              min={range?.start}
              max={range?.end}
              {...form.getInputProps('measuredOn')}
            />
            <NumberInput
              label={proportion ? 'Successes (or 0/1)' : `Value${metric.unit ? ` (${metric.unit})` : ''}`}
              required
              data-autofocus
              decimalScale={proportion ? 0 : 4}
              {...form.getInputProps('value')}
            />
            {proportion && (
              <NumberInput
                label="Out of (total)"
                description="Leave empty for a single 0/1"
                min={1}
                {...form.getInputProps('total')}
              />
            )}
          </SimpleGrid>
          <TextInput
            label="Note"
            placeholder="e.g. module 7, compliance refresher"
            {...form.getInputProps('note')}
          />
          <FormError error={error} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {saved > 0 ? `${saved} recorded in this session` : ''}
            </Text>
            <Group>
              <Button variant="default" onClick={close}>
                Done
              </Button>
              <Button type="submit" loading={submitting}>
                Record
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
