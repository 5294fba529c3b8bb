import { test, expect } from './support/fixtures';
import { badgeText, highlightSizes, resetSettings, waitForHighlights, writeSettings } from './support/page-probes';
import { recordDomChanges, recordWindowMessages } from './support/in-page';

const ALL_ON = { leak: true, distillation: true, policy: true, company: true, person: true };

test.describe('live settings, badge and page integrity', () => {
  test.beforeEach(async ({ serviceWorker }) => resetSettings(serviceWorker));

  test('should hide and show a category at once without rescanning when it is toggled', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const before = await highlightSizes(page);
    // A rescan would create new range objects; the same objects must come back.
    await page.evaluate(() => {
      (window as unknown as { firstRange: unknown }).firstRange = [...(CSS.highlights.get('leak-lens-company') ?? [])][0];
    });
    await writeSettings(serviceWorker, { categories: { ...ALL_ON, company: false } });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('leak-lens-company'))).toBe(false);
    expect((await highlightSizes(page)).leak).toBe(before.leak);
    await writeSettings(serviceWorker, { categories: ALL_ON });
    await expect.poll(async () => (await highlightSizes(page)).company).toBe(before.company);
    const same = await page.evaluate(
      () => [...(CSS.highlights.get('leak-lens-company') ?? [])][0] === (window as unknown as { firstRange: unknown }).firstRange,
    );
    expect(same).toBe(true);
  });

  test('should clear highlights when the site is paused and scan again when resumed', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    await writeSettings(serviceWorker, { pausedSites: ['127.0.0.1'] });
    await expect.poll(async () => Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0)).toBe(0);
    await expect.poll(() => badgeText(serviceWorker, page)).toBe('');
    await writeSettings(serviceWorker, { pausedSites: [] });
    await waitForHighlights(page, 10);
  });

  test('should not scan a paused site at all', async ({ page, server, serviceWorker }) => {
    await writeSettings(serviceWorker, { pausedSites: ['127.0.0.1'] });
    await page.goto(server.url('english.html'));
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
  });

  test('should show the mention count on the badge and follow toggles', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const sizes = await highlightSizes(page);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    await expect.poll(() => badgeText(serviceWorker, page)).toBe(String(total));
    await writeSettings(serviceWorker, { categories: { ...ALL_ON, person: false } });
    await expect.poll(() => badgeText(serviceWorker, page)).toBe(String(total - (sizes.person ?? 0)));
  });

  test('should clear the badge when the tab navigates to a page without mentions', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    await expect.poll(() => badgeText(serviceWorker, page)).not.toBe('');
    await page.goto(server.url('negatives.html'));
    await expect.poll(() => badgeText(serviceWorker, page)).toBe('');
  });

  test('should change nothing in the page DOM but one host when a card opens', async ({ page, server }) => {
    // A page-side observer installed before the content script runs (document_idle) records every change.
    await page.addInitScript(recordDomChanges);
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('leak-lens-company') ?? [])][2] as StaticRange;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.locator('leak-lens-ui').waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(['childList:body::leak-lens-ui']);
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual(['lang']);
  });

  test('should post no message to the page and leave no global in it', async ({ page, server }) => {
    await page.addInitScript(recordWindowMessages);
    await page.addInitScript(() => {
      // The page's own scripts have run by DOMContentLoaded; the content script runs after it (document_idle).
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { globalsBefore: string[] }).globalsBefore = Object.getOwnPropertyNames(window);
      });
    });
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const { messages, added } = await page.evaluate(() => {
      const w = window as unknown as { messages: unknown[]; globalsBefore: string[] };
      const before = new Set(w.globalsBefore);
      const added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== 'messages' && name !== 'globalsBefore');
      return { messages: w.messages, added };
    });
    expect(messages).toEqual([]);
    expect(added).toEqual([]);
  });

  test('should switch palette through an adopted sheet without touching the page DOM', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    await writeSettings(serviceWorker, { palette: 'high-contrast' });
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    const colour = await page.evaluate(() => {
      const p = document.getElementById('p3') as HTMLElement;
      return getComputedStyle(p, '::highlight(leak-lens-company)').backgroundColor;
    });
    expect(colour).toBe('rgb(143, 240, 207)');
    await writeSettings(serviceWorker, { palette: 'default' });
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });
});
