import { describe, expect, it } from 'vitest';
import { pickAtPoint, rectsContain } from '../../../lib/content/hit-test';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('rectsContain', () => {
  it.each([
    ['inside the first line', { x: 15, y: 15 }, true],
    ['inside the second line of a wrapped mention', { x: 5, y: 35 }, true],
    ['just under the line, where the underline is', { x: 15, y: 21 }, true],
    ['in the gap between the lines', { x: 50, y: 25 }, false],
    ['past the end of the line', { x: 80, y: 15 }, false],
  ])('should answer for a point %s', (_where, point, expected) => {
    expect(rectsContain([rect(10, 10, 60, 20), rect(0, 30, 40, 40)], point)).toBe(expected);
  });
});

describe('pickAtPoint', () => {
  it('should pick the candidate whose boxes hold the point when the caret sits on a boundary', () => {
    const boxes: Record<string, ReturnType<typeof rect>[]> = { left: [rect(0, 0, 50, 20)], right: [rect(55, 0, 100, 20)] };
    expect(pickAtPoint(['left', 'right'], { x: 70, y: 10 }, (name) => boxes[name] ?? [])).toBe('right');
    expect(pickAtPoint(['left', 'right'], { x: 200, y: 10 }, (name) => boxes[name] ?? [])).toBeNull();
  });
});
