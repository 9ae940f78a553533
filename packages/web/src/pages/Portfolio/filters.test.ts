import { describe, expect, it } from 'vitest';
import type { ApplicationFilters } from '../../api/portfolio';
import { filterQuery } from '../../api/portfolio';
import { filtersFromParams, hasFilters } from './filters';

describe('list filters in the URL', () => {
  it('round-trips every filter, repeating list keys', () => {
    const filters: ApplicationFilters = {
      q: 'needs',
      stage: ['pilot', 'expanding'],
      riskTier: ['high'],
      ownerId: '00000000-0000-4000-8000-000000000001',
      orgUnitId: '00000000-0000-4000-8000-000000000002',
      customField: ['department:L&D', 'channels:Teams'],
      sort: 'name',
    };
    const query = filterQuery(filters);
    expect(query).toBe(
      'q=needs&stage=pilot&stage=expanding&riskTier=high&ownerId=00000000-0000-4000-8000-000000000001' +
        '&orgUnitId=00000000-0000-4000-8000-000000000002&customField=department%3AL%26D&customField=channels%3ATeams' +
        '&sort=name',
    );
    expect(filtersFromParams(new URLSearchParams(query))).toEqual(filters);
  });

  it('drops unknown stages and tiers from a hand-edited URL, and knows when nothing is filtered', () => {
    const filters = filtersFromParams(new URLSearchParams('stage=pilot&stage=done&riskTier=extreme'));
    expect(filters).toEqual({ stage: ['pilot'] });
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(filtersFromParams(new URLSearchParams('')))).toBe(false);
    // An order is not a filter; an unknown one (or the default) is left out.
    expect(filtersFromParams(new URLSearchParams('sort=stage'))).toEqual({ sort: 'stage' });
    expect(hasFilters({ sort: 'stage' })).toBe(false);
    expect(filtersFromParams(new URLSearchParams('sort=random&sort=newest'))).toEqual({});
  });
});
