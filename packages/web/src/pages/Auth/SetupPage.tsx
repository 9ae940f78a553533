import { Alert, Anchor, Button, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useSetSession } from '../../hooks/useSession';
import { validateEmail, validateNewPassword, validateRequired } from './validation';

/** First run: creates the first organization and its owner from the one-time link `trellis start` prints. */
export function SetupPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useQuery({ queryKey: ['setup-status'], queryFn: api.setupStatus });
  const setSession = useSetSession();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { organizationName: '', name: '', email: '', password: '' },
    validate: {
      organizationName: validateRequired('Organization name'),
      name: validateRequired('Your name'),
      email: validateEmail,
      password: validateNewPassword,
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const session = await api.setup({ token, ...values, email: values.email.trim() });
    setSession(session);
    navigate('/', { replace: true });
  });

  if (status.isPending) {
    return (
      <AuthLayout title="Set up Trellis">
        <Skeleton h={260} />
      </AuthLayout>
    );
  }
  if (status.isError) {
    return (
      <AuthLayout title="Set up Trellis">
        <QueryError error={status.error} onRetry={() => status.refetch()} />
      </AuthLayout>
    );
  }
  if (!status.data.needed) {
    return (
      <AuthLayout title="Trellis is already set up">
        <Text size="sm">
          This server already has an organization and an owner. The setup link works only once.
        </Text>
        <Button component={Link} to="/sign-in">
          Go to sign in
        </Button>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Set up Trellis"
      subtitle="Create your organization and its first owner. You can invite everyone else afterwards."
    >
      {!token && (
        <Alert color="yellow" variant="light" title="The setup link is missing its token">
          Open the exact link that <code>trellis start</code> printed in the terminal.
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Organization name"
            placeholder="Acme Learning"
            required
            autoFocus
            {...form.getInputProps('organizationName')}
          />
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters"
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <FormError error={error} />
          <Button type="submit" loading={submitting} disabled={!token}>
            Create organization
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            Already set up?{' '}
            <Anchor component={Link} to="/sign-in" size="xs">
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
