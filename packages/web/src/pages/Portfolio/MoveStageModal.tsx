import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type ApplicationDetail, portfolioApi, type Stage } from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { STAGE_LABELS } from './registry';

/** Moves an application to one of the stages its transition table allows, with the reason why. */
export function MoveStageModal({
  application,
  onClose,
}: {
  application: ApplicationDetail;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { to: (application.nextStages[0] ?? null) as Stage | null, reason: '' },
    validate: {
      to: (v) => (v ? null : 'Choose a stage'),
      reason: (v) => (v.trim() ? null : 'Say why the application moves'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    await portfolioApi.moveStage(application.id, {
      to: values.to as Stage,
      reason: values.reason.trim(),
      version: application.version,
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('applications') });
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title="Move to another stage">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Now: <b>{STAGE_LABELS[application.stage]}</b>. Only the moves the lifecycle allows from here are
            offered.
          </Text>
          <Select
            label="New stage"
            data={application.nextStages.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            allowDeselect={false}
            {...form.getInputProps('to')}
          />
          <Textarea
            label="Reason"
            description="Recorded in the stage history with your name and the time"
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Move
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
