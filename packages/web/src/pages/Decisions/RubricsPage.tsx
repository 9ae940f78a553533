import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { decisionsApi } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { DecisionsHeader } from './DecisionsHeader';
import { percent } from './format';

/** The organization's criteria rubrics; the starter one only when an admin asks for it. */
export function RubricsPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rubrics = useQuery({ queryKey: orgKey('rubrics'), queryFn: decisionsApi.rubrics });
  const [error, setError] = useState<unknown>(null);
  const isAdmin = can('decisions', 'admin');
  const useStarter = async () => {
    setError(null);
    try {
      const created = await decisionsApi.createStarterRubric();
      await queryClient.invalidateQueries({ queryKey: orgKey('rubrics') });
      navigate(`/decisions/rubrics/${created.id}`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Stack gap="lg">
      <DecisionsHeader
        description="A rubric is how your organization compares candidate applications: weighted criteria with a meaning for each level 1–5, and knock-outs that stop a candidate whatever its score. Edits make a new version; evaluations keep the version they used."
        actions={
          isAdmin && (
            <>
              <Button variant="light" onClick={useStarter}>
                Use the starter rubric
              </Button>
              <Button
                component={Link}
                to="/decisions/rubrics/new"
                leftSection={<Icon name="plus" size={16} />}
              >
                New rubric
              </Button>
            </>
          )
        }
      />
      <FormError error={error} />
      {rubrics.isPending ? (
        <TableSkeleton />
      ) : rubrics.isError ? (
        <QueryError error={rubrics.error} onRetry={() => rubrics.refetch()} />
      ) : rubrics.data.items.length === 0 ? (
        <EmptyNote
          title="No rubrics yet"
          description={
            isAdmin
              ? 'Start from the L&D starter rubric (value, feasibility, risk, readiness) and adapt it, or write your own.'
              : 'An admin defines the rubrics candidates are scored against.'
          }
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {rubrics.data.items.map((r) => {
            const total = r.current.criteria.reduce((s, c) => s + c.weight, 0);
            return (
              <Card key={r.id} withBorder padding="lg" data-testid={`rubric-${r.name}`}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text fw={600} size="lg" component={Link} to={`/decisions/rubrics/${r.id}`} c="inherit">
                      {r.name}
                    </Text>
                    <Badge variant="light">v{r.currentVersion}</Badge>
                  </Group>
                  {r.current.criteria.map((c) => (
                    <Group key={c.key} justify="space-between" gap="xs">
                      <Text size="sm">
                        {c.label}
                        {c.direction === 'cost' && (
                          <Badge size="xs" ml={6} color="orange" variant="light">
                            cost
                          </Badge>
                        )}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {percent(c.weight / total)}
                      </Text>
                    </Group>
                  ))}
                  {r.current.knockOuts.length > 0 && (
                    <Text size="xs" c="dimmed">
                      Knock-outs: {r.current.knockOuts.map((k) => k.label).join('; ')}
                    </Text>
                  )}
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
