import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from './LineChart';
import { axisAngle, RadarChart } from './RadarChart';
import { formatTick, labelStep, labelWidth, linear, themeColor, valueAxis } from './scale';

/** Every element `tag` of the markup, as its attributes. */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}
/** The texts of the <text> elements in the group marked `marker` (up to its first nested group's end). */
function texts(html: string, marker: string): string[] {
  const start = html.indexOf(marker);
  const group = html.slice(start, html.indexOf('</g>', start));
  return [...group.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}
/** A path's subpaths (one per M command) as lists of [x, y] points. */
function subpaths(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => part.split('L').map((point) => point.split(',').map(Number)));
}

// The line chart's layout (LineChart.tsx): 10 px above the plot, 24 px below it.
const TOP = 10;
const BOTTOM = 24;

describe('scale', () => {
  it('maps a domain onto a range linearly, either way round', () => {
    const y = linear([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(150);
    expect(linear([5, 5], [0, 10])(5)).toBe(5);
  });

  it('widens the value axis to round ends and puts round ticks from one end to the other', () => {
    const axis = valueAxis([0, 1.3], 4);
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(1.3);
    expect(axis.ticks[0]).toBe(axis.domain[0]);
    expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(valueAxis([0, 100], 4).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    // A flat domain (every value 0) still has an axis.
    expect(valueAxis([0, 0], 4).ticks.length).toBeGreaterThan(1);
  });

  it('prints ticks without floating-point tails and names theme colours by their CSS variable', () => {
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(100)).toBe('100');
    expect(themeColor('teal.6')).toBe('var(--mantine-color-teal-6)');
    expect(themeColor('#123456')).toBe('#123456');
  });

  it('spaces x labels so that none overlaps the next', () => {
    const labels = Array.from({ length: 120 }, (_, i) => String(i + 1));
    const step = labelStep(labels, 300);
    expect(step).toBeGreaterThan(1);
    expect((300 / (labels.length - 1)) * step).toBeGreaterThanOrEqual(labelWidth('120'));
    expect(labelStep(['a', 'b', 'c'], 300)).toBe(1);
  });
});

describe('LineChart', () => {
  const render = (props: Partial<Parameters<typeof LineChart>[0]> = {}) =>
    renderToStaticMarkup(
      <LineChart
        width={400}
        height={200}
        categories={['Jan', 'Feb', 'Mar', 'Apr']}
        yDomain={[0, 100]}
        series={[{ name: 'Decision-making', color: 'teal.6', values: [0, 50, 100, 25] }]}
        {...props}
      />,
    );

  it('puts a point at value v at the height v takes on the axis', () => {
    const dots = elements(render(), 'circle');
    expect(dots.map((d) => Number(d.cy))).toEqual([
      200 - BOTTOM,
      (TOP + 200 - BOTTOM) / 2,
      TOP,
      200 - BOTTOM - 0.25 * (200 - BOTTOM - TOP),
    ]);
    // Evenly spaced, left to right.
    const xs = dots.map((d) => Number(d.cx));
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!, 6);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[3]).toBeLessThanOrEqual(400);
  });

  it('labels the y axis with round ticks covering the domain, each on its grid line', () => {
    const html = render();
    const labels = [...html.matchAll(/<text\b[^>]*data-tick="[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['0', '20', '40', '60', '80', '100']);
    const ticks = elements(html, 'text').filter((t) => t['data-tick'] !== undefined);
    expect(Number(ticks.find((t) => t['data-tick'] === '100')!.y)).toBe(TOP);
    expect(Number(ticks.find((t) => t['data-tick'] === '0')!.y)).toBe(200 - BOTTOM);
    expect(texts(html, 'data-axis="x"')).toEqual(['Jan', 'Feb', 'Mar', 'Apr']);
  });

  it('breaks the line at a missing value, or draws across it with connectNulls', () => {
    const series = [{ name: 'Quality', color: 'blue.6', values: [10, null, 30, 40] }];
    const broken = elements(render({ series }), 'path')[0]!.d!;
    expect(subpaths(broken).map((p) => p.length)).toEqual([1, 2]);
    const joined = elements(render({ series, connectNulls: true }), 'path')[0]!.d!;
    expect(subpaths(joined).map((p) => p.length)).toEqual([3]);
    // No dot for the missing value.
    expect(elements(render({ series }), 'circle')).toHaveLength(3);
  });

  it('draws a step line as a level until the next point', () => {
    const d = elements(
      render({ curve: 'stepAfter', series: [{ name: 'CUSUM', color: 'teal.6', values: [0, 50] }] }),
      'path',
    )[0]!.d!;
    const [[a, corner, b]] = subpaths(d) as [number[][]];
    expect(corner![1]).toBe(a![1]); // level first …
    expect(corner![0]).toBe(b![0]); // … then straight up at the next review
    expect(b![1]).toBeLessThan(a![1]!);
  });

  it('draws a reference line at its value with its label, in its colour', () => {
    const html = render({ referenceLines: [{ y: 40, label: 'alarm at h = 40.00', color: 'red.6' }] });
    const line = elements(html.slice(html.indexOf('data-reference')), 'line')[0]!;
    expect(Number(line.y1)).toBe(200 - BOTTOM - 0.4 * (200 - BOTTOM - TOP));
    expect(line.stroke).toBe('var(--mantine-color-red-6)');
    expect(html).toContain('>alarm at h = 40.00</text>');
  });

  it('names each series in its legend, in its colour', () => {
    const html = render({
      withLegend: true,
      series: [
        { name: 'Decision-making', color: 'teal.6', values: [1, 2, 3, 4] },
        { name: 'Change absorption', color: 'orange.6', values: [4, 3, 2, 1] },
      ],
    });
    const legend = html.slice(html.indexOf('<ul'), html.indexOf('</ul>'));
    expect(legend).toContain('Decision-making');
    expect(legend).toContain('Change absorption');
    expect(legend).toContain('var(--mantine-color-orange-6)');
    expect(elements(html, 'path').map((p) => p.stroke)).toEqual([
      'var(--mantine-color-teal-6)',
      'var(--mantine-color-orange-6)',
    ]);
    expect(render()).not.toContain('<ul');
  });

  it('thins the x labels of a long series on a narrow chart', () => {
    const categories = Array.from({ length: 150 }, (_, i) => String(i + 1));
    const html = render({
      width: 330,
      categories,
      withDots: false,
      series: [{ name: 'CUSUM', color: 'teal.6', values: categories.map(() => 1) }],
    });
    const shown = texts(html, 'data-axis="x"');
    expect(shown[0]).toBe('1');
    expect(shown.length).toBeLessThan(20);
    const xs = elements(html.slice(html.indexOf('data-axis="x"')), 'text')
      .slice(0, shown.length)
      .map((t) => Number(t.x));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(labelWidth('150'));
    expect(elements(html, 'circle')).toHaveLength(0);
  });
});

describe('RadarChart', () => {
  const axes = ['Decision-making', 'Quality that scales', 'Change absorption', 'Learning integration'];
  const render = (width: number, values = [100, 50, 0, 75]) =>
    renderToStaticMarkup(
      <RadarChart
        width={width}
        height={300}
        axes={axes}
        series={[
          { name: 'Score', color: 'teal.6', opacity: 0.35, values },
          { name: 'Self-assessed', color: 'grape.5', opacity: 0.08, values: [10, 10, 10, 10] },
        ]}
      />,
    );
  const points = (html: string, series: string) =>
    elements(html, 'polygon')
      .find((p) => p['data-series'] === series)!
      .points!.split(' ')
      .map((p) => p.split(',').map(Number));
  /** The outer ring: the last of the grid's four. */
  const outer = (html: string) =>
    elements(html, 'polygon')
      .filter((p) => !p['data-series'])
      .at(-1)!
      .points!.split(' ')
      .map((p) => p.split(',').map(Number));

  it('puts the first axis straight up and the others clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(axisAngle(1, 4)).toBeCloseTo(0); // right
  });

  it('puts a value v at v/max of the way from the centre along its axis', () => {
    const html = render(500);
    const ring = outer(html);
    const [cx, cy] = [250, 150];
    const radius = cy - ring[0]![1]!;
    expect(radius).toBeGreaterThan(50);
    const score = points(html, 'Score');
    expect(score[0]![0]).toBeCloseTo(cx, 0); // 100 at the top: the outer ring
    expect(score[0]![1]).toBeCloseTo(cy - radius, 0);
    expect(score[1]![0]).toBeCloseTo(cx + radius / 2, 0); // 50 to the right: half way
    expect(score[1]![1]).toBeCloseTo(cy, 0);
    expect(score[2]![1]).toBeCloseTo(cy, 0); // 0 at the centre
    expect(score[3]![0]).toBeCloseTo(cx - 0.75 * radius, 0);
  });

  it('writes each axis name one word a line, within the drawing on a phone', () => {
    const html = render(300);
    const spans = [...html.matchAll(/<tspan\b[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans).toEqual(axes.flatMap((a) => a.split(' ')));
    const labels = elements(html, 'text').filter((t) => t['data-axis']);
    const left = labels.find((t) => t['data-axis'] === 'Learning integration')!;
    expect(left['text-anchor']).toBe('end');
    expect(Number(left.x) - labelWidth('integration')).toBeGreaterThanOrEqual(0);
    const right = labels.find((t) => t['data-axis'] === 'Quality that scales')!;
    expect(right['text-anchor']).toBe('start');
    expect(Number(right.x) + labelWidth('Quality')).toBeLessThanOrEqual(300);
  });

  it('names each series in its legend and fills it at its opacity', () => {
    const html = render(500);
    const legend = html.slice(html.indexOf('<ul'), html.indexOf('</ul>'));
    expect(legend).toContain('Score');
    expect(legend).toContain('Self-assessed');
    const score = elements(html, 'polygon').find((p) => p['data-series'] === 'Score')!;
    expect(score.fill).toBe('var(--mantine-color-teal-6)');
    expect(score['fill-opacity']).toBe('0.35');
  });
});
