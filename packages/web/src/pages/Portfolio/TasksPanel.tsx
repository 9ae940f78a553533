import { Anchor, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { portfolioApi } from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

/** The workflow steps AI touches in this application; each is a workflow whose quality can be sampled. */
export function TasksPanel({ applicationId, canEdit }: { applicationId: string; canEdit: boolean }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const tasks = useQuery({
    queryKey: orgKey('applications', applicationId, 'tasks'),
    queryFn: async () => (await portfolioApi.tasks(applicationId)).items,
  });
  const add = useMutation({
    mutationFn: () => portfolioApi.addTask(applicationId, { name: name.trim() }),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: orgKey('applications', applicationId, 'tasks') });
      await queryClient.invalidateQueries({ queryKey: orgKey('workflows') });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Tasks
        </Title>
        <Text size="sm" c="dimmed">
          The workflow steps AI touches. Each task is a workflow in Quality, where its outputs can be sampled
          for review.
        </Text>
        {tasks.data && tasks.data.length > 0 ? (
          <List spacing={4} aria-label="Tasks">
            {tasks.data.map((t) => (
              <List.Item key={t.id}>
                <Anchor component={Link} to={`/quality/${t.id}`}>
                  {t.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{tasks.isPending ? 'Loading…' : 'No tasks yet.'}</Text>
        )}
        {canEdit && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) add.mutate();
            }}
          >
            <Group gap="xs" align="flex-end">
              <TextInput
                label="New task"
                placeholder="e.g. Draft module outlines"
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button type="submit" variant="light" loading={add.isPending} disabled={!name.trim()}>
                Add task
              </Button>
            </Group>
            <FormError error={add.error} />
          </form>
        )}
      </Stack>
    </Paper>
  );
}
