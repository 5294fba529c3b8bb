import { test, expect } from './support/fixtures';
import { highlightSizes, resetSettings, sendToTab, waitForHighlights } from './support/page-probes';

/**
 * Past 1000 mentions the extension registers only the highlights near the viewport (Chromium re-validates
 * every registered range on each page change; see lib/highlight/layer.ts). The mention count the popup
 * and badge show stays the page's total; what is registered follows the reader.
 */
const PARAGRAPHS = 1200;

test.describe('a page with more mentions than the highlight budget', () => {
  test.beforeEach(async ({ serviceWorker }) => resetSettings(serviceWorker));

  test('should register the mentions near the viewport and follow the reader, while counting them all', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    await page.evaluate((n) => {
      const html = Array.from({ length: n }, (_, i) => `<p id="n${i}">Update ${i}: Anthropic answered questions.</p>`).join('');
      document.body.insertAdjacentHTML('beforeend', html);
    }, PARAGRAPHS);
    const mentions = async () => ((await sendToTab(serviceWorker, page, { type: 'get-page-state' })) as { mentions: unknown[] }).mentions.length;
    await expect.poll(mentions).toBeGreaterThan(PARAGRAPHS);
    const registered = async () => Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0);
    await expect.poll(registered).toBeLessThan(PARAGRAPHS / 2);
    expect(await registered()).toBeGreaterThan(0);

    const hasRangeIn = (id: string) =>
      page.evaluate(
        (target) => [...(CSS.highlights.get('leak-lens-company') ?? [])].some((r) => r.startContainer.parentElement?.id === target),
        id,
      );
    const last = `n${PARAGRAPHS - 1}`;
    expect(await hasRangeIn(last)).toBe(false);
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), last);
    await expect.poll(() => hasRangeIn(last)).toBe(true);
    await expect.poll(() => hasRangeIn('n0')).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => hasRangeIn('n0')).toBe(true);
  });
});
