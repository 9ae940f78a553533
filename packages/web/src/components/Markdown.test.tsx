import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, safeHref } from './Markdown';

const render = (source: string) =>
  renderToStaticMarkup(
    <MantineProvider>
      <Markdown source={source} />
    </MantineProvider>,
  );

describe('Markdown', () => {
  it('shows raw HTML as text, never as markup', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nInline <iframe src="https://x.test"></iframe> here',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe');
  });

  it('links only to http(s) and mailto, and shows no images', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('https://example.test/a')).toBe('https://example.test/a');
    const html = render(
      '[bad](javascript:alert(1)) and [worse](JAVASCRIPT:alert(1)) and [good](https://example.test) ![pic](https://tracker.test/p.png)',
    );
    expect(html).not.toMatch(/href="\s*javascript/i);
    expect(html).toContain('href="https://example.test/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).not.toContain('tracker.test');
    expect(html).toContain('pic');
  });

  it('renders a GFM table as a table, with its header and cells', () => {
    const html = render('| Item | Bloom level |\n| --- | :---: |\n| Q1 | Apply |\n| Q2 | Analyse |');
    expect(html).toMatch(/<table[^>]*>/);
    expect(html).toMatch(/<th[^>]*>Item<\/th>/);
    expect(html).toMatch(/<td[^>]*>Analyse<\/td>/);
    expect(html).not.toContain('| Item |');
  });

  it('keeps nested lists nested', () => {
    const html = render('- Module 1\n  - Lesson 1.1\n  - Lesson 1.2\n    1. Step a\n- Module 2');
    // An <ul> inside an <li> inside an <ul>, and an <ol> one level further down.
    expect(html).toMatch(
      /<ul[^>]*>.*<li[^>]*>.*Module 1.*<ul[^>]*>.*Lesson 1\.1.*<ol[^>]*>.*Step a.*<\/ol>.*<\/ul>.*<\/li>.*Module 2/s,
    );
  });

  it('renders headings, emphasis, inline and fenced code (as text), strikethrough', () => {
    const html = render('# Title\n\n**bold** *it* ~~gone~~ `x<y`\n\n```ts\nif (a < b) {}\n```');
    expect(html).toMatch(/<h2[^>]*>Title<\/h2>/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>it</em>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('x&lt;y');
    expect(html).toMatch(/<pre[^>]*>if \(a &lt; b\) \{\}\n?<\/pre>/);
    expect(html).not.toMatch(/<pre[^>]*><code/);
  });
});
