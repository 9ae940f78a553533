/** A piece of a search snippet: plain text, marked when it matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet whose matches are wrapped in `start`…`stop` markers into parts. The result is data,
 * never markup: whatever the text holds (`<script>` included) is shown as text by whoever renders it.
 */
export function splitHighlights(snippet: string, start: string, stop: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(start);
    if (open === -1) break;
    const close = rest.indexOf(stop, open + start.length);
    if (close === -1) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const matched = rest.slice(open + start.length, close);
    if (matched) parts.push({ text: matched, match: true });
    rest = rest.slice(close + stop.length);
  }
  const tail = rest.replaceAll(start, '').replaceAll(stop, '');
  if (tail) parts.push({ text: tail, match: false });
  return mergeAdjacent(parts);
}

function mergeAdjacent(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.match === part.match) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
