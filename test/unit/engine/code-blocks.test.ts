import { describe, expect, it } from 'vitest';
import { codeBlockRanges, makeInCodeBlock } from '../../../lib/engine/code-blocks';

const FENCE = '```';

describe('codeBlockRanges', () => {
  it.each([
    ['no fence', 'plain text about deepseek', []],
    ['one closed fence', `a\n${FENCE}toml\nx\n${FENCE}\nb`, ['x\n']],
    ['tildes and a fence quoted in a reply', `~~~\nx\n~~~\n> ${FENCE}\n> y\n> ${FENCE}`, ['x\n', '> y\n']],
    ['an unclosed fence marks nothing', `${FENCE}\nx\ny`, []],
    ['inline code is no fence', 'run `deepseek` then ``x``', []],
  ])('should find the inside of fences when %s', (_name, text, expected) => {
    expect(codeBlockRanges(text).map(([from, to]) => text.slice(from + 1, to))).toEqual(expected);
  });

  it('should read only the part asked for and give ranges in the whole text\'s positions when given a part', () => {
    const before = `${FENCE}\nearlier\n${FENCE}\n`;
    const part = `intro\n${FENCE}\nkimi-k2\n${FENCE}\nafter`;
    const text = `${before}${part}\n${FENCE}\nlater`;
    const ranges = codeBlockRanges(text, before.length, before.length + part.length);
    expect(ranges.map(([from, to]) => text.slice(from + 1, to))).toEqual(['kimi-k2\n']);
    // A fence only outside the part: nothing inside it is code.
    expect(codeBlockRanges(text, text.length - 'later'.length, text.length)).toEqual([]);
  });
});

describe('makeInCodeBlock', () => {
  const text = `${FENCE}\nupstream=deepseek model=MiniMax-M2\n# claude wrote this, deepseek-chat checks it\nClaude Code\n${FENCE}\ndeepseek`;
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return makeInCodeBlock(text)(start, start + word.length);
  };
  it.each([
    ['a lower-case name in code', 'deepseek', 0, true],
    ['a value glued to its key', 'MiniMax-M2', 0, true],
    ['a plain lower-case word in a comment', 'claude', 0, false],
    ['a model id in a comment', 'deepseek-chat', 0, true],
    ['a capitalised name', 'Claude Code', 0, false],
    ['a name after the block', 'deepseek', text.lastIndexOf('deepseek'), false],
  ])('should tell whether %s is an identifier', (_name, word, from, expected) => {
    expect(at(word, from)).toBe(expected);
  });
});
