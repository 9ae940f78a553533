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

describe('retention configuration', () => {
  it('has a default for every kind and reads each from its variable', () => {
    expect(loadConfig({}, {}).retention).toEqual({
      sessionDays: 7,
      loginAttemptDays: 30,
      webhookDeliveryDays: 30,
      emailDays: 30,
      tokenDays: 7,
    });
    expect(
      loadConfig(
        {},
        {
          TRELLIS_RETAIN_WEBHOOK_DELIVERIES_DAYS: '90',
          TRELLIS_RETAIN_EMAILS_DAYS: '14',
          TRELLIS_RETAIN_TOKENS_DAYS: '2',
        },
      ).retention,
    ).toMatchObject({ webhookDeliveryDays: 90, emailDays: 14, tokenDays: 2, sessionDays: 7 });
  });

  it('refuses a value that is not a whole number of days, naming the variable', () => {
    for (const bad of ['0', '-3', '1.5', 'week', '36501'])
      expect(() => loadConfig({}, { TRELLIS_RETAIN_EMAILS_DAYS: bad })).toThrow(/TRELLIS_RETAIN_EMAILS_DAYS/);
  });
});
