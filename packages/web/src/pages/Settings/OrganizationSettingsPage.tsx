import { Button, Card, Group, NumberInput, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CurrentOrganization } from '../../api';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';

/** The most days the server accepts; anything longer is "keep forever". */
const MAX_RETENTION_DAYS = 36_500;

interface Values extends Record<string, unknown> {
  name: string;
  keep: 'forever' | 'days';
  outputContentRetentionDays: number | string;
}

function SettingsForm({ saved, canManage }: { saved: CurrentOrganization; canManage: boolean }) {
  const queryClient = useQueryClient();
  const orgKey = useOrgKey();
  const form = useForm<Values>({
    initialValues: {
      name: saved.name,
      keep: saved.outputContentRetentionDays === null ? 'forever' : 'days',
      outputContentRetentionDays: saved.outputContentRetentionDays ?? 365,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the organization a name'),
      outputContentRetentionDays: (v, values) =>
        values.keep === 'forever' ||
        (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_RETENTION_DAYS)
          ? null
          : `A whole number of days from 1 to ${MAX_RETENTION_DAYS}`,
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const updated = await api.updateOrganization({
      name: values.name.trim(),
      outputContentRetentionDays:
        values.keep === 'forever' ? null : Number(values.outputContentRetentionDays),
    });
    queryClient.setQueryData(orgKey('organization'), updated);
    form.resetDirty();
    notifications.show({ color: 'teal', message: 'Organization settings saved.' });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <TextInput label="Name" required disabled={!canManage} {...form.getInputProps('name')} />
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Output content retention
            </Title>
            <Text size="sm" c="dimmed">
              How long the content of logged AI outputs is kept. After this period Trellis removes an output’s
              content, link and metadata; its review decision, reviews, verdicts and the quality figures stay.
              Outputs still waiting for review, and outputs used as gold items for calibration, keep their
              content. Each removal run is recorded in the audit log.
            </Text>
            <Radio.Group
              label="Keep output content"
              {...form.getInputProps('keep')}
              onChange={(value) => form.setFieldValue('keep', value as Values['keep'])}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="forever" label="Forever" disabled={!canManage} />
                <Radio value="days" label="For a number of days after it was logged" disabled={!canManage} />
              </Stack>
            </Radio.Group>
            {form.values.keep === 'days' && (
              <NumberInput
                label="Days"
                description="Content older than this is removed within the hour."
                min={1}
                max={MAX_RETENTION_DAYS}
                allowDecimal={false}
                clampBehavior="none"
                w={200}
                disabled={!canManage}
                {...form.getInputProps('outputContentRetentionDays')}
              />
            )}
          </Stack>
        </Card>
        <FormError error={error} />
        {canManage ? (
          <Group>
            <Button type="submit" loading={submitting} disabled={!form.isDirty()}>
              Save settings
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Only admins and the owner can change these settings.
          </Text>
        )}
      </Stack>
    </form>
  );
}

export function OrganizationSettingsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const organization = useQuery({ queryKey: orgKey('organization'), queryFn: api.organization });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Organization"
        description="The organization’s name and how long it keeps AI outputs’ content."
      />
      {organization.isPending ? (
        <TableSkeleton />
      ) : organization.isError ? (
        <QueryError error={organization.error} onRetry={() => organization.refetch()} />
      ) : (
        <SettingsForm saved={organization.data} canManage={can('settings', 'admin')} />
      )}
    </Stack>
  );
}
