/** Reading e-mails a test SMTP server received, as a person would. */

/** Decodes one MIME part's quoted-printable body (RFC 2045 §6.7) so the test reads what a person reads. */
export function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The text/plain and text/html parts of a multipart/alternative message. */
export function partsOf(raw: string) {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) throw new Error('not multipart');
  const parts = raw.split(`--${boundary}`).slice(1, -1);
  const part = (type: string) => {
    const p = parts.find((x) => x.includes(`Content-Type: ${type}`));
    if (!p) throw new Error(`no ${type} part`);
    const [headers, ...body] = p.split(/\r?\n\r?\n/);
    const content = body.join('\n\n');
    return /quoted-printable/i.test(headers!)
      ? decodeQuotedPrintable(content)
      : /base64/i.test(headers!)
        ? Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
        : content;
  };
  return { text: part('text/plain'), html: part('text/html') };
}
