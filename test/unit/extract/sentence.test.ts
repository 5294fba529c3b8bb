import { describe, expect, it } from 'vitest';
import { blockAt, sentenceAround, sentenceText } from '../../../lib/extract/sentence';
import { plainTextDocument } from '../../../lib/extract/plain-text';

function around(text: string, needle: string, maxChars?: number) {
  const doc = plainTextDocument(text);
  const start = text.indexOf(needle);
  return sentenceAround(doc, start, start + needle.length, maxChars);
}

describe('sentenceAround', () => {
  it.each([
    ['the sentence among others', 'First one. Then Anthropic said so. Last.', 'Anthropic', ['Then ', 'Anthropic', ' said so.']],
    ['a version number is not a sentence end', 'Version 2.1.88 of Claude Code shipped. Next.', 'Claude Code', ['Version 2.1.88 of ', 'Claude Code', ' shipped.']],
    ['Chinese terminators', '第一句。月之暗面发布了Kimi。第三句', '月之暗面', ['', '月之暗面', '发布了Kimi。']],
    ['the block is the limit', 'Para one about\n\nAnthropic in para two\n\nthree', 'Anthropic', ['', 'Anthropic', ' in para two']],
    ['whitespace is collapsed', 'The   Claude\n  Code leak.', 'Claude\n  Code', ['The ', 'Claude Code', ' leak.']],
  ])('should give %s', (_name, text, needle, expected) => {
    const { before, match, after } = around(text, needle);
    expect([before, match, after]).toEqual(expected);
  });

  it('should cut long context with an ellipsis when it exceeds maxChars', () => {
    const text = `${'word '.repeat(50)}Anthropic ${'more '.repeat(50)}end.`;
    const { before, after } = around(text, 'Anthropic', 20);
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(21);
  });

  it('should join the parts when asked for one string', () => {
    const doc = plainTextDocument('One. The leak of Claude Code. Two.');
    const start = doc.text.indexOf('leak');
    expect(sentenceText(doc, start, start + 4)).toBe('The leak of Claude Code.');
  });
});

describe('blockAt', () => {
  const blocks = [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
    { start: 11, end: 12 },
  ];
  it.each([
    [0, blocks[0]],
    [2, blocks[0]],
    [3, undefined],
    [7, blocks[1]],
    [11, blocks[2]],
    [12, undefined],
  ])('should find the block holding offset %i', (offset, expected) => {
    expect(blockAt(blocks, offset)).toEqual(expected);
  });
});
