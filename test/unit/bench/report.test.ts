import { describe, expect, it } from 'vitest';
import type { Method } from '../../bench/page-probe';
import { goalChecks, renderReport, type BenchResults, type Sample } from '../../bench/report';

/** By default nav→done is the work plus a 10 ms wait before it starts. */
const sample = (work: number, longestTask = 0, navToDone = work + 10): Sample => ({
  work,
  navToDone,
  longestTask,
  count: 10,
  heap: 2 ** 20,
});

type Overrides = Partial<Record<Method, Sample[]>>;

/** Figures given for 1000 paragraphs; the 20000-paragraph page takes 20× as long on every method. */
function results(extension: Sample[] | undefined, appendMs: [number, number] = [20, 25], overrides: Overrides = {}) {
  const base: Overrides = {
    walk: [sample(10)],
    regex: [sample(20)],
    'mark-terms': [sample(400)],
    mark: [sample(200)],
    ...(extension ? { extension } : {}),
    ...overrides,
  };
  const samples: Record<string, Sample[]> = {};
  for (const size of [1000, 20000]) {
    const k = size / 1000;
    for (const [method, list] of Object.entries(base)) {
      samples[`${size}:${method}`] = list.map((s) => ({ ...s, work: s.work * k, navToDone: s.navToDone * k }));
    }
  }
  const r: BenchResults = {
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
  return r;
}

describe('renderReport', () => {
  it('should show the extension as not ready and say why when it was not measured', () => {
    const text = renderReport(results(undefined));
    expect(text).toMatch(/Leak Lens \(bench build\)\s+\|\s+not ready/);
    expect(text).toContain('extension not ready: the bench build does not dispatch');
    expect(text).not.toContain('Goals (issue 4)');
  });

  it('should put the own-work and end-to-end ratio columns side by side when printing the header', () => {
    expect(renderReport(results([sample(24)]))).toMatch(
      /\| work ms \| nav→done ms \| work vs walk\+regex \| end to end vs walk\+regex \|/,
    );
  });

  // Rows: work ms | nav→done ms | work vs walk+regex | end to end vs walk+regex.
  it.each([
    ['walk + regex + highlights', /walk \+ regex \+ highlights\s+\|\s+20\.0 \|\s+30\.0 \|\s+1\.00× \|\s+1\.00× \|/],
    ['mark.js mark(terms)', /mark\.js mark\(terms\)\s+\|\s+400\.0 \|\s+410\.0 \|\s+20\.00× \|\s+13\.67× \|/],
    ['mark.js markRegExp', /mark\.js markRegExp\(one regex\)\s+\|\s+200\.0 \|\s+210\.0 \|\s+10\.00× \|\s+7\.00× \|/],
    ['the extension', /Leak Lens \(bench build\)\s+\|\s+24\.0 \|\s+34\.0 \|\s+1\.20× \|\s+1\.13× \|/],
  ])('should give %s its ratios to walk + regex on work and end to end when every method was measured', (_row, re) => {
    expect(renderReport(results([sample(24)]))).toMatch(re);
  });

  it('should take the end-to-end ratio from nav→done, not from work, when the two disagree', () => {
    const text = renderReport(results([sample(24, 0, 90)]));
    expect(text).toMatch(/Leak Lens \(bench build\)\s+\|\s+24\.0 \|\s+90\.0 \|\s+1\.20× \|\s+3\.00× \|/);
  });

  it.each(['mark.js mark(terms):', 'mark.js markRegExp(one regex):', 'end to end vs walk+regex:'])(
    'should define %s in the notes when printing the report',
    (term) => {
      expect(renderReport(results([sample(24)]))).toContain(term);
    },
  );
});

describe('goalChecks', () => {
  it('should pass every goal on both measures when the extension is fast, chunked and incremental', () => {
    const lines = goalChecks(results([sample(24, 40)]));
    expect(lines.join('\n')).not.toMatch(/[✗?]/);
    // Per size: within 1.5×, two mark.js uses, long task; then the append line.
    expect(lines).toHaveLength(9);
  });

  it.each([
    ['too slow against walk + regex', [sample(40)], {}, 'within 1.5× of walk+regex', 'own work ✗ 2.00×'],
    [
      'slow end to end only',
      [sample(24, 0, 60)],
      {},
      'within 1.5× of walk+regex',
      'own work ✓ 1.20×    end to end ✗ 2.00×',
    ],
    ['mark(terms) close behind', [sample(24)], { 'mark-terms': [sample(100)] }, 'mark(terms)', 'own work ✗ 4.17×'],
    ['markRegExp close end to end', [sample(24)], { mark: [sample(200, 0, 100)] }, 'markRegExp', 'end to end ✗ 2.94×'],
    ['a long task', [sample(24, 120)], {}, 'no task over 50 ms', '✗ 120'],
  ] as const)('should fail a goal when there is %s', (_what, ext, overrides, goal, expected) => {
    const failing = goalChecks(results([...ext], [20, 25], overrides as Overrides)).filter((l) => l.includes('✗'));
    expect(failing.some((line) => line.includes(goal) && line.includes(expected))).toBe(true);
  });

  it('should judge the long-task goal on our traced tasks, not on Chromium\'s paint, when there are traced loads', () => {
    const r = results([sample(24, 90)]);
    const traced = (ours: number[]) => ours.map((longestOurs) => ({ longestOurs, longestRendering: 88, ourTasks: 40 }));
    r.traced = { 1000: traced([30, 41, 35]), 20000: traced([48, 70, 52]) };
    const lines = goalChecks(r).filter((l) => l.includes('no task over 50 ms'));
    expect(lines[0]).toContain('✓ ours 35 ms (traced, median of 3); any task 90, Chromium\'s rendering 88 ms');
    expect(lines[1]).toContain('✗ ours 52 ms');
  });

  it('should fail the append goal when appending costs grow with the page', () => {
    const failing = goalChecks(results([sample(24)], [20, 400])).filter((l) => l.includes('✗'));
    expect(failing.join('\n')).toContain('costs about the same');
  });

  it('should mark a goal unknown rather than passed or failed when its baseline is missing', () => {
    const lines = goalChecks(results([sample(24)], [20, 25], { 'mark-terms': [] }));
    const markTerms = lines.filter((l) => l.includes('mark(terms)'));
    expect(markTerms).toHaveLength(2);
    for (const line of markTerms) expect(line).toMatch(/own work \? –\s+end to end \? –$/);
  });
});
