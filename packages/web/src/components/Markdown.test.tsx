import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, parseBlocks, safeHref } from './Markdown';

const render = (source: string) =>
  renderToStaticMarkup(
    <MantineProvider>
      <Markdown source={source} />
    </MantineProvider>,
  );

describe('Markdown', () => {
  it('shows raw HTML as text, never as markup', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('links only to http(s) and mailto', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('https://example.test/a')).toBe('https://example.test/a');
    const html = render('[bad](javascript:alert(1)) and [good](https://example.test)');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('[bad](javascript:alert(1))');
    expect(html).toContain('href="https://example.test/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('renders headings, lists, emphasis, code and kept line breaks', () => {
    expect(
      parseBlocks('# Title\n\n- a\n- b\n\n1. one\n2. two\n\n```\nx < y\n```\n\nline one\nline two'),
    ).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'list', ordered: false, start: 1, items: ['a', 'b'] },
      { type: 'list', ordered: true, start: 1, items: ['one', 'two'] },
      { type: 'code', text: 'x < y' },
      { type: 'paragraph', lines: ['line one', 'line two'] },
    ]);
    const html = render('**bold** *it* `x<y`\nnext');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>it</em>');
    expect(html).toContain('x&lt;y');
    expect(html).toContain('<br/>');
  });
});
