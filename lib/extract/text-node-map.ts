/**
 * Maps offsets of extracted text back to the DOM text nodes they came from. Text-node content is kept
 * verbatim, so offset `start + k` is character `k` of the node that starts at `start`. Characters the
 * extractor adds itself (block separators, "\n" for <br>) belong to no node.
 */

/** What a DOM Range (and so a CSS Custom Highlight) needs: `range.setStart(startNode, startOffset)`... */
export interface RangeBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export class TextNodeMap {
  readonly #nodes: Text[] = [];
  readonly #starts: number[] = [];
  readonly #lengths: number[] = [];
  #index: Map<Text, number> | null = null;

  get size(): number {
    return this.#nodes.length;
  }

  /** Records a node whose text starts at `start`; nodes must be added in increasing offset order. */
  add(node: Text, start: number, length: number): void {
    this.#nodes.push(node);
    this.#starts.push(start);
    this.#lengths.push(length);
    this.#index?.set(node, this.#nodes.length - 1);
  }

  nodeAt(i: number): { node: Text; start: number; length: number } | undefined {
    const node = this.#nodes[i];
    if (node === undefined) return undefined;
    return { node, start: this.#starts[i] ?? 0, length: this.#lengths[i] ?? 0 };
  }

  /**
   * DOM positions for the text [start, end). Ends that fall on characters the extractor added move
   * inwards to the nearest node text, so a range over "Claude<br>Code" or several inline nodes still
   * works. Null when no node text lies inside, or when a node has since shrunk (the page changed and
   * the caller must re-extract) — never an offset that would make Range.setStart throw.
   */
  rangeFor(start: number, end: number): RangeBounds | null {
    if (!(end > start)) return null;
    const first = this.#firstNodeEndingAfter(start);
    const last = this.#lastNodeStartingBefore(end);
    if (first < 0 || last < 0 || first > last) return null;
    const startNode = this.#nodes[first];
    const endNode = this.#nodes[last];
    const firstStart = this.#starts[first];
    const lastStart = this.#starts[last];
    const lastLength = this.#lengths[last];
    if (!startNode || !endNode || firstStart === undefined || lastStart === undefined) return null;
    if (lastLength === undefined) return null;
    const startOffset = Math.max(0, start - firstStart);
    const endOffset = Math.min(lastLength, end - lastStart);
    // CharacterData.length, not .data.length: reading .data makes a string of the node's text each time.
    if (startNode.length !== this.#lengths[first] || endNode.length !== lastLength) return null;
    return { startNode, startOffset, endNode, endOffset };
  }

  /** Offset in the extracted text of a DOM position (e.g. from caretPositionFromPoint); null if unmapped. */
  offsetOf(node: Node, offset: number): number | null {
    if (this.#index === null) {
      this.#index = new Map();
      this.#nodes.forEach((n, i) => this.#index?.set(n, i));
    }
    const i = this.#index.get(node as Text);
    if (i === undefined) return null;
    const length = this.#lengths[i] ?? 0;
    if (offset < 0 || offset > length) return null;
    return (this.#starts[i] ?? 0) + offset;
  }

  /** Index of the first node whose text ends after `offset` (binary search), -1 if none. */
  #firstNodeEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.#nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#starts[mid] ?? 0) + (this.#lengths[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.#nodes.length ? lo : -1;
  }

  /** Index of the last node whose text starts before `offset`, -1 if none. */
  #lastNodeStartingBefore(offset: number): number {
    let lo = 0;
    let hi = this.#nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#starts[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
