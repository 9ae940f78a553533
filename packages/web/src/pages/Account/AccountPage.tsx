import { Button, Card, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { api } from '../../api';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization } from '../../hooks/useOrganization';
import { validateNewPassword } from '../Auth/validation';

export function AccountPage() {
  const { session } = useOrganization();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: validateNewPassword,
      confirmPassword: (v, values) => (v === values.newPassword ? null : 'The passwords do not match'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async ({ currentPassword, newPassword }) => {
    await api.changePassword({ currentPassword, newPassword });
    form.reset();
    notifications.show({
      color: 'teal',
      title: 'Password changed',
      message: 'Your other sessions have been signed out.',
    });
  });

  return (
    <Stack maw={560}>
      <PageHeader
        title="Account"
        description={`Signed in as ${session.user.name} (${session.user.email}).`}
      />
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb={4}>
          Change password
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Changing your password signs you out everywhere else.
        </Text>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label="New password"
              description="At least 12 characters"
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label="Confirm new password"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmPassword')}
            />
            <FormError error={error} />
            <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
              Change password
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
