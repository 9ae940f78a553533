import { MantineProvider, MultiSelect, Select } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from './theme';

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<MantineProvider theme={theme}>{node}</MantineProvider>);

describe('theme', () => {
  // Mantine keeps a closed select's option list mounted (hidden) by default; every page then drew and
  // positioned every list it might open before its first paint. The portal is left out so the static
  // render shows what the dropdown would hold.
  it('draws no option of a closed Select or MultiSelect', () => {
    const select = render(
      <Select label="Unit" data={['North', 'South']} comboboxProps={{ withinPortal: false }} />,
    );
    const multi = render(
      <MultiSelect label="Status" data={['Pilot', 'Scaling']} comboboxProps={{ withinPortal: false }} />,
    );
    for (const html of [select, multi]) {
      expect(html).toContain('<input');
      expect(html).not.toMatch(/role="option"|role="listbox"/);
    }
  });

  it('draws the options once the select is open', () => {
    const html = render(
      <Select
        label="Unit"
        data={['North', 'South']}
        defaultDropdownOpened
        comboboxProps={{ withinPortal: false }}
      />,
    );
    expect(html.match(/role="option"/g)).toHaveLength(2);
  });
});
