import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { api, getOrganizationId, type Membership, type Session, setOrganizationHeader } from './api';
import { capacityApi, type OrgUnit } from './api/capacity';
import { coreReviewApi } from './api/core-review';
import { diagnosticApi } from './api/diagnostic';
import { evidenceApi } from './api/evidence';
import { planningApi } from './api/planning';
import { portfolioApi } from './api/portfolio';
import { pagedQuery } from './hooks/usePagedList';
import { filtersFromParams } from './pages/Portfolio/filters';
import { type Area, permits } from './roles';
import { ROUTE_TABLE } from './route-table';

/**
 * The first data of the main pages, as query options both the page (`useQuery(pageQueries.x(orgKey, …))`)
 * and the boot prefetch use: one definition of each key and fetch, so a prefetched page finds its data in
 * the cache (or in flight) and never asks twice.
 */
export type OrgKey = (...parts: unknown[]) => unknown[];

/** ['org', organizationId, …parts]: what `useOrgKey` returns inside the signed-in shell. */
export const orgKeyOf =
  (organizationId: string): OrgKey =>
  (...parts) => ['org', organizationId, ...parts];

export const pageQueries = {
  /** The shell's demo banner, above every signed-in page's content. */
  demoStatus: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('demo'), queryFn: diagnosticApi.demoStatus, staleTime: 60_000 }),
  organization: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('organization'), queryFn: api.organization }),
  firstRun: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('diagnostic', 'first-run'), queryFn: diagnosticApi.firstRun }),
  diagnostic: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('diagnostic'), queryFn: diagnosticApi.diagnostic }),
  maturity: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('diagnostic', 'maturity'), queryFn: diagnosticApi.maturity }),
  executiveSummary: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('diagnostic', 'executive'), queryFn: diagnosticApi.executiveSummary }),
  recommendations: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('planning', 'recommendations'), queryFn: diagnosticApi.recommendations }),
  applications: (orgKey: OrgKey, params: URLSearchParams) => {
    const filters = filtersFromParams(params);
    return pagedQuery(orgKey('applications', filters), (cursor) =>
      portfolioApi.applications(filters, cursor),
    );
  },
  application: (orgKey: OrgKey, applicationId: string) =>
    queryOptions({
      queryKey: orgKey('applications', applicationId),
      queryFn: () => portfolioApi.application(applicationId),
    }),
  transitions: (orgKey: OrgKey, applicationId: string) =>
    queryOptions({
      queryKey: orgKey('applications', applicationId, 'transitions'),
      queryFn: async () => (await portfolioApi.transitions(applicationId)).items,
    }),
  evidence: (orgKey: OrgKey, applicationId: string) =>
    queryOptions({
      queryKey: orgKey('evidence', applicationId),
      queryFn: () => evidenceApi.applicationEvidence(applicationId),
    }),
  retrospective: (orgKey: OrgKey, applicationId: string) =>
    queryOptions({
      queryKey: orgKey('retrospective', applicationId),
      queryFn: () => coreReviewApi.retrospective(applicationId),
    }),
  linkOptions: (orgKey: OrgKey, applicationId: string) =>
    queryOptions({
      queryKey: orgKey('evidence-link-options', applicationId),
      queryFn: () => coreReviewApi.linkOptions(applicationId),
    }),
  coreReviewStatuses: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('core-review'), queryFn: coreReviewApi.statuses }),
  workflows: (orgKey: OrgKey) => pagedQuery(orgKey('workflows'), api.workflows),
  workflow: (orgKey: OrgKey, workflowId: string) =>
    queryOptions({ queryKey: orgKey('workflow', workflowId), queryFn: () => api.workflow(workflowId) }),
  quality: (orgKey: OrgKey, workflowId: string) =>
    queryOptions({ queryKey: orgKey('quality', workflowId), queryFn: () => api.quality(workflowId) }),
  calibration: (orgKey: OrgKey, workflowId: string) =>
    queryOptions({ queryKey: orgKey('calibration', workflowId), queryFn: () => api.calibration(workflowId) }),
  latestPlanningRun: (orgKey: OrgKey) =>
    queryOptions({ queryKey: orgKey('planning', 'runs', 'latest'), queryFn: planningApi.latest }),
  planningRun: (orgKey: OrgKey, runId: string) =>
    queryOptions({ queryKey: orgKey('planning', 'run', runId), queryFn: () => planningApi.get(runId) }),
  orgUnits: (orgKey: OrgKey) =>
    queryOptions({
      queryKey: orgKey('capacity', 'units'),
      queryFn: async () => {
        const all: OrgUnit[] = [];
        let cursor: string | undefined;
        do {
          const page = await capacityApi.listOrgUnits(cursor);
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return all;
      },
    }),
};

interface PrefetchContext {
  client: QueryClient;
  orgKey: OrgKey;
  params: Record<string, string | undefined>;
  search: URLSearchParams;
  /** Whether the member may read `area`: a page asks for what it then shows only when they may. */
  can: (area: Area) => boolean;
}

/**
 * Route (as in route-table.ts) → the queries its page makes on its first render, started here instead (their
 * requests are the table's `data`, which the boot script may already have started: api.ts adopts those). Only
 * requests the page makes unconditionally (or under the same `can`) belong here.
 */
const PAGE_DATA: { path: string; prefetch: (c: PrefetchContext) => Promise<void>[] }[] = [
  {
    path: '/',
    prefetch: ({ client, orgKey, can }) => [
      client.prefetchQuery(pageQueries.organization(orgKey)),
      ...(can('diagnostic') ? [client.prefetchQuery(pageQueries.firstRun(orgKey))] : []),
    ],
  },
  {
    path: '/portfolio',
    prefetch: ({ client, orgKey, search, can }) =>
      can('portfolio') ? [client.prefetchInfiniteQuery(pageQueries.applications(orgKey, search))] : [],
  },
  {
    path: '/portfolio/:applicationId',
    prefetch: ({ client, orgKey, params, can }) =>
      can('portfolio')
        ? [
            client.prefetchQuery(pageQueries.application(orgKey, params.applicationId!)),
            client.prefetchQuery(pageQueries.transitions(orgKey, params.applicationId!)),
          ]
        : [],
  },
  {
    path: '/portfolio/:applicationId/evidence',
    prefetch: ({ client, orgKey, params, can }) =>
      can('evidence') ? [client.prefetchQuery(pageQueries.evidence(orgKey, params.applicationId!))] : [],
  },
  {
    path: '/portfolio/:applicationId/retrospective',
    prefetch: ({ client, orgKey, params, can }) =>
      can('core_review')
        ? [
            client.prefetchQuery(pageQueries.retrospective(orgKey, params.applicationId!)),
            client.prefetchQuery(pageQueries.linkOptions(orgKey, params.applicationId!)),
            client.prefetchQuery(pageQueries.coreReviewStatuses(orgKey)),
          ]
        : [],
  },
  {
    path: '/executive',
    prefetch: ({ client, orgKey, can }) =>
      can('diagnostic')
        ? [
            client.prefetchQuery(pageQueries.executiveSummary(orgKey)),
            client.prefetchQuery(pageQueries.recommendations(orgKey)),
          ]
        : [],
  },
  {
    path: '/diagnostic',
    prefetch: ({ client, orgKey, can }) =>
      can('diagnostic')
        ? [
            client.prefetchQuery(pageQueries.diagnostic(orgKey)),
            client.prefetchQuery(pageQueries.maturity(orgKey)),
          ]
        : [],
  },
  {
    path: '/quality',
    prefetch: ({ client, orgKey, can }) =>
      can('quality') ? [client.prefetchInfiniteQuery(pageQueries.workflows(orgKey))] : [],
  },
  {
    path: '/quality/:workflowId',
    prefetch: ({ client, orgKey, params, can }) =>
      can('quality')
        ? [
            client.prefetchQuery(pageQueries.workflow(orgKey, params.workflowId!)),
            client.prefetchQuery(pageQueries.quality(orgKey, params.workflowId!)),
          ]
        : [],
  },
  {
    path: '/quality/:workflowId/calibration',
    prefetch: ({ client, orgKey, params, can }) =>
      can('quality')
        ? [
            client.prefetchQuery(pageQueries.workflow(orgKey, params.workflowId!)),
            client.prefetchQuery(pageQueries.calibration(orgKey, params.workflowId!)),
          ]
        : [],
  },
  {
    // The chosen run, or the latest (in full, one request).
    path: '/sequencing/roadmap',
    prefetch: ({ client, orgKey, search, can }) => {
      if (!can('sequencing')) return [];
      const chosen = search.get('run');
      return [
        chosen !== null
          ? client.prefetchQuery(pageQueries.planningRun(orgKey, chosen))
          : client.prefetchQuery(pageQueries.latestPlanningRun(orgKey)),
      ];
    },
  },
  {
    path: '/capacity/units',
    prefetch: ({ client, orgKey, can }) =>
      can('capacity') ? [client.prefetchQuery(pageQueries.orgUnits(orgKey))] : [],
  },
];

/** Routes outside the signed-in shell (route-table.ts): no shell, so no banner to fetch. */
const OUTSIDE_SHELL = ROUTE_TABLE.filter((route) => !route.shell).map((route) => route.path);

/**
 * The routes whose first data is warmed here (each a route whose `data` route-table.ts names, the same
 * requests: routes-data.test.ts).
 */
export const PREFETCHED_ROUTES = PAGE_DATA.map((page) => page.path);

/** The membership the signed-in shell shows: the remembered choice if still a member, else the first. */
export function chooseMembership(session: Session, chosenId: string | null): Membership | null {
  return session.memberships.find((m) => m.organization.id === chosenId) ?? session.memberships[0] ?? null;
}

/**
 * Starts the first requests of the page at `pathname` as soon as the session is known, in parallel with the
 * page's code (which `preloadRoute` started at boot), into the cache the page reads, with the shell's own
 * (the demo banner). Returns how many requests it started: none signed out or outside the shell, only the
 * shell's for a page not in the map or in an area the member cannot see.
 */
export function prefetchPageData(
  client: QueryClient,
  session: Session | null,
  pathname: string,
  search: string,
): number {
  if (!session) return 0;
  const membership = chooseMembership(session, getOrganizationId());
  if (!membership) return 0;
  // As RequireSession will: the API client sends the organization the shell is about to show.
  if (getOrganizationId() !== membership.organization.id) setOrganizationHeader(membership.organization.id);
  if (OUTSIDE_SHELL.some((path) => matchPath(path, pathname))) return 0;
  const orgKey = orgKeyOf(membership.organization.id);
  const shell = [client.prefetchQuery(pageQueries.demoStatus(orgKey))];
  for (const { path, prefetch } of PAGE_DATA) {
    const match = matchPath(path, pathname);
    if (!match) continue;
    const page = prefetch({
      client,
      orgKey,
      params: match.params,
      search: new URLSearchParams(search),
      can: (area) => permits(membership, area, 'viewer'),
    });
    return shell.length + page.length;
  }
  return shell.length;
}
