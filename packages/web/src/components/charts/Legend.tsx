import { themeColor } from './scale';

/** The series' names, each beside a swatch of its colour. */
export function Legend({ series }: { series: ReadonlyArray<{ name: string; color: string }> }) {
  return (
    <ul
      data-chart-legend
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'center',
        gap: '4px 16px',
        margin: '0 0 4px',
        padding: 0,
        listStyle: 'none',
        fontSize: 'var(--mantine-font-size-xs)',
      }}
    >
      {series.map((s) => (
        <li key={s.name} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <span
            style={{
              width: 10,
              height: 10,
              borderRadius: 2,
              background: themeColor(s.color),
              flex: 'none',
            }}
          />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
