import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { lazyModal } from '../../components/lazy-modal';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { EvidenceMetricCard } from './EvidenceMetricCard';

const EvidenceMetricModal = lazyModal(() =>
  import('./EvidenceMetricModal').then((m) => m.EvidenceMetricModal),
);

/** An application's pilot evidence: each metric's effect with its interval, sample sizes and grade. */
export function EvidencePage() {
  const { applicationId = '' } = useParams();
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [creating, creator] = useDisclosure(false);
  const query = useQuery(pageQueries.evidence(orgKey, applicationId));
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const { application, items } = query.data;
  const canEdit = can('evidence', 'lead');
  const canRecord = can('evidence', 'contributor');
  const addMetric = canEdit && (
    <Button leftSection={<Icon name="plus" />} onClick={creator.open}>
      Add metric
    </Button>
  );
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/portfolio/${application.id}`} size="sm">
        ← {application.name}
      </Anchor>
      <PageHeader
        title={`Evidence · ${application.name}`}
        description="Each metric compares the pilot window with a baseline (the same group before) or, better, with a comparison group working without the pilot at the same time. Effects are shown with 95% intervals; the grade follows the design, not the size of the effect."
        actions={addMetric}
      />
      {items.length === 0 ? (
        <EmptyNote
          title="No metrics yet"
          description={
            <Text span size="sm">
              Define what the pilot should change (e.g. hours to draft a module, share approved at first
              review), its baseline and pilot windows, then record measurements.
            </Text>
          }
          action={addMetric}
        />
      ) : (
        items.map((e) => (
          <EvidenceMetricCard key={e.metric.id} evidence={e} canEdit={canEdit} canRecord={canRecord} />
        ))
      )}
      <EvidenceMetricModal applicationId={applicationId} opened={creating} onClose={creator.close} />
    </Stack>
  );
}
