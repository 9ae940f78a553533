import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  completeSetup,
  eventually,
  expectPath,
  navigate,
  ORGANIZATION,
  type Person,
  sessionCall,
  signIn,
  signOut,
} from './support/app';
import { type Browser, openBrowser, readTheme, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

const MEMBER: Person = {
  name: 'Grace Reviewer',
  email: 'grace@example.test',
  password: 'another long passphrase',
};

describe('members, invitations, API tokens and the audit log', () => {
  let server: TrellisServer;
  let owner: Browser;
  let inviteUrl = '';
  let secret = '';

  beforeAll(async () => {
    server = await startServer();
    owner = await openBrowser();
    await completeSetup(owner.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(owner.page, `failed-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await owner?.close();
    await server?.stop();
  });

  it('invites a member and shows the one-time link with a copy button', async () => {
    const { page } = owner;
    await navigate(page, 'Members');
    await page.getByRole('table', { name: 'Members' }).getByText('ada@example.test').waitFor();
    await page.getByText('No pending invitations').waitFor();
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite member' });
    await dialog.getByLabel('Email').fill(MEMBER.email);
    await choose(page, 'Role', 'Reviewer');
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    inviteUrl = (await page.getByTestId('invitation link-value').textContent())?.trim() ?? '';
    expect(inviteUrl).toMatch(/\/invite\?token=/);
    await page.getByRole('button', { name: 'Copy invitation link' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
    await screenshot(page, 'members-invitation-link');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Pending invitations' }).getByText(MEMBER.email).waitFor();
    await screenshot(page, 'members');
  });

  it('lets the invited person accept in another browser, then sign in and see the organization', async () => {
    const guest = await openBrowser({ colorScheme: 'dark' });
    try {
      const { page } = guest;
      // The link is made for the server's public URL; open the same path on the test server.
      const { pathname, search } = new URL(inviteUrl);
      await page.goto(`${server.baseUrl}${pathname}${search}`);
      await page.getByRole('heading', { name: `Join ${ORGANIZATION}` }).waitFor();
      await screenshot(page, 'invite-accept-dark');
      await page.getByLabel('Your name').fill(MEMBER.name);
      await page.getByLabel(/^Password/).fill(MEMBER.password);
      await page.getByRole('button', { name: 'Create account and join' }).click();
      await expectPath(page, '/');
      await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
      await page.getByLabel('Your role: Reviewer').waitFor();

      await signOut(page);
      await signIn(page, MEMBER);
      await expectPath(page, '/');
      await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
      await page.getByLabel('Your role: Reviewer').waitFor();
      await screenshot(page, 'overview-member-dark');
      await navigate(page, 'Members');
      await page.getByRole('table', { name: 'Members' }).getByText(MEMBER.email).waitFor();
      expect(await page.getByRole('button', { name: 'Invite member' }).count()).toBe(0);
      await screenshot(page, 'members-as-reviewer-dark');
      await navigate(page, 'API tokens');
      await page.getByRole('alert').getByText('You do not have access to this').waitFor();
      await screenshot(page, 'tokens-as-reviewer-dark');
    } finally {
      await guest.close();
    }
  });

  it('shows the new member to the owner and changes their role', async () => {
    const { page } = owner;
    await page.reload();
    const members = page.getByRole('table', { name: 'Members' });
    await members.getByText(MEMBER.email).waitFor();
    await page.getByText('No pending invitations').waitFor();
    await choose(page, `Role of ${MEMBER.name}`, 'Contributor');
    await page.getByText(`${MEMBER.name} is now Contributor.`).waitFor();
    await eventually(async () =>
      expect(await page.getByRole('combobox', { name: `Role of ${MEMBER.name}` }).inputValue()).toBe(
        'Contributor',
      ),
    );
  });

  it('creates an API token whose secret is shown once and works as a Bearer token', async () => {
    const { page } = owner;
    await navigate(page, 'API tokens');
    await page.getByText('No API tokens yet').waitFor();
    await screenshot(page, 'tokens-empty');
    await page.getByRole('button', { name: 'Create token' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API token' });
    await dialog.getByLabel('Name').fill('Course drafting workflow');
    await choose(page, 'Role', 'Admin');
    await dialog.getByLabel('Expires on').fill('2099-12-31');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    secret = (await page.getByTestId('token secret-value').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(20);
    await screenshot(page, 'tokens-secret-once');
    await page.getByRole('button', { name: 'I have copied it' }).click();

    const row = page.getByTestId('token-row-Course drafting workflow');
    await row.waitFor();
    const prefix = (await row.locator('code').textContent())?.replace('…', '') ?? '';
    expect(secret.startsWith(prefix)).toBe(true);
    expect(await row.getByText('2099').count()).toBe(1);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await eventually(async () => expect(await page.content()).not.toContain(secret));
    await screenshot(page, 'tokens');

    const response = await fetch(`${server.baseUrl}/api/v1/members`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { email: string }[] };
    expect(body.items.map((m) => m.email).sort()).toEqual(['ada@example.test', MEMBER.email]);
  });

  it('revokes the token, after which it is refused', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: 'Revoke token Course drafting workflow' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke token' })
      .getByRole('button', { name: 'Revoke token' })
      .click();
    await page.getByTestId('token-row-Course drafting workflow').getByText('Revoked').waitFor();
    const response = await fetch(`${server.baseUrl}/api/v1/members`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(401);
  });

  it('lists these events in the audit log, with details, filters and exports', async () => {
    const { page } = owner;
    await navigate(page, 'Audit log');
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    for (const word of ['invitation', 'member', 'token']) expect(text.toLowerCase()).toContain(word);
    await screenshot(page, 'audit-log');

    await table
      .getByRole('button', { name: /^Show details of/ })
      .first()
      .click();
    await table.getByText('After', { exact: true }).waitFor();
    await screenshot(page, 'audit-log-details');

    await page.getByRole('combobox', { name: 'Entity type' }).fill('api_token');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(async () => {
      const types = await table.locator('tbody tr td:nth-child(5) > p:first-child').allInnerTexts();
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types.map((t) => t.trim()))).toEqual(new Set(['api_token']));
    });
    await screenshot(page, 'audit-log-filtered');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csvText = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(csvText.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON Lines' }).click(),
    ]);
    const lines = readFileSync((await jsonl.path()) ?? '', 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect((JSON.parse(line) as { entityType: string }).entityType).toBe('api_token');
  });

  it('revokes an invitation and removes a member, each after confirming', async () => {
    const { page } = owner;
    await navigate(page, 'Members');
    await page.getByRole('button', { name: 'Invite member' }).click();
    await page.getByRole('dialog', { name: 'Invite member' }).getByLabel('Email').fill('temp@example.test');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await pending.getByText('temp@example.test').waitFor();
    await page.getByRole('button', { name: 'Revoke invitation for temp@example.test' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke invitation' })
      .getByRole('button', { name: 'Revoke invitation' })
      .click();
    await page.getByText('No pending invitations').waitFor();

    await page.getByRole('button', { name: `Remove ${MEMBER.name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove member' });
    await confirm.getByText(MEMBER.email).waitFor();
    await screenshot(page, 'members-remove-confirm');
    await confirm.getByRole('button', { name: 'Remove member' }).click();
    await confirm.waitFor({ state: 'detached' });
    const members = page.getByRole('table', { name: 'Members' });
    await eventually(async () => expect(await members.getByText(MEMBER.email).count()).toBe(0));
  });

  it('refuses to remove the last owner and says why', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: 'Remove Ada Owner' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove member' });
    await confirm.getByRole('button', { name: 'Remove member' }).click();
    await confirm
      .getByRole('alert')
      .getByText(/last owner/)
      .waitFor();
    await screenshot(page, 'members-last-owner');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
  });

  it('provisions from a directory: a SCIM token shown once, a group mapped to a role and an org unit', async () => {
    const { page } = owner;
    const unit = await sessionCall<{ status: number; body: { id: string } }>(page, 'POST', '/org-units', {
      name: 'Course design',
      kind: 'team',
    });
    expect(unit.status).toBe(201);
    await navigate(page, 'Directory provisioning');
    await page.getByRole('heading', { name: 'Directory provisioning' }).waitFor();
    const baseUrl = (await page.getByTestId('scim-base-url').textContent())?.trim() ?? '';
    expect(baseUrl).toBe(`${server.baseUrl}/scim/v2`);
    await page.getByLabel('Token name').fill('Okta');
    await page.getByRole('button', { name: 'Create SCIM token' }).click();
    const scimSecret = (await page.getByTestId('SCIM token-value').textContent())?.trim() ?? '';
    expect(scimSecret.length).toBeGreaterThan(20);
    await page.getByRole('table', { name: 'SCIM tokens' }).getByText('Okta').waitFor();

    await page.getByLabel('Directory group name').fill('Trellis Leads');
    await choose(page, 'Role', 'Lead');
    await choose(page, 'Org unit', 'Course design');
    await page.getByRole('button', { name: 'Add mapping' }).click();
    const mappings = page.getByRole('table', { name: 'Group mappings' });
    await mappings.getByRole('row', { name: /Trellis Leads Lead Course design/ }).waitFor();
    // The same group again is refused, and the page says why.
    await page.getByLabel('Directory group name').fill('Trellis Leads');
    await page.getByRole('button', { name: 'Add mapping' }).click();
    await page.getByRole('alert').getByText('The group "Trellis Leads" is mapped already').waitFor();
    await screenshot(page, 'directory-provisioning');

    // What the identity provider then sends puts the group's member in the role and the unit.
    const scim = (method: string, url: string, body: unknown) =>
      fetch(`${baseUrl}${url}`, {
        method,
        headers: { authorization: `Bearer ${scimSecret}`, 'content-type': 'application/scim+json' },
        body: JSON.stringify(body),
      });
    const user = await scim('POST', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'lin@corp.example',
      name: { givenName: 'Lin', familyName: 'Park' },
      emails: [{ primary: true, value: 'lin@corp.example', type: 'work' }],
      active: true,
    });
    expect(user.status).toBe(201);
    const { id } = (await user.json()) as { id: string };
    const group = await scim('POST', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Trellis Leads',
      members: [{ value: id }],
    });
    expect(group.status).toBe(201);
    const members = await sessionCall<{ body: { items: Array<{ email: string }> } }>(
      page,
      'GET',
      `/org-units/${unit.body.id}/members`,
    );
    expect(members.body.items.map((m) => m.email)).toEqual(['lin@corp.example']);
    const people = await sessionCall<{ body: { items: Array<{ email: string; role: string }> } }>(
      page,
      'GET',
      '/members',
    );
    expect(people.body.items.find((m) => m.email === 'lin@corp.example')?.role).toBe('lead');
    // Revoking the token and removing the mapping each ask first, as the other settings pages do.
    await page.getByRole('button', { name: 'Revoke Okta' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke SCIM token' })
      .getByRole('button', { name: 'Revoke token' })
      .click();
    await page.getByRole('table', { name: 'SCIM tokens' }).getByText('Revoked').waitFor();
    expect((await scim('GET', '/Users', undefined)).status).toBe(401);
    await page.getByRole('button', { name: 'Remove mapping Trellis Leads' }).click();
    const removeDialog = page.getByRole('dialog', { name: 'Remove group mapping' });
    await removeDialog.getByText(/members of “Trellis Leads” get the highest role/).waitFor();
    await screenshot(page, 'directory-remove-mapping');
    await removeDialog.getByRole('button', { name: 'Remove mapping' }).click();
    await page.getByText('No group mapped yet').waitFor();
    // The list read a moment ago may be shown for up to 15 s (the query cache): a reload reads it anew.
    await navigate(page, 'Members');
    await page.reload();
    await page.getByRole('table', { name: 'Members' }).getByText('lin@corp.example').waitFor();
  });

  it('renders the organization pages in dark mode: dark page and cards, readable text', async () => {
    const { page } = owner;
    // Its own data: a token, so the tokens page shows a table whether or not the tests above ran.
    const token = await sessionCall<{ status: number }>(page, 'POST', '/tokens', {
      name: 'dark-mode check',
      role: 'viewer',
    });
    expect(token.status).toBe(201);
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    for (const [link, name] of [
      ['Members', 'members-dark'],
      ['API tokens', 'tokens-dark'],
      ['Audit log', 'audit-log-dark'],
    ] as const) {
      await navigate(page, link);
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      await page.getByRole('table').first().waitFor();
      await screenshot(page, name);
      const theme = await readTheme(page);
      expect(theme.scheme, link).toBe('dark');
      // Mantine's dark backgrounds are near-black (luminance ≈ 0.01–0.02); white is 1.
      expect(theme.pageLuminance, link).toBeLessThan(0.05);
      expect(theme.cardLuminance, link).toBeLessThan(0.05);
      expect(theme.textContrast, link).toBeGreaterThanOrEqual(4.5); // WCAG AA for body text
    }
    // Back to light, so the tests after this one see the default.
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    const light = await readTheme(page);
    expect(light.scheme).toBe('light');
    expect(light.pageLuminance).toBeGreaterThan(0.8);
  });

  it('creates a second organization and switches between the two', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: /^Account menu for/ }).click();
    await page.getByRole('menuitem', { name: 'New organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'New organization' });
    await dialog.getByLabel('Organization name').fill('Globex Academy');
    await dialog.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Globex Academy' }).waitFor();
    await page.getByLabel('Your role: Owner').waitFor();

    // Each organization has its own audit log: the new one has no token events, the first one does.
    await navigate(page, 'Audit log');
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.getByText('organization.created').waitFor();
    expect(await table.getByText('api_token.created').count()).toBe(0);

    await choose(page, 'Organization', ORGANIZATION);
    await table.getByText('api_token.created').first().waitFor(); // the dark-mode check made a second token
    await screenshot(page, 'audit-log-after-switch');
    await navigate(page, 'Overview');
    await page.getByRole('heading', { level: 1, name: ORGANIZATION }).waitFor();
  });
});
