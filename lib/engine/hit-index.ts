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

const byStartThenEnd = (a: RawHit, b: RawHit) => a.start - b.start || a.end - b.end;

export function indexHits(hits: RawHit[]): HitIndex {
  if (hits.length === 0) return EMPTY_INDEX;
  // Hits mostly arrive sorted already (in text order); then no sort is needed at all.
  for (let i = 1; i < hits.length; i++) {
    if (byStartThenEnd(hits[i - 1]!, hits[i]!) > 0) {
      hits.sort(byStartThenEnd);
      break;
    }
  }
  const starts = new Int32Array(hits.length);
  const ends = new Int32Array(hits.length);
  const blocks = new Int32Array(hits.length);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    starts[i] = hit.start;
    ends[i] = hit.end;
    blocks[i] = hit.block;
  }
  return { starts, ends, blocks, length: hits.length };
}

/**
 * Collects the hits of many sets (one per cue list) into one reused buffer as they come, with no
 * object per hit, then indexes every set at once: three arrays shared by all the sets' indices.
 */
export class HitSets {
  /** Most hits whose index arrays are kept for the next build (a 128k-character slice has about 45k). */
  static readonly KEEP = 1 << 18;
  #data = new Int32Array(4096); // set, start, end, block per hit
  #length = 0;
  // The indices' arrays, reused by the next build as #data is by the next scan: a slice's tens of thousands of cue hits
  // would otherwise allocate (and zero) three arrays per slice.
  #starts = new Int32Array(0);
  #ends = new Int32Array(0);
  #blocks = new Int32Array(0);

  /** Starts over; the buffer is kept. */
  clear(): void {
    this.#length = 0;
  }

  push(set: number, start: number, end: number, block: number): void {
    if (this.#length + 4 > this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    const data = this.#data;
    const at = this.#length;
    data[at] = set;
    data[at + 1] = start;
    data[at + 2] = end;
    data[at + 3] = block;
    this.#length = at + 4;
  }

  /**
   * One index per set, 0 … sets - 1, each sorted by start then end. The indices are views into arrays the next build
   * reuses: read them before building again.
   */
  build(sets: number): HitIndex[] {
    const data = this.#data;
    const total = this.#length / 4;
    const offset = new Int32Array(sets + 1);
    for (let at = 0; at < this.#length; at += 4) offset[data[at]! + 1]!++;
    for (let k = 0; k < sets; k++) offset[k + 1]! += offset[k]!;
    // A whole huge document in one call builds its own arrays: they must not stay pinned after it.
    const keep = total <= HitSets.KEEP;
    if (keep && this.#starts.length < total) {
      const size = Math.min(HitSets.KEEP, Math.max(total, this.#starts.length * 2));
      this.#starts = new Int32Array(size);
      this.#ends = new Int32Array(size);
      this.#blocks = new Int32Array(size);
    }
    const starts = keep ? this.#starts : new Int32Array(total);
    const ends = keep ? this.#ends : new Int32Array(total);
    const blocks = keep ? this.#blocks : new Int32Array(total);
    const fill = offset.slice(0, sets);
    for (let at = 0; at < this.#length; at += 4) {
      const i = fill[data[at]!]!++;
      starts[i] = data[at + 1]!;
      ends[i] = data[at + 2]!;
      blocks[i] = data[at + 3]!;
    }
    const out: HitIndex[] = [];
    for (let k = 0; k < sets; k++) {
      const from = offset[k]!;
      const to = offset[k + 1]!;
      if (from === to) {
        out.push(EMPTY_INDEX);
        continue;
      }
      sortRange(starts, ends, blocks, from, to);
      out.push({ starts: starts.subarray(from, to), ends: ends.subarray(from, to), blocks: blocks.subarray(from, to), length: to - from });
    }
    return out;
  }
}

/**
 * Sorts [from, to) by start then end, keeping equal hits in order. Insertion sort: hits that came in
 * order of end have starts almost sorted (a hit moves back past the few that overlap it).
 */
function sortRange(starts: Int32Array, ends: Int32Array, blocks: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    let j = i - 1;
    if (starts[j]! < start || (starts[j] === start && ends[j]! <= end)) continue;
    const block = blocks[i]!;
    while (j >= from && (starts[j]! > start || (starts[j] === start && ends[j]! > end))) {
      starts[j + 1] = starts[j]!;
      ends[j + 1] = ends[j]!;
      blocks[j + 1] = blocks[j]!;
      j--;
    }
    starts[j + 1] = start;
    ends[j + 1] = end;
    blocks[j + 1] = block;
  }
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
