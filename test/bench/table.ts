/** Pure helpers for the benchmark report: medians, ratios and a fixed-width table. */

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Longest task that overlaps [from, to]: the page's own parsing before `from` is not ours. */
export function longestTaskIn(tasks: ReadonlyArray<readonly [number, number]>, from: number, to: number): number {
  let longest = 0;
  for (const [start, duration] of tasks) {
    if (start + duration >= from && start <= to) longest = Math.max(longest, duration);
  }
  return longest;
}

export const fmt = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export const ratio = (value: number, reference: number): string =>
  Number.isFinite(value) && Number.isFinite(reference) && reference > 0 ? `${(value / reference).toFixed(2)}×` : '–';

/** Left-aligns the first `left` columns, right-aligns the rest: a Markdown table that reads in a terminal too. */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, left = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < left ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
