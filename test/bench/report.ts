import type { Method } from './page-probe';
import { fmt, median, ratio, renderTable } from './table';

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
  appended: number;
  notReady?: string;
  seconds: number;
}

const NAMES: Record<Method, string> = {
  none: 'none',
  walk: 'text walk',
  regex: 'walk + regex + highlights',
  mark: 'mark.js',
  extension: 'Leak Lens (bench build)',
};
const METHODS: Method[] = ['walk', 'regex', 'mark', 'extension'];

/** The longtask API only reports tasks over 50 ms. */
const longTask = (ms: number) => (ms > 0 ? fmt(ms, 0) : '<50');

const medianOf = (r: BenchResults, size: number, method: Method, pick: (s: Sample) => number) =>
  median((r.samples[`${size}:${method}`] ?? []).map(pick));

function mainTable(r: BenchResults): string {
  const rows: string[][] = [];
  for (const size of r.sizes) {
    const ref = medianOf(r, size, 'regex', (s) => s.work);
    for (const method of METHODS) {
      if ((r.samples[`${size}:${method}`] ?? []).length === 0) {
        rows.push([`${size}`, NAMES[method], 'not ready', '', '', '', '', '']);
        continue;
      }
      const work = medianOf(r, size, method, (s) => s.work);
      rows.push([
        `${size}`,
        NAMES[method],
        fmt(work),
        ratio(work, ref),
        fmt(medianOf(r, size, method, (s) => s.navToDone)),
        longTask(medianOf(r, size, method, (s) => s.longestTask)),
        fmt(medianOf(r, size, method, (s) => s.heap) / 2 ** 20, 2),
        `${medianOf(r, size, method, (s) => s.count)}`,
      ]);
    }
  }
  const header = ['paragraphs', 'method', 'work ms', 'vs walk+regex', 'nav→done ms', 'longest task ms', 'heap Δ MB', 'found'];
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

/** The goals, checked against the medians; empty when the extension was not measured. */
export function goalChecks(r: BenchResults): string[] {
  const measured = r.sizes.filter((size) => (r.samples[`${size}:extension`] ?? []).length > 0);
  if (measured.length === 0) return [];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: string[] = [];
  for (const size of measured) {
    const ext = medianOf(r, size, 'extension', (s) => s.work);
    const regex = medianOf(r, size, 'regex', (s) => s.work);
    const markJs = medianOf(r, size, 'mark', (s) => s.work);
    const task = medianOf(r, size, 'extension', (s) => s.longestTask);
    lines.push(
      `${size}: ${mark(ext <= 1.5 * regex)} within 1.5× walk+regex (${ratio(ext, regex)})  ` +
        `${mark(markJs >= 5 * ext)} ≥5× faster than mark.js (${ratio(markJs, ext)})  ` +
        `${mark(task <= 50)} no task over 50 ms (${longTask(task)})`,
    );
  }
  const first = measured[0] as number;
  const last = measured[measured.length - 1] as number;
  const small = median(r.append[first]?.extension ?? []);
  const big = median(r.append[last]?.extension ?? []);
  if (first !== last && Number.isFinite(small) && Number.isFinite(big)) {
    lines.push(
      `${mark(big <= 2 * small)} +${r.appended} ¶ costs about the same on ${last} as on ${first} paragraphs ` +
        `(${fmt(big)} vs ${fmt(small)} ms: proportional to the ${r.appended}, not to the page)`,
    );
  }
  return lines;
}

const NOTES = `work: walk/regex/mark.js from their start (after load and first paint) to the frame after their work;
Leak Lens from the start of its scan (event time − reported ms) to the frame after leak-lens:scanned.
nav→done: navigation start to that frame. Longest task: longtask entries overlapping the work window.
heap Δ: V8 heap after a forced GC minus the same page with nothing run (content scripts share the page's
isolate). found: characters walked, ranges highlighted, marks, or mentions the extension reported.
+N ¶: from appending N paragraphs to the painted frame that shows them (page alone: no scan, only parse,
layout and paint; walk+regex: scanning just the new subtree; Leak Lens: to the frame after its rescan, or
after its highlights last changed). Leak Lens's before → after are mentions (its registered highlights are
only those near the viewport once a page has over 1000, see lib/highlight/layer.ts).`;

export function renderReport(r: BenchResults): string {
  const parts = [mainTable(r), '', appendTable(r), '', NOTES];
  const goals = goalChecks(r);
  if (goals.length > 0) parts.push('', 'Goals (issue 4):', ...goals.map((g) => `  ${g}`));
  if (r.notReady) parts.push('', `extension not ready: ${r.notReady}`);
  const runs = r.sizes.map((s) => `${r.runs[s] ?? 0} runs on ${s}`).join(', ');
  parts.push('', `Median of ${runs} paragraphs; ${fmt(r.seconds, 0)} s.`);
  return parts.join('\n');
}
