import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Page objects for the popup and options pages, opened as tabs of the built extension. A test cannot
 * click the toolbar button, so the popup is opened with `?tabId=N` and describes tab N (see
 * lib/popup/target.ts); without the parameter it describes the active tab of its window.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) in the page; returns the violations, empty when clean.
 * Extension pages forbid inline scripts (CSP script-src 'self'), so page.addScriptTag is refused there;
 * evaluating the source through the DevTools protocol is not subject to the page's CSP.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis);
  if (!hasAxe) {
    if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
    else await page.addScriptTag({ content: AXE_SOURCE });
  }
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/** Reads the stored settings (sync area) from the service worker. */
export async function storedSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: StorageArea } } };
    return (await chrome.storage.sync.get('settings')).settings ?? null;
  });
}

export async function writeStoredSettings(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: StorageArea } } };
    await chrome.storage.sync.set(values);
  }, items);
}

export async function clearSettings(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: StorageArea; local: StorageArea } } };
    await chrome.storage.sync.clear();
  });
}

export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    const popup = new PopupPage(page);
    await popup.goto(extensionId, tabId);
    return popup;
  }

  async goto(extensionId: string, tabId?: number): Promise<void> {
    const query = tabId === undefined ? '' : `?tabId=${tabId}`;
    await this.page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
    await this.page.locator('main[aria-busy="false"]').waitFor();
  }

  get heading(): Locator {
    return this.page.locator('[data-state="mentions"] h2');
  }
  count(category: string): Locator {
    return this.page.locator(`[data-count="${category}"]`);
  }
  toggle(name: RegExp | string): Locator {
    return this.page.getByRole('checkbox', { name });
  }
  get pauseButton(): Locator {
    return this.page.locator('.pause-row button');
  }
  get position(): Locator {
    return this.page.locator('.navigator .position');
  }
  button(name: RegExp | string): Locator {
    return this.page.getByRole('button', { name });
  }
  entity(id: string): Locator {
    return this.page.locator(`[data-entity="${id}"]`);
  }
  fact(id: string): Locator {
    return this.page.locator(`[data-fact="${id}"]`).first();
  }
  faq(id: string): Locator {
    return this.page.locator(`[data-faq="${id}"]`).first();
  }
  figureIssues(): Locator {
    return this.page.locator('.figure-issue');
  }
  notOnPage(): Locator {
    return this.page.locator('.not-on-page [data-fact]');
  }
  state(name: string): Locator {
    return this.page.locator(`[data-state="${name}"]`);
  }
}
