import {
  Alert,
  Badge,
  Button,
  Divider,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, type InvitationLookup, type Session, setOrganizationId } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useSession, useSetSession } from '../../hooks/useSession';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';
import { validateNewPassword, validateRequired } from './validation';

/**
 * Accepts an invitation: the signed-in account with that e-mail accepts; otherwise the page offers both
 * "create your account" and "sign in to accept" (the server does not say which applies).
 */
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
      ) : (
        <Stack gap="lg">
          <CreateAccountForm token={token} invitation={invitation} />
          <Divider label="or" labelPosition="center" />
          <SignInToAccept token={token} />
        </Stack>
      )}
    </AuthLayout>
  );
}

/** Makes the joined organization the current one and goes to its home page. */
function useEnter() {
  const setSession = useSetSession();
  const navigate = useNavigate();
  return (session: Session, organizationName: string) => {
    const joined = session.memberships.find((m) => m.organization.name === organizationName);
    if (joined) setOrganizationId(joined.organization.id);
    setSession(session);
    navigate('/', { replace: true });
  };
}

function useAccept() {
  const enter = useEnter();
  return async (body: { token: string }, organizationName: string) =>
    enter(await api.acceptInvitation(body), organizationName);
}

function SignInToAccept({ token }: { token: string }) {
  return (
    <Stack gap="xs">
      <Text size="sm">Already have a Trellis account? Sign in with it, then accept.</Text>
      <Button
        variant="default"
        component={Link}
        to={`/sign-in?next=${encodeURIComponent(`/invite?token=${token}`)}`}
      >
        Sign in to accept
      </Button>
    </Stack>
  );
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

/**
 * Creates the account, then signs in with the chosen password. The server answers the same whether or not
 * the e-mail already had an account (so it tells nobody); if it had one, the sign-in fails and the page says
 * to sign in with that account instead.
 */
function CreateAccountForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const enter = useEnter();
  const [signInInstead, setSignInInstead] = useState(false);
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: { name: validateRequired('Your name'), password: validateNewPassword },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    setSignInInstead(false);
    const { email } = await api.registerFromInvitation({ token, ...values });
    try {
      enter(await api.login({ email, password: values.password }), invitation.organizationName);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) setSignInInstead(true);
      else throw caught;
    }
  });
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
        {signInInstead && (
          <Alert color="yellow" variant="light" title="Sign in to accept">
            If {invitation.email} already has a Trellis account, the password you chose here was not used:
            sign in with that account (its password or single sign-on), then open this link again to accept.
          </Alert>
        )}
        <FormError error={error} />
        <Button type="submit" loading={submitting}>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
