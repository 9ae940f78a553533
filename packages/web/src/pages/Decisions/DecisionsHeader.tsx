import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';

const TABS = [
  { value: '/decisions', label: 'Requests' },
  { value: '/decisions/evaluations', label: 'Evaluations' },
  { value: '/decisions/rubrics', label: 'Rubrics' },
  { value: '/decisions/boundaries', label: 'Automation boundaries' },
  { value: '/decisions/rights', label: 'Decision rights' },
  { value: '/decisions/log', label: 'Decision log' },
];

/** Title and the views of the decisions area as tabs (links). */
export function DecisionsHeader({ description, actions }: { description: ReactNode; actions?: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current =
    [...TABS].reverse().find((tab) => tab.value !== '/decisions' && pathname.startsWith(tab.value))?.value ??
    '/decisions';
  return (
    <>
      <PageHeader title="Decisions" description={description} actions={actions} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} keepMounted={false}>
        <Tabs.List aria-label="Decision views">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </>
  );
}
