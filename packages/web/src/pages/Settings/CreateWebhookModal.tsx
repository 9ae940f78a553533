import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  List,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type WebhookEventName, type WebhookKind } from '../../api';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { SecretReveal } from '../../components/SecretReveal';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

export const EVENT_LABELS: Record<WebhookEventName, string> = {
  '*': 'Every event',
  'alarm.raised': 'A drift alarm is raised',
  'alarm.cleared': 'A drift alarm is cleared',
  'unit.red': 'An org unit goes over its change capacity',
  'decision.requested': 'A decision request waits for its approvers',
  'decision.reminded': 'A decision request nears its deadline without a decision (reminder)',
  'decision.approved': 'A decision request is approved',
  'decision.rejected': 'A decision request is rejected',
  'decision.escalated': 'A decision request passed its deadline and was escalated',
  'webhook.ping': 'A ping (sent with “Send ping”)',
  'insight.confirmed': 'An insight is confirmed',
  'gate.decided': 'An expansion gate is decided (advance, hold, rework or roll back)',
  'output.reviewed': 'An output is reviewed (the decision on a held output in gate mode)',
  'digest.weekly': 'The weekly learning digest is sent',
};

const VERIFY_EXAMPLE = `import { Webhook } from 'standardwebhooks';

// Throws unless the signature matches and the timestamp is within five minutes.
const event = new Webhook(secret).verify(rawBody, req.headers);`;

/** How a receiver checks that a delivery came from Trellis. */
export function VerifyNote() {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        How to verify a delivery
      </Text>
      <Text size="sm">
        Deliveries are signed the <Code>Standard Webhooks</Code> way: each request carries{' '}
        <Code>webhook-id</Code>, <Code>webhook-timestamp</Code> (Unix seconds) and{' '}
        <Code>webhook-signature: v1,&lt;base64&gt;</Code>, an HMAC-SHA256 over{' '}
        <Code>&lt;id&gt;.&lt;timestamp&gt;.&lt;raw body&gt;</Code> keyed with the bytes this secret encodes.
        Any Standard Webhooks library verifies it; check the body exactly as received. In Node.js:
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {VERIFY_EXAMPLE}
      </Code>
    </Stack>
  );
}

export const KIND_LABELS: Record<WebhookKind, string> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  standard: 'Your endpoint (signed JSON)',
};

/** What each destination needs, and where to get its URL. */
const KIND_HELP: Record<
  WebhookKind,
  { urlLabel: string; description: string; placeholder: string; steps: string[] }
> = {
  slack: {
    urlLabel: 'Slack incoming-webhook URL',
    description: 'Each event arrives as a Slack message with a button that opens it in Trellis',
    placeholder: 'https://hooks.slack.com/services/T…/B…/…',
    steps: [
      'In Slack, open api.slack.com/apps, choose Create New App → From scratch, and pick your workspace.',
      'Under Incoming Webhooks, turn them on and choose Add New Webhook to Workspace.',
      'Pick the channel the messages should go to and allow it.',
      'Copy the webhook URL (it starts with https://hooks.slack.com/services/) and paste it here.',
    ],
  },
  teams: {
    urlLabel: 'Teams workflow (or incoming-webhook) URL',
    description: 'Each event arrives as an Adaptive Card with a button that opens it in Trellis',
    placeholder: 'https://prod-00.westeurope.logic.azure.com:443/workflows/…',
    steps: [
      'In Teams, open the channel, choose ⋯ → Workflows, and pick “Post to a channel when a webhook request is received”.',
      'Name it (for example “Trellis”), choose the team and channel, and save.',
      'Copy the URL the workflow shows and paste it here. (An older Office 365 Connector “Incoming Webhook” URL works too.)',
    ],
  },
  standard: {
    urlLabel: 'Payload URL',
    description: 'Trellis POSTs a signed JSON body here for each event',
    placeholder: 'https://example.com/hooks/trellis',
    steps: [],
  },
};

/** Adds a webhook: shows a standard one's signing secret exactly once; a Slack or Teams URL is never shown again. */
export function CreateWebhookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ kind: WebhookKind; url: string; secret: string | null } | null>(
    null,
  );
  const form = useForm({
    initialValues: { kind: 'standard' as WebhookKind, url: '', events: ['*'] as WebhookEventName[] },
    validate: {
      url: (v) => (/^https?:\/\/\S+$/.test(v.trim()) ? null : 'Enter an http:// or https:// URL'),
      events: (v) => (v.length ? null : 'Choose at least one event'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const events = values.events.includes('*') ? (['*'] as WebhookEventName[]) : values.events;
    const result = await api.createWebhook({ kind: values.kind, url: values.url.trim(), events });
    setCreated({ kind: result.webhook.kind, url: result.webhook.url, secret: result.secret });
    await queryClient.invalidateQueries({ queryKey: orgKey('webhooks') });
  });

  const close = () => {
    onClose();
    setTimeout(() => {
      setCreated(null);
      form.reset();
      clearError();
    }, 200);
  };
  const all = form.values.events.includes('*');
  const help = KIND_HELP[form.values.kind];

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Webhook added' : 'Add webhook'}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created?.secret ? (
        <Stack gap="md">
          <Alert
            color="yellow"
            variant="light"
            icon={<Icon name="alert" />}
            title="Copy the signing secret now"
          >
            This is the only time the secret for {created.url} is shown. Your receiver needs it to check that
            requests come from Trellis.
          </Alert>
          <SecretReveal value={created.secret} label="signing secret" />
          <VerifyNote />
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      ) : created ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<Icon name="check" />} title="Saved and encrypted">
            Trellis keeps this {KIND_LABELS[created.kind]} URL encrypted and never shows it again: from now on
            it appears as <Code>{created.url}</Code>. Use “Send test message” to check the channel.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="webhook-kind-label">
                Destination
              </Text>
              <SegmentedControl
                aria-labelledby="webhook-kind-label"
                data={(['standard', 'slack', 'teams'] as const).map((k) => ({
                  value: k,
                  label: KIND_LABELS[k],
                }))}
                {...form.getInputProps('kind')}
              />
            </Stack>
            {help.steps.length > 0 && (
              <Alert variant="light" color="blue" icon={<Icon name="info" />} title="Where to get the URL">
                <List type="ordered" size="sm" spacing={4}>
                  {help.steps.map((step) => (
                    <List.Item key={step}>{step}</List.Item>
                  ))}
                </List>
                <Text size="xs" c="dimmed" mt={6}>
                  Anyone with this URL can post to the channel, so Trellis stores it encrypted and shows only
                  its host and last four characters after you save.
                </Text>
              </Alert>
            )}
            <TextInput
              label={help.urlLabel}
              description={help.description}
              placeholder={help.placeholder}
              required
              data-autofocus
              autoComplete="off"
              {...form.getInputProps('url')}
            />
            <Checkbox.Group
              label="Events"
              description="What to send; deliveries that fail are retried with backoff"
              required
              {...form.getInputProps('events')}
            >
              <Stack gap={8} mt="xs">
                {(Object.keys(EVENT_LABELS) as WebhookEventName[]).map((event) => (
                  <Checkbox
                    key={event}
                    value={event}
                    disabled={all && event !== '*'}
                    label={
                      <Group gap={6}>
                        <Code>{event}</Code>
                        <Text size="sm" span>
                          {EVENT_LABELS[event]}
                        </Text>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <FormError error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={submitting}>
                Add webhook
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
