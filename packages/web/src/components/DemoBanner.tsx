import { Alert, Button, Code, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { diagnosticApi } from '../api/diagnostic';
import { useOrganization, useOrgKey } from '../hooks/useOrganization';
import { pageQueries } from '../routes-data';
import { lazyModal } from './lazy-modal';

const ConfirmModal = lazyModal(() => import('./ConfirmModal').then((m) => m.ConfirmModal));

/** On every page of the demo organization: it is demo data, and (for admins) how to remove it. */
export function DemoBanner() {
  const orgKey = useOrgKey();
  const { can, session, switchOrganization, organizationId } = useOrganization();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const status = useQuery(pageQueries.demoStatus(orgKey));
  const remove = useMutation({
    mutationFn: diagnosticApi.removeDemo,
    onSuccess: async () => {
      setConfirming(false);
      const other = session.memberships.find((m) => m.organization.id !== organizationId);
      await queryClient.invalidateQueries({ queryKey: ['session'] });
      if (other) switchOrganization(other.organization.id);
      else window.location.assign('/');
    },
  });
  if (!status.data?.demo) return null;
  const admin = can('settings', 'admin');
  return (
    <Alert
      color="yellow"
      variant="light"
      mb="md"
      data-print-hide
      aria-label="Demo data"
      title="This is demo data"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          Northwind Learning is a made-up organization, so every page has something to show.{' '}
          {admin ? (
            <>
              Remove it when you are done: <Code>{status.data.removeCommand}</Code> or the button.
            </>
          ) : (
            'An admin can remove it.'
          )}
        </Text>
        {admin && (
          <Button color="red" variant="light" size="xs" onClick={() => setConfirming(true)}>
            Remove the demo
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Remove the demo organization?"
        confirmLabel="Remove everything in it"
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirming(false)}
        loading={remove.isPending}
        error={remove.error}
      >
        Northwind Learning and everything in it — applications, outputs, reviews, decisions, experiments, its
        audit log — is deleted for good. Its demo people are removed too, unless they belong to another
        organization. Your other organizations are not touched.
      </ConfirmModal>
    </Alert>
  );
}
