import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api';
import {
  type ApplicationDetail,
  type ApplicationInput,
  AUDIENCES,
  type CustomFieldValue,
  DATA_SENSITIVITIES,
  portfolioApi,
  type RiskTier,
  type Stage,
} from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { CustomFieldInput } from './CustomFieldInput';
import { riskOptions, SENSITIVITY_LABELS, stageOptions, useRegistryRefs } from './registry';

interface Values extends Record<string, unknown> {
  name: string;
  purpose: string;
  ownerId: string | null;
  stage: Stage;
  riskTier: RiskTier;
  dataSensitivity: string;
  audience: string;
  aiTools: string[];
  links: string;
  orgUnitIds: string[];
  customFields: Record<string, CustomFieldValue>;
}

const linksToText = (links: { label: string; url: string }[]) =>
  links.map((l) => (l.label === l.url ? l.url : `${l.label} | ${l.url}`)).join('\n');
function textToLinks(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
      return { label: (bar < 0 ? '' : line.slice(0, bar).trim()) || url, url };
    });
}

/** Registers an application, or edits one (against the version it was loaded at). */
export function ApplicationFormModal({
  opened,
  onClose,
  application,
}: {
  opened: boolean;
  onClose: () => void;
  application?: ApplicationDetail;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refs = useRegistryRefs();
  const form = useForm<Values>({
    initialValues: {
      name: application?.name ?? '',
      purpose: application?.purpose ?? '',
      ownerId: application?.owner?.id ?? null,
      stage: application?.stage ?? 'idea',
      riskTier: application?.riskTier ?? 'low',
      dataSensitivity: application?.dataSensitivity ?? 'internal',
      audience: application?.audience ?? 'internal',
      aiTools: application?.aiTools ?? [],
      links: linksToText(application?.links ?? []),
      orgUnitIds: application?.orgUnits.map((u) => u.id) ?? [],
      customFields: (application?.customFields ?? {}) as Record<string, CustomFieldValue>,
    },
    validate: { name: (v) => (v.trim() ? null : 'Name the application') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const body: ApplicationInput = {
      name: values.name.trim(),
      purpose: values.purpose.trim(),
      ownerId: values.ownerId,
      riskTier: values.riskTier,
      dataSensitivity: values.dataSensitivity as ApplicationInput['dataSensitivity'],
      audience: values.audience as ApplicationInput['audience'],
      aiTools: values.aiTools,
      links: textToLinks(values.links),
      orgUnitIds: values.orgUnitIds,
      customFields: Object.fromEntries(
        Object.entries(values.customFields).filter(
          ([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length),
        ),
      ),
    };
    try {
      if (application) {
        await portfolioApi.updateApplication(application.id, { ...body, version: application.version });
      } else {
        const created = await portfolioApi.createApplication({ ...body, stage: values.stage });
        navigate(`/portfolio/${created.id}`);
      }
    } catch (caught) {
      // Custom field errors come as body.customFields.<key>: put them under their inputs.
      if (caught instanceof ApiError) {
        const custom = caught.errors.filter((e) => e.path.startsWith('body.customFields.'));
        for (const e of custom) form.setFieldError(`customFields.${e.path.slice(18)}`, e.message);
        if (custom.length === caught.errors.length && custom.length > 0) return;
      }
      throw caught;
    }
    await queryClient.invalidateQueries({ queryKey: orgKey('applications') });
    close();
  });
  const close = () => {
    onClose();
    if (!application) form.reset();
    clearError();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={application ? 'Edit application' : 'New application'}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea
            label="Purpose"
            description="What the AI does, for whom, and the benefit expected"
            autosize
            minRows={2}
            {...form.getInputProps('purpose')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Owner"
              data={refs.memberOptions}
              searchable
              clearable
              {...form.getInputProps('ownerId')}
            />
            <MultiSelect
              label="Org units"
              data={refs.unitOptions}
              searchable
              placeholder={refs.units.length ? undefined : 'No org units yet'}
              {...form.getInputProps('orgUnitIds')}
            />
            {!application && (
              <Select
                label="Stage"
                data={stageOptions}
                allowDeselect={false}
                {...form.getInputProps('stage')}
              />
            )}
            <Select
              label="Risk tier"
              data={riskOptions}
              allowDeselect={false}
              {...form.getInputProps('riskTier')}
            />
            <Select
              label="Data sensitivity"
              data={DATA_SENSITIVITIES.map((d) => ({ value: d, label: SENSITIVITY_LABELS[d] }))}
              allowDeselect={false}
              {...form.getInputProps('dataSensitivity')}
            />
            <Select
              label="Audience"
              data={AUDIENCES.map((a) => ({ value: a, label: a === 'internal' ? 'Internal' : 'External' }))}
              allowDeselect={false}
              {...form.getInputProps('audience')}
            />
          </SimpleGrid>
          <TagsInput
            label="AI tools and vendors"
            description="Press Enter after each"
            {...form.getInputProps('aiTools')}
          />
          <Textarea
            label="Links"
            description="One per line: label | https://…"
            autosize
            minRows={1}
            {...form.getInputProps('links')}
          />
          {refs.fields.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {refs.fields.map((field) => (
                <CustomFieldInput
                  key={field.id}
                  field={field}
                  value={form.values.customFields[field.key]}
                  onChange={(v) => form.setFieldValue(`customFields.${field.key}`, v)}
                  error={form.errors[`customFields.${field.key}`] as string | undefined}
                />
              ))}
            </SimpleGrid>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {application ? 'Save changes' : 'Register application'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
