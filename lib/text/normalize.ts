import { foldUnit, isIgnorable, isSpace, lowerUnit } from './fold';

/**
 * A folded copy of some ranges of a text, with a map back to the original offsets.
 *
 * - `lower` is what the matcher reads: folded, lower-cased, spaces collapsed, ignorables removed.
 * - `cased` is the same text with case kept (same length), for rules about capitals.
 * - Ranges are joined by SEPARATOR, which no term contains, so nothing matches across them.
 * - `origStart[i]`/`origEnd[i]` are the original offsets of the unit(s) folded into position i.
 * - `rangeStart[k]` is where range k begins in the folded text.
 */
export interface FoldedText {
  lower: string;
  cased: string;
  origStart: Int32Array;
  origEnd: Int32Array;
  rangeStart: Int32Array;
}

/** Paragraph separator: never part of a term, and not a space (so boundaries see an edge). */
export const SEPARATOR = '\u2029';

// Per-unit fold results, filled on first sight: a page repeats few distinct characters, and a
// table lookup keeps folding a megabyte page to a few milliseconds.
const KIND = new Uint8Array(0x10000); // 0 unknown, 1 letter/other, 2 space, 3 ignorable
const CASED = new Uint16Array(0x10000);
const LOWER = new Uint16Array(0x10000);

function classify(code: number): number {
  const kind = isIgnorable(code) ? 3 : isSpace(code) ? 2 : 1;
  const folded = foldUnit(code);
  CASED[code] = folded;
  LOWER[code] = lowerUnit(folded);
  KIND[code] = kind;
  return kind;
}

export function foldRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): FoldedText {
  let capacity = ranges.length;
  for (const range of ranges) capacity += Math.max(0, range.end - range.start);
  const lowerCodes = new Uint16Array(capacity);
  const casedCodes = new Uint16Array(capacity);
  const origStart = new Int32Array(capacity);
  const origEnd = new Int32Array(capacity);
  const rangeStart = new Int32Array(ranges.length);
  let n = 0;
  ranges.forEach((range, k) => {
    if (k > 0) {
      lowerCodes[n] = casedCodes[n] = SEPARATOR.charCodeAt(0);
      origStart[n] = origEnd[n] = range.start;
      n++;
    }
    rangeStart[k] = n;
    let pendingSpace = -1; // original offset where a run of spaces began
    let spaceEnd = -1;
    for (let i = range.start; i < range.end; i++) {
      const code = text.charCodeAt(i);
      const kind = KIND[code] || classify(code);
      if (kind === 3) continue;
      if (kind === 2) {
        if (pendingSpace < 0) pendingSpace = i;
        spaceEnd = i + 1;
        continue;
      }
      if (pendingSpace >= 0) {
        lowerCodes[n] = casedCodes[n] = 0x20;
        origStart[n] = pendingSpace;
        origEnd[n] = spaceEnd;
        n++;
        pendingSpace = -1;
      }
      casedCodes[n] = CASED[code]!;
      lowerCodes[n] = LOWER[code]!;
      origStart[n] = i;
      origEnd[n] = i + 1;
      n++;
    }
    if (pendingSpace >= 0) {
      lowerCodes[n] = casedCodes[n] = 0x20;
      origStart[n] = pendingSpace;
      origEnd[n] = spaceEnd;
      n++;
    }
  });
  return {
    lower: decode(lowerCodes, n),
    cased: decode(casedCodes, n),
    origStart: origStart.slice(0, n),
    origEnd: origEnd.slice(0, n),
    rangeStart,
  };
}

function decode(codes: Uint16Array, length: number): string {
  // Chunked: String.fromCharCode with a huge spread would overflow the stack on megabyte pages.
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  }
  return out;
}

/** Folds a term or context phrase the way page text is folded, so both meet in the same alphabet. */
export function foldPhrase(phrase: string): string {
  return foldRanges(phrase, [{ start: 0, end: phrase.length }]).lower.trim();
}

/** Like foldPhrase but keeping letter case, for terms that must be written exactly so ("MiniMax"). */
export function foldPhraseCased(phrase: string): string {
  return foldRanges(phrase, [{ start: 0, end: phrase.length }]).cased.trim();
}
