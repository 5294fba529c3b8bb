import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../lib/figures/numbers';
import { parseZhDigits, parseZhNumeral } from '../../../lib/figures/zh-numerals';

const DIGIT_CHARS = '零一二三四五六七八九';

/** Writes n the way Chinese text does (一万零五百, 三亿五千万), to check the parser against. */
function writeZh(n: number): string {
  const section = (s: number, padded: boolean): string => {
    let out = '';
    let zero = padded;
    for (const [place, unit] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const d = Math.floor(s / place) % 10;
      if (d === 0) {
        zero = zero || out !== '';
        continue;
      }
      if (zero && out !== '') out += '零';
      else if (zero && padded) out += '零';
      out += (DIGIT_CHARS[d] ?? '') + unit;
      zero = false;
    }
    return out;
  };
  const parts: Array<[number, string]> = [[Math.floor(n / 1e8), '亿'], [Math.floor(n / 1e4) % 1e4, '万'], [n % 1e4, '']];
  let out = '';
  for (const [value, unit] of parts) {
    if (value === 0) continue;
    out += section(value, out !== '' && value < 1000) + unit;
  }
  return out;
}

describe('parseZhNumeral', () => {
  it.each<[string, number, number]>([
    ['两万四千', 24_000, 24_000],
    ['二万四千', 24_000, 24_000],
    ['兩萬四千', 24_000, 24_000],
    ['一千六百万', 16_000_000, 16_000_000],
    ['五十一万二千', 512_000, 512_000],
    ['一万六千', 16_000, 16_000],
    ['一万六', 16_000, 16_000],
    ['两万四', 24_000, 24_000],
    ['一百五', 150, 150],
    ['十六', 16, 16],
    ['十万', 100_000, 100_000],
    ['一千零六', 1006, 1006],
    ['一万零五百', 10_500, 10_500],
    ['三亿五千万', 350_000_000, 350_000_000],
    ['一点六万', 16_000, 16_000],
    ['五十一点二万', 512_000, 512_000],
    ['1万6千', 16_000, 16_000],
    ['1千6百万', 16_000_000, 16_000_000],
    ['16百万', 16_000_000, 16_000_000],
    // Approximate forms: 多/余 add up to one to the last stated digit, 几 is 1–9, neighbouring digits a range.
    ['一千六百多万', 16_000_000, 17_000_000],
    ['1600多万', 16_000_000, 17_000_000],
    ['五十余万', 500_000, 600_000],
    ['三十多万', 300_000, 400_000],
    ['两万多', 20_000, 30_000],
    ['一千多', 1000, 2000],
    ['十几万', 110_000, 190_000],
    ['三四万', 30_000, 40_000],
    ['一两万', 10_000, 20_000],
  ])('should read %j as %d to %d', (numeral, low, high) => {
    expect(parseZhNumeral(numeral)).toMatchObject({ low, high });
  });

  it.each(['一一', '二〇二六', '九九', '十十', '千百', '三多五', '一万万', '多', '一点', '万'])(
    'should not read %j when it is not a numeral',
    (text) => {
      expect(parseZhNumeral(text)).toBeNull();
    },
  );

  it('should read back every whole number when it is written in characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseZhNumeral(writeZh(n))).toEqual({ low: n, high: n, more: false });
      }),
    );
  });

  it.each<[string, number | null]>([
    ['二〇二六', 2026],
    ['二零二六', 2026],
    ['一九九八', 1998],
    ['两千', null],
  ])('should read the year %j digit by digit as %s', (text, year) => {
    expect(parseZhDigits(text)).toBe(year);
  });
});

describe('findNumbers in Chinese characters', () => {
  it.each<[string, number[]]>([
    ['约两万四千个虚假账户', [24_000]],
    ['一千六百万次交互', [16e6]],
    ['一千六百多万次', [16e6]],
    ['五十一万二千行', [512_000]],
    ['五十余万行代码', [500_000]],
    ['2.4万个账户', [24_000]],
    ['1万6千个账户', [16_000]],
    ['１６００万次', [16e6]],
    ['其余两万个账户', [20_000]],
    ['百分之五十', [50]],
  ])('should read %j as %j', (text, values) => {
    expect(findNumbers(text).map((n) => n.value)).toEqual(values);
  });

  it.each([
    ['一些账户', 'some'],
    ['一个月后', 'a lone 一'],
    ['万一泄露', 'in case'],
    ['千万不要请求', 'by all means'],
    ['一一核对', 'one by one'],
    ['十分严重', 'very'],
    ['数十万行代码', 'several hundred thousand'],
    ['几十万次请求', 'tens of thousands, vague'],
    ['第一千万次请求', 'an ordinal'],
    ['成千上万个账户', 'thousands upon thousands'],
    ['十万火急的请求', 'most urgent'],
    ['三三两两的请求', 'in twos and threes'],
    ['一五一十地说', 'in full detail'],
    ['统一账户', 'unify'],
  ])('should find no number in %j when it means %s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it.each<[string, 'at-least' | 'at-most' | null, number | undefined]>([
    ['超过一千六百万', 'at-least', undefined],
    ['一千六百多万', 'at-least', 17e6],
    ['两万多个', 'at-least', 30_000],
    ['两万个以上', 'at-least', undefined],
    ['不到两万', 'at-most', undefined],
    ['十几万', null, 190_000],
    ['约两万四千', null, undefined],
  ])('should read the bound of %j as %s up to %s', (text, bound, upper) => {
    const [first] = findNumbers(text);
    expect([first?.bound, first?.upper]).toEqual([bound, upper]);
  });

  it('should mark a share when it is a percentage', () => {
    expect(findNumbers('百分之五十的请求和50%的账户').map((n) => [n.text, n.percent])).toEqual([
      ['百分之五十', true],
      ['50', true],
    ]);
  });
});
