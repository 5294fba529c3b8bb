/** Occurrences of one kind (a cue list, or accepted mentions of one entity), sorted by start. */
export interface HitIndex {
  starts: Int32Array;
  ends: Int32Array;
  blocks: Int32Array;
  length: number;
}

export interface RawHit {
  start: number;
  end: number;
  block: number;
}

export const EMPTY_INDEX: HitIndex = {
  starts: new Int32Array(0),
  ends: new Int32Array(0),
  blocks: new Int32Array(0),
  length: 0,
};

export function indexHits(hits: RawHit[]): HitIndex {
  if (hits.length === 0) return EMPTY_INDEX;
  // Hits arrive ordered by end; starts are then almost sorted, so this sort is cheap.
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = new Int32Array(hits.length);
  const ends = new Int32Array(hits.length);
  const blocks = new Int32Array(hits.length);
  hits.forEach((hit, i) => {
    starts[i] = hit.start;
    ends[i] = hit.end;
    blocks[i] = hit.block;
  });
  return { starts, ends, blocks, length: hits.length };
}

/** Index of the first hit whose start is >= position. */
export function firstStartAtOrAfter(index: HitIndex, position: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.starts[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
