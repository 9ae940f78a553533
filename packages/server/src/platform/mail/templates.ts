/**
 * The one template of Trellis's e-mails: plain text and HTML from the same parts (every text escaped), with
 * the organization's name, what is needed and by when, a deep link, and a footer with the preferences and
 * unsubscribe links.
 */

export const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** Removes line breaks, so a statement cannot add headers or break the layout of the plain text. */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/**
 * Stands for the address people reach the web app at, in an e-mail written where that is not known (a
 * notification inside a service): the mailer puts its configured origin in its place when it sends.
 */
export const ORIGIN = '{{trellis-origin}}';

/** A web-app path as a link in an e-mail (the mailer completes it with its origin). */
export const appLink = (path: string) => `${ORIGIN}${path.startsWith('/') ? path : `/${path}`}`;

/** Puts `origin` where `ORIGIN` stands in a rendered e-mail. */
export const withOrigin = (text: string, origin: string) =>
  text.replaceAll(ORIGIN, origin.replace(/\/$/, ''));

export const mailDay = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A deadline as a person reads it: day and UTC time. */
export const mailDeadline = (d: Date) => `${mailDay(d)}, ${d.toISOString().slice(11, 16)} UTC`;

export interface EmailContent {
  subject: string;
  /** Whom it greets. */
  recipientName: string;
  /** The organization it is about; none for a person's account e-mail. */
  organizationName?: string | null | undefined;
  /** What happened and what is needed, one paragraph each. */
  paragraphs: readonly string[];
  /** By when it is needed; said in the subject's body and beside the link. */
  due?: Date | null | undefined;
  /** A list of linked items (a digest). */
  items?: readonly { label: string; title: string; url: string }[] | undefined;
  /** The deep link: what to open to act. */
  action?: { label: string; url: string } | undefined;
  /** Why the person receives it, and how to stop it. */
  footer?: {
    reason: string;
    preferencesUrl?: string | undefined;
    unsubscribeUrl?: string | undefined;
  };
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const org = content.organizationName ? oneLine(content.organizationName) : null;
  const due = content.due ? `Needed by ${mailDeadline(content.due)}.` : null;
  const footer = content.footer;
  const footerText = footer
    ? [
        oneLine(footer.reason),
        ...(footer.preferencesUrl ? [`Choose which e-mails you receive: ${footer.preferencesUrl}`] : []),
        ...(footer.unsubscribeUrl ? [`Unsubscribe from these e-mails: ${footer.unsubscribeUrl}`] : []),
      ]
    : [];
  const text = [
    `Hello ${oneLine(content.recipientName)},`,
    '',
    ...content.paragraphs.flatMap((p) => [oneLine(p), '']),
    ...(due ? [due, ''] : []),
    ...(content.items ?? []).flatMap((i) => [`${i.label}: ${oneLine(i.title)}`, `  ${i.url}`, '']),
    ...(content.action ? [`${content.action.label}:`, `  ${content.action.url}`, ''] : []),
    ...(footerText.length ? ['--', ...(org ? [`Trellis · ${org}`] : []), ...footerText, ''] : []),
  ].join('\n');
  const small = 'color: #666; font-size: 12px';
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    ...(org ? [`<p style="${small}">Trellis · ${escapeHtml(org)}</p>`] : []),
    `<p>Hello ${escapeHtml(content.recipientName)},</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(due ? [`<p><strong>${escapeHtml(due)}</strong></p>`] : []),
    ...(content.items?.length
      ? [
          '<ul>',
          ...content.items.map(
            (i) =>
              `<li><strong>${escapeHtml(i.label)}:</strong> <a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a></li>`,
          ),
          '</ul>',
        ]
      : []),
    ...(content.action
      ? [`<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`]
      : []),
    ...(footer
      ? [
          `<p style="${small}">${escapeHtml(footer.reason)}${
            footer.preferencesUrl
              ? ` <a href="${escapeHtml(footer.preferencesUrl)}">Choose which e-mails you receive</a>.`
              : ''
          }${footer.unsubscribeUrl ? ` <a href="${escapeHtml(footer.unsubscribeUrl)}">Unsubscribe</a>.` : ''}</p>`,
        ]
      : []),
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(content.subject), text, html };
}
