import { describe, expect, it } from 'vitest';
import { STORY_TERMS, storyRegexSource } from '../../bench/terms';

describe('storyRegexSource', () => {
  const re = () => new RegExp(storyRegexSource(), 'giu');

  it.each([
    ['Claude Code shipped a map', 'Claude Code'],
    ['Moonshot AI and friends', 'Moonshot AI'],
    ['the distillation attacks began', 'distillation attacks'],
    ['Anthropic 指控深度求索', 'Anthropic'],
  ])('should match the longest term first when reading %j', (text, expected) => {
    expect(text.match(re())?.[0]).toBe(expected);
  });

  it('should escape regular-expression characters when a term contains them', () => {
    expect(new RegExp(storyRegexSource(['a.b']), 'g').test('axb')).toBe(false);
  });

  it('should match every listed term when given the term itself', () => {
    for (const term of STORY_TERMS) expect(term.match(re())?.[0]?.length).toBe(term.length);
  });
});
