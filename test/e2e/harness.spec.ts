import { test, expect } from './support/fixtures';

test.describe('e2e harness', () => {
  test('should load the extension and serve fixtures when a test starts', async ({ page, server, extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    await page.goto(server.url('index.html'));
    await expect(page.locator('h1')).toHaveText('Leak Lens test fixtures');
  });

  test('should answer 404 when a fixture does not exist', async ({ page, server }) => {
    const response = await page.goto(server.url('missing.html'));
    expect(response?.status()).toBe(404);
  });
});
