import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { tabIdOf, waitForHighlights } from './support/page-probes';
import { axeViolations, clearSettings, PopupPage, writeStoredSettings } from './support/popup-page';

/** Screenshots land here for people to look at (not compared automatically). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const settingsIn = (language: 'en' | 'zh') => ({
  settings: { categories: { leak: true, distillation: true, policy: true, company: true, person: true }, pausedSites: [], language, cardLanguage: 'auto', palette: 'default' },
});

test.describe('popup and options accessibility', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  test.beforeEach(async ({ serviceWorker }) => clearSettings(serviceWorker));

  for (const language of ['en', 'zh'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`should have no axe violations in the popup in ${language}, ${scheme} theme`, async ({ context, extensionId, serviceWorker, server }) => {
        await writeStoredSettings(serviceWorker, settingsIn(language));
        const article = await context.newPage();
        await article.goto(server.url(language === 'zh' ? 'popup-article-zh.html' : 'popup-article.html'));
        await waitForHighlights(article);
        const tabId = await tabIdOf(serviceWorker, article);
        const popup = await PopupPage.open(context, extensionId, tabId);
        await popup.page.emulateMedia({ colorScheme: scheme });
        await expect(popup.heading).toBeVisible({ timeout: 10_000 });
        // What a reader sees on opening (the popup's 600 px), then the whole popup with an answer open.
        await popup.page.screenshot({ path: resolve(SHOTS, `popup-${language}-${scheme}-top.png`) });
        await popup.page.locator('.faq details summary').first().click(); // audit an open answer too
        await popup.page.screenshot({ path: resolve(SHOTS, `popup-${language}-${scheme}.png`), fullPage: true });
        expect(await axeViolations(popup.page)).toEqual([]);
      });

      test(`should have no axe violations on the options page in ${language}, ${scheme} theme`, async ({ context, extensionId, serviceWorker }) => {
        await writeStoredSettings(serviceWorker, settingsIn(language));
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 900, height: 900 });
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        await expect(page.locator('input[name="palette"]').first()).toBeVisible();
        await page.screenshot({ path: resolve(SHOTS, `options-${language}-${scheme}.png`), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test('should reach every control of the popup with the keyboard and show focus', async ({ context, extensionId, serviceWorker, server }) => {
    const article = await context.newPage();
    await article.goto(server.url('popup-article.html'));
    await waitForHighlights(article);
    const tabId = await tabIdOf(serviceWorker, article);
    const popup = await PopupPage.open(context, extensionId, tabId);
    await expect(popup.heading).toBeVisible({ timeout: 10_000 });
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await popup.page.keyboard.press('Tab');
      const focused = await popup.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const outline = getComputedStyle(el).outlineStyle;
        return { label: `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`, outline };
      });
      if (!focused) continue;
      expect(focused.outline).not.toBe('none');
      seen.add(focused.label);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['BUTTON:Settings', 'BUTTON:Pause on this site', 'INPUT:Highlight Code leak']));
    await popup.page.getByRole('button', { name: 'Next mention' }).focus();
    await popup.page.keyboard.press('Enter');
    await expect(popup.position).toHaveText(/^1 of \d+$/);
  });
});
