import { Alert, Button, Group, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { capacityApi } from '../../api/capacity';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';

const SCALE = ['1', '2', '3', '4', '5'];

/**
 * The link's token, from the URL fragment (`/pulse#token=…`), which the browser never sends to a server, so
 * no request log or Referer carries it. A link of the older form (`?token=`) still opens; the token is then
 * moved out of the address bar at once.
 */
function readToken(): string {
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get('token');
  const fromQuery = new URLSearchParams(window.location.search).get('token');
  const token = fromFragment ?? fromQuery ?? '';
  if (fromQuery) window.history.replaceState(null, '', `/pulse#token=${encodeURIComponent(fromQuery)}`);
  return token;
}

/** The public page a pulse link opens: no account, one answer, nothing that identifies the respondent. */
export function PulseAnswerPage() {
  const [token] = useState(readToken);
  const form = useQuery({
    queryKey: ['pulse-form', token],
    queryFn: () => capacityApi.pulseForm(token),
    enabled: token !== '',
    retry: false,
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState(false);

  if (!token) {
    return (
      <AuthLayout title="Pulse">
        <QueryError title="This link is incomplete" error="Open the exact link you were sent." />
      </AuthLayout>
    );
  }
  if (form.isPending) {
    return (
      <AuthLayout title="Pulse">
        <Skeleton h={300} />
      </AuthLayout>
    );
  }
  if (form.isError) {
    return (
      <AuthLayout title="Pulse">
        <QueryError title="This link cannot be used" error={form.error} />
        <Text size="sm" c="dimmed" mt="md">
          Each link answers once, only while its round is open. If you have answered already, your answers are
          in: they cannot be looked up or changed, by you or anyone else.
        </Text>
      </AuthLayout>
    );
  }
  if (done) {
    return (
      <AuthLayout title="Thank you">
        <Alert color="teal" variant="light" title="Your answers are in">
          They are stored without your name, this link or the time, and shown only as part of a group of at
          least 3.
        </Alert>
      </AuthLayout>
    );
  }
  const { items } = form.data;
  const complete = items.every((i) => answers[i.key]);
  return (
    <AuthLayout title={form.data.surveyName} subtitle={`${form.data.unitName} · anonymous, about 1 minute`}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          setSending(true);
          try {
            await capacityApi.answerPulse({
              token,
              answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])),
            });
            setDone(true);
          } catch (caught) {
            setError(caught);
          } finally {
            setSending(false);
          }
        }}
      >
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            1 = strongly disagree, 5 = strongly agree.
          </Text>
          {items.map((item) => (
            <Radio.Group
              key={item.key}
              label={item.label}
              value={answers[item.key] ?? null}
              onChange={(v) => setAnswers((a) => ({ ...a, [item.key]: v }))}
              required
            >
              <Group gap="lg" mt={6}>
                {SCALE.map((v) => (
                  <Radio key={v} value={v} label={v} aria-label={`${item.label} ${v}`} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <FormError error={error} />
          <Button type="submit" disabled={!complete} loading={sending}>
            Send answers
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
