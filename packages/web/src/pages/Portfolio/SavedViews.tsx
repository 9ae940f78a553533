import { ActionIcon, Button, Checkbox, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApplicationFilters, SavedView } from '../../api/portfolio';
import { portfolioApi } from '../../api/portfolio';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { hasFilters } from './filters';

/** Saved views of the list: open one, save the current filters, delete your own. */
export function SavedViews({
  filters,
  onOpen,
}: {
  filters: ApplicationFilters;
  onOpen: (view: SavedView) => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const { can } = useOrganization();
  const [saving, save] = useDisclosure();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const views = useQuery({
    queryKey: orgKey('saved-views'),
    queryFn: async () => (await portfolioApi.savedViews()).items,
  });
  const create = useMutation({
    mutationFn: () => portfolioApi.createSavedView({ name: name.trim(), filters, shared }),
    onSuccess: async (view) => {
      notifications.show({ color: 'teal', message: `Saved the view “${view.name}”.` });
      await queryClient.invalidateQueries({ queryKey: orgKey('saved-views') });
      save.close();
      setName('');
      setShared(false);
    },
  });
  const remove = useMutation({
    mutationFn: (view: SavedView) => portfolioApi.deleteSavedView(view.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('saved-views') }),
    onError: (e) => notifications.show({ color: 'red', title: 'Not deleted', message: e.message }),
  });

  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<Icon name="queue" size={16} />}>
            Saved views{views.data?.length ? ` (${views.data.length})` : ''}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data ?? []).length === 0 && <Menu.Label>No saved views yet</Menu.Label>}
          {(views.data ?? []).map((view) => (
            <Group key={view.id} gap={4} wrap="nowrap">
              <Menu.Item onClick={() => onOpen(view)} style={{ flex: 1 }}>
                {view.name}
                {view.shared ? ' · shared' : ''}
              </Menu.Item>
              {view.mine && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete view ${view.name}`}
                  onClick={() => remove.mutate(view)}
                >
                  <Icon name="trash" size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button variant="light" onClick={save.open} disabled={!hasFilters(filters)}>
        Save view
      </Button>
      <Modal opened={saving} onClose={save.close} title="Save this view">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="View name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              data-autofocus
            />
            {can('portfolio', 'lead') && (
              <Checkbox
                label="Share with the organization"
                checked={shared}
                onChange={(e) => setShared(e.currentTarget.checked)}
              />
            )}
            <FormError error={create.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
                Save view
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
