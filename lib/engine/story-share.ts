import { casedSlice, type FoldedText } from '../text/normalize';

// A page shorter than this is read whole (a headline and a few lines): any anchor speaks for it.
const MIN_BLOCKS = 6;
// Below these shares of blocks, and of words, in blocks with a strong anchor, the page is about
// something else (a disambiguation page, a link list, a newsletter with one story line) and lends
// no document support. Words count too, so one long story paragraph among short lines still holds.
const MIN_BLOCK_SHARE = 0.2;
const MIN_WORD_SHARE = 0.3;
// Up to this many blocks, or this many half-words (1,200 words: a thread of short replies, each with its byline and
// "reply" as blocks of their own), a page whose title names the story is about it whatever its replies are about.
const TITLED_PAGE_BLOCKS = 45;
const TITLED_PAGE_UNITS = 2400;
// A page's title stands in its first blocks, after a site name, a menu and a section label.
const TITLE_BLOCKS = 4;
// At most this long in half-words (30 words, or 60 Han characters), a later block can be a title.
const TITLE_MAX_UNITS = 60;
// A full stop inside a block or at its end (not after a capital: "U.S. firm"): a sentence, not a headline. A headline may ask.
const SENTENCE_END = /。|[^A-Z]\.(?:\s|$)/;

/** How much of the page is about the story: blocks holding a strong anchor, out of all blocks read. */
export class StoryShare {
  readonly #blocks = new Set<number>();
  readonly #weights: Int32Array;
  readonly #total: number;
  /** The first blocks, where a page's title stands (after a site name, a menu, a section label), or -1 where none can. */
  readonly #titles: number[];
  #storyWeight = 0;

  /** units: unitPrefix of the folded text, so a block's weight is its length in half-words. */
  constructor(folded: FoldedText, units: Int32Array) {
    const count = folded.rangeStart.length;
    const blockEnd = (k: number) => (k + 1 < count ? folded.rangeStart[k + 1]! : folded.lower.length);
    this.#weights = new Int32Array(count);
    let total = 0;
    for (let k = 0; k < count; k++) {
      this.#weights[k] = units[blockEnd(k)]! - units[folded.rangeStart[k]!]!;
      total += this.#weights[k]!;
    }
    this.#total = total;
    const title = (k: number) => (k < count && !isListEntry(folded, k) ? k : -1);
    // Past the first two, only a short block with no sentence in it can be a title: a paragraph that names the story in
    // passing is no headline.
    const headline = (k: number) => {
      if (k >= count || this.#weights[k]! > TITLE_MAX_UNITS) return false;
      return !SENTENCE_END.test(casedSlice(folded, folded.rangeStart[k]!, blockEnd(k)).trimEnd());
    };
    this.#titles = Array.from({ length: TITLE_BLOCKS }, (_, k) => (k < 2 || headline(k) ? title(k) : -1));
  }

  add(block: number): void {
    if (this.#blocks.has(block)) return;
    this.#blocks.add(block);
    this.#storyWeight += this.#weights[block] ?? 0;
  }

  /** Whether the page is enough about the story for a mention elsewhere to support an ambiguous word. */
  enough(): boolean {
    const blocks = this.#weights.length;
    if (this.#blocks.size === 0) return false;
    if (blocks < MIN_BLOCKS) return true;
    // A page whose title (in its first blocks) names the story is about it: a thread under "Claude是不是把中国拉黑了", a Q&A
    // under "Why can't I use Claude in Hong Kong?", a news page whose headline follows the site's menu.
    if ((blocks <= TITLED_PAGE_BLOCKS || this.#total <= TITLED_PAGE_UNITS) && this.#titles.some((k) => this.#blocks.has(k))) return true;
    return this.#blocks.size >= blocks * MIN_BLOCK_SHARE || this.#storyWeight >= this.#total * MIN_WORD_SHARE;
  }
}

// A bullet, "1." / "2)", "[3]", or the Chinese "1、" / "（2）" at the start of a block.
const LIST_MARKER = /^\s*(?:[•●▪◦‣*\-–—·]\s|\d{1,3}[.)]\s|\[\d{1,3}\]\s|(?:\d{1,3}|[一二三四五六七八九十]{1,3})、|[（(]\d{1,3}[）)])/u;

/**
 * Whether the block is an entry of a list: its words describe that entry only, so support from a
 * neighbouring entry ("• Claude (language model)…" above "• Claude (crater)…") says nothing about it.
 */
export function isListEntry(folded: FoldedText, block: number): boolean {
  const start = folded.rangeStart[block];
  if (start === undefined) return false;
  return LIST_MARKER.test(casedSlice(folded, start, start + 12));
}
