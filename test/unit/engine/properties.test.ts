import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import type { DocumentText, Mention } from '../../../lib/types';

const WORDS = ['Claude', 'Code', 'DeepSeek', 'minimax', 'MiniMax', 'Kimi', 'leak', '泄露', '蒸馏', 'Anthropic', 'AI', 'China',
  '\n\n', '\n', ' ', '\u00ad', '\u200b', '’s', 'distillation', 'moonshot', '月之暗面', 'Ａｎｔｈｒｏｐｉｃ', 'ban', 'İ', '🤖'];

/** Text that is half story vocabulary, half arbitrary Unicode, so mentions actually occur. */
const storyText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

function checkInvariants(doc: DocumentText, mentions: Mention[]): void {
  let previousEnd = -1;
  for (const m of mentions) {
    expect(m.text).toBe(doc.text.slice(m.start, m.end));
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = m.end;
    expect(doc.blocks.some((b) => b.start <= m.start && m.end <= b.end)).toBe(true);
  }
}

describe('detect (properties)', () => {
  it('should never throw on arbitrary Unicode when the text is one block', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const doc = { text, blocks: [{ start: 0, end: text.length }] };
        checkInvariants(doc, detect(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('should keep mentions sorted, non-overlapping, inside one block and equal to their slice when given story-like text', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const doc = plainTextDocument(text);
        checkInvariants(doc, detect(doc));
      }),
      { numRuns: 400 },
    );
  });

  it('should tolerate arbitrary block lists when blocks overlap or fall outside the text', () => {
    fc.assert(
      fc.property(storyText, fc.array(fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) })), (text, blocks) => {
        const doc = { text, blocks };
        for (const m of detect(doc)) expect(m.text).toBe(text.slice(m.start, m.end));
      }),
      { numRuns: 200 },
    );
  });

  it('should report only mentions inside the requested blocks when scanning part of a document', () => {
    fc.assert(
      fc.property(fc.array(storyText, { minLength: 1, maxLength: 6 }), fc.nat(), (paragraphs, pick) => {
        const doc = plainTextDocument(paragraphs.join('\n\n'));
        if (doc.blocks.length === 0) return;
        const index = pick % doc.blocks.length;
        const block = doc.blocks[index]!;
        const partial = detect(doc, { blocks: [index], context: { entities: {}, topics: {} } });
        for (const m of partial) expect(m.start >= block.start && m.end <= block.end).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
