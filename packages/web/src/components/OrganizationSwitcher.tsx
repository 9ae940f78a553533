import { Select, type SelectProps } from '@mantine/core';
import { useOrganization } from '../hooks/useOrganization';
import { Icon } from './Icon';

/**
 * Switching organizations changes the API's organization header and refetches every page's data.
 *
 * The field is as wide as the organization's name (`field-sizing: content`, between `minWidth` and
 * `maxWidth`), so the name is never cut: the header has room for it from the `sm` breakpoint up, and on a
 * phone the switcher sits at the top of the navigation drawer instead, as wide as the drawer
 * (AppLayout.tsx).
 */
export function OrganizationSwitcher({
  minWidth = '12rem',
  maxWidth = '100%',
  ...props
}: Pick<SelectProps, 'hiddenFrom' | 'visibleFrom' | 'w'> & { minWidth?: string; maxWidth?: string }) {
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
      comboboxProps={{ withinPortal: true }}
      checkIconPosition="right"
      styles={{
        root: { maxWidth, minWidth: 0 },
        // Sized to the name where the browser can (Chromium); elsewhere the field fills its minimum width.
        input: { fieldSizing: 'content', minWidth, maxWidth: '100%', textOverflow: 'ellipsis' },
      }}
      {...props}
    />
  );
}
