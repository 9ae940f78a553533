import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DECISION_TYPE_LABELS, type DecisionType, decisionTypes } from '@trellis/core';
import { useNavigate } from 'react-router';
import { decisionsApi } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/** Opens a decision request; the server assesses its risk tier and routes it. */
export function NewRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const apps = useQuery({
    queryKey: orgKey('decision-apps'),
    queryFn: decisionsApi.applications,
    enabled: opened,
  });
  const units = useQuery({
    queryKey: orgKey('decision-units'),
    queryFn: decisionsApi.orgUnits,
    enabled: opened,
  });
  const form = useForm({
    initialValues: {
      decisionType: 'admit_to_pilot' as DecisionType,
      applicationId: '',
      orgUnitId: '',
      title: '',
      note: '',
      template: '',
    },
    validate: { title: (v) => (v.trim() ? null : 'Say what should be decided') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const created = await decisionsApi.submitRequest({
      decisionType: values.decisionType,
      applicationId: values.applicationId || null,
      orgUnitId: values.orgUnitId || null,
      title: values.title.trim(),
      payload: {
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
        ...(values.template.trim() ? { template: values.template.trim() } : {}),
      },
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('decision-requests') });
    close();
    navigate(`/decisions/requests/${created.id}`);
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="New decision request" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Select
            label="Decision"
            allowDeselect={false}
            data={decisionTypes.map((t) => ({ value: t, label: DECISION_TYPE_LABELS[t] }))}
            {...form.getInputProps('decisionType')}
          />
          <Select
            label="Application"
            description="Its data sensitivity, audience and automation modes set the risk tier"
            placeholder="None"
            clearable
            searchable
            data={(apps.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
            {...form.getInputProps('applicationId')}
          />
          <Select
            label="Org unit"
            description="Optional: decision rights of the unit apply when it has its own"
            placeholder="Organization-wide"
            clearable
            data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            {...form.getInputProps('orgUnitId')}
          />
          <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
          <Textarea label="Details" autosize minRows={2} {...form.getInputProps('note')} />
          <TextInput
            label="Template"
            description="Optional: a routine change named by a pre-approved pattern is approved at once"
            {...form.getInputProps('template')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Submit request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
