import { Alert, Anchor, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useSession, useSetSession } from '../../hooks/useSession';
import { SsoEntry } from './SsoEntry';
import { validateEmail } from './validation';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const setup = useQuery({ queryKey: ['setup-status'], queryFn: api.setupStatus });
  const setSession = useSetSession();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: (v) => (v ? null : 'Password is required') },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const signedIn = await api.login({ email: values.email.trim(), password: values.password });
    setSession(signedIn);
    navigate(next, { replace: true });
  });

  if (session.data) return <Navigate to={next} replace />;

  return (
    <AuthLayout title="Sign in" subtitle="Welcome back. Sign in with your email and password.">
      {setup.data?.needed && (
        <Alert color="blue" variant="light" title="Trellis is not set up yet">
          Open the one-time setup link that <code>trellis start</code> printed in the terminal.
        </Alert>
      )}
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
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm" style={{ alignSelf: 'flex-end' }}>
            Forgot password?
          </Anchor>
          <FormError error={error} />
          <Button type="submit" loading={submitting}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Divider label="or" labelPosition="center" />
      <SsoEntry />
    </AuthLayout>
  );
}
