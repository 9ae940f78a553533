import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EmailDeliveryTable } from './EmailDeliveryTable';

const row = {
  id: 'e1',
  kind: 'decision_request' as const,
  recipient: { id: 'u1', name: 'Ada Lead', email: 'ada@example.test' },
  subject: 'Approval needed: Admit slide summaries',
  attempts: 0,
  nextAttemptAt: '2026-12-06T10:00:00.000Z',
  sentAt: null,
};

const render = (items: Parameters<typeof EmailDeliveryTable>[0]['items']) =>
  renderToStaticMarkup(
    <MantineProvider>
      <EmailDeliveryTable label="E-mail deliveries" items={items} />
    </MantineProvider>,
  );

describe('EmailDeliveryTable', () => {
  it('shows a cancelled e-mail as cancelled, with why, not as an error', () => {
    const html = render([
      { ...row, status: 'cancelled', lastError: 'The request was withdrawn before this e-mail was sent.' },
    ]);
    expect(html).toContain('cancelled');
    expect(html).toContain('The request was withdrawn before this e-mail was sent.');
    expect(html).toContain('Decision request');
    expect(html).not.toContain('next try');
    expect(html).not.toContain('var(--mantine-color-red-text)');
  });

  it('shows the error of an e-mail being retried in red, with its next try', () => {
    const html = render([{ ...row, status: 'pending', attempts: 2, lastError: '451 Mailbox busy' }]);
    expect(html).toContain('next try');
    expect(html).toContain('451 Mailbox busy');
    expect(html).toContain('var(--mantine-color-red-text)');
  });
});
