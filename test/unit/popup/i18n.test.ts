import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../../lib/i18n/format-date';
import { en } from '../../../lib/i18n/messages-en';
import { zh } from '../../../lib/i18n/messages-zh';
import { fill, translator } from '../../../lib/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('should have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as Array<keyof typeof en>)('should use the same placeholders in both languages for %s', (key) => {
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
    expect(zh[key].trim()).not.toBe('');
  });

  it('should fill placeholders and leave unknown ones visible', () => {
    expect(fill('{index} of {total}', { index: 3, total: 9 })).toBe('3 of 9');
    expect(fill('{index} of {total}', { index: 3 })).toBe('3 of {total}');
    expect(translator('zh')('popup.position', { index: 1, total: 2 })).toBe('第 1 处，共 2 处');
  });
});

describe('formatEventDate', () => {
  it.each<[string, 'en' | 'zh', string]>([
    ['2026-03-31', 'en', '31 Mar 2026'],
    ['2026-03-31', 'zh', '2026年3月31日'],
    ['2025-09', 'en', 'Sep 2025'],
    ['2025-09', 'zh', '2025年9月'],
    ['soon', 'en', 'soon'],
  ])('should format %s in %s as %s', (date, lang, expected) => {
    expect(formatEventDate(date, lang)).toBe(expected);
  });
});
