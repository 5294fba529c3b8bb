import type { Page, Worker } from '@playwright/test';
import type { ChromeApi } from './chrome-api';

/** Reads, in the page, what the extension put in the shared CSS.highlights registry. */
export const CATEGORY_NAMES = ['leak', 'distillation', 'policy', 'company', 'person'] as const;

export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((names) => {
    const sizes: Record<string, number> = {};
    for (const name of names) sizes[name] = CSS.highlights.get(`leak-lens-${name}`)?.size ?? 0;
    return sizes;
  }, CATEGORY_NAMES);
}

/** Texts of the ranges highlighted for one category, in registry order. */
export async function highlightedTexts(page: Page, category: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(`leak-lens-${name}`);
    if (!highlight) return [];
    return [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, category);
}

/** Waits until the first pass has registered highlights (any category). */
export async function waitForHighlights(page: Page, minimum = 1): Promise<void> {
  await page.waitForFunction(
    ([names, min]) =>
      (names as readonly string[]).reduce((sum, n) => sum + (CSS.highlights.get(`leak-lens-${n}`)?.size ?? 0), 0) >= (min as number),
    [CATEGORY_NAMES, minimum] as const,
  );
}

/** Writes settings into the extension's storage from the service worker (as the popup would). */
export async function writeSettings(serviceWorker: Worker, patch: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate(async (change) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const stored = await chrome.storage.sync.get('settings');
    const current = (stored.settings as Record<string, unknown> | undefined) ?? {
      categories: { leak: true, distillation: true, policy: true, company: true, person: true },
      pausedSites: [],
      language: 'auto',
      cardLanguage: 'auto',
      palette: 'default',
    };
    // WXT keeps the schema version next to the value ("settings$"); write it so no migration runs.
    await chrome.storage.sync.set({ settings: { ...current, ...change }, settings$: { v: 2 } });
  }, patch);
}

/** Puts the default settings back (between tests). */
export async function resetSettings(serviceWorker: Worker): Promise<void> {
  await writeSettings(serviceWorker, {
    categories: { leak: true, distillation: true, policy: true, company: true, person: true },
    pausedSites: [],
    language: 'auto',
    cardLanguage: 'auto',
    palette: 'default',
  });
}

/**
 * The extension's id for the tab showing `page`. Without the "tabs" permission tab URLs are hidden from
 * the extension, so the page is brought to the front and the active tab is taken.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

export async function badgeText(serviceWorker: Worker, page: Page): Promise<string> {
  const tabId = await tabIdOf(serviceWorker, page);
  return serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Sends a protocol message to the tab showing `page`, as the popup or the command handler does. */
export async function sendToTab(serviceWorker: Worker, page: Page, message: unknown): Promise<unknown> {
  const tabId = await tabIdOf(serviceWorker, page);
  return serviceWorker.evaluate(
    async ([id, msg]) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.tabs.sendMessage(id as number, msg);
    },
    [tabId, message] as const,
  );
}
