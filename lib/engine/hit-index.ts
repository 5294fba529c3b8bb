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
 * Collects hits into typed arrays as they come (no object per hit), then sorts them into an index.
 * Hits that come in order of end have starts almost sorted: the insertion sort moves few of them.
 */
export class HitIndexBuilder {
  #starts = new Int32Array(16);
  #ends = new Int32Array(16);
  #blocks = new Int32Array(16);
  #length = 0;

  push(start: number, end: number, block: number): void {
    if (this.#length === this.#starts.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.#starts = grow(this.#starts);
      this.#ends = grow(this.#ends);
      this.#blocks = grow(this.#blocks);
    }
    this.#starts[this.#length] = start;
    this.#ends[this.#length] = end;
    this.#blocks[this.#length] = block;
    this.#length++;
  }

  build(): HitIndex {
    const length = this.#length;
    if (length === 0) return EMPTY_INDEX;
    const starts = this.#starts.slice(0, length);
    const ends = this.#ends.slice(0, length);
    const blocks = this.#blocks.slice(0, length);
    for (let i = 1; i < length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      let j = i - 1;
      if (starts[j]! < start || (starts[j] === start && ends[j]! <= end)) continue;
      const block = blocks[i]!;
      while (j >= 0 && (starts[j]! > start || (starts[j] === start && ends[j]! > end))) {
        starts[j + 1] = starts[j]!;
        ends[j + 1] = ends[j]!;
        blocks[j + 1] = blocks[j]!;
        j--;
      }
      starts[j + 1] = start;
      ends[j + 1] = end;
      blocks[j + 1] = block;
    }
    return { starts, ends, blocks, length };
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
