import { Select } from '@mantine/core';
import { useOrganization } from '../hooks/useOrganization';
import { Icon } from './Icon';

/** Switching organizations changes the API's organization header and refetches every page's data. */
export function OrganizationSwitcher() {
  const { session, organizationId, switchOrganization } = useOrganization();
  const data = session.memberships.map((m) => ({ value: m.organization.id, label: m.organization.name }));
  return (
    <Select
      aria-label="Organization"
      data={data}
      value={organizationId}
      onChange={(value) => value && value !== organizationId && switchOrganization(value)}
      allowDeselect={false}
      leftSection={<Icon name="building" size={16} />}
      w={{ base: 124, xs: 170, sm: 240, lg: 300 }}
      comboboxProps={{ withinPortal: true }}
      checkIconPosition="right"
    />
  );
}
