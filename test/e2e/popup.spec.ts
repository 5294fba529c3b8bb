import { test, expect } from './support/fixtures';
import { tabIdOf, waitForHighlights } from './support/page-probes';
import { clearSettings, PopupPage, storedSettings, writeStoredSettings } from './support/popup-page';

test.describe('popup', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await clearSettings(serviceWorker);
  });

  async function openOn(context: import('@playwright/test').BrowserContext, extensionId: string, serviceWorker: import('@playwright/test').Worker, url: string) {
    const article = await context.newPage();
    await article.goto(url);
    // The empty fixture never gets highlights; the others are opened once scanned, as a reader would.
    if (!url.endsWith('popup-empty.html')) await waitForHighlights(article);
    const tabId = await tabIdOf(serviceWorker, article);
    const popup = await PopupPage.open(context, extensionId, tabId);
    await expect(popup.heading.or(popup.state('no-answer')).or(popup.page.locator('.about'))).toBeVisible({ timeout: 10_000 });
    return { article, popup, tabId };
  }

  test('should show counts, entities, facts with sources and FAQ when the page mentions the story', async ({ context, extensionId, serviceWorker, server }) => {
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    await expect(popup.heading).toHaveText(/\d+ mentions of the story/);
    await expect(popup.count('leak')).not.toHaveText('0');
    await expect(popup.count('distillation')).not.toHaveText('0');
    await expect(popup.count('company')).not.toHaveText('0');
    await expect(popup.entity('deepseek')).toContainText('DeepSeek');
    await expect(popup.entity('anthropic')).toBeVisible();
    const fact = popup.page.locator('[data-group="leak"] [data-fact]').first();
    await expect(fact.locator('.status')).toBeVisible();
    await expect(fact.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}/);
    await expect(fact.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
    const question = popup.page.locator('.faq details').first();
    await question.locator('summary').click();
    await expect(question).toHaveAttribute('open', '');
    await expect(question.locator('.sources a').first()).toBeVisible();
    await question.locator('summary').press('Escape');
    await expect(question).not.toHaveAttribute('open', '');
  });

  test('should flag disagreeing figures with the sourced value and list key facts the page leaves out', async ({ context, extensionId, serviceWorker, server }) => {
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    const issues = popup.figureIssues();
    await expect(issues.filter({ hasText: '700,000 lines' })).toContainText('512,000');
    await expect(issues.filter({ hasText: 'decrypted' })).toContainText('source map');
    // 24,000 accounts agrees with the sources: not flagged.
    await expect(issues.filter({ hasText: '24,000' })).toHaveCount(0);
    await expect(popup.page.locator('.not-on-page [data-fact="policy-supported-regions"]')).toBeVisible();
    // "The company called it a release packaging issue…" has no mention, but its paragraph is about the leak.
    await expect(popup.page.locator('.not-on-page [data-fact="leak-packaging-error"]')).toHaveCount(0);
    await expect(popup.page.locator('.not-on-page [data-fact="dist-accusation"]')).toHaveCount(0);
    // The page says "decrypted": the figure check corrects it, so its fact is not listed as missing.
    await expect(popup.page.locator('.not-on-page [data-fact="leak-not-decrypted"]')).toHaveCount(0);
  });

  test('should step through mentions and show n of N when next and previous are pressed', async ({ context, extensionId, serviceWorker, server }) => {
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    await popup.button('Next mention').click();
    await expect(popup.position).toHaveText(/^1 of \d+$/);
    await popup.button('Next mention').click();
    await expect(popup.position).toHaveText(/^2 of \d+$/);
    await popup.button('Previous mention').click();
    await expect(popup.position).toHaveText(/^1 of \d+$/);
  });

  test('should apply a category toggle to the page at once and keep it after reopening', async ({ context, extensionId, serviceWorker, server }) => {
    const { article, popup, tabId } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0)).toBeGreaterThan(0);
    await popup.toggle('Highlight Companies').uncheck();
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0)).toBe(0);
    await expect.poll(async () => (await storedSettings(serviceWorker)) as { categories?: { company?: boolean } } | null).toMatchObject({ categories: { company: false } });
    await popup.goto(extensionId, tabId);
    await expect(popup.toggle('Highlight Companies')).not.toBeChecked();
    await expect(popup.toggle('Highlight Code leak')).toBeChecked();
    await popup.toggle('Highlight Companies').check();
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('leak-lens-company')?.size ?? 0)).toBeGreaterThan(0);
  });

  test('should pause and resume the site when the button is pressed', async ({ context, extensionId, serviceWorker, server }) => {
    const { article, popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    await popup.button('Pause on this site').click();
    await expect(popup.state('paused')).toContainText('127.0.0.1');
    await expect.poll(async () => (await storedSettings(serviceWorker)) as { pausedSites?: string[] } | null).toMatchObject({ pausedSites: ['127.0.0.1'] });
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('leak-lens-leak')?.size ?? 0)).toBe(0);
    await popup.button('Resume on this site').click();
    await expect(popup.state('paused')).toHaveCount(0);
    await expect.poll(async () => (await storedSettings(serviceWorker)) as { pausedSites?: string[] } | null).toMatchObject({ pausedSites: [] });
    await expect(popup.heading).toBeVisible({ timeout: 10_000 });
  });

  test('should show the story’s key facts and FAQ when the page has no mentions', async ({ context, extensionId, serviceWorker, server }) => {
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-empty.html'));
    await expect(popup.page.getByRole('heading', { name: 'About the story' })).toBeVisible();
    await expect(popup.page.getByText('Nothing on this page is about the story')).toBeVisible();
    await expect(popup.page.locator('.about [data-fact]')).not.toHaveCount(0);
    await expect(popup.page.locator('.about details')).not.toHaveCount(0);
  });

  test('should say the extension cannot run when the tab is a browser page', async ({ context, extensionId, serviceWorker }) => {
    const blank = await context.newPage();
    await blank.goto('about:blank');
    const tabId = await tabIdOf(serviceWorker, blank);
    const popup = await PopupPage.open(context, extensionId, tabId);
    await expect(popup.state('restricted')).toContainText('cannot read this page');
    await expect(popup.page.getByRole('heading', { name: 'About the story' })).toBeVisible();
  });

  test('should show Chinese text and dataset facts when the interface language is Chinese', async ({ context, extensionId, serviceWorker, server }) => {
    await writeStoredSettings(serviceWorker, {
      settings: { categories: { leak: true, distillation: true, policy: true, company: true, person: true }, pausedSites: [], language: 'zh', cardLanguage: 'auto', palette: 'default' },
    });
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article-zh.html'));
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(popup.heading).toHaveText(/本页有 \d+ 处提及此事件/);
    await expect(popup.page.getByRole('heading', { name: '数字核查' })).toBeVisible();
    await expect(popup.figureIssues().filter({ hasText: '60万行' })).toContainText('51.2 万行');
    await expect(popup.figureIssues().filter({ hasText: '2.4万' })).toHaveCount(0);
  });

  test('should say settings were repaired when a stored value is corrupt', async ({ context, extensionId, serviceWorker, server }) => {
    await writeStoredSettings(serviceWorker, {
      settings: { categories: { leak: true, distillation: true, policy: true, company: false, person: true }, pausedSites: [], language: 'klingon', cardLanguage: 'auto', palette: 'default' },
    });
    const { popup } = await openOn(context, extensionId, serviceWorker, server.url('popup-article.html'));
    await expect(popup.page.getByRole('status').filter({ hasText: 'reset to their defaults' })).toBeVisible();
    await expect(popup.toggle('Highlight Companies')).not.toBeChecked();
  });
});
