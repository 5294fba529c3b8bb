import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/figures/dates';
import { findNumbers } from '../../../lib/figures/numbers';
import { figuresFileSchema } from '../../../lib/figures/schema';
import raw from '../../../assets/data/figures.json';
import { dataset } from '../../../lib/dataset/index';

describe('findNumbers', () => {
  it.each<[string, number[]]>([
    ['over 512,000 lines', [512000]],
    ['16 million times', [16e6]],
    ['16M exchanges', [16e6]],
    ['3.4m prompts', [3.4e6]],
    ['512k lines', [512000]],
    ['half a million lines', [500000]],
    ['超过1600万次', [16e6]],
    ['2.4万个账户', [24000]],
    ['51.2万行代码', [512000]],
    ['1,600万', [16e6]],
    ['1600多万次', [16e6]],
    ['1.6亿', [1.6e8]],
    ['version 2.1.88', []],
    ['a 3D model, the 2nd try, H200 chips', []],
  ])('should read %j as %j', (text, values) => {
    expect(findNumbers(text).map((n) => n.value)).toEqual(values);
  });

  it.each<[string, 'at-least' | 'at-most' | null]>([
    ['more than 16 million', 'at-least'],
    ['16M+ exchanges', 'at-least'],
    ['超过1600万', 'at-least'],
    ['1600多万', 'at-least'],
    ['fewer than 20,000', 'at-most'],
    ['不到2万', 'at-most'],
    ['about 24,000', null],
  ])('should read the bound of %j as %s', (text, bound) => {
    expect(findNumbers(text)[0]?.bound).toBe(bound);
  });
});

describe('findDates', () => {
  it.each<[string, [number | null, number, number | null] | null]>([
    ['on 2026-03-31 it leaked', [2026, 3, 31]],
    ['On March 31, 2026, the leak', [2026, 3, 31]],
    ['Mar. 30 leak', [null, 3, 30]],
    ['31 March 2026', [2026, 3, 31]],
    ['the 2nd of April', [null, 4, 2]],
    ['In February, Anthropic', [null, 2, null]],
    ['February 2026', [2026, 2, null]],
    ['2026年3月31日泄露', [2026, 3, 31]],
    ['3月30日', [null, 3, 30]],
    ['今年2月', [null, 2, null]],
    ['2月份', [null, 2, null]],
    ['二〇二六年三月三十一日泄露', [2026, 3, 31]],
    ['二零二六年二月二十三日', [2026, 2, 23]],
    ['2026年三月三十一日', [2026, 3, 31]],
    ['十二月二十五日', [null, 12, 25]],
    ['二〇二六年二月', [2026, 2, null]],
    ['今年二月', [null, 2, null]],
    ['三月份', [null, 3, null]],
    ['一个月后', null],
    ['两个月', null],
    ['十三月五日', null],
    ['You may see it', null],
    ['a march on the capital', null],
  ])('should read %j as %j', (text, expected) => {
    const [first] = findDates(text);
    expect(first ? [first.year, first.month, first.day] : null).toEqual(expected);
  });
});

describe('figures.json', () => {
  it('should match its schema when bundled', () => {
    expect(figuresFileSchema.safeParse(raw).success).toBe(true);
  });

  it('should name the figure and field when an entry is broken', () => {
    const broken = structuredClone(raw) as { figures: Array<Record<string, unknown>> };
    broken.figures[0] = { ...broken.figures[0], sources: [{ url: 'http://example.com', publisher: 'x' }] };
    const result = figuresFileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['figures', 0, 'sources', 0, 'url']);
  });

  it('should name only facts of the dataset as the ones a figure corrects', () => {
    const corrected = figuresFileSchema.parse(raw).figures.flatMap((f) => (f.corrects ? [f.corrects] : []));
    expect(corrected.length).toBeGreaterThan(0);
    const factIds = new Set(dataset.facts.map((f) => f.id));
    for (const id of corrected) expect(factIds.has(id), id).toBe(true);
  });

  it.each(figuresFileSchema.parse(raw).figures.filter((f) => f.kind === 'claim').map((f) => [f.id, f] as const))(
    'should compile every pattern of %s when loaded',
    (_id, figure) => {
      if (figure.kind !== 'claim') throw new Error('not a claim');
      for (const source of [...figure.patterns.en, ...figure.patterns.zh]) {
        expect(() => new RegExp(source, 'giu')).not.toThrow();
      }
    },
  );
});
