/**
 * Run in the page (playwright `page.evaluate(findClipped)`): the text a person cannot read whole at this
 * width, inside <main>, the header and the navigation (bench/web/look.ts, e2e/webapp-quality.e2e.ts). Two kinds: an element that clips its own text (overflow hidden or
 * clip, or text-overflow: ellipsis, with more content than room), and a word broken across lines because
 * its box is narrower than the word ("Expan-sion" as "Expa / nsio / n"). Visually hidden text (screen-reader
 * only) and content inside a scroll container that can be scrolled to are not clipped. A text field whose value
 * is wider than the field is clipped too.
 */
export function findClipped(): string[] {
  const found: string[] = [];
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid="${el.getAttribute('data-testid')}"]` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
  const hidden = (el: Element) =>
    !!el.closest('.mantine-VisuallyHidden-root, [aria-hidden="true"], [hidden]') ||
    (el as HTMLElement).offsetParent === null;
  // The navigation too (on a phone it holds the organization switcher); the outermost <nav> only.
  const roots = [...document.querySelectorAll('main, header, nav')].filter(
    (el) => !el.parentElement?.closest('main, header, nav'),
  );
  for (const root of roots)
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (hidden(el) || !(el.textContent ?? '').trim()) continue;
      const style = getComputedStyle(el);
      const clips = (o: string) => o === 'hidden' || o === 'clip';
      const ellipsis = style.textOverflow === 'ellipsis';
      if ((clips(style.overflowX) || ellipsis) && el.scrollWidth > el.clientWidth + 1)
        found.push(`cut sideways: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth} px)`);
      else if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1 && !style.webkitLineClamp)
        found.push(`cut below: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight} px)`);
    }
  // A field whose value is wider than its box (the organization switcher with a long name): the value is
  // cut whatever its overflow style says. Read-only selects show their value this way too.
  for (const root of roots)
    for (const input of root.querySelectorAll<HTMLInputElement>(
      'input:not([type]), input[type="text"], input[type="search"]',
    )) {
      if (hidden(input) || !input.value.trim()) continue;
      if (input.scrollWidth > input.clientWidth + 1)
        found.push(
          `cut sideways: input "${input.getAttribute('aria-label') ?? input.name}" value "${input.value.slice(0, 60)}" (${input.scrollWidth} > ${input.clientWidth} px)`,
        );
    }
  // Words broken across lines: a word of letters whose range has more than one line box.
  const range = document.createRange();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || hidden(parent)) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\p{L}{4,}/gu)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) {
          found.push(`word broken across lines: "${match[0]}" in ${describe(parent)}`);
          break;
        }
      }
    }
  }
  return found;
}
