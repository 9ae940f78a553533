import { Stack, Tabs } from '@mantine/core';
import { Suspense } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useOrganization } from '../../hooks/useOrganization';
import { lazyPreloaded } from '../../lazy-preloaded';

/** Each tab's code loads when the tab is shown: the page draws one panel at a time (keepMounted={false}). */
const HeatmapPanel = lazyPreloaded(() => import('./HeatmapPanel').then((m) => m.HeatmapPanel));
const UnitsPanel = lazyPreloaded(() => import('./UnitsPanel').then((m) => m.UnitsPanel));
const ChangesPanel = lazyPreloaded(() => import('./ChangesPanel').then((m) => m.ChangesPanel));
const PulsePanel = lazyPreloaded(() => import('./PulsePanel').then((m) => m.PulsePanel));
const NotesPanel = lazyPreloaded(() => import('./NotesPanel').then((m) => m.NotesPanel));

const TABS = ['heatmap', 'units', 'changes', 'pulse', 'notes'] as const;
type Tab = (typeof TABS)[number];
const PANELS = {
  heatmap: HeatmapPanel,
  units: UnitsPanel,
  changes: ChangesPanel,
  pulse: PulsePanel,
  notes: NotesPanel,
} as const;
const tabOf = (segment: string | undefined): Tab =>
  (TABS as readonly string[]).includes(segment ?? '') ? (segment as Tab) : 'heatmap';

/** The panel a path under /capacity opens on. */
export const panelAt = (pathname: string) => PANELS[tabOf(pathname.split('/')[2])];

/**
 * The code this page's first paint needs beyond its own module: the open tab's panel. App.tsx waits for it
 * with the page's code, so a first load (or a link) to a tab draws the panel at once — a panel that suspended
 * would show the skeleton, which React then keeps for up to 300 ms.
 */
export const firstPaintCode = (pathname: string) => panelAt(pathname).preload();

/** Change absorption capacity: how much more change each unit can take on right now. */
export function CapacityPage() {
  const { can } = useOrganization();
  const canLead = can('capacity', 'lead');
  const params = useParams();
  const navigate = useNavigate();
  const tab = tabOf(params.tab);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Change capacity"
        description="How much more change each team can take on right now: the load every rollout puts on it against its capacity, and how its people say they are coping."
      />
      <Tabs
        value={tab}
        onChange={(t) => navigate(t === 'heatmap' ? '/capacity' : `/capacity/${t}`)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="heatmap">Heatmap</Tabs.Tab>
          <Tabs.Tab value="units">Units</Tabs.Tab>
          <Tabs.Tab value="changes">Changes</Tabs.Tab>
          <Tabs.Tab value="pulse">Pulse</Tabs.Tab>
          <Tabs.Tab value="notes">What changed</Tabs.Tab>
        </Tabs.List>
        <Suspense fallback={<PageSkeleton />}>
          <Tabs.Panel value="heatmap" pt="md">
            <HeatmapPanel />
          </Tabs.Panel>
          <Tabs.Panel value="units" pt="md">
            <UnitsPanel canLead={canLead} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" pt="md">
            <ChangesPanel canLead={canLead} />
          </Tabs.Panel>
          <Tabs.Panel value="pulse" pt="md">
            <PulsePanel canLead={canLead} />
          </Tabs.Panel>
          <Tabs.Panel value="notes" pt="md">
            <NotesPanel canLead={canLead} />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
    </Stack>
  );
}
