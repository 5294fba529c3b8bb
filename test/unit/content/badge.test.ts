import { describe, expect, it } from 'vitest';
import { BadgeCounts, badgeText } from '../../../lib/content/badge';

describe('badgeText', () => {
  it.each<[number, string]>([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('should show %d as %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('BadgeCounts', () => {
  it('should sum the frames of a tab when each frame reports', () => {
    const counts = new BadgeCounts();
    counts.set(1, 0, 5);
    expect(counts.set(1, 7, 3)).toBe(8);
    expect(counts.set(1, 0, 2)).toBe(5);
    expect(counts.total(2)).toBe(0);
  });

  it('should forget a tab when it is cleared', () => {
    const counts = new BadgeCounts();
    counts.set(1, 0, 5);
    counts.set(2, 0, 1);
    counts.clear(1);
    expect(counts.total(1)).toBe(0);
    expect(counts.total(2)).toBe(1);
  });
});
