import { Alert, Badge, Button, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type InvitationLookup, setOrganizationId } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useSession, useSetSession } from '../../hooks/useSession';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';
import { validateNewPassword, validateRequired } from './validation';

/** Accepts an invitation: a new account (name + password), or the signed-in account with that email. */
export function InvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.lookupInvitation(token),
    enabled: token !== '',
  });
  const session = useSession();

  if (!token) {
    return (
      <AuthLayout title="Invitation">
        <QueryError title="This link is incomplete" error="Open the exact invitation link you were sent." />
      </AuthLayout>
    );
  }
  if (lookup.isPending || session.isPending) {
    return (
      <AuthLayout title="Invitation">
        <Skeleton h={200} />
      </AuthLayout>
    );
  }
  if (lookup.isError) {
    return (
      <AuthLayout title="Invitation">
        <QueryError title="This invitation cannot be used" error={lookup.error} />
      </AuthLayout>
    );
  }

  const invitation = lookup.data;
  const signedInEmail = session.data?.user.email;
  return (
    <AuthLayout
      title={`Join ${invitation.organizationName}`}
      subtitle={
        <>
          {invitation.email} is invited as{' '}
          <Badge
            color={ROLE_COLORS[invitation.role]}
            variant="light"
            component="span"
            style={{ verticalAlign: 'middle' }}
          >
            {ROLE_LABELS[invitation.role]}
          </Badge>
        </>
      }
    >
      {signedInEmail && signedInEmail.toLowerCase() === invitation.email.toLowerCase() ? (
        <AcceptAsSignedIn token={token} organizationName={invitation.organizationName} />
      ) : signedInEmail ? (
        <Alert color="yellow" variant="light" title="You are signed in as someone else">
          This invitation is for {invitation.email}, but you are signed in as {signedInEmail}. Sign out first,
          then open the link again.
        </Alert>
      ) : invitation.userExists ? (
        <Stack gap="sm">
          <Text size="sm">You already have a Trellis account. Sign in with it to accept.</Text>
          <Button component={Link} to={`/sign-in?next=${encodeURIComponent(`/invite?token=${token}`)}`}>
            Sign in to accept
          </Button>
        </Stack>
      ) : (
        <CreateAccountForm token={token} invitation={invitation} />
      )}
    </AuthLayout>
  );
}

function useAccept() {
  const setSession = useSetSession();
  const navigate = useNavigate();
  return async (
    body: { token: string; name?: string; password?: string },
    organizationName: string | null,
  ) => {
    const session = await api.acceptInvitation(body);
    const joined = session.memberships.find((m) => m.organization.name === organizationName);
    if (joined) setOrganizationId(joined.organization.id);
    setSession(session);
    navigate('/', { replace: true });
  };
}

function AcceptAsSignedIn({ token, organizationName }: { token: string; organizationName: string }) {
  const accept = useAccept();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Stack gap="sm">
      <FormError error={error} />
      <Button
        loading={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await accept({ token }, organizationName);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        Accept invitation
      </Button>
    </Stack>
  );
}

function CreateAccountForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const accept = useAccept();
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: { name: validateRequired('Your name'), password: validateNewPassword },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, (values) =>
    accept({ token, ...values }, invitation.organizationName),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label="Email" value={invitation.email} readOnly disabled />
        <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps('name')} />
        <PasswordInput
          label="Password"
          description="At least 12 characters"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <FormError error={error} />
        <Button type="submit" loading={submitting}>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
