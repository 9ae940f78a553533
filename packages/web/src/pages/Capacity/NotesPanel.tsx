import {
  Button,
  Card,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { capacityApi, type OrgUnit } from '../../api/capacity';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { unitOptions } from './format';
import { useOrgUnits } from './UnitsPanel';

function PublishModal({
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
    initialValues: { orgUnitId: null as string | null, title: '', body: '' },
    validate: {
      orgUnitId: (v) => (v ? null : 'Pick the unit'),
      title: (v) => (v.trim() ? null : 'Give it a title'),
      body: (v) => (v.trim() ? null : 'Say what changed'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    await capacityApi.publishChangeNote({
      orgUnitId: v.orgUnitId!,
      title: v.title.trim(),
      body: v.body.trim(),
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('capacity', 'notes') });
    close();
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="Publish a “what changed” note" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Select
            label="To the people of"
            required
            data={unitOptions(units)}
            {...form.getInputProps('orgUnitId')}
          />
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea label="What changed" required autosize minRows={3} {...form.getInputProps('body')} />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Publish
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function NotesPanel({ canLead }: { canLead: boolean }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const notes = useQuery({
    queryKey: orgKey('capacity', 'notes', 'all'),
    queryFn: () => capacityApi.changeNotes(),
  });
  const mine = useQuery({
    queryKey: orgKey('capacity', 'notes', 'mine'),
    queryFn: () => capacityApi.myChangeNotes(),
  });
  const [publishing, publish] = useDisclosure();
  if (notes.isPending || units.isPending) return <TableSkeleton />;
  if (notes.isError) return <QueryError error={notes.error} />;
  if (units.isError) return <QueryError error={units.error} />;
  return (
    <Stack gap="lg">
      {mine.data && mine.data.items.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            For you to acknowledge
          </Title>
          {mine.data.items.map((n) => (
            <Card withBorder key={n.id}>
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={600}>{n.title}</Text>
                  <Text size="sm">{n.body}</Text>
                  <Text size="xs" c="dimmed">
                    {n.unitName} · {formatDate(n.createdAt)}
                  </Text>
                </div>
                <Button
                  onClick={async () => {
                    await capacityApi.acknowledgeChangeNote(n.id);
                    await queryClient.invalidateQueries({ queryKey: orgKey('capacity', 'notes') });
                  }}
                >
                  Acknowledge
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {canLead && (
        <Group>
          <Button onClick={publish.open} disabled={units.data.length === 0}>
            Publish a note
          </Button>
        </Group>
      )}
      {notes.data.items.length === 0 ? (
        <EmptyNote
          title="No notes yet"
          description="When a workflow changes, publish a short note to the people it affects; they acknowledge it."
        />
      ) : (
        notes.data.items.map((n) => {
          const rate = n.recipients ? (n.acknowledged ?? 0) / n.recipients : 0;
          return (
            <Card withBorder key={n.id}>
              <Stack gap={6}>
                <Group justify="space-between">
                  <Text fw={600}>{n.title}</Text>
                  <Text size="xs" c="dimmed">
                    {n.unitName} · {formatDate(n.createdAt)}
                  </Text>
                </Group>
                <Text size="sm">{n.body}</Text>
                <Group gap="sm">
                  <Progress
                    value={rate * 100}
                    w={160}
                    aria-label={`Acknowledged by ${Math.round(rate * 100)}%`}
                  />
                  <Text size="xs">
                    {n.acknowledged} of {n.recipients} acknowledged
                  </Text>
                </Group>
              </Stack>
            </Card>
          );
        })
      )}
      <PublishModal opened={publishing} onClose={publish.close} units={units.data} />
    </Stack>
  );
}
