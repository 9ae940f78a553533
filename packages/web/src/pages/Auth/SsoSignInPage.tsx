import { Alert, Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, setOrganizationId } from '../../api';
import { SSO_ERRORS, ssoApi } from '../../api/sso';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useSession, useSetSession } from '../../hooks/useSession';
import { validateEmail } from './validation';

/**
 * An organization's own sign-in page: "Sign in with <provider>" when it uses single sign-on, and the
 * password form unless the organization turned passwords off (its owners keep theirs: break-glass).
 */
export function SsoSignInPage() {
  const { orgSlug = '' } = useParams();
  const [params] = useSearchParams();
  const session = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const info = useQuery({
    queryKey: ['sso-sign-in', orgSlug],
    queryFn: () => ssoApi.signInInfo(orgSlug),
    retry: false,
  });
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: validateEmail, password: (v) => (v ? null : 'Password is required') },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const signedIn = await api.login({ email: values.email.trim(), password: values.password });
    if (info.data) setOrganizationId(info.data.organization.id);
    setSession(signedIn);
    navigate('/', { replace: true });
  });

  if (session.data && !params.get('error')) return <Navigate to="/" replace />;
  const code = params.get('error');
  const failure = code ? (SSO_ERRORS[code] ?? 'Single sign-on did not succeed. Try again.') : null;

  if (info.isError) {
    const unknown = info.error instanceof ApiError && info.error.status === 404;
    return (
      <AuthLayout title="Sign in">
        <Alert color="yellow" variant="light" icon={<Icon name="info" />}>
          {unknown
            ? `No organization signs in with single sign-on as “${orgSlug}”. Check the sign-in name with your administrator.`
            : 'Could not look up this organization. Try again.'}
        </Alert>
        <Button component={Link} to="/sign-in" variant="default">
          Sign in with email and password
        </Button>
      </AuthLayout>
    );
  }
  const data = info.data;
  return (
    <AuthLayout
      title={data ? `Sign in to ${data.organization.name}` : 'Sign in'}
      subtitle={data?.passwordsDisabled ? 'This organization signs in with single sign-on.' : undefined}
    >
      {failure && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
          {failure}
        </Alert>
      )}
      <Button
        size="md"
        loading={!data}
        leftSection={<Icon name="lock" />}
        onClick={() => {
          if (!data) return;
          setOrganizationId(data.organization.id);
          window.location.assign(data.startUrl);
        }}
      >
        {data ? `Sign in with ${data.displayName}` : 'Sign in'}
      </Button>
      {data && (
        <>
          <Divider
            label={data.passwordsDisabled ? 'Owners only' : 'or with a password'}
            labelPosition="center"
          />
          {data.passwordsDisabled && (
            <Text size="sm" c="dimmed">
              Passwords are turned off for this organization’s members. Its owners can still sign in with
              their password if the provider is down.
            </Text>
          )}
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <FormError error={error} />
              <Button type="submit" variant="default" loading={submitting}>
                Sign in with password
              </Button>
            </Stack>
          </form>
        </>
      )}
    </AuthLayout>
  );
}
