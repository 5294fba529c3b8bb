import { test, expect } from './support/fixtures';
import { launchWithExtension } from './support/extension';
import { highlightSizes, highlightedTexts, waitForHighlights } from './support/page-probes';

/**
 * Detection runs in the background (lib/content/first-pass.ts); when the background drops the detection
 * port, the page's own engine must read the page instead, with the same result. This test has a browser
 * of its own: it breaks the background on purpose.
 */
test.describe('detection in the background', () => {
  test('should highlight the same mentions when the background drops every detection port', async ({ server }) => {
    const { context, serviceWorker } = await launchWithExtension();
    try {
      const read = async () => {
        const page = await context.newPage();
        await page.goto(server.url('english.html'));
        await waitForHighlights(page, 10);
        await page.waitForTimeout(300); // a pass places its answers in several steps
        const result = { sizes: await highlightSizes(page), company: await highlightedTexts(page, 'company') };
        await page.close();
        return result;
      };
      const normal = await read();
      // From now on the background closes each detection port as soon as a page opens it.
      await serviceWorker.evaluate('chrome.runtime.onConnect.addListener((port) => port.disconnect())');
      const fallback = await read();
      expect(fallback.sizes).toEqual(normal.sizes);
      expect(fallback.company.sort()).toEqual(normal.company.sort());
    } finally {
      await context.close();
    }
  });
});
