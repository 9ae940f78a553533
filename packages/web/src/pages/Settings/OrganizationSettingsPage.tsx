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
/** The session limits the server accepts, in minutes: 5 minutes to 14 days (the default). */
const MIN_SESSION_MINUTES = 5;
const MAX_SESSION_MINUTES = 20_160;

interface Values extends Record<string, unknown> {
  name: string;
  keep: 'forever' | 'days';
  outputContentRetentionDays: number | string;
  sessions: 'default' | 'limited';
  sessionIdleMinutes: number | string;
  sessionMaxMinutes: number | string;
}

/** "90 minutes" as "1 h 30 min", "2880 minutes" as "2 days". */
function readableMinutes(value: number | string): string {
  const minutes = Number(value);
  if (!Number.isInteger(minutes) || minutes <= 0) return '';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours ? `${hours} h` : '',
    rest ? `${rest} min` : '',
  ].filter(Boolean);
  return parts.join(' ');
}

const sessionLimit = (v: unknown, values: Values) =>
  values.sessions === 'default' ||
  (typeof v === 'number' && Number.isInteger(v) && v >= MIN_SESSION_MINUTES && v <= MAX_SESSION_MINUTES)
    ? null
    : `A whole number of minutes from ${MIN_SESSION_MINUTES} to ${MAX_SESSION_MINUTES.toLocaleString('en')} (14 days)`;

function SettingsForm({ saved, canManage }: { saved: CurrentOrganization; canManage: boolean }) {
  const queryClient = useQueryClient();
  const orgKey = useOrgKey();
  const form = useForm<Values>({
    initialValues: {
      name: saved.name,
      keep: saved.outputContentRetentionDays === null ? 'forever' : 'days',
      outputContentRetentionDays: saved.outputContentRetentionDays ?? 365,
      sessions: saved.sessionIdleMinutes === null && saved.sessionMaxMinutes === null ? 'default' : 'limited',
      sessionIdleMinutes: saved.sessionIdleMinutes ?? 480,
      sessionMaxMinutes: saved.sessionMaxMinutes ?? 1440,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the organization a name'),
      outputContentRetentionDays: (v, values) =>
        values.keep === 'forever' ||
        (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_RETENTION_DAYS)
          ? null
          : `A whole number of days from 1 to ${MAX_RETENTION_DAYS}`,
      sessionIdleMinutes: sessionLimit,
      sessionMaxMinutes: sessionLimit,
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const updated = await api.updateOrganization({
      name: values.name.trim(),
      outputContentRetentionDays:
        values.keep === 'forever' ? null : Number(values.outputContentRetentionDays),
      sessionIdleMinutes: values.sessions === 'default' ? null : Number(values.sessionIdleMinutes),
      sessionMaxMinutes: values.sessions === 'default' ? null : Number(values.sessionMaxMinutes),
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
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Sessions
            </Title>
            <Text size="sm" c="dimmed">
              How long someone stays signed in. A session ends when it has sat unused for the idle limit, or
              when the absolute limit has passed since sign-in, whichever comes first. Someone who belongs to
              several organizations gets the strictest limits among them. Single sign-on sessions also end
              when the identity provider’s sign-in expires.
            </Text>
            <Radio.Group
              label="Session limits"
              {...form.getInputProps('sessions')}
              onChange={(value) => form.setFieldValue('sessions', value as Values['sessions'])}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="default" label="Default: 14 days" disabled={!canManage} />
                <Radio value="limited" label="Shorter limits" disabled={!canManage} />
              </Stack>
            </Radio.Group>
            {form.values.sessions === 'limited' && (
              <Group align="flex-start">
                {(
                  [
                    ['Idle limit (minutes)', 'sessionIdleMinutes'],
                    ['Absolute limit (minutes)', 'sessionMaxMinutes'],
                  ] as const
                ).map(([label, field]) => (
                  <NumberInput
                    key={field}
                    label={label}
                    description={readableMinutes(form.values[field]) || ' '}
                    min={MIN_SESSION_MINUTES}
                    max={MAX_SESSION_MINUTES}
                    allowDecimal={false}
                    clampBehavior="none"
                    w={220}
                    disabled={!canManage}
                    {...form.getInputProps(field)}
                  />
                ))}
              </Group>
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
        description="The organization’s name, how long it keeps AI outputs’ content, and how long people stay signed in."
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
