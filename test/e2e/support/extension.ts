import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

/** Where `wxt build` writes the Chrome build; tests load it unpacked. */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker: evaluate chrome.* APIs in it. */
  serviceWorker: Worker;
}

/**
 * Chromium with the built extension loaded. A persistent context is the only way Chromium loads
 * unpacked extensions; '--headless=new' is the headless mode that supports them.
 */
export async function launchWithExtension(extensionDir: string = CHROME_BUILD): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}
