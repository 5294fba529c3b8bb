import { describe, expect, it } from 'vitest';
import { sentenceIds } from '../../../lib/engine/sentences';
import { foldRanges } from '../../../lib/text/normalize';

/** The sentence number of the first occurrence of each word. */
function sentenceOf(text: string, words: string[]): number[] {
  const folded = foldRanges(text, [{ start: 0, end: text.length }]);
  const ids = sentenceIds(folded.lower, folded.casedCodes);
  return words.map((word) => ids[folded.lower.indexOf(word.toLowerCase())]!);
}

describe('sentenceIds', () => {
  it.each([
    ['Anthropic restricts China. Alibaba banned it.', ['anthropic', 'alibaba'], [0, 1]],
    ['Anthropic flagged users in China; Alibaba banned the tool.', ['china', 'alibaba'], [0, 1]],
    ['Anthropic限制中国用户。阿里巴巴禁止使用。', ['中国', '阿里巴巴'], [0, 1]],
    ['月之暗面回应指控？Kimi团队：不予置评', ['月之暗面', 'kimi'], [0, 1]],
    ['The U.S. export controls target China.', ['u.s.', 'china'], [0, 0]],
    ['Mr. Amodei spoke in Davos.', ['mr', 'davos'], [0, 0]],
    ['Version 2.1.88 of claude.ai shipped a map.', ['version', 'map'], [0, 0]],
    ['It ended, etc. and then it went on.', ['ended', 'went'], [0, 0]],
  ])('should number %j so that %j fall in sentences %j', (text, words, expected) => {
    expect(sentenceOf(text, words)).toEqual(expected);
  });

  it('should start a new sentence after a block separator when ranges are joined', () => {
    const text = 'Anthropic\nChina';
    const folded = foldRanges(text, [
      { start: 0, end: 9 },
      { start: 10, end: 15 },
    ]);
    const ids = sentenceIds(folded.lower, folded.casedCodes);
    expect(ids[folded.lower.indexOf('china')]).toBe(ids[0]! + 1);
  });
});
