import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { capacityApi, type OrgUnit, type PulseSurvey } from '../../api/capacity';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { unitOptions } from './format';
import { useOrgUnits } from './UnitsPanel';

function NewPulseModal({
  opened,
  onClose,
  units,
}: {
  opened: boolean;
  onClose: () => void;
  units: OrgUnit[];
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      orgUnitId: null as string | null,
      name: '',
      cadenceDays: 30,
      cooldownDays: 21,
      autoRounds: true,
      roundDays: 7,
    },
    validate: {
      orgUnitId: (v) => (v ? null : 'Pick the unit'),
      name: (v) => (v.trim() ? null : 'Name the pulse'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    await capacityApi.createPulseSurvey({ ...v, orgUnitId: v.orgUnitId!, name: v.name.trim() });
    await queryClient.invalidateQueries({ queryKey: orgKey('capacity', 'pulse') });
    close();
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="New pulse" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Select label="Unit" required data={unitOptions(units)} {...form.getInputProps('orgUnitId')} />
          <TextInput
            label="Name"
            required
            placeholder="e.g. Monthly check-in"
            {...form.getInputProps('name')}
          />
          <Text size="sm" c="dimmed">
            Seven items, answered 1–5: awareness, desire, knowledge, ability and reinforcement (readiness),
            workload and wellbeing. Each person of the unit with an account gets their own one-time link in
            their inbox (and by e-mail when the server sends e-mail); nobody else sees it. Answers are
            anonymous; a group under 3 respondents is never shown, so a round needs at least 3 people to ask.
          </Text>
          <Group grow>
            <NumberInput label="Every (days)" min={7} max={365} {...form.getInputProps('cadenceDays')} />
            <NumberInput
              label="Cooldown per person (days)"
              description="Nobody is asked twice within it"
              min={0}
              max={365}
              {...form.getInputProps('cooldownDays')}
            />
          </Group>
          <Group grow align="flex-start">
            <Switch
              label="Open rounds by themselves"
              description="When a round is due, each person of the unit finds a one-time link in their inbox"
              {...form.getInputProps('autoRounds', { type: 'checkbox' })}
            />
            <NumberInput
              label="Each round open for (days)"
              min={1}
              max={60}
              disabled={!form.values.autoRounds}
              {...form.getInputProps('roundDays')}
            />
          </Group>
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Create pulse
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Results({ survey }: { survey: PulseSurvey }) {
  const orgKey = useOrgKey();
  const results = useQuery({
    queryKey: orgKey('capacity', 'pulse', 'results', survey.id),
    queryFn: () => capacityApi.pulseResults(survey.id),
  });
  if (results.isError) return <QueryError error={results.error} />;
  if (!results.data) return null;
  if (results.data.rounds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Results show once a round is closed.
      </Text>
    );
  }
  return (
    <Table fz="sm" aria-label={`Results of ${survey.name}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Closed</Table.Th>
          <Table.Th ta="right">Respondents</Table.Th>
          {survey.items.map((i) => (
            <Table.Th key={i.key} ta="right" tt="capitalize">
              {i.key}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.data.rounds.map((r) => (
          <Table.Tr key={r.roundId}>
            <Table.Td>{formatDate(r.closedAt)}</Table.Td>
            {r.suppressed ? (
              <Table.Td colSpan={survey.items.length + 1} c="dimmed">
                Hidden: fewer than 3 respondents
              </Table.Td>
            ) : (
              <>
                <Table.Td ta="right">
                  {r.respondents} of {r.linksIssued}
                </Table.Td>
                {survey.items.map((i) => (
                  <Table.Td key={i.key} ta="right">
                    {r.items?.find((x) => x.key === i.key)?.mean.toFixed(1)}
                  </Table.Td>
                ))}
              </>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SurveyCard({ survey, canLead }: { survey: PulseSurvey; canLead: boolean }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<{ invited: number; emailed: number; skipped: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = survey.rounds.find((r) => r.open);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('capacity') });
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Card withBorder padding="lg" data-testid={`pulse-${survey.name}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{survey.name}</Text>
            <Text size="xs" c="dimmed">
              {survey.unitName} · every {countNoun(survey.cadenceDays, 'day')} · next due{' '}
              {formatDate(survey.nextRoundDue)}
              {survey.autoRounds && ` · opens by itself for ${countNoun(survey.roundDays, 'day')}`}
            </Text>
          </div>
          {open ? (
            <Badge variant="light">Open until {formatDate(open.closesAt)}</Badge>
          ) : new Date(survey.nextRoundDue) <= new Date() ? (
            <Badge variant="light" color="yellow">
              Round due
            </Badge>
          ) : (
            <Badge variant="light" color="gray">
              No open round
            </Badge>
          )}
        </Group>
        {canLead && (
          <Switch
            label="Open rounds by themselves, links to each person's inbox"
            checked={survey.autoRounds}
            onChange={(e) => {
              const autoRounds = e.currentTarget.checked;
              void run(async () => void (await capacityApi.updatePulseSchedule(survey.id, { autoRounds })));
            }}
          />
        )}
        {canLead && (
          <Group align="flex-end">
            <Button
              onClick={() =>
                run(async () => {
                  const res = await capacityApi.openPulseRound(survey.id, {});
                  setSent({ invited: res.invited, emailed: res.emailed, skipped: res.skippedForCooldown });
                })
              }
            >
              Open a round
            </Button>
            {open && (
              <Button
                variant="default"
                onClick={() => run(async () => void (await capacityApi.closePulseRound(open.id)))}
              >
                Close round
              </Button>
            )}
          </Group>
        )}
        {sent && (
          <Alert
            variant="light"
            color="teal"
            title="Round opened"
            withCloseButton
            onClose={() => setSent(null)}
            aria-label="Round opened"
          >
            {countNoun(sent.invited, 'person', 'people')} of the unit each found their own one-time link in
            their inbox
            {sent.emailed > 0 && ` (${sent.emailed} also by e-mail)`}. Nobody else sees the links, you
            included: answers are stored without name, link or time, and results show once the round is
            closed, for groups of at least 3.
            {sent.skipped > 0 &&
              ` ${countNoun(sent.skipped, 'person', 'people')} ${sent.skipped === 1 ? 'was' : 'were'} not asked: asked within the cooldown.`}
          </Alert>
        )}
        <FormError error={error} />
        <Results survey={survey} />
      </Stack>
    </Card>
  );
}

export function PulsePanel({ canLead }: { canLead: boolean }) {
  const orgKey = useOrgKey();
  const units = useOrgUnits();
  const surveys = useQuery({
    queryKey: orgKey('capacity', 'pulse'),
    queryFn: () => capacityApi.pulseSurveys(),
  });
  const [creating, create] = useDisclosure();
  if (surveys.isPending || units.isPending) return <TableSkeleton />;
  if (surveys.isError) return <QueryError error={surveys.error} />;
  if (units.isError) return <QueryError error={units.error} />;
  return (
    <Stack gap="md">
      {canLead && (
        <Group>
          <Button onClick={create.open} disabled={units.data.length === 0}>
            New pulse
          </Button>
        </Group>
      )}
      {surveys.data.items.length === 0 ? (
        <EmptyNote
          title="No pulses yet"
          description="A pulse is a short anonymous check-in on readiness, workload and wellbeing, run per unit."
        />
      ) : (
        surveys.data.items.map((s) => <SurveyCard key={s.id} survey={s} canLead={canLead} />)
      )}
      <NewPulseModal opened={creating} onClose={create.close} units={units.data} />
    </Stack>
  );
}
