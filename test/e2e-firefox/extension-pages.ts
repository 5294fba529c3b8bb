import type { Page } from 'puppeteer-core';
import { FIXED_UUID, waitFor } from './support';

/**
 * Helpers for moz-extension:// pages driven through WebDriver BiDi. `goto` on those pages may never
 * resolve, so navigation is fired with a short timeout, its rejection ignored, and the page polled.
 */

export const extensionUrl = (path: string) => `moz-extension://${FIXED_UUID}/${path}`;

/** Navigates `page` to an extension page and waits until its document is loaded and `ready` matches. */
export async function openExtensionPage(page: Page, path: string, ready: string): Promise<void> {
  const target = extensionUrl(path);
  page.goto(target, { timeout: 1000 }).catch(() => undefined);
  await waitFor(
    () =>
      page
        .evaluate((sel) => ({ href: location.href, found: document.querySelector(sel) !== null }), ready)
        .catch(() => ({ href: '', found: false })),
    (state) => state.href === target && state.found,
  );
}

type WebExtensionApi = {
  tabs: { query(info: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};

/** The WebExtension tab id of the tab showing `url`, read through an extension page's `browser.tabs`. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await waitFor(
    () =>
      extensionPage.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? null;
      }, url),
    (value) => value !== null,
  );
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The stored settings (sync area), read in an extension page. */
export function storedSettings(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
    return (await api.storage.sync.get('settings')).settings ?? null;
  });
}

export function clearSettings(extensionPage: Page): Promise<void> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
    await api.storage.sync.clear();
  });
}
