import { describe, expect, it } from 'vitest';
import { loadConfig, mailSettings } from './config';

describe('e-mail configuration', () => {
  it('is off without TRELLIS_SMTP_URL', () => {
    expect(mailSettings(loadConfig({}, {}))).toBeNull();
  });

  it('reads the SMTP URL and the From address together', () => {
    const config = loadConfig(
      {},
      { TRELLIS_SMTP_URL: 'smtps://u:p@mail.example.org:465', TRELLIS_MAIL_FROM: 'Trellis <t@example.org>' },
    );
    expect(mailSettings(config)).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      from: 'Trellis <t@example.org>',
    });
  });

  it('refuses a URL that is not SMTP, and an SMTP URL without a From address', () => {
    expect(() =>
      loadConfig({}, { TRELLIS_SMTP_URL: 'https://mail.example.org', TRELLIS_MAIL_FROM: 'a@b.c' }),
    ).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig({}, { TRELLIS_SMTP_URL: 'not a url', TRELLIS_MAIL_FROM: 'a@b.c' })).toThrow(
      /must be a URL/,
    );
    expect(() => loadConfig({}, { TRELLIS_SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(
      /TRELLIS_MAIL_FROM is required/,
    );
  });
});
