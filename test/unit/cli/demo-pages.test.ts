import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR, DEMO_PAGES, serveDemo } from '../../../lib/cli/demo-pages';
import { detect } from '../../../lib/engine/index';
import { extractText } from '../../../lib/extract/dom-text';
import { sentenceText } from '../../../lib/extract/sentence';
import { checkFigures } from '../../../lib/figures/check';
import { sentencesOf } from '../../../lib/figures/context';
import { bundledFigures } from '../../../lib/figures/figures';

const text = (file: string) => {
  const { document } = parseHTML(readFileSync(resolve(DEMO_DIR, file), 'utf8'));
  return document.body.textContent ?? '';
};

// The demo must show every category, the ambiguity rules and a figure that disagrees with the sources.
describe('demo articles', () => {
  it.each([
    ['en.html', 'company', ['Anthropic', 'Claude Code', 'DeepSeek', 'Moonshot AI', 'MiniMax', 'Kimi', 'Hailuo']],
    ['en.html', 'person', ['Dario Amodei', 'Chaofan Shou', 'Zhang Ruiwang']],
    ['en.html', 'leak', ['source code leak', 'leaked']],
    ['en.html', 'distillation', ['distillation', 'fraudulent accounts']],
    ['en.html', 'policy', ['unsupported regions', 'export controls', 'majority-owned']],
    ['en.html', 'disagreeing figures', ['600,000 lines', 'decrypted']],
    ['zh.html', 'company', ['Anthropic', '深度求索', '月之暗面', '稀宇科技', '海螺AI', 'Kimi']],
    ['zh.html', 'person', ['达里奥·阿莫迪', '阿莫迪', 'Chaofan Shou']],
    ['zh.html', 'leak', ['泄露']],
    ['zh.html', 'distillation', ['蒸馏', '虚假账户']],
    ['zh.html', 'policy', ['不支持的地区', '出口管制']],
    ['zh.html', 'disagreeing figures', ['六十万行', '破解加密']],
  ])('should mention in %s the %s terms when read as text', (file, _kind, terms) => {
    const body = text(file);
    for (const term of terms) expect(body).toContain(term);
  });

  // What the popup's figure check reports for the page: the demo's wrong figures must be there, stated as the page's own.
  it.each([
    ['en.html', ['600,000 lines', 'decrypted']],
    ['zh.html', ['六十万行', '破解加密']],
  ])('should have its wrong figures flagged by the figure check in %s when scanned', (file, expected) => {
    const { document } = parseHTML(readFileSync(resolve(DEMO_DIR, file), 'utf8'));
    const page = extractText(document as unknown as Document);
    const mentions = detect(page).map((m) => ({ ...m, sentence: sentenceText(page, m.start, m.end) }));
    const found = checkFigures(sentencesOf(mentions), bundledFigures()).map((issue) => issue.found);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it.each(DEMO_PAGES.flatMap((p) => p.otherSenses.map((phrase) => [p.file, phrase] as const)))(
    'should use an ambiguous word in its other sense in %s: %s',
    (file, phrase) => {
      expect(text(file)).toContain(phrase);
    },
  );
});

describe('serveDemo', () => {
  it('should serve the listed demo pages and nothing else when asked over HTTP', async () => {
    const server = await serveDemo();
    try {
      for (const page of DEMO_PAGES) {
        const reply = await fetch(`${server.url}/${page.file}`);
        expect(reply.status).toBe(200);
        expect(reply.headers.get('content-type')).toContain('text/html');
      }
      expect((await fetch(`${server.url}/`)).status).toBe(200);
      expect((await fetch(`${server.url}/../package.json`)).status).toBe(404);
      expect((await fetch(`${server.url}/demo-pages.ts`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
