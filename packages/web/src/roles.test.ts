import { describe, expect, it } from 'vitest';
import type { Membership } from './api';
import { permits } from './roles';

const organization = { id: 'org', name: 'Northwind', slug: 'northwind' };

describe('permits', () => {
  it('follows the role ladder for built-in roles, in every area alike', () => {
    const lead: Membership = { organization, role: 'lead' };
    expect(permits(lead, 'quality', 'lead')).toBe(true);
    expect(permits(lead, 'sequencing', 'reviewer')).toBe(true);
    expect(permits(lead, 'settings', 'admin')).toBe(false);
    expect(permits({ organization, role: 'viewer' }, 'portfolio', 'contributor')).toBe(false);
    expect(permits({ organization, role: 'owner' }, 'settings', 'owner')).toBe(true);
  });

  it('gives a custom role exactly its permissions, whatever its stored built-in role', () => {
    const qualityLead: Membership = {
      organization,
      role: 'viewer',
      customRole: { id: 'r1', name: 'Quality lead', permissions: ['quality.read', 'quality.approve'] },
    };
    expect(permits(qualityLead, 'quality', 'viewer')).toBe(true);
    expect(permits(qualityLead, 'quality', 'lead')).toBe(true);
    // The server checks each action on its own: approve does not imply review or write.
    expect(permits(qualityLead, 'quality', 'reviewer')).toBe(false);
    expect(permits(qualityLead, 'quality', 'contributor')).toBe(false);
    expect(permits(qualityLead, 'portfolio', 'viewer')).toBe(false);
    expect(permits(qualityLead, 'settings', 'viewer')).toBe(false);
  });

  it('keeps owner-only actions from custom roles, even one with every admin permission', () => {
    const admin: Membership = {
      organization,
      role: 'owner',
      customRole: { id: 'r2', name: 'Settings admin', permissions: ['settings.read', 'settings.admin'] },
    };
    expect(permits(admin, 'settings', 'admin')).toBe(true);
    expect(permits(admin, 'settings', 'owner')).toBe(false);
  });
});
