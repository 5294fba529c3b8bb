import { SEPARATOR, type FoldedText } from '../text/normalize';
import { isWordUnit } from '../text/word-chars';

/**
 * Sentence numbers for the folded text: ids[i] is the sentence of position i, so "same sentence" is
 * one comparison. A rule that needs an actor and an object "in the same sentence" reads this.
 *
 * Boundaries: 。！？ and ; (a semicolon joins two statements: "…linked to China; Alibaba banned it"),
 * block separators, list bullets, and . ! ? before a space — except a period after a single letter or a common
 * abbreviation ("U.S. export controls", "Mr. Amodei"), or before a lower-case word.
 */
// List bullets and the dots between the items of a ticker or a run of links ("Storm Claude brings gusts • Helium
// leak delays undocking", "‧ 迷你倉火警後 消防處限制存放物品") end an item as a full stop would. Bars do not: they also
// separate a table's cells, which make one statement ("OpenAI | Blocked since July 2024").
const HARD = new Set(['\u3002', '!', '?', ';', SEPARATOR, '\u2022', '\u2027', '\u25aa', '\u25cf', '\u25a0', '\u25c6', '\u25ba', '\u25b6'].map((c) => c.charCodeAt(0)));
// The same set as a table: this loop reads every character of the page.
const HARD_UNIT = new Uint8Array(0x10000);
for (const code of HARD) HARD_UNIT[code] = 1;
// A middle dot with a space beside it is a list bullet; between two names (达里奥·阿莫迪) it joins them.
const MIDDLE_DOT = 0xb7;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'jr', 'sr', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'gov', 'dept', 'rep', 'sen', 'prof', 'rev']);
const PERIOD = 0x2e;
const SPACE = 0x20;

function periodEnds(lower: string, cased: Uint16Array, i: number): boolean {
  const next = lower.charCodeAt(i + 1);
  if (i + 1 < lower.length && next !== SPACE && !HARD.has(next)) return false; // "2.1.88", "claude.ai"
  // The word before the period: a single letter or an abbreviation does not end a sentence.
  let j = i;
  while (j > 0 && isWordUnit(lower.charCodeAt(j - 1)) && i - j < 6) j--;
  const word = lower.slice(j, i);
  if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
  // "… and so on. the next …": a lower-case continuation is not a new sentence.
  const after = i + 2 < cased.length ? cased[i + 2]! : Number.NaN;
  if (next === SPACE && after >= 0x61 && after <= 0x7a) return false;
  return true;
}

function bulletDot(lower: string, i: number): boolean {
  return lower.charCodeAt(i + 1) === SPACE || (i > 0 && lower.charCodeAt(i - 1) === SPACE);
}

export function sentenceIds(lower: string, cased: Uint16Array): Int32Array {
  const ids = new Int32Array(lower.length + 1);
  ids[lower.length] = fill(ids, lower, cased, null, 0, lower.length, 0);
  return ids;
}

/** Numbers positions from..to-1, the first with `id`; returns the id after the last boundary. */
function fill(ids: Int32Array, lower: string, cased: Uint16Array, codes: Uint16Array | null, from: number, to: number, first: number): number {
  let id = first;
  for (let i = from; i < to; i++) {
    ids[i] = id;
    const code = codes ? codes[i]! : lower.charCodeAt(i);
    if (HARD_UNIT[code] === 1 || (code === PERIOD && periodEnds(lower, cased, i)) || (code === MIDDLE_DOT && bulletDot(lower, i))) id++;
  }
  return id;
}

/**
 * Sentence ids for the given ranges (blocks) of folded text only, each block with its separator: the
 * rules ask only about blocks that hold a candidate, and numbering a whole slice was a pass over every
 * character. Ids compare like sentenceIds' within a block; positions of other blocks read 0, which no
 * numbered position has (block k's ids run from rangeStart[k] + 1 to at most the next block's start),
 * so they never count as the same sentence, as before.
 */
export function sentenceIdsIn(folded: FoldedText, blocks: Iterable<number>, into?: Int32Array): Int32Array {
  const { lower, casedCodes: cased, lowerCodes, rangeStart } = folded;
  // `into`: scratch at least lower.length + 1 long, cleared here since unread blocks must read 0.
  const ids = into ? into.subarray(0, lower.length + 1).fill(0) : new Int32Array(lower.length + 1);
  for (const k of blocks) {
    const start = rangeStart[k]!;
    const end = k + 1 < rangeStart.length ? rangeStart[k + 1]! : lower.length;
    const last = fill(ids, lower, cased, lowerCodes, start, end, start + 1);
    if (end === lower.length) ids[end] = last;
  }
  return ids;
}
