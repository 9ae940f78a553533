import { Anchor, Badge, Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { retrospectiveQuestions } from '@trellis/core';
import { Link, useParams } from 'react-router';
import { coreReviewApi } from '../../api/core-review';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { downloadPackageMarkdown } from './download';
import { PackageSummary } from './PackageSummary';

/** A scaling package as a readable page (immutable: a later package is a new version). */
export function ScalingPackagePage() {
  const { applicationId = '', packageId = '' } = useParams();
  const orgKey = useOrgKey();
  const pkg = useQuery({
    queryKey: orgKey('scaling-package', packageId),
    queryFn: () => coreReviewApi.scalingPackage(packageId),
  });
  if (pkg.isPending) return <Skeleton h={400} />;
  if (pkg.isError) return <QueryError error={pkg.error} onRetry={() => pkg.refetch()} />;
  const { content } = pkg.data;
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={`/core-review/${applicationId}`} size="sm">
        ← Back to the board
      </Anchor>
      <PageHeader
        title={`Scaling package v${pkg.data.version}: ${content.application.name}`}
        description={`Generated ${formatDateTime(content.generatedAt)} by ${content.generatedBy} · stage ${content.application.stage}`}
        actions={
          <Group gap="xs">
            <Badge color={pkg.data.current ? 'teal' : 'orange'} variant="light" size="lg">
              {pkg.data.current ? 'Current' : 'Superseded or out of date'}
            </Badge>
            <Button
              variant="default"
              leftSection={<Icon name="download" size={16} />}
              onClick={() => downloadPackageMarkdown(pkg.data)}
            >
              Markdown
            </Button>
          </Group>
        }
      />
      <Card withBorder padding="lg">
        <PackageSummary pkg={pkg.data} detailed />
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          Pilot retrospective {content.retrospective ? `(version ${content.retrospective.version})` : ''}
        </Title>
        {content.retrospective ? (
          <Stack gap="md">
            {retrospectiveQuestions.map((q) => {
              const answer = content.retrospective?.answers[q.key];
              return (
                <Stack key={q.key} gap={4}>
                  <Text fw={600}>{q.label}</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {answer?.text || '—'}
                  </Text>
                  {answer && answer.links.length > 0 && (
                    <List size="xs" c="dimmed">
                      {answer.links.map((l) => (
                        <List.Item key={`${l.kind}:${l.id}`}>Evidence: {l.label}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              );
            })}
          </Stack>
        ) : (
          <Text c="dimmed" size="sm">
            No retrospective had been saved when this package was generated.
          </Text>
        )}
      </Card>
    </Stack>
  );
}
