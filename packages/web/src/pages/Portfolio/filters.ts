import {
  APPLICATION_SORTS,
  type ApplicationFilters,
  type ApplicationSort,
  RISK_TIERS,
  type RiskTier,
  STAGES,
  type Stage,
} from '../../api/portfolio';

/** Filters and order ↔ URL search params, so a filtered list is a link (and a saved view just sets them). */
export function filtersFromParams(params: URLSearchParams): ApplicationFilters {
  const stages = params.getAll('stage').filter((s): s is Stage => (STAGES as readonly string[]).includes(s));
  const sort = APPLICATION_SORTS.find((s): s is ApplicationSort => s === params.get('sort'));
  const tiers = params
    .getAll('riskTier')
    .filter((r): r is RiskTier => (RISK_TIERS as readonly string[]).includes(r));
  return {
    ...(params.get('q') ? { q: params.get('q') ?? '' } : {}),
    ...(stages.length ? { stage: stages } : {}),
    ...(tiers.length ? { riskTier: tiers } : {}),
    ...(params.get('ownerId') ? { ownerId: params.get('ownerId') ?? '' } : {}),
    ...(params.get('orgUnitId') ? { orgUnitId: params.get('orgUnitId') ?? '' } : {}),
    ...(params.getAll('customField').length ? { customField: params.getAll('customField') } : {}),
    ...(sort && sort !== 'newest' ? { sort } : {}),
  };
}

/** Whether anything narrows the list (the order alone does not). */
export const hasFilters = (f: ApplicationFilters) =>
  Boolean(f.q || f.stage?.length || f.riskTier?.length || f.ownerId || f.orgUnitId || f.customField?.length);
