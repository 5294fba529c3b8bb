import { describe, expect, it } from 'vitest';
import { fmt, longestTaskIn, median, ratio, renderTable } from '../../bench/table';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[Number.NaN, 1, 3], 2],
  ])('should return the middle of %j when computing %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('should return NaN when there are no finite values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('longestTaskIn', () => {
  const tasks: Array<[number, number]> = [
    [0, 300], // page parse, ends before the window
    [500, 60],
    [700, 80],
    [2000, 400], // after the window
  ];

  it('should pick the longest task overlapping the window when others fall outside', () => {
    expect(longestTaskIn(tasks, 400, 900)).toBe(80);
  });

  it('should count a task that started before the window and runs into it', () => {
    expect(longestTaskIn(tasks, 250, 450)).toBe(300);
  });

  it('should return 0 when no task overlaps', () => {
    expect(longestTaskIn(tasks, 1000, 1500)).toBe(0);
  });
});

describe('ratio and fmt', () => {
  it.each([
    [150, 100, '1.50×'],
    [1, 0, '–'],
    [Number.NaN, 10, '–'],
  ])('should render %d against %d as %s', (value, reference, expected) => {
    expect(ratio(value, reference)).toBe(expected);
  });

  it('should render a dash when the value is not finite', () => {
    expect(fmt(Number.NaN)).toBe('–');
    expect(fmt(1.234)).toBe('1.2');
  });
});

describe('renderTable', () => {
  it('should align columns and draw a Markdown rule when given rows', () => {
    const text = renderTable(['size', 'method', 'ms'], [['1000', 'walk', '3.5'], ['20000', 'mark.js', '1500.0']], 2);
    expect(text.split('\n')).toEqual([
      '| size  | method  |     ms |',
      '| ----- | ------- | -----: |',
      '| 1000  | walk    |    3.5 |',
      '| 20000 | mark.js | 1500.0 |',
    ]);
  });
});
