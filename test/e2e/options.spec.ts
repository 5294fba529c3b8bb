import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { clearSettings, storedSettings, writeStoredSettings } from './support/popup-page';

const DEFAULTS = { categories: { leak: true, distillation: true, policy: true, company: true, person: true }, pausedSites: [], language: 'en', cardLanguage: 'auto', palette: 'default' };

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('input[name="palette"]').first()).toBeVisible();
}

/** Chooses a file for the hidden import input, as the file picker would. */
async function importFile(page: Page, name: string, text: string) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('options page', () => {
  test.beforeEach(async ({ serviceWorker }) => {
    await clearSettings(serviceWorker);
    await writeStoredSettings(serviceWorker, { settings: DEFAULTS });
  });

  test('should keep a palette choice and category switches after reload', async ({ page, extensionId, serviceWorker }) => {
    await openOptions(page, extensionId);
    await page.getByRole('radio', { name: 'High contrast' }).check();
    await page.getByRole('checkbox', { name: 'People' }).uncheck();
    await expect.poll(() => storedSettings(serviceWorker)).toMatchObject({ palette: 'high-contrast', categories: { person: false } });
    await page.reload();
    await expect(page.getByRole('radio', { name: 'High contrast' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'People' })).not.toBeChecked();
  });

  test('should add, refuse and remove paused sites', async ({ page, extensionId, serviceWorker }) => {
    await openOptions(page, extensionId);
    const input = page.getByLabel('Site to pause');
    await input.fill('https://www.Example.com/news');
    await input.press('Enter');
    await expect(page.locator('[data-site="example.com"]')).toBeVisible();
    await input.fill('not a site');
    await page.getByRole('button', { name: 'Pause site' }).click();
    await expect(page.getByRole('alert')).toContainText('is not a site name');
    await expect.poll(() => storedSettings(serviceWorker)).toMatchObject({ pausedSites: ['example.com'] });
    await page.getByRole('button', { name: 'Resume example.com' }).click();
    await expect.poll(() => storedSettings(serviceWorker)).toMatchObject({ pausedSites: [] });
  });

  test('should switch the interface to Chinese and back when the language is chosen', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByLabel('Interface language').selectOption('zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leak Lens 设置');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByLabel('界面语言').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leak Lens settings');
  });

  test('should export the settings as a JSON file that imports back', async ({ page, extensionId }) => {
    await openOptions(page, extensionId);
    await page.getByRole('radio', { name: 'Soft' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('leak-lens-settings.json');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'leak-lens-settings', version: 2, settings: { palette: 'soft' } });
    await page.getByRole('radio', { name: 'Default' }).check();
    await importFile(page, 'leak-lens-settings.json', text);
    await expect(page.locator('[data-status="ok"]')).toContainText('imported');
    await expect(page.getByRole('radio', { name: 'Soft' })).toBeChecked();
  });

  const good = { format: 'leak-lens-settings', version: 2, settings: { ...DEFAULTS, palette: 'high-contrast' } };
  for (const [name, text, reason] of [
    ['malformed', '{"format": "leak-lens-settings", ', 'not valid JSON'],
    ['of a newer version', JSON.stringify({ ...good, version: 99 }), 'newer Leak Lens'],
    ['too large', JSON.stringify({ ...good, padding: 'x'.repeat(70_000) }), 'at most 65536 bytes'],
    ['hostile', JSON.stringify(good).replace('{"format"', '{"__proto__":{"polluted":true},"format"'), 'forbidden key “__proto__”'],
    ['invalid', JSON.stringify({ ...good, settings: { ...good.settings, palette: 'neon' } }), 'settings.palette'],
  ] as const) {
    test(`should refuse a ${name} file, say why, and keep the settings exactly`, async ({ page, extensionId, serviceWorker }) => {
      await openOptions(page, extensionId);
      await page.getByRole('checkbox', { name: 'Companies' }).uncheck();
      await expect.poll(() => storedSettings(serviceWorker)).toMatchObject({ categories: { company: false } });
      const before = await storedSettings(serviceWorker);
      await importFile(page, `${name}.json`, text);
      const message = page.locator('[data-status="error"]');
      await expect(message).toContainText('Import refused');
      await expect(message).toContainText(reason);
      await expect(message).toContainText('Your settings were not changed');
      expect(await storedSettings(serviceWorker)).toEqual(before);
      await expect(page.getByRole('radio', { name: 'Default' })).toBeChecked();
    });
  }

  test('should put every setting back to its default when reset', async ({ page, extensionId, serviceWorker }) => {
    await writeStoredSettings(serviceWorker, { settings: { ...DEFAULTS, palette: 'soft', pausedSites: ['a.test'], language: 'en' } });
    await openOptions(page, extensionId);
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => storedSettings(serviceWorker)).toEqual({ ...DEFAULTS, language: 'auto' });
    await expect(page.locator('[data-status="ok"]')).toContainText('reset');
  });
});
