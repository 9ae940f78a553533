import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type EvidenceMetric, evidenceApi } from '../../api/evidence';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/** Sets the baseline and pilot windows; the server refuses windows that would orphan a measurement. */
export function EvidenceWindowsModal({
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
  const form = useForm({
    initialValues: {
      baseline: { start: metric.windows.baseline?.start ?? '', end: metric.windows.baseline?.end ?? '' },
      pilot: { start: metric.windows.pilot?.start ?? '', end: metric.windows.pilot?.end ?? '' },
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    await evidenceApi.setWindows(metric.id, values);
    await queryClient.invalidateQueries({ queryKey: orgKey('evidence', metric.applicationId) });
    close();
  });
  const close = () => {
    onClose();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title={`Windows · ${metric.name}`} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            The baseline is before the pilot; the pilot window holds the pilot group’s measurements and those
            of any concurrent comparison group. Both ends are included.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput type="date" label="Baseline from" required {...form.getInputProps('baseline.start')} />
            <TextInput type="date" label="Baseline to" required {...form.getInputProps('baseline.end')} />
            <TextInput type="date" label="Pilot from" required {...form.getInputProps('pilot.start')} />
            <TextInput type="date" label="Pilot to" required {...form.getInputProps('pilot.end')} />
          </SimpleGrid>
          {(form.errors.baseline || form.errors.pilot) && (
            <Text size="sm" c="red" role="alert">
              {form.errors.baseline ?? form.errors.pilot}
            </Text>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Save windows
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
