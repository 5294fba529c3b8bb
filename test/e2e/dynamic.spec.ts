import { test, expect } from './support/fixtures';
import { badgeText, highlightSizes, highlightedTexts, resetSettings, sendToTab, waitForHighlights } from './support/page-probes';

test.describe('dynamic pages', () => {
  test.beforeEach(async ({ serviceWorker }) => resetSettings(serviceWorker));

  test('should follow a single-page app when it swaps content after pushState', async ({ page, server, serviceWorker }) => {
    await page.goto(server.url('spa/leak'));
    await waitForHighlights(page, 3);
    expect(await highlightedTexts(page, 'company')).toEqual(expect.arrayContaining(['Anthropic', 'DeepSeek', 'MiniMax']));
    await page.click('a[data-route="other"]');
    await expect.poll(() => highlightedTexts(page, 'company')).toEqual(expect.arrayContaining(['Moonshot AI', 'Kimi K2']));
    expect(await highlightedTexts(page, 'company')).not.toContain('DeepSeek');
    expect(await highlightedTexts(page, 'person')).toEqual(['Dario Amodei']);
    const state = (await sendToTab(serviceWorker, page, { type: 'get-page-state' })) as { url: string; mentions: { text: string }[] };
    expect(state.url).toMatch(/\/spa\/other$/);
    expect(state.mentions.map((m) => m.text)).not.toContain('DeepSeek');
    const total = Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0);
    await expect.poll(() => badgeText(serviceWorker, page)).toBe(String(total));
  });

  test('should keep up with infinite scroll, reading only what was appended', async ({ page, server }) => {
    await page.goto(server.url('infinite.html'));
    await waitForHighlights(page, 2);
    const before = await highlightSizes(page);
    await page.evaluate(() => (window as unknown as { loadMore: (n: number) => void }).loadMore(20));
    await expect.poll(async () => (await highlightSizes(page)).company).toBe((before.company ?? 0) + 20);
    await page.mouse.wheel(0, 100_000);
    await expect.poll(async () => (await highlightSizes(page)).company).toBeGreaterThanOrEqual((before.company ?? 0) + 30);
  });

  test('should scan open shadow roots, same-origin iframes and srcdoc frames', async ({ page, server }) => {
    await page.goto(server.url('frames.html'));
    await waitForHighlights(page, 2);
    expect(await highlightedTexts(page, 'company')).toEqual(expect.arrayContaining(['Anthropic', 'MiniMax']));
    const same = page.frameLocator('#same');
    await expect(same.locator('p')).toBeVisible();
    await expect
      .poll(() => page.frame({ url: /frame-child\.html$/ })?.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0))
      .toBe(1);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
    await expect.poll(() => srcdoc?.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0)).toBe(1);
  });

  test('should style highlights inside an open shadow root', async ({ page, server }) => {
    await page.goto(server.url('frames.html'));
    await waitForHighlights(page, 2);
    const colour = await page.evaluate(() => {
      const p = document.getElementById('host')?.shadowRoot?.querySelector('p') as HTMLElement;
      return getComputedStyle(p, '::highlight(leak-lens-company)').backgroundColor;
    });
    expect(colour).toBe('rgba(0, 158, 115, 0.28)');
  });

  test('should leave typing in an editor untouched and unread', async ({ page, server }) => {
    await page.goto(server.url('editor.html'));
    await waitForHighlights(page, 2);
    const before = await highlightSizes(page);
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' Claude Code leak by DeepSeek');
    await page.fill('#plain', 'Anthropic leak distillation');
    await page.waitForTimeout(800);
    expect(await page.locator('#editor').innerText()).toBe('Draft: DeepSeek and Anthropic Claude Code leak by DeepSeek');
    expect(await page.locator('#editor').innerHTML()).toBe('Draft: DeepSeek and Anthropic Claude Code leak by DeepSeek');
    expect(await highlightSizes(page)).toEqual(before);
  });
});
