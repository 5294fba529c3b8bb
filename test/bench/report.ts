import type { Method } from './page-probe';
import { fmt, median, ratio, renderTable } from './table';
import type { TaskSummary } from './trace-tasks';

/** One measured run of one method on one page. Times in ms. */
export interface Sample {
  work: number;
  navToDone: number;
  longestTask: number;
  count: number;
  /** Bytes above the same page with nothing run; NaN when not measured in this run. */
  heap: number;
  reportedMs?: number;
}

export interface AppendResult {
  /** The extension: append to the painted frame after its highlights last changed. */
  extension: number[];
  /** Highlight totals before → after, from the last run. */
  found: string;
  /** The page alone: parse, layout and paint of the 100 paragraphs, no scan. */
  pageAlone: number;
  /** walk + regex + highlights of just the new subtree. */
  regex: number[];
}

export interface BenchResults {
  sizes: number[];
  runs: Record<number, number>;
  /** Keyed `${size}:${method}`. */
  samples: Record<string, Sample[]>;
  append: Record<number, AppendResult>;
  /** Traced loads of the extension per page size: whose the long tasks were. */
  traced?: Record<number, TaskSummary[]>;
  appended: number;
  notReady?: string;
  seconds: number;
}

const NAMES: Record<Method, string> = {
  none: 'none',
  walk: 'text walk',
  regex: 'walk + regex + highlights',
  'mark-terms': 'mark.js mark(terms)',
  mark: 'mark.js markRegExp(one regex)',
  extension: 'Leak Lens (bench build)',
};
const METHODS: Method[] = ['walk', 'regex', 'mark-terms', 'mark', 'extension'];
const GOAL_NAMES = { 'mark-terms': 'mark.js mark(terms)', mark: 'mark.js markRegExp' } as const;

/** The longtask API only reports tasks over 50 ms. */
const longTask = (ms: number) => (ms > 0 ? fmt(ms, 0) : '<50');

const medianOf = (r: BenchResults, size: number, method: Method, pick: (s: Sample) => number) =>
  median((r.samples[`${size}:${method}`] ?? []).map(pick));

/** The two readings of "time" the report compares on: each method's own work, and navigation start to done. */
const MEASURES = [
  { label: 'own work', pick: (s: Sample) => s.work },
  { label: 'end to end', pick: (s: Sample) => s.navToDone },
] as const;

function mainTable(r: BenchResults): string {
  const rows: string[][] = [];
  for (const size of r.sizes) {
    const ref = medianOf(r, size, 'regex', (s) => s.work);
    const refEnd = medianOf(r, size, 'regex', (s) => s.navToDone);
    for (const method of METHODS) {
      if ((r.samples[`${size}:${method}`] ?? []).length === 0) {
        rows.push([`${size}`, NAMES[method], 'not ready', '', '', '', '', '', '']);
        continue;
      }
      const work = medianOf(r, size, method, (s) => s.work);
      const end = medianOf(r, size, method, (s) => s.navToDone);
      rows.push([
        `${size}`,
        NAMES[method],
        fmt(work),
        fmt(end),
        ratio(work, ref),
        ratio(end, refEnd),
        longTask(medianOf(r, size, method, (s) => s.longestTask)),
        fmt(medianOf(r, size, method, (s) => s.heap) / 2 ** 20, 2),
        `${medianOf(r, size, method, (s) => s.count)}`,
      ]);
    }
  }
  const header = [
    'paragraphs',
    'method',
    'work ms',
    'nav→done ms',
    'work vs walk+regex',
    'end to end vs walk+regex',
    'longest task ms',
    'heap Δ MB',
    'found',
  ];
  return renderTable(header, rows, 2);
}

function appendTable(r: BenchResults): string {
  const n = r.appended;
  const rows = r.sizes.map((size) => {
    const a = r.append[size];
    return [
      `${size}`,
      fmt(median(a?.extension ?? [])),
      a?.found || '–',
      fmt(a?.pageAlone ?? Number.NaN),
      fmt(median(a?.regex ?? [])),
      fmt(medianOf(r, size, 'regex', (s) => s.work) * (n / size)),
    ];
  });
  const header = [
    'paragraphs',
    `Leak Lens +${n} ¶ ms`,
    'highlights before → after',
    `page alone +${n} ¶ ms`,
    `walk+regex +${n} ¶ ms`,
    `walk+regex full × ${n}/N ms`,
  ];
  return renderTable(header, rows);
}

/** ✓ or ✗, or '?' when a figure is missing (a method not measured at that size). */
const verdict = (ok: boolean | undefined) => (ok === undefined ? '?' : ok ? '✓' : '✗');

/** `value / reference` and its verdict; '?' when either figure is missing. */
function judge(value: number, reference: number, ok: (x: number) => boolean): string {
  if (!(Number.isFinite(value) && Number.isFinite(reference) && reference > 0)) return `${verdict(undefined)} –`;
  return `${verdict(ok(value / reference))} ${ratio(value, reference)}`;
}

/**
 * The "no task of the content script longer than 50 ms": judged on the traced loads when there
 * are any (they tell our tasks from Chromium's rendering), else on the longtask API's figure.
 */
function longTaskGoal(r: BenchResults, size: number): string {
  const any = medianOf(r, size, 'extension', (s) => s.longestTask);
  const traced = r.traced?.[size] ?? [];
  if (traced.length === 0) return `${verdict(any <= 50)} ${longTask(any)}`;
  const ours = median(traced.map((t) => t.longestOurs));
  const rendering = median(traced.map((t) => t.longestRendering));
  return (
    `${verdict(ours <= 50)} ours ${fmt(ours, 0)} ms (traced, median of ${traced.length}); ` +
    `any task ${longTask(any)}, Chromium's rendering ${fmt(rendering, 0)} ms`
  );
}

/** One goal's name, and its verdict and ratio at one page size on one measure. */
type Goal = [name: string, check: (size: number, pick: (s: Sample) => number) => string];

/** The goals, checked against the medians; empty when the extension was not measured. */
export function goalChecks(r: BenchResults): string[] {
  const measured = r.sizes.filter((size) => (r.samples[`${size}:extension`] ?? []).length > 0);
  if (measured.length === 0) return [];
  const lines: string[] = [];
  const goals: Goal[] = [
    [
      'within 1.5× of walk+regex',
      (size, pick) => judge(medianOf(r, size, 'extension', pick), medianOf(r, size, 'regex', pick), (x) => x <= 1.5),
    ],
    ...(['mark-terms', 'mark'] as const).map(
      (method): Goal => [
        `≥5× faster than ${GOAL_NAMES[method]}`,
        (size, pick) => judge(medianOf(r, size, method, pick), medianOf(r, size, 'extension', pick), (x) => x >= 5),
      ],
    ),
  ];
  const width = Math.max(...goals.map(([name]) => name.length));
  for (const size of measured) {
    const head = `${size} ¶`.padEnd(8);
    for (const [name, check] of goals) {
      const [work, end] = MEASURES.map((m) => `${m.label} ${check(size, m.pick)}`);
      lines.push(`${head}${name.padEnd(width)}  ${(work ?? '').padEnd(20)}${end ?? ''}`);
    }
    lines.push(`${head}${'no task over 50 ms'.padEnd(width)}  ${longTaskGoal(r, size)}`);
  }
  const first = measured[0] as number;
  const last = measured[measured.length - 1] as number;
  const small = median(r.append[first]?.extension ?? []);
  const big = median(r.append[last]?.extension ?? []);
  if (first !== last && Number.isFinite(small) && Number.isFinite(big)) {
    lines.push(
      `${verdict(big <= 2 * small)} +${r.appended} ¶ costs about the same on ${last} as on ${first} paragraphs ` +
        `(${fmt(big)} vs ${fmt(small)} ms: proportional to the ${r.appended}, not to the page)`,
    );
  }
  return lines;
}

const NOTES = `work: walk/regex/mark.js from their start (after load and first paint) to the frame after their work;
Leak Lens from the start of its scan (event time − reported ms) to the frame after leak-lens:scanned.
nav→done: navigation start to that frame: the issue's "end to end", including any wait before the work starts
(the baselines wait for load and a first frame; Leak Lens runs at document_idle).
work vs walk+regex: ratio of work medians; end to end vs walk+regex: ratio of nav→done medians.
mark.js mark(terms): mark.js as its docs describe a keyword list (the same terms, whole phrases, case-insensitive,
no diacritics): one page pass per term, longest first, so "Claude" is marked again inside "Claude Code".
mark.js markRegExp(one regex): mark.js given the combined expression walk + regex uses, so one pass.
Longest task: longtask entries overlapping the work window (any task: the page's, Chromium's rendering, ours).
The goal line "no task over 50 ms" reads extra loads under a Chromium trace, whose events name the content
script: ours is the longest task that ran it (its frame's rendering left out unless our script forced it),
Chromium's rendering the longest style, layout and paint of any task from our first task on.
heap Δ: V8 heap after a forced GC minus the same page with nothing run (content scripts share the page's
isolate). found: characters walked, ranges highlighted, marks, or mentions the extension reported.
+N ¶: from appending N paragraphs to the painted frame that shows them (page alone: no scan, only parse,
layout and paint; walk+regex: scanning just the new subtree; Leak Lens: to the frame after its rescan, or
after its highlights last changed). Leak Lens's before → after are mentions (its registered highlights are
only those near the viewport once a page has over 1000, see lib/highlight/layer.ts).
Goals: per page size, on own work and on end to end; the ratio shown is Leak Lens ÷ walk+regex, or
mark.js ÷ Leak Lens (how many times faster); ? when a figure is missing.`;

export function renderReport(r: BenchResults): string {
  const parts = [mainTable(r), '', appendTable(r), '', NOTES];
  const goals = goalChecks(r);
  if (goals.length > 0) parts.push('', 'Goals (issue 4):', ...goals.map((g) => `  ${g}`));
  if (r.notReady) parts.push('', `extension not ready: ${r.notReady}`);
  const runs = r.sizes.map((s) => `${r.runs[s] ?? 0} runs on ${s}`).join(', ');
  parts.push('', `Median of ${runs} paragraphs; ${fmt(r.seconds, 0)} s.`);
  return parts.join('\n');
}
