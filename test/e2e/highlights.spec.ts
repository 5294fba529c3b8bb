import { test, expect } from './support/fixtures';
import { highlightSizes, highlightedTexts, resetSettings, waitForHighlights } from './support/page-probes';

test.describe('highlights', () => {
  test.beforeEach(async ({ serviceWorker }) => resetSettings(serviceWorker));

  test('should highlight every category when an English article loads', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const sizes = await highlightSizes(page);
    for (const category of ['leak', 'distillation', 'policy', 'company', 'person']) {
      expect(sizes[category], category).toBeGreaterThan(0);
    }
    const companies = await highlightedTexts(page, 'company');
    expect(companies).toContain('Claude Code');
    expect(companies).toContain('Moonshot AI');
    expect(await highlightedTexts(page, 'person')).toContain('Dario Amodei');
  });

  test('should highlight a name that runs across inline elements', async ({ page, server }) => {
    await page.goto(server.url('english.html'));
    await waitForHighlights(page, 10);
    const spanning = await page.evaluate(() =>
      [...(CSS.highlights.get('leak-lens-company') ?? [])].some((r) => r.startContainer !== r.endContainer),
    );
    expect(spanning).toBe(true);
  });

  test('should highlight a Chinese article', async ({ page, server }) => {
    await page.goto(server.url('chinese.html'));
    await waitForHighlights(page, 5);
    const companies = await highlightedTexts(page, 'company');
    expect(companies).toEqual(expect.arrayContaining(['深度求索', '月之暗面']));
    expect(await highlightedTexts(page, 'distillation')).toContain('蒸馏');
    expect(await highlightedTexts(page, 'person')).toContain('达里奥·阿莫迪');
  });

  test('should highlight nothing on a page of hard negatives', async ({ page, server }) => {
    await page.goto(server.url('negatives.html'));
    await page.waitForTimeout(1000);
    expect(await highlightSizes(page)).toEqual({ leak: 0, distillation: 0, policy: 0, company: 0, person: 0 });
  });

  test('should never highlight inside editors, textareas or inputs', async ({ page, server }) => {
    await page.goto(server.url('editor.html'));
    await waitForHighlights(page, 2);
    const inEditable = await page.evaluate(() =>
      ['leak-lens-company', 'leak-lens-leak'].some((name) =>
        [...(CSS.highlights.get(name) ?? [])].some((r) => r.startContainer.parentElement?.closest('[contenteditable],textarea,input')),
      ),
    );
    expect(inEditable).toBe(false);
  });

  test('should highlight despite a page CSP that forbids styles', async ({ page, server }) => {
    await page.goto(server.url('csp.html'));
    await waitForHighlights(page, 2);
    expect((await highlightSizes(page)).company).toBe(2);
  });
});
