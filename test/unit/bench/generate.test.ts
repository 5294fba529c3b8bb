import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { generatePage, generateParagraphs, seededRandom, servePages } from '../../bench/generate';

describe('seededRandom', () => {
  it('should repeat the same sequence when given the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('should stay within [0, 1) when drawn many times', () => {
    const rand = seededRandom(3);
    for (let i = 0; i < 10_000; i++) {
      const x = rand();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('generatePage', () => {
  it('should be byte-identical when generated twice with the same size and seed', () => {
    expect(generatePage(300, 1)).toBe(generatePage(300, 1));
  });

  it('should differ when the seed differs', () => {
    expect(generatePage(300, 1)).not.toBe(generatePage(300, 2));
  });

  it.each([10, 1000])('should contain exactly %i article paragraphs when asked for them', (n) => {
    const { document } = parseHTML(generatePage(n));
    expect(document.querySelectorAll('#story > p').length).toBe(n);
  });

  it.each([
    ['a table', 'table.figures'],
    ['a sidebar', 'aside.sidebar'],
    ['an editable box', '[contenteditable]'],
    ['a text area', 'textarea'],
    ['a JSON script block', 'script[type="application/json"]'],
    ['bold text', '#story b'],
    ['italic text', '#story i'],
    ['links', '#story a'],
    ['spans', '#story span'],
  ])('should include %s when the page has 1000 paragraphs', (_what, selector) => {
    const { document } = parseHTML(generatePage(1000));
    expect(document.querySelector(selector)).not.toBeNull();
  });

  it('should put topic words inside script blocks so that walkers must skip them', () => {
    const { document } = parseHTML(generatePage(1000));
    const scripts = [...document.querySelectorAll('script')].map((s) => s.textContent ?? '');
    expect(scripts.some((text) => text.includes('Claude Code leak'))).toBe(true);
  });

  it.each(['Claude', '深度求索', 'minimax algorithm', 'Claude Monet', '蒸馏水'])(
    'should mix in %s when the page has 1000 paragraphs',
    (text) => {
      expect(generatePage(1000)).toContain(text);
    },
  );
});

describe('generateParagraphs', () => {
  it('should number paragraphs from the offset when appending to a page', () => {
    const html = generateParagraphs(3, 1, 1000).join('');
    expect(html).toContain('id="p1000"');
    expect(html).toContain('id="p1002"');
    expect(html).not.toContain('id="p999"');
  });
});

describe('servePages', () => {
  it('should serve a generated page when asked for its size and 404 otherwise', async () => {
    const server = await servePages(1);
    try {
      const ok = await fetch(`${server.url}/page/20.html`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe(generatePage(20, 1));
      expect((await fetch(`${server.url}/etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
