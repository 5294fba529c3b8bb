import { foldUnit, isIgnorable, isSpace, lowerUnit } from './fold';
import { isAsciiDigit, isHan } from './word-chars';

/**
 * A folded copy of some ranges of a text, with a map back to the original offsets.
 *
 * - `lower` is what the matcher reads: folded, lower-cased, spaces collapsed, ignorables removed; a word hyphenated at
 *   a line end joined (its own hyphen kept before a version or inside a path), an underscore beside Chinese read as a
 *   space.
 * - `casedCodes` are the same text's units with case kept (same length), for rules about capitals; `casedSlice` reads a
 *   stretch of it as a string. Not decoded whole: rules read a few units around each candidate, and turning a slice's
 *   units into a string costs Chromium 1.2–1.7 ms per 128k characters.
 * - Ranges are joined by SEPARATOR, which no term contains, so nothing matches across them.
 * - `origStart[i]`/`origEnd[i]` are the original offsets of the unit(s) folded into position i.
 * - `rangeStart[k]` is where range k begins in the folded text.
 */
export interface FoldedText {
  lower: string;
  /** `lower` as UTF-16 units, for the matcher. */
  lowerCodes: Uint16Array;
  casedCodes: Uint16Array;
  origStart: Int32Array;
  origEnd: Int32Array;
  rangeStart: Int32Array;
}

/** Paragraph separator: never part of a term, and not a space (so boundaries see an edge). */
export const SEPARATOR = '\u2029';

// Per-unit fold results, filled on first sight: a page repeats few distinct characters, and a
// table lookup keeps folding a megabyte page to a few milliseconds.
const LETTER = 1;
const SPACE = 2;
const IGNORABLE = 3;
/** A surrogate: folded as a letter, but the string decoder must know (see decode). */
const SURROGATE = 4;
const KIND = new Uint8Array(0x10000); // 0: not seen yet
const CASED = new Uint16Array(0x10000);
const LOWER = new Uint16Array(0x10000);
const SEPARATOR_CODE = SEPARATOR.charCodeAt(0);

function classify(code: number): number {
  const kind = isIgnorable(code) ? IGNORABLE : isSpace(code) ? SPACE : code >= 0xd800 && code <= 0xdfff ? SURROGATE : LETTER;
  const folded = foldUnit(code);
  CASED[code] = folded;
  LOWER[code] = lowerUnit(folded);
  KIND[code] = kind;
  return kind;
}

interface FoldArrays {
  lower: Uint16Array;
  cased: Uint16Array;
  origStart: Int32Array;
  origEnd: Int32Array;
}

const freshArrays = (capacity: number): FoldArrays => ({
  lower: new Uint16Array(capacity),
  cased: new Uint16Array(capacity),
  origStart: new Int32Array(capacity),
  origEnd: new Int32Array(capacity),
});

/**
 * Arrays foldRanges may reuse from one call to the next: a detector folds text on every call (the
 * content script calls it slice after slice), and reusing them spares allocating and collecting
 * 12 bytes per character each time. A FoldedText folded into buffers is valid until the next fold
 * into the same buffers.
 */
export class FoldBuffers {
  /** Past this many units the arrays are not kept: one huge document must not pin its memory. */
  static readonly KEEP = 1 << 19;
  #arrays = freshArrays(0);

  take(capacity: number): FoldArrays {
    if (capacity > FoldBuffers.KEEP) return freshArrays(capacity);
    if (this.#arrays.lower.length < capacity) this.#arrays = freshArrays(Math.min(FoldBuffers.KEEP, Math.max(capacity, this.#arrays.lower.length * 2)));
    return this.#arrays;
  }
}

/**
 * Folds the ranges of text, joined by SEPARATOR. With `buffers`, the result's arrays are views into
 * them (see FoldBuffers); without, they are its own.
 */
export function foldRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, buffers?: FoldBuffers): FoldedText {
  let capacity = ranges.length;
  for (const range of ranges) capacity += Math.max(0, range.end - range.start);
  const arrays = buffers ? buffers.take(capacity) : freshArrays(capacity);
  const rangeStart = new Int32Array(ranges.length);
  sawSurrogate = false;
  const n = foldAll(text, ranges, arrays, rangeStart);
  // Views, not copies: unused units at the end cost less than copying megabytes.
  return {
    lower: decode(arrays.lower, n, sawSurrogate),
    lowerCodes: arrays.lower.subarray(0, n),
    casedCodes: arrays.cased.subarray(0, n),
    origStart: arrays.origStart.subarray(0, n),
    origEnd: arrays.origEnd.subarray(0, n),
    rangeStart,
  };
}

/** The cased unit at i, or NaN outside the text (as String.prototype.charCodeAt). */
export function casedAt(folded: FoldedText, i: number): number {
  const codes = folded.casedCodes;
  return i >= 0 && i < codes.length ? codes[i]! : Number.NaN;
}

/** Whether the cased text has `search` at `at` (as String.prototype.startsWith, for at within the text). */
export function casedStartsWith(folded: FoldedText, search: string, at: number): boolean {
  const codes = folded.casedCodes;
  const start = Math.min(Math.max(0, at), codes.length);
  if (start + search.length > codes.length) return false;
  for (let k = 0; k < search.length; k++) if (codes[start + k] !== search.charCodeAt(k)) return false;
  return true;
}

/** Whether the cased text has `search` ending at `end` (as String.prototype.endsWith). */
export function casedEndsWith(folded: FoldedText, search: string, end: number): boolean {
  const stop = Math.min(Math.max(0, end), folded.casedCodes.length);
  return stop - search.length >= 0 && casedStartsWith(folded, search, stop - search.length);
}

/** The cased text of [from, to) (clamped to the text, as String.prototype.slice does), as a string. */
export function casedSlice(folded: FoldedText, from: number, to: number): string {
  const codes = folded.casedCodes;
  const start = Math.max(0, from);
  const end = Math.min(to, codes.length);
  return end > start ? decode(codes.subarray(start, end), end - start, true) : '';
}

/**
 * Whether a run of spaces between two folded units stays a space. Chinese puts no spaces between words: one
 * between two Han characters is layout (a PDF's line end, OCR, a letter-spaced heading), so "泄⏎露" reads as 泄露.
 */
function keepsSpace(before: number, after: number): boolean {
  return !(isHan(before) && isHan(after));
}

// Set by foldRange when a range holds a surrogate (decode must then check for lone ones).
let sawSurrogate = false;

// The loops below live in small functions that end in `return n`: V8 compiles a long loop on the
// stack (OSR) and, when code after it had never run, threw that code away at the loop's exit on
// every call, so most of each call ran unoptimised. Called per range, they are optimised whole.

/** Folds every range into `arrays`, separators between them; returns the folded length. */
function foldAll(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, arrays: FoldArrays, rangeStart: Int32Array): number {
  let n = 0;
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k]!;
    if (k > 0) {
      arrays.lower[n] = arrays.cased[n] = SEPARATOR_CODE;
      arrays.origStart[n] = arrays.origEnd[n] = range.start;
      n++;
    }
    rangeStart[k] = n;
    n = foldRange(text, range.start, range.end, arrays, n);
  }
  return n;
}

/** Folds text[start, end) into the arrays from position n; returns the position after it. */
function foldRange(text: string, start: number, end: number, arrays: FoldArrays, n: number): number {
  const { lower: lowerCodes, cased: casedCodes, origStart, origEnd } = arrays;
  let pendingSpace = -1; // original offset where a run of spaces began
  let spaceEnd = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d && pendingSpace < 0) {
      // A word hyphenated at a line break ("Anthro-\npic", from a PDF) reads as one word. Before a version ("DeepSeek-\nR1",
      // "GPT-\n4") or inside a path (@anthropic-ai/claude-\ncode) the hyphen is the name's own: it stays, the break goes.
      const rest = hyphenBreak(text, i, start, end);
      if (rest > 0) {
        if (hardHyphenBefore(text, rest) || inIdentifier(text, i, start)) {
          casedCodes[n] = lowerCodes[n] = code;
          origStart[n] = i;
          origEnd[n] = i + 1;
          n++;
        }
        i = rest - 1;
        continue;
      }
    }
    if (code === UNDERSCORE && separatesFromHan(text, i, start, end)) {
      // "完整版_Claude Code泄露": an underscore beside Chinese separates a title's parts, as a space would.
      if (pendingSpace < 0) pendingSpace = i;
      spaceEnd = i + 1;
      continue;
    }
    const kind = KIND[code] || classify(code);
    let cased = CASED[code]!;
    let lower = LOWER[code]!;
    let width = 1;
    if (kind !== LETTER) {
      if (kind === IGNORABLE) continue;
      if (kind === SPACE) {
        if (pendingSpace < 0) pendingSpace = i;
        spaceEnd = i + 1;
        continue;
      }
      // "𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰" in a post's bold: one letter from two units, mapped back to both.
      const letter = code === MATH_HIGH_SURROGATE && i + 1 < end ? mathLetter(text.charCodeAt(i + 1)) : 0;
      if (letter) {
        cased = letter;
        lower = LOWER[letter]!;
        width = 2;
      } else sawSurrogate = true;
    }
    if (pendingSpace >= 0) {
      if (n === 0 || keepsSpace(casedCodes[n - 1]!, cased)) {
        lowerCodes[n] = casedCodes[n] = 0x20;
        origStart[n] = pendingSpace;
        origEnd[n] = spaceEnd;
        n++;
      }
      pendingSpace = -1;
    }
    casedCodes[n] = cased;
    lowerCodes[n] = lower;
    origStart[n] = i;
    origEnd[n] = i + width;
    n++;
    i += width - 1;
  }
  if (pendingSpace >= 0) {
    lowerCodes[n] = casedCodes[n] = 0x20;
    origStart[n] = pendingSpace;
    origEnd[n] = spaceEnd;
    n++;
  }
  return n;
}

/**
 * Mathematical alphanumerics (U+1D400–U+1D7FF, all behind the high surrogate D835) are how posts write bold, italic
 * and script text ("𝐃𝐞𝐞𝐩𝐒𝐞𝐞𝐤", "𝘊𝘭𝘢𝘶𝘥𝘦"): a reader sees the plain letter. The ASCII letter or digit for each
 * low surrogate, 0 for the Greek and other symbols of the block.
 */
const MATH_HIGH_SURROGATE = 0xd835;
const MATH_LETTERS = new Uint16Array(0x400);
for (let low = 0; low < 0x400; low++) {
  const plain = String.fromCodePoint(0x1d400 + low).normalize('NFKC');
  const unit = plain.length === 1 ? plain.charCodeAt(0) : 0;
  const isAsciiAlnum = (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  MATH_LETTERS[low] = isAsciiAlnum ? unit : 0;
}
const mathLetter = (low: number) => (low >= 0xdc00 && low <= 0xdfff ? MATH_LETTERS[low - 0xdc00]! : 0);
// The ASCII letters' lower-case table entries, which mathLetter's results read.
for (let code = 0x30; code < 0x80; code++) if (!KIND[code]) classify(code);

const LATIN_LETTER = /\p{L}/u;
const isLetterAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code < 0x3000 && LATIN_LETTER.test(text[i]!));
};

const UNDERSCORE = 0x5f;
const separatesFromHan = (text: string, i: number, start: number, end: number) =>
  (i > start && isHan(text.charCodeAt(i - 1))) || (i + 1 < end && isHan(text.charCodeAt(i + 1)));

const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;
/**
 * Whether a hyphen broken at a line end before position j is the name's own: a version or a model after it ("R1",
 * "V3", "4", "AI"). Before a capital and a small letter it splits one word ("Deep-⏎Seek", "Mini-⏎Max").
 */
function hardHyphenBefore(text: string, j: number): boolean {
  const code = text.charCodeAt(j);
  if (isAsciiDigit(code)) return true;
  if (!isUpperAscii(code)) return false;
  const next = text.charCodeAt(j + 1);
  return !isLetterAt(text, j + 1) || isUpperAscii(next) || Number.isNaN(next);
}

// How far back a hyphen's token is read for the marks of an identifier.
const TOKEN_REACH = 64;

/** Whether the hyphen at i ends a line inside a path or package name (@anthropic-ai/claude-⏎code), which keeps it. */
function inIdentifier(text: string, i: number, start: number): boolean {
  const stop = Math.max(start, i - TOKEN_REACH);
  for (let k = i - 1; k >= stop; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x2f || code === 0x40 || code === 0x5f) return true; // "/", "@", "_"
    if (code === 0x20 || code === 0x0a || code === 0x09) return false;
  }
  return false;
}

/**
 * Where the word goes on when the hyphen at i ends a line inside a word (a letter before it, a line
 * break right after it, a letter or digit after that), or -1. Only a line break directly after the hyphen:
 * "well- known" or a dash between words is left alone.
 */
function hyphenBreak(text: string, i: number, start: number, end: number): number {
  if (i <= start || !isLetterAt(text, i - 1)) return -1;
  let j = i + 1;
  if (text.charCodeAt(j) === 0x0d) j++;
  if (text.charCodeAt(j) !== 0x0a) return -1;
  j++;
  return j < end && (isLetterAt(text, j) || isAsciiDigit(text.charCodeAt(j))) ? j : -1;
}

// TextDecoder turns UTF-16 units into a string in one native call, an order of magnitude faster than
// String.fromCharCode in chunks. It replaces a lone surrogate with U+FFFD, though, so text that has
// one takes the slow path and keeps every unit as it was.
const UTF16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le', { ignoreBOM: true });

function decode(codes: Uint16Array, length: number, surrogates: boolean): string {
  // A native call costs more than it saves on a short phrase.
  if (UTF16 && length > 256 && !(surrogates && hasLoneSurrogate(codes, length))) return UTF16.decode(codes.subarray(0, length));
  // Chunked: String.fromCharCode with a huge argument list would overflow the stack on megabyte pages.
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

function hasLoneSurrogate(codes: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < length && codes[i + 1]! >= 0xdc00 && codes[i + 1]! <= 0xdfff) i++;
    else return true;
  }
  return false;
}

// Compiling a lexicon folds a thousand phrases, in the page's first task: a lean loop with one
// scratch array, the same folding as foldRanges without the offsets.
let phraseScratch = new Uint16Array(128);

function foldPhraseTo(phrase: string, table: Uint16Array): string {
  if (phraseScratch.length < phrase.length) phraseScratch = new Uint16Array(phrase.length * 2);
  const out = phraseScratch;
  let n = 0;
  let space = false;
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    const kind = KIND[code] || classify(code);
    if (kind === IGNORABLE) continue;
    if (kind === SPACE) {
      space = true;
      continue;
    }
    // A bold or script letter of a post ("𝒩") is folded to its plain letter, as foldRange folds it.
    const letter = code === MATH_HIGH_SURROGATE && i + 1 < phrase.length ? mathLetter(phrase.charCodeAt(i + 1)) : 0;
    const folded = letter ? table[letter]! : table[code]!;
    if (letter) i++;
    if (space && (n === 0 || keepsSpace(out[n - 1]!, folded))) out[n++] = 0x20;
    space = false;
    out[n++] = folded;
  }
  // A trailing space would be trimmed anyway; a leading one is trimmed below, as foldRanges' output was.
  return String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]).trim();
}

/** Folds a term or context phrase the way page text is folded, so both meet in the same alphabet. */
export function foldPhrase(phrase: string): string {
  return foldPhraseTo(phrase, LOWER);
}

/** Like foldPhrase but keeping letter case, for terms that must be written exactly so ("MiniMax"). */
export function foldPhraseCased(phrase: string): string {
  return foldPhraseTo(phrase, CASED);
}
