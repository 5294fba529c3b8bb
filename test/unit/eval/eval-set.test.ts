import { describe, expect, it } from 'vitest';
import { ENTITY_IDS, CATEGORIES } from '../../../lib/types';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { loadEvalSet } from '../../eval/load';

/** The labelled set itself: big enough, balanced, and covering what issue 3 asks it to cover. */
describe('evaluation set', () => {
  const passages = loadEvalSet();
  const gold = passages.flatMap((p) => p.gold);
  const pureNegatives = passages.filter((p) => p.hardNegative && p.gold.length === 0);

  it('should hold at least 100 passages when loaded', () => {
    expect(passages.length).toBeGreaterThanOrEqual(100);
  });

  it.each(['en', 'zh'] as const)('should give %s at least 40%% of the passages when counted', (lang) => {
    expect(passages.filter((p) => p.lang === lang).length / passages.length).toBeGreaterThanOrEqual(0.4);
  });

  it('should hold at least 40 hard negatives with no mention at all when counted', () => {
    expect(pureNegatives.length).toBeGreaterThanOrEqual(40);
  });

  it('should mix hard negatives with true mentions in some passages when counted', () => {
    expect(passages.filter((p) => p.hardNegative && p.gold.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(CATEGORIES)('should label at least 15 %s mentions when counted', (category) => {
    expect(gold.filter((g) => g.category === category).length).toBeGreaterThanOrEqual(15);
  });

  it.each(ENTITY_IDS)('should mention %s at least 3 times when counted', (entity) => {
    expect(gold.filter((g) => g.entity === entity).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    { feature: 'Traditional Chinese', test: (span: string) => /[餾洩帳戶國對達]/u.test(span) },
    { feature: 'full-width letters', test: (span: string) => /[Ａ-Ｚａ-ｚ]/u.test(span) },
    { feature: 'a line break inside a name', test: (span: string) => span.includes('\n') },
    { feature: 'a non-breaking space', test: (span: string) => span.includes('\u00a0') },
    { feature: 'a soft hyphen', test: (span: string) => span.includes('\u00ad') },
  ])('should hold gold spans with $feature when searched', ({ test }) => {
    expect(gold.some((g) => test(g.text))).toBe(true);
  });

  it('should hold a gold name followed by a curly possessive when searched', () => {
    expect(passages.some((p) => p.gold.some((g) => p.text.startsWith('’s', g.end)))).toBe(true);
  });

  it('should label every gold span with exactly the text it covers when resolved', () => {
    for (const p of passages) {
      for (const g of p.gold) expect(p.text.slice(g.start, g.end), p.id).toBe(g.text);
    }
  });

  it('should keep every gold span inside one block when passages are read as plain text', () => {
    for (const p of passages) {
      const { blocks } = plainTextDocument(p.text);
      for (const g of p.gold) {
        expect(blocks.some((b) => b.start <= g.start && g.end <= b.end), `${p.id}: "${g.text}"`).toBe(true);
      }
    }
  });
});
