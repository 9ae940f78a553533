import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEMO_OWNER, expectPath, signIn } from './app';
import { type Browser, openBrowser, screenshot } from './browser';
import { startServer, type TrellisServer } from './server';

export interface DemoSession {
  server: TrellisServer;
  browser: Browser;
  /** Uncaught errors in the page, for a test to expect none. */
  pageErrors: string[];
}

/**
 * Inside a `describe`: Trellis started with the demo organization and a browser signed in as its owner
 * for the whole block, a screenshot named `failed-<name>-<test>` of each failing test, both stopped after.
 * The returned object is filled in before the first test runs.
 */
export function useDemoSession(name: string): DemoSession {
  const session = { pageErrors: [] as string[] } as DemoSession;
  beforeAll(async () => {
    session.server = await startServer({ demo: true });
    session.browser = await openBrowser();
    session.browser.page.on('pageerror', (error) => session.pageErrors.push(error.message));
    await session.browser.page.goto(`${session.server.baseUrl}/sign-in`);
    await signIn(session.browser.page, DEMO_OWNER);
    await expectPath(session.browser.page, '/');
  }, 400_000);
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && session.browser)
      await screenshot(session.browser.page, `failed-${name}-${task.name.slice(0, 40)}`).catch(
        () => undefined,
      );
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
