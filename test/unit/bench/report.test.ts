import { describe, expect, it } from 'vitest';
import { goalChecks, renderReport, type BenchResults, type Sample } from '../../bench/report';

const sample = (work: number, longestTask = 0): Sample => ({
  work,
  navToDone: work + 100,
  longestTask,
  count: 10,
  heap: 2 ** 20,
});

function results(extension: Sample[] | undefined, appendMs: [number, number] = [20, 25]): BenchResults {
  const samples: Record<string, Sample[]> = {};
  for (const size of [1000, 20000]) {
    const k = size / 1000;
    samples[`${size}:walk`] = [sample(10 * k)];
    samples[`${size}:regex`] = [sample(20 * k)];
    samples[`${size}:mark`] = [sample(200 * k)];
    if (extension) samples[`${size}:extension`] = extension.map((s) => ({ ...s, work: s.work * k }));
  }
  return {
    sizes: [1000, 20000],
    runs: { 1000: 1, 20000: 1 },
    samples,
    append: {
      1000: { extension: [appendMs[0]], found: '5 → 6', pageAlone: 10, regex: [12] },
      20000: { extension: [appendMs[1]], found: '100 → 101', pageAlone: 11, regex: [13] },
    },
    appended: 100,
    seconds: 42,
    ...(extension ? {} : { notReady: 'the bench build does not dispatch leak-lens:scanned yet' }),
  };
}

describe('renderReport', () => {
  it('should show the extension as not ready and say why when it was not measured', () => {
    const text = renderReport(results(undefined));
    expect(text).toMatch(/Leak Lens \(bench build\)\s+\|\s+not ready/);
    expect(text).toContain('extension not ready: the bench build does not dispatch');
    expect(text).not.toContain('Goals');
  });

  it('should give ratios to walk + regex when every method was measured', () => {
    const text = renderReport(results([sample(24)]));
    expect(text).toMatch(/walk \+ regex \+ highlights \|\s+20\.0 \|\s+1\.00×/);
    expect(text).toMatch(/mark\.js\s+\|\s+200\.0 \|\s+10\.00×/);
    expect(text).toMatch(/Leak Lens \(bench build\)\s+\|\s+24\.0 \|\s+1\.20×/);
  });
});

describe('goalChecks', () => {
  it('should pass every goal when the extension is fast, chunked and incremental', () => {
    const lines = goalChecks(results([sample(24, 40)]));
    expect(lines.join('\n')).not.toContain('✗');
    expect(lines).toHaveLength(3);
  });

  it.each([
    ['too slow against walk + regex', [sample(40)], [20, 25], 'within 1.5×'],
    ['a long task', [sample(24, 120)], [20, 25], 'no task over 50 ms (120)'],
    ['an append that grows with the page', [sample(24)], [20, 400], 'costs about the same'],
  ] as const)('should fail a goal when there is %s', (_what, ext, appendMs, expected) => {
    const failing = goalChecks(results([...ext], [...appendMs])).filter((l) => l.includes('✗'));
    expect(failing.join('\n')).toContain(expected);
  });
});
