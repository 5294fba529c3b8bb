import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine';
import { casedSlice, foldPhrase, foldRanges } from '../../../lib/text/normalize';
import type { DocumentText } from '../../../lib/types';
import { labels } from './helpers';

const oneBlock = (text: string): DocumentText => ({ text, blocks: [{ start: 0, end: text.length }] });

describe('foldRanges', () => {
  it.each([
    ['Ａｎｔｈｒｏｐｉｃ', 'anthropic'],
    ['Anthro\u00adpic', 'anthropic'],
    ['Clau\u200bde', 'claude'],
    ['Claude\n  Code', 'claude code'],
    ['Moonshot\u00a0AI', 'moonshot ai'],
    ['Anthropic’s', "anthropic's"],
    ['蒸餾 外洩 帳號', '蒸馏外泄账号'],
    ['Claude 蒸餾 DeepSeek', 'claude 蒸馏 deepseek'],
    ['達里奧・阿莫迪', '达里奥·阿莫迪'],
    // Traditional forms of the lexicon's own characters, Taiwan and Hong Kong alike.
    ['克勞德', '克劳德'],
    ['紅線 規則 禁用 中資', '红线规则禁用中资'],
    ['後門 長文 總部 監管', '后门长文总部监管'],
    ['衞生 衛生', '卫生卫生'],
    // Small capitals, radicals copied out of a PDF, compatibility ideographs.
    ['ᴀɴᴛʜʀᴏᴘɪᴄ ʙᴀɴs', 'anthropic bans'],
    ['月之暗⾯', '月之暗面'],
    ['\uf90a', '金'],
  ])('should fold %j to %j when matching', (input, expected) => {
    expect(foldPhrase(input)).toBe(expected);
  });

  it('should map every folded character back to its original offsets when spaces collapse', () => {
    const text = 'a \n\t b\u00adc';
    const folded = foldRanges(text, [{ start: 0, end: text.length }]);
    expect(folded.lower).toBe('a bc');
    expect([...folded.origStart]).toEqual([0, 1, 5, 7]);
    expect([...folded.origEnd]).toEqual([1, 5, 6, 8]);
  });

  it('should fold a bold or italic letter of two units to one plain letter that maps back to both', () => {
    const text = 'x 𝐃𝐒 𝛼';
    const folded = foldRanges(text, [{ start: 0, end: text.length }]);
    expect(folded.lower).toBe('x ds 𝛼');
    expect(casedSlice(folded, 0, folded.casedCodes.length)).toBe('x DS 𝛼');
    expect([...folded.origStart].slice(0, 5)).toEqual([0, 1, 2, 4, 6]);
    expect([...folded.origEnd].slice(0, 5)).toEqual([1, 2, 4, 6, 7]);
  });
});

describe('detect (reading like a careful reader)', () => {
  it.each([
    ['Ａｎｔｈｒｏｐｉｃ said so.', 'anthropic:Ａｎｔｈｒｏｐｉｃ'],
    ['ANTHROPIC SAID SO.', 'anthropic:ANTHROPIC'],
    ['Anthro\u00adpic said so.', 'anthropic:Anthro\u00adpic'],
    ['Deep\u200bSeek released R1.', 'deepseek:Deep\u200bSeek'],
    ['Anthropic’s tool', 'anthropic:Anthropic'],
    ["Anthropic's tool", 'anthropic:Anthropic'],
    ['We used Claude\nCode today.', 'anthropic:Claude\nCode'],
    ['Moonshot\u00a0AI raised money.', 'moonshot-ai:Moonshot\u00a0AI'],
    ['Moonshot   AI raised money.', 'moonshot-ai:Moonshot   AI'],
    ['用Claude Code训练', 'anthropic:Claude Code'],
    ['“DeepSeek”发布', 'deepseek:DeepSeek'],
  ])('should find %j as %s', (text, expected) => {
    expect(labels(detect(oneBlock(text)))).toContain(expected);
  });

  it.each([
    ['DeepSeeker is a job site.', 'DeepSeek'],
    ['Anthropics is not a word.', 'Anthropic'],
    ['Claudette sang.', 'Claude'],
    ['ÄDeepSeek', 'DeepSeek'],
  ])('should not match inside a longer word in %j (%s)', (text, word) => {
    expect(labels(detect(oneBlock(text))).some((l) => l.endsWith(`:${word}`))).toBe(false);
  });

  it('should match a name split across inline elements of one block', () => {
    // <p><b>Claude</b> <i>Code</i></p> extracts as one block.
    const text = 'Claude Code';
    expect(labels(detect(oneBlock(text)))).toEqual(['anthropic:Claude Code']);
  });

  it('should never match across two blocks when a name is split between them', () => {
    const text = 'Moonshot\nAI';
    const doc: DocumentText = { text, blocks: [{ start: 0, end: 8 }, { start: 9, end: 11 }] };
    expect(labels(detect(doc))).not.toContain('moonshot-ai:Moonshot\nAI');
  });

  it('should ignore text outside every block', () => {
    const text = 'DeepSeek | DeepSeek';
    const doc: DocumentText = { text, blocks: [{ start: 11, end: 19 }] };
    expect(detect(doc).map((m) => m.start)).toEqual([11]);
  });

  it('should prefer the longest span when terms overlap', () => {
    expect(labels(detect(oneBlock('The DeepSeek-R1 model and the Claude Code source code leak.')))).toEqual([
      'deepseek:DeepSeek-R1',
      'anthropic:Claude Code',
      'leak:source code leak',
    ]);
  });
});
