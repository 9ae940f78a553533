import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { validateEmail, validateNewPassword } from './validation';

/**
 * "Forgot password?": asks for a reset link by e-mail. The server answers the same for any address, so the
 * page says what happens if the address has an account, never whether it has one.
 */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: '' }, validate: { email: validateEmail } });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    await api.requestPasswordReset({ email: values.email.trim() });
    setSentTo(values.email.trim());
  });
  return (
    <AuthLayout title="Forgot your password?" subtitle="We will e-mail you a link to choose a new one.">
      {sentTo ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" title="Check your e-mail">
            If {sentTo} has a Trellis account, a link to choose a new password is on its way. It works once,
            for 30 minutes. If your organization signs in with single sign-on, the e-mail tells you so
            instead.
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            Back to sign in
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <FormError error={error} />
            <Button type="submit" loading={submitting}>
              Send me a link
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm">
              Back to sign in
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}

/** The page a reset link opens: choose a new password (which signs the person out everywhere). */
export function ResetPasswordPage() {
  // The link carries the token in the fragment, which never reaches a server log.
  const { hash } = useLocation();
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { newPassword: '' },
    validate: { newPassword: validateNewPassword },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    await api.confirmPasswordReset({ token, newPassword: values.newPassword });
    setDone(true);
  });
  if (!token) {
    return (
      <AuthLayout title="Choose a new password">
        <QueryError title="This link is incomplete" error="Open the exact link from the e-mail." />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password" subtitle="Choosing one signs you out on every device.">
      {done ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" title="Your password is changed">
            Sign in with your new password.
          </Alert>
          <Button component={Link} to="/sign-in">
            Sign in
          </Button>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <PasswordInput
              label="New password"
              description="At least 12 characters"
              autoComplete="new-password"
              required
              autoFocus
              {...form.getInputProps('newPassword')}
            />
            <FormError error={error} />
            <Button type="submit" loading={submitting}>
              Set new password
            </Button>
            <Text size="sm" c="dimmed">
              The link works once, for 30 minutes.{' '}
              <Anchor component={Link} to="/forgot-password" size="sm">
                Ask for a new one
              </Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
