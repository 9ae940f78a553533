import { Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';

export function useWorkflow(workflowId: string) {
  const orgKey = useOrgKey();
  return useQuery(pageQueries.workflow(orgKey, workflowId));
}

const TABS = [
  { value: 'dashboard', path: '', label: 'Dashboard' },
  { value: 'review', path: '/review', label: 'Review queue' },
  { value: 'outputs', path: '/outputs', label: 'Outputs' },
  { value: 'calibration', path: '/calibration', label: 'Calibration' },
  { value: 'standard', path: '/standard', label: 'Standard' },
];

/** Breadcrumb, title and the views of one workflow as tabs (links). */
export function WorkflowHeader({ workflowId, actions }: { workflowId: string; actions?: ReactNode }) {
  const workflow = useWorkflow(workflowId);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/quality/${workflowId}`;
  const rest = pathname.slice(base.length).replace(/\/$/, '');
  const current = TABS.find((tab) => tab.path === rest)?.value ?? 'dashboard';
  const standard = workflow.data?.standard;
  return (
    <Stack gap="sm">
      <Breadcrumbs>
        <Anchor component={Link} to="/quality" size="sm">
          Quality
        </Anchor>
        <Text size="sm">{workflow.data?.name ?? '…'}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {workflow.data?.name ?? 'Workflow'}
            </Title>
            {workflow.data &&
              (standard ? (
                <Badge variant="light">Standard v{standard.version}</Badge>
              ) : (
                <Badge variant="light" color="gray">
                  No standard yet
                </Badge>
              ))}
          </Group>
          {workflow.data?.description && (
            <Text size="sm" c="dimmed" maw={760}>
              {workflow.data.description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      <Tabs
        value={current}
        onChange={(value) => navigate(`${base}${TABS.find((tab) => tab.value === value)?.path ?? ''}`)}
        keepMounted={false}
      >
        <Tabs.List aria-label="Workflow views">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
