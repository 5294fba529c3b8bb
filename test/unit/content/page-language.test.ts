// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { guessLanguage, pageLanguageTag } from '../../../lib/content/page-language';

describe('guessLanguage', () => {
  it.each([
    ['Anthropic accused three labs of distillation.', 'en'],
    ['Anthropic 指控三家中国实验室进行蒸馏。', 'zh'],
    ['', 'en'],
    ['12345 !!!', 'en'],
  ])('should read %j as %s', (text, expected) => {
    expect(guessLanguage(text)).toBe(expected);
  });
});

describe('pageLanguageTag', () => {
  it('should prefer the declared language over the text', () => {
    document.documentElement.setAttribute('lang', 'zh-Hans');
    expect(pageLanguageTag(document, 'plain English text')).toBe('zh-Hans');
  });

  it('should guess from the sample when no language is declared', () => {
    document.documentElement.removeAttribute('lang');
    expect(pageLanguageTag(document, '深度求索和月之暗面')).toBe('zh');
  });
});
