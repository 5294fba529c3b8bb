/**
 * Keeps non-overlapping spans, preferring the longest: "Claude Code" over "Claude", "source code leak"
 * over "leak". One pass in start order; a later, longer span that overlaps the one held replaces it.
 * Spans must be sorted by start, then by length descending.
 */
export function keepLongest<T extends { start: number; end: number }>(sorted: readonly T[]): T[] {
  const kept: T[] = [];
  let held: T | undefined;
  for (const span of sorted) {
    if (!held || span.start >= held.end) {
      if (held) kept.push(held);
      held = span;
    } else if (span.end - span.start > held.end - held.start) {
      held = span;
    }
  }
  if (held) kept.push(held);
  return kept;
}
