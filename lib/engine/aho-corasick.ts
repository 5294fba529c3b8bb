/**
 * One automaton for every term and context phrase (Aho–Corasick): a single left-to-right pass over
 * the text finds all of them, in time linear in the text plus the number of hits, with no
 * backtracking whatever the input.
 *
 * Layout, for speed on megabyte pages: each UTF-16 unit maps to a class (0: in no pattern). Classes of
 * ASCII units get a full transition table (failures resolved in advance: one array read per character
 * of English text); the few hundred other classes (Han characters...) keep sparse rows and follow
 * failure links, with a dense row at the root. All of it is typed arrays, no objects per node.
 */
import { isWordUnit } from '../text/word-chars';

export interface Hits {
  /** Pattern index and end (exclusive) of each hit, in order of end, then as the automaton reports them. */
  patterns: Int32Array;
  ends: Int32Array;
  length: number;
}

/** edges[pattern] bits: the pattern counts only with no word character right before / right after it. */
export const NEEDS_EDGE_BEFORE = 1;
export const NEEDS_EDGE_AFTER = 2;

export interface Automaton {
  /**
   * Every occurrence of every pattern in codes[0, length), except those `edges` rules out (a short
   * cue such as "a" or "in" occurs inside most words: dropping those here spares the caller a
   * million hits a page). The arrays are reused by the next call: read them before scanning again.
   */
  find(codes: Uint16Array, length: number, edges?: Uint8Array): Hits;
}

// Units per call of the inner scan: long enough that calls cost nothing, short enough to be many.
const SCAN_CHUNK = 4096;

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Classes: ASCII units first (1..dense-1), so their table rows are short, then the rest.
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (const ascii of [true, false]) {
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        if (code < 0x80 === ascii && classOf[code] === 0) classOf[code] = classes++;
      }
    }
  }
  let dense = 1;
  for (let code = 0; code < 0x80; code++) if (classOf[code]! > 0) dense++;

  // The trie while building: children as linked lists (for the breadth-first pass) and a map (lookups).
  let capacity = 1;
  for (const pattern of patterns) capacity += pattern.length;
  const firstChild = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const label = new Int32Array(capacity);
  const child = new Map<number, number>(); // node * classes + class → node
  const ownLists: number[][] = [[]];
  let nodes = 1;
  patterns.forEach((pattern, index) => {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = classOf[pattern.charCodeAt(i)]!;
      let next = child.get(node * classes + c);
      if (next === undefined) {
        next = nodes++;
        child.set(node * classes + c, next);
        label[next] = c;
        ownLists.push([]);
        if (firstChild[node] === -1) firstChild[node] = next;
        else nextSibling[lastChild[node]!] = next;
        lastChild[node] = next;
      }
      node = next;
    }
    if (pattern.length > 0) ownLists[node]!.push(index);
  });

  const fail = new Int32Array(nodes);
  // Nearest node on the failure chain that ends a pattern (-1: none), so hits are reported
  // without walking chains that have nothing to report.
  const outLink = new Int32Array(nodes).fill(-1);
  // ASCII classes, failures resolved: nodes × dense entries, in 16 bits when node numbers fit.
  const delta = nodes <= 0xffff ? new Uint16Array(nodes * dense) : new Int32Array(nodes * dense);
  const rootNext = new Int32Array(classes);
  const rowStart = new Int32Array(nodes); // sparse rows of the other classes: [rowStart, rowEnd)
  const rowEnd = new Int32Array(nodes);
  const rowClass: number[] = [];
  const rowChild: number[] = [];

  const queue = new Int32Array(nodes);
  let tail = 0;
  queue[tail++] = 0;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const failNode = fail[node]!;
    // Dense row: where its failure node goes (filled already: shallower; one native copy, which
    // keeps the first, unoptimised build fast), then its own children over that.
    if (node !== 0) delta.copyWithin(node * dense, failNode * dense, failNode * dense + dense);
    rowStart[node] = rowClass.length;
    for (let next = firstChild[node]!; next !== -1; next = nextSibling[next]!) {
      const c = label[next]!;
      if (c < dense) delta[node * dense + c] = next;
      else if (node === 0) rootNext[c] = next;
      else {
        rowClass.push(c);
        rowChild.push(next);
      }
      let f = 0;
      if (node !== 0) {
        if (c < dense) f = delta[failNode * dense + c]!;
        else {
          let from = failNode;
          while (from !== 0 && !child.has(from * classes + c)) from = fail[from]!;
          f = child.get(from * classes + c) ?? 0;
        }
      }
      fail[next] = f;
      outLink[next] = ownLists[f]!.length > 0 ? f : outLink[f]!;
      queue[tail++] = next;
    }
    rowEnd[node] = rowClass.length;
  }
  const sparseClass = Int32Array.from(rowClass);
  const sparseChild = Int32Array.from(rowChild);
  const ownStart = new Int32Array(nodes + 1);
  const own: number[] = [];
  const reports = new Uint8Array(nodes);
  for (let node = 0; node < nodes; node++) {
    ownStart[node] = own.length;
    own.push(...ownLists[node]!);
  }
  ownStart[nodes] = own.length;
  const ownPatterns = Int32Array.from(own);
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  for (let node = 1; node < nodes; node++) reports[node] = ownStart[node + 1]! > ownStart[node]! || outLink[node]! >= 0 ? 1 : 0;

  let outPatterns = new Int32Array(4096);
  let outEnds = new Int32Array(4096);
  let count = 0;
  const result: Hits = { patterns: outPatterns, ends: outEnds, length: 0 };

  const grow = () => {
    const grownPatterns = new Int32Array(outPatterns.length * 2);
    const grownEnds = new Int32Array(outEnds.length * 2);
    grownPatterns.set(outPatterns);
    grownEnds.set(outEnds);
    outPatterns = result.patterns = grownPatterns;
    outEnds = result.ends = grownEnds;
  };

  /**
   * The pass over codes[from, to) from state `node`; returns the state it ends in. One long loop in
   * find itself was compiled on the stack (OSR) and thrown away at its exit on every call, so most of
   * each call ran unoptimised; a function called once per chunk is optimised whole.
   */
  const scan = (codes: Uint16Array, length: number, edges: Uint8Array | undefined, from: number, to: number, start: number): number => {
    let node = start;
    let found = count;
    let patternsOut = outPatterns;
    let endsOut = outEnds;
    for (let i = from; i < to; i++) {
      const c = classOf[codes[i]!]!;
      if (c < dense) {
        node = delta[node * dense + c]!;
      } else {
        for (;;) {
          if (node === 0) {
            node = rootNext[c]!;
            break;
          }
          let next = -1;
          for (let r = rowStart[node]!, end = rowEnd[node]!; r < end; r++) {
            if (sparseClass[r] === c) {
              next = sparseChild[r]!;
              break;
            }
          }
          if (next !== -1) {
            node = next;
            break;
          }
          node = fail[node]!;
        }
      }
      if (reports[node] === 0) continue;
      for (let hit = node; hit > 0; hit = outLink[hit]!) {
        for (let k = ownStart[hit]!, stop = ownStart[hit + 1]!; k < stop; k++) {
          const pattern = ownPatterns[k]!;
          const edge = edges ? edges[pattern]! : 0;
          if (edge !== 0) {
            if ((edge & NEEDS_EDGE_AFTER) !== 0 && i + 1 < length && isWordUnit(codes[i + 1]!)) continue;
            const before = i - patternLength[pattern]!;
            if ((edge & NEEDS_EDGE_BEFORE) !== 0 && before >= 0 && isWordUnit(codes[before]!)) continue;
          }
          if (found === patternsOut.length) {
            grow();
            patternsOut = outPatterns;
            endsOut = outEnds;
          }
          patternsOut[found] = pattern;
          endsOut[found] = i + 1;
          found++;
        }
      }
    }
    count = found;
    return node;
  };

  return {
    find(codes, length, edges) {
      count = 0;
      let node = 0;
      for (let from = 0; from < length; from += SCAN_CHUNK) node = scan(codes, length, edges, from, Math.min(length, from + SCAN_CHUNK), node);
      result.length = count;
      return result;
    },
  };
}
