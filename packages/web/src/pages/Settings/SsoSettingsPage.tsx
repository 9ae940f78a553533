import { Alert, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type SsoSettings, type SsoSettingsInput, ssoApi } from '../../api/sso';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { SecretReveal } from '../../components/SecretReveal';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { SsoForm } from './SsoForm';

function Links({ saved }: { saved: SsoSettings }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Register Trellis with the provider
        </Title>
        <Text size="sm">Redirect (callback) URI:</Text>
        <SecretReveal value={saved.redirectUri} label="redirect URI" />
        <Text size="sm">Members sign in at:</Text>
        <SecretReveal value={saved.loginUrl} label="sign-in link" />
        {!saved.clientSecretEncrypted && (
          <Alert color="yellow" variant="light" icon={<Icon name="alert" />}>
            The client secret is stored unencrypted because the server has no <Code>TRELLIS_SECRET_KEY</Code>.
            Set it and save the secret again.
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function TestPanel() {
  const test = useMutation({ mutationFn: ssoApi.test });
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Test the saved configuration
          </Title>
          <Button variant="light" onClick={() => test.mutate()} loading={test.isPending}>
            Test configuration
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Reads the provider’s discovery document and checks the scopes and claims it lists. To try a whole
          sign-in, open the sign-in link in a private window.
        </Text>
        <FormError error={test.error} />
        {test.data && (
          <Alert
            color={test.data.warnings.length ? 'yellow' : 'teal'}
            variant="light"
            icon={<Icon name={test.data.warnings.length ? 'alert' : 'check'} />}
            title={`Reached ${test.data.issuer}`}
            role="status"
          >
            <Text size="sm">Token endpoint: {test.data.tokenEndpoint}</Text>
            {test.data.warnings.length > 0 && (
              <List size="sm" mt="xs">
                {test.data.warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

export function SsoSettingsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const canManage = can('settings', 'admin');
  const [removing, setRemoving] = useState(false);
  const settings = useQuery({ queryKey: orgKey('sso'), queryFn: ssoApi.get, enabled: canManage });
  const refresh = (provider: SsoSettings | null) => queryClient.setQueryData(orgKey('sso'), { provider });
  const remove = useMutation({
    mutationFn: ssoApi.remove,
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Single sign-on was removed; passwords work again.' });
      setRemoving(false);
      refresh(null);
    },
  });
  const save = async (input: SsoSettingsInput) => {
    const saved = await ssoApi.save(input);
    notifications.show({ color: 'teal', message: 'Single sign-on settings saved.' });
    refresh(saved);
  };
  const provider = settings.data?.provider ?? null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Single sign-on"
        description="Let members sign in with your identity provider (OpenID Connect). People it vouches for join this organization on their first sign-in, with the role your mapping gives their groups."
        actions={
          canManage &&
          provider && (
            <Button
              variant="default"
              color="red"
              leftSection={<Icon name="trash" size={16} />}
              onClick={() => setRemoving(true)}
            >
              Remove single sign-on
            </Button>
          )
        }
      />
      {!canManage ? (
        <EmptyNote
          title="Single sign-on is managed by admins"
          description="Ask an admin or the owner of this organization to set up or change single sign-on."
        />
      ) : settings.isPending ? (
        <TableSkeleton />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <>
          {provider && <Links saved={provider} />}
          {provider && <TestPanel />}
          <Card withBorder padding="lg">
            <SsoForm key={provider?.updatedAt ?? 'new'} saved={provider} onSave={save} />
          </Card>
        </>
      )}
      <ConfirmModal
        opened={removing}
        title="Remove single sign-on"
        confirmLabel="Remove single sign-on"
        onClose={() => {
          setRemoving(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
        error={remove.error}
      >
        Members can no longer sign in with the provider, and password sign-in works again. People who joined
        through single sign-on have no Trellis password, so they cannot sign in until single sign-on is set up
        again.
      </ConfirmModal>
    </Stack>
  );
}
