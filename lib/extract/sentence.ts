/**
 * The sentence around a mention, for display ("each mention shown in its sentence") and for the
 * popup's figure check. Sentences never cross a block; offsets are those of DocumentText.text.
 */
import type { BlockSpan, DocumentText } from '../types';

export interface SentenceContext {
  /** Sentence text before the match, whitespace runs collapsed; starts with "…" when cut. */
  before: string;
  match: string;
  /** Sentence text after the match, through its terminator; ends with "…" when cut. */
  after: string;
}

/** Terminators that end a sentence on their own (CJK) or only before whitespace (Latin). */
const CJK_END = new Set(['。', '！', '？', '；', '…']);
const LATIN_END = new Set(['.', '!', '?']);
const SPACE = /\s/;

export function sentenceAround(doc: DocumentText, start: number, end: number, maxChars = 160): SentenceContext {
  const block = blockAt(doc.blocks, start) ?? { start, end };
  const text = doc.text;
  let from = start;
  while (from > block.start && !endsSentence(text, from - 1)) from--;
  while (from < start && SPACE.test(text[from] ?? '')) from++;
  let to = end;
  while (to < block.end && !endsSentence(text, to - 1)) to++;
  let before = collapse(text.slice(from, start));
  let after = collapse(text.slice(end, to)).trimEnd();
  if (before.length > maxChars) before = `…${before.slice(before.length - maxChars).trimStart()}`;
  if (after.length > maxChars) after = `${after.slice(0, maxChars).trimEnd()}…`;
  return { before, match: collapse(text.slice(start, end)), after };
}

/** The sentence as one string (PageMention.sentence). */
export function sentenceText(doc: DocumentText, start: number, end: number, maxChars = 160): string {
  const { before, match, after } = sentenceAround(doc, start, end, maxChars);
  return `${before}${match}${after}`;
}

/** True when the character at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (CJK_END.has(c)) return true;
  // "2.1.88" and "e.g.x" are not ends: a Latin terminator needs whitespace (or the end) after it.
  return LATIN_END.has(c) && (i + 1 >= text.length || SPACE.test(text[i + 1] ?? ''));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The block containing `offset` (binary search), or undefined when it lies between blocks. */
export function blockAt(blocks: readonly BlockSpan[], offset: number): BlockSpan | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const block = blocks[mid] as BlockSpan;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return block;
  }
  return undefined;
}

/** The sentences of a block as [start, end) spans of the text, leading whitespace left out, terminators kept. */
export function sentenceSpans(text: string, block: BlockSpan): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = block.start;
  for (let i = block.start; i < block.end; i++) {
    if (!endsSentence(text, i) && i + 1 < block.end) continue;
    while (from <= i && SPACE.test(text[from] ?? '')) from++;
    if (from <= i) spans.push([from, i + 1]);
    from = i + 1;
  }
  return spans;
}
