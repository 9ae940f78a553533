import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Person {
  name: string;
  email: string;
  password: string;
}

export const OWNER: Person = {
  name: 'Ada Owner',
  email: 'ada@example.test',
  password: 'correct horse battery',
};
export const ORGANIZATION = 'Acme Learning';

/** Polls until `check` passes (Playwright's auto-waiting, for plain values). */
export async function eventually(check: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

export async function expectPath(page: Page, path: string): Promise<void> {
  await eventually(() => expect(new URL(page.url()).pathname).toBe(path));
}

/** First run from the printed link: creates the organization and its owner and lands signed in. */
export async function completeSetup(page: Page, setupUrl: string, owner: Person = OWNER): Promise<void> {
  await page.goto(setupUrl);
  await page.getByLabel('Organization name').fill(ORGANIZATION);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel(/^Password/).fill(owner.password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expectPath(page, '/');
  await page.getByRole('heading', { name: ORGANIZATION }).waitFor();
}

export async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expectPath(page, '/sign-in');
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function navigate(page: Page, linkName: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Capabilities and organization' })
    .getByRole('link', { name: linkName })
    .click();
}

/** A call to the API with the signed-in browser's session (cookie + CSRF token), from inside the page. */
export async function sessionCall<T = { status: number; body: unknown }>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/session')).json();
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          'X-CSRF-Token': session.csrfToken,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  ) as Promise<T>;
}

/** The demo organization's owner (`trellis start --demo`), as the README prints her sign-in. */
export const DEMO_OWNER = {
  name: 'Dana Okafor',
  email: 'dana@northwind.example',
  password: 'trellis-demo-password',
};
