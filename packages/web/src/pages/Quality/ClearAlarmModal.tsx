import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Alarm, api } from '../../api';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

/**
 * Clearing a drift alarm with the lead's note (the quality dashboard loads it the first time it opens).
 * It stays mounted once opened (lazyModal), so a draft note survives closing and reopening; clearing empties it.
 */
export function ClearAlarmModal({
  opened,
  alarm,
  workflowId,
  onClose,
}: {
  opened: boolean;
  alarm: Alarm | null;
  workflowId: string;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const clear = useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) => api.clearAlarm(id, text),
    onSuccess: async () => {
      notifications.show({
        color: 'teal',
        message: 'Alarm cleared; the segment is back to its sampling policy.',
      });
      onClose();
      setNote('');
      await queryClient.invalidateQueries({ queryKey: orgKey('quality', workflowId) });
    },
  });
  const close = () => {
    onClose();
    clear.reset();
  };
  return (
    <Modal opened={opened} onClose={close} title="Clear alarm" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (alarm && note.trim()) clear.mutate({ id: alarm.id, text: note.trim() });
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            The segment {alarm?.segment} goes back to its sampling policy. Say what was found and done; the
            note is kept with the alarm and in the audit log.
          </Text>
          <Textarea
            label="Note"
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <FormError error={clear.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={clear.isPending} disabled={!note.trim()}>
              Clear alarm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
