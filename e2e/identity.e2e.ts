import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../packages/server/src/test/oidc-provider';
import {
  choose,
  completeSetup,
  eventually,
  expectPath,
  navigate,
  OWNER,
  sessionCall,
  signOut,
} from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

const SLUG = 'acme-learning';

/** The test provider's own (development) login and consent forms. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('identity: single sign-on set up by the owner, used by a member, passwords off', () => {
  let server: TrellisServer;
  let browser: Browser;
  let idp: TestProvider;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    idp = await startTestProvider([`${server.baseUrl}/api/v1/auth/oidc/${SLUG}/callback`], {
      grace: {
        email: 'grace@corp.example',
        email_verified: true,
        name: 'Grace Hopper',
        groups: ['trellis-leads'],
      },
      eve: { email: 'eve@elsewhere.example', email_verified: true, name: 'Eve', groups: [] },
    });
    browser = await openBrowser();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-identity-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.close();
    await server?.stop();
  });

  it('configures the provider, maps a group to a role and tests the configuration', async () => {
    const { page } = browser;
    await navigate(page, 'Single sign-on');
    await page.getByRole('heading', { name: 'Single sign-on', level: 1 }).waitFor();
    await page.getByLabel('Button label').fill('Corp ID');
    await page.getByLabel('Issuer URL').fill(idp.issuer);
    await page.getByLabel('Client id').fill(idp.clientId);
    await page.getByLabel('Client secret').fill(idp.clientSecret);
    await page.getByLabel('Scopes').fill('openid email profile groups');
    const domains = page.getByRole('combobox', { name: 'Allowed e-mail domains' });
    await domains.fill('corp.example');
    await domains.press('Enter');
    await page.getByLabel('Roles claim').fill('groups');
    await page.getByRole('button', { name: 'Add a mapping' }).click();
    await page.getByLabel('Claim value').fill('trellis-leads');
    await page.getByRole('combobox', { name: 'Role', exact: true }).click();
    await page.getByRole('option', { name: 'Lead', exact: true }).click();
    await screenshot(page, 'identity-sso-form');
    await page.getByRole('button', { name: 'Save configuration' }).click();
    await page.getByText('Register Trellis with the provider').waitFor();

    await page.getByRole('button', { name: 'Test configuration' }).click();
    await page.getByRole('status').getByText(`Reached ${idp.issuer}`).waitFor();
    await screenshot(page, 'identity-sso-saved');

    await page.getByRole('switch', { name: 'Turn off passwords for members' }).check({ force: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const saved = await sessionCall<{ status: number; body: { provider: { passwordsDisabled: boolean } } }>(
      page,
      'GET',
      '/sso',
    );
    await eventually(async () => {
      const now = await sessionCall<{ body: { provider: { passwordsDisabled: boolean } } }>(
        page,
        'GET',
        '/sso',
      );
      expect(now.body.provider.passwordsDisabled).toBe(true);
    });
    expect(saved.status).toBe(200);
  });

  it('signs a new member in through the provider with the mapped role', async () => {
    const { page } = browser;
    await signOut(page);
    await page.getByLabel('Single sign-on').fill(SLUG);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectPath(page, `/sign-in/${SLUG}`);
    await page.getByRole('button', { name: 'Sign in with Corp ID' }).waitFor();
    await screenshot(page, 'identity-sign-in-page');
    await page.getByRole('button', { name: 'Sign in with Corp ID' }).click();
    await signInAtProvider(page, 'grace');
    await expectPath(page, '/');
    await page.getByRole('button', { name: 'Account menu for Grace Hopper' }).waitFor();
    const session = await sessionCall<{ body: { memberships: { role: string }[] } }>(page, 'GET', '/session');
    expect(session.body.memberships.map((m) => m.role)).toEqual(['lead']);
    await screenshot(page, 'identity-signed-in-with-sso');
  });

  it('sends someone from another domain back with the reason, and keeps the owner’s break-glass password', async () => {
    const { page } = browser;
    await signOut(page);
    // Forget Grace's session at the provider too (a different person at the same browser).
    await browser.context.clearCookies();
    await page.goto(`${server.baseUrl}/sign-in/${SLUG}`);
    await page.getByRole('button', { name: 'Sign in with Corp ID' }).click();
    await signInAtProvider(page, 'eve');
    await expectPath(page, `/sign-in/${SLUG}`);
    await page.getByRole('alert').getByText('Your e-mail domain is not allowed').waitFor();
    await screenshot(page, 'identity-sso-refused');
    // Passwords are off for members, but the owner still signs in with theirs.
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel(/^Password/).fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in with password' }).click();
    await expectPath(page, '/');
    await page.getByRole('button', { name: `Account menu for ${OWNER.name}` }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('creates a custom role that leads quality only, gives it to a member, and the API and pages follow it', async () => {
    const { page } = browser;
    await navigate(page, 'Roles');
    await page.getByRole('heading', { name: 'Roles', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New role' }).click();
    const dialog = page.getByRole('dialog', { name: 'New role' });
    await dialog.getByLabel('Name').fill('Quality lead');
    await dialog.getByLabel('What it is for').fill('Runs quality assurance; sees nothing else.');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await dialog.getByText('Choose at least one permission').waitFor();
    await dialog.getByRole('checkbox', { name: 'Quality: Read' }).check();
    await dialog.getByRole('checkbox', { name: 'Quality: Approve' }).check();
    await screenshot(page, 'identity-role-editor');
    await dialog.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('table', { name: 'Custom roles' }).getByText('Quality: read').waitFor();
    await screenshot(page, 'identity-roles');

    // An API token can hold the custom role too: it reads quality and nothing else.
    await navigate(page, 'API tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    const tokenDialog = page.getByRole('dialog', { name: 'Create API token' });
    await tokenDialog.getByLabel('Name').fill('Quality dashboards');
    await choose(page, 'Role', 'Quality lead');
    await tokenDialog.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('token secret-value').textContent())?.trim() ?? '';
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByTestId('token-row-Quality dashboards').getByText('Quality lead').waitFor();
    await screenshot(page, 'identity-token-custom-role');
    const asToken = (path: string) =>
      fetch(`${server.baseUrl}/api/v1${path}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect((await asToken('/workflows')).status).toBe(200);
    expect((await asToken('/applications')).status).toBe(403);

    await navigate(page, 'Members');
    await page.getByRole('combobox', { name: 'Role of Grace Hopper' }).click();
    await page.getByRole('option', { name: 'Quality lead', exact: true }).click();
    await page.getByText('Grace Hopper now has the role Quality lead.').waitFor();
    await screenshot(page, 'identity-members-custom-role');

    // Grace signs in again through the provider and may lead quality but not read the portfolio.
    await signOut(page);
    await browser.context.clearCookies();
    await page.goto(`${server.baseUrl}/sign-in/${SLUG}`);
    await page.getByRole('button', { name: 'Sign in with Corp ID' }).click();
    await signInAtProvider(page, 'grace');
    await expectPath(page, '/');
    const quality = await sessionCall<{ status: number }>(page, 'GET', '/workflows');
    const portfolio = await sessionCall<{ status: number; body: { detail: string } }>(
      page,
      'GET',
      '/applications',
    );
    expect(quality.status).toBe(200);
    expect(portfolio.status).toBe(403);
    expect(portfolio.body.detail).toContain('portfolio.read');

    // The pages offer what the role allows: Quality (with a lead's controls) and nothing else.
    await page.getByLabel('Your role: Quality lead').waitFor();
    const nav = page.getByRole('navigation', { name: 'Capabilities and organization' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Overview', 'Quality']);
    await nav.getByRole('link', { name: 'Quality' }).click();
    await page.getByRole('button', { name: 'New workflow' }).first().waitFor();
    await screenshot(page, 'identity-custom-role-member');
    expect(pageErrors).toEqual([]);
  });
});
