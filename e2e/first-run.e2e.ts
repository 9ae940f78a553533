import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeSetup, expectPath, navigate, ORGANIZATION, OWNER, signIn, signOut } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

const AREAS = [
  ['Portfolio', '/portfolio'],
  ['Sustainable core', '/core-review'],
  ['Decisions', '/decisions'],
  ['Quality', '/quality'],
  ['Change capacity', '/capacity'],
  ['Sequencing', '/sequencing'],
  ['Learning', '/learning'],
  ['Diagnostic', '/diagnostic'],
] as const;

describe('first run, the shell, signing out and in', () => {
  let server: TrellisServer;
  let browser: Browser;
  let owner = OWNER;

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up the first organization from the printed link and lands signed in', async () => {
    const { page } = browser;
    await page.goto(server.setupUrl);
    await page.getByRole('heading', { name: 'Set up Trellis' }).waitFor();
    await screenshot(page, 'setup');
    await page.getByLabel(/^Password/).fill('too short');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByText('Use at least 12 characters').waitFor();
    await completeSetup(page, server.setupUrl);
    await expect(page.getByLabel('Your role: Owner').isVisible()).resolves.toBe(true);
    await screenshot(page, 'overview');
  });

  it('shows the eight capability areas, each on its own page, in order', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Capabilities and organization' });
    const labels = await nav.getByRole('link').allInnerTexts();
    expect(labels.map((l) => l.trim())).toEqual([
      'Overview',
      'Executive summary',
      ...AREAS.map(([label]) => label),
      'Organization',
      'Members',
      'Roles',
      'API tokens',
      'Webhooks',
      'E-mail delivery',
      'Single sign-on',
      'Directory provisioning',
      'Audit log',
    ]);
    for (const [label, path] of AREAS) {
      await navigate(page, label);
      await expectPath(page, path);
      await page.getByRole('heading', { level: 1, name: label }).waitFor();
      // Every area is built: none says what will come, and each starts empty.
      expect(await page.getByText('What will come here').count()).toBe(0);
      await screenshot(page, `area-${path.slice(1)}`);
    }
  });

  it('switches between light and dark', async () => {
    const { page } = browser;
    await navigate(page, 'Overview');
    const scheme = () => page.locator('html').getAttribute('data-mantine-color-scheme');
    expect(await scheme()).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    expect(await scheme()).toBe('dark');
    await screenshot(page, 'overview-dark');
    await page.reload();
    await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
    expect(await scheme()).toBe('dark');
    await navigate(page, 'Quality');
    await screenshot(page, 'area-quality-dark');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(await scheme()).toBe('light');
  });

  it('shows the server’s error when the current password is wrong', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await expectPath(page, '/account');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel(/^New password/).fill('a brand new passphrase');
    await page.getByLabel('Confirm new password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').or(page.locator('.mantine-InputWrapper-error')).first().waitFor();
    await screenshot(page, 'account-password-error');
  });

  it('changes the password, which signs out the other sessions', async () => {
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.baseUrl}/sign-in`);
      await signIn(other.page, owner);
      await other.page.getByRole('heading', { name: ORGANIZATION }).waitFor();

      const { page } = browser;
      await page.getByLabel('Current password').fill(owner.password);
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByText('Password changed').waitFor();
      owner = { ...owner, password: 'a brand new passphrase' };

      // The other browser's next request is refused, and the app sends it to sign in.
      await navigate(other.page, 'Members');
      await expectPath(other.page, '/sign-in');
      // This browser stays signed in.
      await navigate(page, 'Members');
      await page.getByRole('table', { name: 'Members' }).waitFor();
    } finally {
      await other.close();
    }
  });

  it('signs out, refuses a wrong password, and signs back in', async () => {
    const { page } = browser;
    await signOut(page);
    await screenshot(page, 'sign-in');
    await signIn(page, { ...owner, password: OWNER.password });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length ?? 0).toBeGreaterThan(3);
    await expectPath(page, '/sign-in');
    await screenshot(page, 'sign-in-error');
    await signIn(page, owner);
    await expectPath(page, '/');
    await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
  });

  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    const { page } = browser;
    await signOut(page);
    await page.goto(`${server.baseUrl}/settings/audit`);
    await expectPath(page, '/sign-in');
    await signIn(page, owner);
    await expectPath(page, '/settings/audit');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  });

  it('answers unknown pages inside the shell', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await screenshot(page, 'not-found');
  });

  it('fits a phone screen, with the navigation behind a menu button', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
    await screenshot(page, 'overview-phone');
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await navigate(page, 'Members');
    await expectPath(page, '/settings/members');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await screenshot(page, 'members-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('tells someone who keeps failing to sign in to wait (429)', async () => {
    const { page } = browser;
    await signOut(page);
    const email = 'mallory@example.test';
    let status = 0;
    for (let i = 0; i < 30 && status !== 429; i++) {
      const response = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'guessing again' }),
      });
      status = response.status;
    }
    expect(status).toBe(429);
    await signIn(page, { name: 'Mallory', email, password: 'guessing again' });
    await page.getByRole('alert').getByText(/wait/i).waitFor();
    await screenshot(page, 'sign-in-rate-limited');
  });
});
