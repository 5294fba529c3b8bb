import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, documentContext } from '../../../lib/engine';
import { plainTextDocument } from '../../../lib/extract/plain-text';

const SEED = '/work/shared/seed/article.txt';
const doc = plainTextDocument(readFileSync(SEED, 'utf8'));
const mentions = detect(doc);
const count = (predicate: (m: (typeof mentions)[number]) => boolean) => mentions.filter(predicate).length;

describe('detect (seed article)', () => {
  it.each([
    ['leak', 16],
    ['distillation', 7],
    ['policy', 8],
    ['person', 4],
  ] as const)('should find every %s mention a careful reader sees', (category, expected) => {
    expect(count((m) => m.category === category)).toBe(expected);
  });

  it.each([
    ['deepseek', 1],
    ['moonshot-ai', 1],
    ['minimax', 1],
    ['shou-chaofan', 1],
    ['zhang-ruiwang', 2],
    ['dario-amodei', 1],
  ] as const)('should find %s %i time(s)', (entity, expected) => {
    expect(count((m) => m.entity === entity)).toBe(expected);
  });

  it('should count every Anthropic name and product, the possessive excluded', () => {
    const anthropic = mentions.filter((m) => m.entity === 'anthropic');
    expect(anthropic.length).toBe(49);
    expect(anthropic.every((m) => !m.text.endsWith("'s"))).toBe(true);
  });

  it('should give the same mentions when each block is scanned alone with the document context', () => {
    const context = documentContext(doc);
    const partial = doc.blocks.flatMap((_, index) => detect(doc, { blocks: [index], context }));
    // Reasons may quote fewer context words (only neighbouring blocks are read); decisions are the same.
    const spans = (list: typeof mentions) => list.map(({ reason: _reason, ...span }) => span);
    expect(spans(partial)).toEqual(spans(mentions));
  });

  it('should explain every decision when reporting a mention', () => {
    expect(mentions.every((m) => m.reason.length > 10)).toBe(true);
    const policy = mentions.find((m) => m.text === 'restricting access');
    expect(policy?.reason).toMatch(/China as the object \(.*"China".*\)/);
  });
});
