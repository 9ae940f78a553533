import {
  Combobox,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  Table,
} from '@mantine/core';

/**
 * Colours that pass WCAG 2.2 AA contrast (4.5:1 for text) in both schemes. Mantine's defaults do not: the
 * filled primary button (white on teal-6, 2.55:1), light badges and the active nav link (teal-9 on teal-1,
 * 4.32:1), dimmed text (gray-6 on white, 3.32:1; dark-2 on dark-7, 4.0:1). So: the filled shade is 9 in
 * both schemes (white on teal-9 is 5.1:1) with automatic black text on light fills, and the light
 * variant's text and every coloured text in the light scheme are shade 9 darkened by 30%.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A closed select's options are not drawn. Mantine keeps every Select's and MultiSelect's dropdown mounted
    // (hidden) by default: each page then draws every option list it might open and positions each one,
    // forcing a style and layout pass before its first paint (the header's organization switcher alone on
    // every page). The list is only referenced while open (aria-controls), so nothing reads it closed.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // A table wider than its column scrolls sideways; keyboard users must be able to scroll it too
    // (WCAG 2.1.1, axe `scrollable-region-focusable`), so its scrolling viewport takes focus.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

const palette = Object.keys(DEFAULT_THEME.colors).filter((name) => name !== 'dark');

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    ...Object.fromEntries(
      palette.flatMap((name) => {
        const readable = darken(t.colors[name]![9], 0.3);
        return [
          [`--mantine-color-${name}-light-color`, readable],
          [`--mantine-color-${name}-text`, readable],
        ];
      }),
    ),
    '--mantine-color-anchor': darken(t.colors.teal![9], 0.3),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
  },
});
