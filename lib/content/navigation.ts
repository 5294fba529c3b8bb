/** Stepping through mentions in page order; wraps at both ends, as find-in-page does. */
export type Direction = 'next' | 'previous';

/** The index after `current` (-1 = nothing selected yet) among `total` items; -1 when there are none. */
export function stepIndex(current: number, total: number, direction: Direction): number {
  if (total <= 0) return -1;
  if (current < 0 || current >= total) return direction === 'next' ? 0 : total - 1;
  return direction === 'next' ? (current + 1) % total : (current - 1 + total) % total;
}

/**
 * Where the selection lands after the list changed (a rescan, a toggled category): the same item if it is
 * still listed, else -1 so the next step starts again from the first.
 */
export function reselect<T>(previous: T | null, list: readonly T[]): number {
  return previous === null ? -1 : list.indexOf(previous);
}
