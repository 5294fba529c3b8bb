import { describe, expect, it } from 'vitest';
import { matchMentions, spansOverlap, type SpanLike } from '../../../lib/eval/match';

const leak = (start: number, end: number): SpanLike => ({ category: 'leak', entity: null, start, end });
const anthropic = (start: number, end: number): SpanLike => ({ category: 'company', entity: 'anthropic', start, end });
const deepseek = (start: number, end: number): SpanLike => ({ category: 'company', entity: 'deepseek', start, end });

describe('spansOverlap', () => {
  it.each([
    { a: leak(0, 4), b: leak(0, 4), expected: true, why: 'identical' },
    { a: leak(0, 4), b: leak(3, 9), expected: true, why: 'sharing one character' },
    { a: leak(0, 4), b: leak(4, 9), expected: false, why: 'touching at an end (end is exclusive)' },
    { a: leak(2, 3), b: leak(0, 10), expected: true, why: 'one inside the other' },
    { a: leak(5, 9), b: leak(0, 2), expected: false, why: 'disjoint' },
  ])('should return $expected when spans are $why', ({ a, b, expected }) => {
    expect(spansOverlap(a, b)).toBe(expected);
    expect(spansOverlap(b, a)).toBe(expected);
  });
});

describe('matchMentions', () => {
  it.each([
    { name: 'an exact match', gold: [anthropic(0, 9)], predicted: [anthropic(0, 9)], pairs: [[0, 0]] },
    { name: 'a partial overlap', gold: [anthropic(0, 11)], predicted: [anthropic(0, 6)], pairs: [[0, 0]] },
    { name: 'a different category', gold: [leak(0, 4)], predicted: [anthropic(0, 4)], pairs: [] },
    { name: 'a different entity', gold: [anthropic(0, 8)], predicted: [deepseek(0, 8)], pairs: [] },
    { name: 'no overlap', gold: [leak(0, 4)], predicted: [leak(10, 14)], pairs: [] },
    { name: 'one prediction spanning two gold mentions', gold: [leak(0, 4), leak(5, 9)], predicted: [leak(0, 9)], pairs: [[0, 0]] },
    { name: 'two predictions inside one gold mention', gold: [leak(0, 16)], predicted: [leak(0, 6), leak(12, 16)], pairs: [[0, 0]] },
    { name: 'predictions in reverse order', gold: [leak(0, 4), leak(10, 14)], predicted: [leak(10, 14), leak(0, 4)], pairs: [[0, 1], [1, 0]] },
    { name: 'empty inputs', gold: [], predicted: [], pairs: [] },
  ])('should pair one-to-one when given $name', ({ gold, predicted, pairs }) => {
    expect(matchMentions(gold, predicted)).toEqual(pairs);
  });

  it('should find the larger matching when a greedy first choice would block a second pair', () => {
    // Gold A overlaps both predictions, gold B only the first: the maximum matching pairs A with the second.
    const gold = [leak(0, 10), leak(0, 3)];
    const predicted = [leak(0, 3), leak(5, 10)];
    expect(matchMentions(gold, predicted)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('should prefer the tighter pair when two predictions overlap one gold mention', () => {
    expect(matchMentions([anthropic(10, 21)], [anthropic(0, 12), anthropic(10, 21)])).toEqual([[0, 1]]);
  });
});
