import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CUSTOM_FIELD_KINDS,
  type CustomField,
  type CustomFieldKind,
  portfolioApi,
} from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { KIND_LABELS, useRegistryRefs } from './registry';

const keyOf = (label: string) =>
  label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);

/** The organization's custom fields: the list, a form to add one, and removal (admins). */
export function CustomFieldsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const { fields } = useRegistryRefs();
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('custom-fields') });
  const form = useForm({
    initialValues: {
      label: '',
      key: '',
      kind: 'text' as CustomFieldKind,
      options: [] as string[],
      required: false,
    },
    validate: {
      label: (v) => (v.trim() ? null : 'Name the field'),
      key: (v) =>
        /^[a-z][a-z0-9_]{0,39}$/.test(v) ? null : 'Lowercase letters, digits or _, starting with a letter',
    },
  });
  const isSelect = form.values.kind === 'single_select' || form.values.kind === 'multi_select';
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    await portfolioApi.createCustomField({
      key: values.key,
      label: values.label.trim(),
      kind: values.kind,
      required: values.required,
      ...(isSelect ? { options: values.options } : {}),
    });
    await refresh();
    form.reset();
  });
  const setRequired = useMutation({
    mutationFn: ({ field, required }: { field: CustomField; required: boolean }) =>
      portfolioApi.updateCustomField(field.id, { required }),
    onSuccess: refresh,
    onError: (e) => notifications.show({ color: 'red', title: 'Not changed', message: e.message }),
  });
  const remove = useMutation({
    mutationFn: (field: CustomField) => portfolioApi.deleteCustomField(field.id),
    onSuccess: async (_, field) => {
      notifications.show({ color: 'teal', message: `“${field.label}” was removed from every application.` });
      await refresh();
      await queryClient.invalidateQueries({ queryKey: orgKey('applications') });
    },
    onError: (e) => notifications.show({ color: 'red', title: 'Not removed', message: e.message }),
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Custom fields" size="xl">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Fields every application of the organization has, beyond the built-in ones. Each can be filled in,
          filtered on, imported and exported.
        </Text>
        {fields.length > 0 ? (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Field</Table.Th>
                <Table.Th>Key</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Options</Table.Th>
                <Table.Th>Required</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.label}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {f.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>{KIND_LABELS[f.kind]}</Table.Td>
                  <Table.Td>{f.options.join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`${f.label} is required`}
                      checked={f.required}
                      onChange={(e) => setRequired.mutate({ field: f, required: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${f.label}`}
                      loading={remove.isPending && remove.variables?.id === f.id}
                      onClick={() => remove.mutate(f)}
                    >
                      <Icon name="trash" size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">No custom fields yet.</Text>
        )}
        <form onSubmit={onSubmit} noValidate aria-label="Add a custom field">
          <Stack gap="sm">
            <Title order={3} size="h5">
              Add a field
            </Title>
            <Group grow align="flex-start">
              <TextInput
                label="Label"
                {...form.getInputProps('label')}
                onChange={(e) => {
                  const label = e.currentTarget.value;
                  if (form.values.key === keyOf(form.values.label)) form.setFieldValue('key', keyOf(label));
                  form.setFieldValue('label', label);
                }}
              />
              <TextInput label="Key" {...form.getInputProps('key')} />
              <Select
                label="Kind"
                data={CUSTOM_FIELD_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
            </Group>
            <Text size="xs" c="dimmed">
              The key names the field in CSV files (column custom.&lt;key&gt;) and in filters.
            </Text>
            {isSelect && (
              <TagsInput
                label="Options"
                description="Press Enter after each option"
                {...form.getInputProps('options')}
              />
            )}
            <Checkbox label="Required" {...form.getInputProps('required', { type: 'checkbox' })} />
            <FormError error={error} />
            <Group justify="flex-end">
              <Button type="submit" loading={submitting} leftSection={<Icon name="plus" size={16} />}>
                Add field
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
