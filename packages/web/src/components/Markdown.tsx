import { Anchor, Blockquote, Code, List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A small Markdown renderer that builds React elements, never an HTML string: raw HTML in the source is
 * shown as text, and links go only to http(s) and mailto. Enough for AI outputs under review: headings,
 * paragraphs (line breaks kept), lists, quotes, rules, fenced code, `code`, **bold**, *italic*, [links](…).
 */
type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'quote'; lines: string[] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trimStart().startsWith(fence[1] as string))
        body.push(lines[i++] as string);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        level: (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6,
        text: heading[2] as string,
      });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i] as string))
        quoted.push((lines[i++] as string).replace(/^\s{0,3}>\s?/, ''));
      blocks.push({ type: 'quote', lines: quoted });
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (BULLET.test(line) || numbered) {
      const ordered = Boolean(numbered);
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] as string;
        const match = pattern.exec(current);
        if (match) items.push((ordered ? match[2] : match[1]) as string);
        else if (current.trim() && /^\s{2,}/.test(current) && items.length)
          items[items.length - 1] += `\n${current.trim()}`;
        else break;
        i++;
      }
      blocks.push({ type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length) {
      const current = lines[i] as string;
      if (
        !current.trim() ||
        FENCE.test(current) ||
        HEADING.test(current) ||
        RULE.test(current) ||
        /^\s{0,3}>/.test(current) ||
        BULLET.test(current) ||
        NUMBERED.test(current)
      )
        break;
      paragraph.push(current);
      i++;
    }
    blocks.push({ type: 'paragraph', lines: paragraph });
  }
  return blocks;
}

const INLINE =
  /(`+)([\s\S]*?[^`])\1(?!`)|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=\S)([^*]*?\S)\*|\b_(?=\S)([^_]*?\S)_\b|\[([^\]]+)\]\(\s*([^)\s]+)\s*\)/g;

/** Only web and mail links become anchors; anything else (javascript:, data:, relative) stays text. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string, key = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const k = `${key}.${n++}`;
    if (match[2] !== undefined) out.push(<Code key={k}>{match[2]}</Code>);
    else if (match[3] !== undefined || match[4] !== undefined)
      out.push(<strong key={k}>{inline((match[3] ?? match[4]) as string, k)}</strong>);
    else if (match[5] !== undefined || match[6] !== undefined)
      out.push(<em key={k}>{inline((match[5] ?? match[6]) as string, k)}</em>);
    else {
      const href = safeHref(match[8] as string);
      out.push(
        href ? (
          <Anchor key={k} href={href} target="_blank" rel="noopener noreferrer nofollow">
            {inline(match[7] as string, k)}
          </Anchor>
        ) : (
          match[0]
        ),
      );
    }
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Lines of one block, with the line breaks the author typed kept. */
function withBreaks(lines: string[], key: string): ReactNode[] {
  return lines.flatMap((line, i) => [
    // biome-ignore lint/suspicious/noArrayIndexKey: a line break's only identity is its position in the text
    ...(i > 0 ? [<br key={`${key}.br${i}`} />] : []),
    ...inline(line, `${key}.${i}`),
  ]);
}

export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      {parseBlocks(source).map((block, i) => {
        const key = `b${i}`;
        switch (block.type) {
          case 'heading':
            return (
              <Title key={key} order={Math.min(6, block.level + 1) as 2 | 3 | 4 | 5 | 6} mt="sm" mb={6}>
                {inline(block.text, key)}
              </Title>
            );
          case 'paragraph':
            return (
              <Text key={key} mb="sm">
                {withBreaks(block.lines, key)}
              </Text>
            );
          case 'list':
            return (
              <List
                key={key}
                type={block.ordered ? 'ordered' : 'unordered'}
                start={block.ordered ? block.start : undefined}
                mb="sm"
                withPadding
              >
                {block.items.map((item, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond position
                  <List.Item key={j}>{withBreaks(item.split('\n'), `${key}.${j}`)}</List.Item>
                ))}
              </List>
            );
          case 'quote':
            return (
              <Blockquote key={key} p="sm" mb="sm">
                {withBreaks(block.lines, key)}
              </Blockquote>
            );
          case 'code':
            return (
              <Code key={key} block mb="sm">
                {block.text}
              </Code>
            );
          case 'rule':
            return <hr key={key} />;
        }
        return null;
      })}
    </div>
  );
}
