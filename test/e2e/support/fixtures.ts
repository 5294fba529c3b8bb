import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Playwright fixtures shared by every e2e spec: one fixture server and one Chromium with the built
 * extension per worker (tests run with workers: 1). Each test gets a fresh page; pages are closed after
 * the test so tabs do not pile up.
 */
interface WorkerFixtures {
  server: FixtureServer;
  extension: { context: BrowserContext; extensionId: string; serviceWorker: Worker };
}
interface TestFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const loaded = await launchWithExtension();
      await use(loaded);
      await loaded.context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extension }, use) => {
    await use(extension.context);
    for (const page of extension.context.pages()) await page.close().catch(() => {});
  },
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  serviceWorker: async ({ extension }, use) => {
    // A service worker can be stopped when idle; reacquire it if the cached one is gone.
    const live = extension.context.serviceWorkers()[0] ?? (await extension.context.waitForEvent('serviceworker'));
    await use(live);
  },
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
  },
});

export { expect };
