import type { Frame, Page } from 'puppeteer-core';
import { highlightCentre, recordDomChanges, recordWindowMessages } from '../e2e/support/in-page';
import { sizes, waitFor, type Check } from './support';

/**
 * Content-script checks in Firefox beyond the first pass: the hover card (Firefox hit-tests with
 * caretPositionFromPoint, Chromium with caretRangeFromPoint), the page's DOM left as it was, pages that grow,
 * frames, and editors.
 */

/** Centre of the first highlighted range of `category` whose text is `text`, in viewport coordinates. */
async function pointOver(page: Page, category: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(highlightCentre, [category, text] as const);
  if (!point) throw new Error(`no highlighted "${text}"`);
  return point;
}

/** The card's title, or null while no card is open (it lives in our host's open shadow root). */
const cardTitle = (page: Page) =>
  page.evaluate(() => document.querySelector('leak-lens-ui')?.shadowRoot?.querySelector('[role="dialog"] .title')?.textContent ?? null);

const companyCount = (target: Page | Frame) => target.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0);

export const PAGE_CHECKS: Check[] = [
  {
    name: 'opens the hover card on a mention and closes it on Escape, adding nothing to the page but one host',
    async run({ browser, url }) {
      const page = await browser.newPage();
      try {
        // Installed before the content script runs (document_idle), so it sees every change we make.
        await page.evaluateOnNewDocument(recordDomChanges);
        await page.goto(url('english.html'));
        await waitFor(() => sizes(page), (s) => (s.company ?? 0) >= 5);
        const { x, y } = await pointOver(page, 'company', 'DeepSeek');
        await page.mouse.move(x, y);
        await waitFor(() => cardTitle(page), (title) => title === 'DeepSeek');
        if (!(await page.evaluate(() => document.activeElement === document.body))) throw new Error('the card took focus');
        await page.keyboard.press('Escape');
        await waitFor(() => cardTitle(page), (title) => title === null);
        const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
        if (JSON.stringify(seen) !== JSON.stringify(['childList:body::leak-lens-ui'])) throw new Error(`page DOM changed: ${JSON.stringify(seen)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    },
  },
  {
    name: 'posts no message to the page',
    async run({ browser, url }) {
      const page = await browser.newPage();
      try {
        await page.evaluateOnNewDocument(recordWindowMessages);
        await page.goto(url('english.html'));
        await waitFor(() => sizes(page), (s) => (s.company ?? 0) >= 5);
        const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
        if (messages.length > 0) throw new Error(`the page got messages: ${JSON.stringify(messages)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    },
  },
  {
    name: 'highlights paragraphs appended after the first pass',
    async run({ page, url }) {
      await page.goto(url('infinite.html'));
      const before = await waitFor(() => sizes(page), (s) => (s.company ?? 0) >= 2);
      await page.evaluate(() => (window as unknown as { loadMore: (n: number) => void }).loadMore(20));
      await waitFor(() => sizes(page), (s) => s.company === (before.company ?? 0) + 20);
    },
  },
  {
    name: 'highlights inside a same-origin iframe and a srcdoc frame',
    async run({ page, url }) {
      await page.goto(url('frames.html'));
      await waitFor(() => sizes(page), (s) => (s.company ?? 0) >= 2);
      const child = await waitFor(
        async () => page.frames().find((f) => f.url().endsWith('frame-child.html')) ?? null,
        (frame) => frame !== null,
      );
      const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc');
      if (!child || !srcdoc) throw new Error(`frames not found: ${page.frames().map((f) => f.url()).join(', ')}`);
      await waitFor(() => companyCount(child), (n) => n === 1);
      await waitFor(() => companyCount(srcdoc), (n) => n === 1);
    },
  },
  {
    name: 'leaves typing in an editor untouched and unread',
    async run({ page, url }) {
      await page.goto(url('editor.html'));
      const before = await waitFor(() => sizes(page), (s) => (s.company ?? 0) >= 2);
      await page.click('#editor');
      await page.keyboard.press('End');
      await page.keyboard.type(' Claude Code leak by DeepSeek');
      await new Promise((r) => setTimeout(r, 800));
      const html = await page.$eval('#editor', (editor) => editor.innerHTML);
      if (html !== 'Draft: DeepSeek and Anthropic Claude Code leak by DeepSeek') throw new Error(`editor changed: ${html}`);
      const after = await sizes(page);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`highlights changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    },
  },
];
