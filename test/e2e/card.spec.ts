import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { highlightCentre } from './support/in-page';
import { resetSettings, sendToTab, waitForHighlights, writeSettings } from './support/page-probes';

/** Centre of the first highlighted range whose text is `text`, in viewport coordinates. */
async function pointOver(page: Page, category: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(highlightCentre, [category, text] as const);
  if (!point) throw new Error(`no highlighted "${text}"`);
  return point;
}

const card = (page: Page) => page.locator('leak-lens-ui [role="dialog"]');

test.describe('hover card', () => {
  test.beforeEach(async ({ serviceWorker }) => resetSettings(serviceWorker));

  test('should open a card with sourced facts and the reason when the pointer rests on a mention', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const { x, y } = await pointOver(page, 'company', 'DeepSeek');
    await page.mouse.move(x, y);
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.title')).toHaveText('DeepSeek');
    const facts = card(page).locator('.fact');
    expect(await facts.count()).toBeGreaterThanOrEqual(1);
    expect(await facts.count()).toBeLessThanOrEqual(3);
    await expect(facts.first().locator('time')).not.toBeEmpty();
    await expect(facts.first().locator('a').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(card(page).locator('.why')).toContainText('DeepSeek');
    // The card never takes focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('should close the card on Escape', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const { x, y } = await pointOver(page, 'person', 'Dario Amodei');
    await page.mouse.move(x, y);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
  });

  test('should close the card when the pointer leaves the mention', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const { x, y } = await pointOver(page, 'company', 'MiniMax');
    await page.mouse.move(x, y);
    await expect(card(page)).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(card(page)).toHaveCount(0);
  });

  test('should write the card in Chinese on a Chinese page', async ({ page, server }) => {
    await page.goto(server.url('chinese.html'));
    await waitForHighlights(page, 5);
    const { x, y } = await pointOver(page, 'company', '深度求索');
    await page.mouse.move(x, y);
    await expect(card(page)).toHaveAttribute('lang', 'zh-CN');
    await expect(card(page).locator('.kind')).toHaveText('公司');
  });

  test('should follow the card language setting over the page language', async ({ page, server, serviceWorker }) => {
    await writeSettings(serviceWorker, { cardLanguage: 'zh' });
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const { x, y } = await pointOver(page, 'company', 'DeepSeek');
    await page.mouse.move(x, y);
    await expect(card(page)).toHaveAttribute('lang', 'zh-CN');
  });

  test('should open the card for the mention under the caret when reading with the keyboard', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    // Caret browsing puts a collapsed selection in the text; put one inside "Moonshot AI".
    await page.evaluate(() => {
      const p = document.getElementById('p3') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Moonshot') + 3;
      getSelection()?.collapse(text, at);
    });
    await expect(card(page).locator('.title')).toHaveText('Moonshot AI');
  });

  test('should step through mentions with n of N and open the card when navigating', async ({ page, server, serviceWorker }) => {
    const url = server.url('english.html');
    await page.goto(url);
    await waitForHighlights(page, 10);
    const first = (await sendToTab(serviceWorker, page, { type: 'navigate', direction: 'next' })) as { index: number; total: number };
    expect(first.index).toBe(0);
    expect(first.total).toBeGreaterThan(10);
    await expect(card(page).locator('.position')).toHaveText(`1 of ${first.total}`);
    const second = (await sendToTab(serviceWorker, page, { type: 'navigate', direction: 'next' })) as { index: number };
    expect(second.index).toBe(1);
    const back = (await sendToTab(serviceWorker, page, { type: 'navigate', direction: 'previous' })) as { index: number };
    expect(back.index).toBe(0);
    const wrapped = (await sendToTab(serviceWorker, page, { type: 'navigate', direction: 'previous' })) as { index: number };
    expect(wrapped.index).toBe(first.total - 1);
    expect(await page.evaluate(() => CSS.highlights.get('leak-lens-current')?.size)).toBe(1);
  });
});
