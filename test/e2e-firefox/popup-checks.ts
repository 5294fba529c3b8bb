import type { Browser, Page } from 'puppeteer-core';
import { clearSettings, openExtensionPage, storedSettings, tabIdOf } from './extension-pages';
import { sizes, waitFor, type Check } from './support';

/**
 * Popup and options checks in Firefox. A test cannot click the toolbar button, so the popup is opened as a
 * tab with `?tabId=N` (lib/popup/target.ts), N being the WebExtension id of the fixture's tab.
 */

const CATEGORIES = ['leak', 'distillation', 'policy', 'company', 'person'] as const;
const READY = 'main[aria-busy="false"]';

interface Opened {
  article: Page;
  popup: Page;
  tabId: number;
}

/** Opens a fixture, waits for its highlights, then opens the popup for its tab with stored settings cleared. */
async function openPopupOn(browser: Browser, url: string): Promise<Opened> {
  const article = await browser.newPage();
  await article.goto(url);
  await waitFor(() => sizes(article), (s) => (s.company ?? 0) > 0);
  const popup = await browser.newPage();
  await openExtensionPage(popup, 'popup.html', READY);
  await clearSettings(popup);
  const tabId = await tabIdOf(popup, url);
  await openExtensionPage(popup, `popup.html?tabId=${tabId}`, READY);
  return { article, popup, tabId };
}

async function closeAll(...pages: Array<Page | undefined>): Promise<void> {
  await Promise.all(pages.map((page) => page?.close().catch(() => undefined)));
}

const isChecked = (popup: Page, category: string) =>
  popup.$eval(`input[name="category-${category}"]`, (input) => (input as HTMLInputElement).checked);

const storedCategory = async (page: Page, category: string) =>
  ((await storedSettings(page)) as { categories?: Record<string, boolean> } | null)?.categories?.[category];

export const POPUP_CHECKS: Check[] = [
  {
    name: 'popup shows the category counts and sourced facts of an English article',
    async run({ browser, url }) {
      const { article, popup } = await openPopupOn(browser, url('english.html'));
      try {
        const view = await waitFor(
          () =>
            popup.evaluate((categories) => {
              const fact = document.querySelector('[data-group] [data-fact]');
              return {
                heading: document.querySelector('[data-state="mentions"] h2')?.textContent ?? '',
                counts: categories.map((c) => Number(document.querySelector(`[data-count="${c}"]`)?.textContent ?? 'NaN')),
                entities: [...document.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity')),
                facts: document.querySelectorAll('[data-group] [data-fact]').length,
                status: fact?.querySelector('.status')?.textContent ?? '',
                date: fact?.querySelector('time')?.getAttribute('datetime') ?? '',
                source: fact?.querySelector('.sources a')?.getAttribute('href') ?? '',
              };
            }, CATEGORIES),
          (v) => v.heading !== '' && v.facts > 0,
        );
        const total = Number(/^(\d+) mentions of the story$/.exec(view.heading)?.[1]);
        const sum = view.counts.reduce((a, b) => a + b, 0);
        if (!view.counts.every((n) => n > 0)) throw new Error(`a category count is not positive: ${JSON.stringify(view.counts)}`);
        if (total !== sum) throw new Error(`heading "${view.heading}" disagrees with the counts ${JSON.stringify(view.counts)}`);
        if (!view.entities.includes('anthropic') || !view.entities.includes('deepseek')) {
          throw new Error(`entities missing: ${JSON.stringify(view.entities)}`);
        }
        if (view.status === '' || !/^\d{4}-\d{2}/.test(view.date) || !view.source.startsWith('https://')) {
          throw new Error(`first fact lacks status, date or source: ${JSON.stringify(view)}`);
        }
      } finally {
        await closeAll(popup, article);
      }
    },
  },
  {
    name: 'popup category toggle applies to the page and persists after reopening',
    async run({ browser, url }) {
      const { article, popup, tabId } = await openPopupOn(browser, url('english.html'));
      let reopened: Page | undefined;
      try {
        await popup.click('input[name="category-company"]');
        await waitFor(() => sizes(article), (s) => s.company === 0);
        await waitFor(() => storedCategory(popup, 'company'), (on) => on === false);
        await popup.close();
        reopened = await browser.newPage();
        await openExtensionPage(reopened, `popup.html?tabId=${tabId}`, 'input[name="category-company"]');
        const page = reopened;
        const state = await waitFor(
          async () => ({ company: await isChecked(page, 'company'), leak: await isChecked(page, 'leak') }),
          (s) => !s.company && s.leak,
        );
        if (state.company || !state.leak) throw new Error(`toggles after reopening: ${JSON.stringify(state)}`);
        await page.click('input[name="category-company"]');
        await waitFor(() => sizes(article), (s) => (s.company ?? 0) > 0);
        await waitFor(() => storedCategory(page, 'company'), (on) => on === true);
      } finally {
        await closeAll(reopened, popup, article);
      }
    },
  },
  {
    name: 'options page switches the interface to 简体中文 and back',
    async run({ browser }) {
      const page = await browser.newPage();
      try {
        await openExtensionPage(page, 'options.html', '#language');
        await clearSettings(page);
        const read = () =>
          page.evaluate(() => ({
            title: document.querySelector('h1')?.textContent ?? '',
            lang: document.documentElement.lang,
            label: document.querySelector('label[for="language"]')?.textContent ?? '',
          }));
        await waitFor(read, (v) => v.title === 'Leak Lens settings');
        await page.select('#language', 'zh');
        await waitFor(read, (v) => v.title === 'Leak Lens 设置' && v.lang === 'zh-CN' && v.label === '界面语言');
        await waitFor(() => storedSettings(page), (s) => (s as { language?: string } | null)?.language === 'zh');
        await page.select('#language', 'en');
        await waitFor(read, (v) => v.title === 'Leak Lens settings' && v.lang === 'en' && v.label === 'Interface language');
        await waitFor(() => storedSettings(page), (s) => (s as { language?: string } | null)?.language === 'en');
        await clearSettings(page);
      } finally {
        await closeAll(page);
      }
    },
  },
];
