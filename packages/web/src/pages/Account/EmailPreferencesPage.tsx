import { Alert, Paper, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type MailPreferenceKind, type MailPreferences, mailApi } from '../../api/mail';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';

/** Each kind a person may turn off, in the order they meet them, with what it is. */
const KINDS: { kind: MailPreferenceKind; label: string; description: string }[] = [
  {
    kind: 'decision_request',
    label: 'Decision requests',
    description: 'A decision waits for your approval, with its deadline.',
  },
  {
    kind: 'decision_reminder',
    label: 'Decision reminders',
    description: 'A decision you approve is still open as its deadline nears.',
  },
  {
    kind: 'decision_escalation',
    label: 'Escalations',
    description: 'A decision passed its deadline without a decision.',
  },
  {
    kind: 'drift_alarm',
    label: 'Drift alarms',
    description: 'The quality of a workflow you lead drifted above its standard.',
  },
  {
    kind: 'gate_decision',
    label: 'Gate decisions',
    description: 'A stage gate of an expansion plan you own was decided.',
  },
  {
    kind: 'pulse',
    label: 'Pulse surveys',
    description: 'Your own anonymous link when a pulse round asks your team.',
  },
  {
    kind: 'digest',
    label: 'Weekly learning digest',
    description: 'What the tags, units and applications you follow brought.',
  },
];

/** A person's choice of e-mails from the organization they act in; everything stays in the inbox. */
export function EmailPreferencesPage() {
  const { membership } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const prefs = useQuery({ queryKey: orgKey('mail-preferences'), queryFn: mailApi.preferences });
  const save = useMutation({
    mutationFn: (change: Partial<MailPreferences['kinds']>) => mailApi.setPreferences(change),
    onSuccess: (data) => queryClient.setQueryData(orgKey('mail-preferences'), data),
  });
  const pending = save.isPending ? save.variables : undefined;
  return (
    <Stack maw={640}>
      <PageHeader
        title="E-mail"
        description={`Which e-mails you receive about ${membership.organization.name}. Everything also arrives in your Trellis inbox.`}
      />
      {prefs.isError && <QueryError error={prefs.error} onRetry={() => prefs.refetch()} />}
      {prefs.data && !prefs.data.emailConfigured && (
        <Alert color="yellow" title="This server sends no e-mail">
          No SMTP server is configured, so nothing is sent by e-mail yet: your choices apply once it is.
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Stack gap="md">
          {KINDS.map(({ kind, label, description }) => (
            <Switch
              key={kind}
              label={label}
              description={description}
              checked={pending?.[kind] ?? prefs.data?.kinds[kind] ?? true}
              disabled={!prefs.data}
              onChange={(e) => save.mutate({ [kind]: e.currentTarget.checked })}
            />
          ))}
          {save.isError && <QueryError error={save.error} />}
        </Stack>
      </Paper>
      <Text size="sm" c="dimmed">
        Password resets and invitations always come by e-mail: you asked for them, or need them to join. Every
        other e-mail has an unsubscribe link that works without signing in.
      </Text>
    </Stack>
  );
}
