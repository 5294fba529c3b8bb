import { describe, expect, it } from 'vitest';
import { reselect, stepIndex, type Direction } from '../../../lib/content/navigation';

describe('stepIndex', () => {
  it.each<[number, number, Direction, number]>([
    [-1, 5, 'next', 0],
    [-1, 5, 'previous', 4],
    [0, 5, 'next', 1],
    [4, 5, 'next', 0],
    [0, 5, 'previous', 4],
    [3, 5, 'previous', 2],
    [7, 5, 'next', 0],
    [0, 1, 'next', 0],
    [-1, 0, 'next', -1],
    [2, 0, 'previous', -1],
  ])('should go from %i of %i %s to %i', (current, total, direction, expected) => {
    expect(stepIndex(current, total, direction)).toBe(expected);
  });
});

describe('reselect', () => {
  it.each<[string | null, string[], number]>([
    ['b', ['a', 'b', 'c'], 1],
    ['x', ['a', 'b'], -1],
    [null, ['a'], -1],
  ])('should find %s in %j at %i', (previous, list, expected) => {
    expect(reselect(previous, list)).toBe(expected);
  });
});
