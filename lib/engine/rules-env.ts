/**
 * What every rule family reads: the page's folded text and cue hits (RuleEnv), the memos that answer
 * per-sentence and per-block casing questions once, and the lookup from a rule's ref to its hit index.
 * Kept apart so that both verdict families (rules-negative, rules-support) read one environment.
 */
import type { FoldedText } from '../text/normalize';
import type { BlockSpan } from '../types';
import type { Ref, SignalKey } from './compile';
import { authorLineEnd, casualLines, isCasedProse, isTitleCase } from './context';
import { EMPTY_INDEX, type HitIndex } from './hit-index';
import type { Candidate } from './scan';

/** What rules read: the folded text, its cue hits, accepted mentions so far, and document counts. */
export interface RuleEnv {
  text: string;
  folded: FoldedText;
  units: Int32Array;
  /** Sentence number of each folded position (sentenceIds). */
  sentences: Int32Array;
  cues: HitIndex[];
  signals: Map<SignalKey, HitIndex>;
  /**
   * Mentions of `key` lending document support: on a page about the story, (aiPage) on an AI page, or (pointedBack)
   * on any page when an anaphor right by the word points back to the name.
   */
  documentCount(key: SignalKey, aiPage?: boolean, pointedBack?: boolean): number;
  titleCase(block: number): boolean;
  /** Whether the sentence at a folded position is normally cased Latin prose (isCasedProse). */
  casedProse(position: number): boolean;
  /** Whether the lines around a block are written casually, many starting in lower case (casualLines). */
  casualAround(block: number): boolean;
  /** Whether a block is an entry of a list (isListEntry): it neither lends nor borrows support across blocks. */
  listEntry(block: number): boolean;
  /** Whether enough of the page is about the story for document-level support (StoryShare). */
  aboutStory(): boolean;
  /** Whether a lower-case company name stands in a list with another one (makeListedLowerName). */
  listedLowerName(candidate: Candidate): boolean;
  /** Whether a capitalised name labels a line of a conversation among people (makeSpeakerAmongPeople). */
  speakerAmongPeople(candidate: Candidate): boolean;
}

/** How a reason says a group held only through a mention elsewhere on the page (summarize reads it). */
export const DOCUMENT_SUPPORT = 'the document mentions';

export function makeCasedProse(folded: FoldedText, sentences: Int32Array, text?: string): (position: number) => boolean {
  // Keyed by sentence, and apart for the message under a post's author line (negative keys), which is judged alone.
  const memo = new Map<number, boolean>();
  const authorEnds = new Map<number, number>();
  return (position) => {
    const id = sentences[position]!;
    let messageStart = -1;
    if (text !== undefined) {
      let end = authorEnds.get(id);
      if (end === undefined) authorEnds.set(id, (end = authorLineEnd(folded, sentences, position, text)));
      if (end >= 0 && position >= end) messageStart = end;
    }
    const key = messageStart >= 0 ? -1 - id : id;
    let known = memo.get(key);
    if (known === undefined) {
      known = isCasedProse(folded, sentences, position, messageStart);
      memo.set(key, known);
    }
    return known;
  };
}

export function makeTitleCase(folded: FoldedText): (block: number) => boolean {
  const memo = new Map<number, boolean>();
  return (block) => {
    let known = memo.get(block);
    if (known === undefined) {
      known = isTitleCase(folded, block);
      memo.set(block, known);
    }
    return known;
  };
}

/** The hit index a rule's ref names; a cue or signal the page never hit reads as empty. */
export const indexOf = (env: RuleEnv, ref: Ref): HitIndex =>
  'cue' in ref ? (env.cues[ref.cue] ?? EMPTY_INDEX) : (env.signals.get(ref.signal) ?? EMPTY_INDEX);

// Enough hits on each side to find the nearest one (a contrary cue, or a support being weighed against
// one), even when several sit in the window.
export const NEAREST_LIMIT = 6;

// Blocks each side whose lines are counted: a comment thread's neighbours are its other comments.
const CASUAL_REACH = 4;

/** Whether the lines of the blocks around a block (`ranges`: the blocks' spans in `text`) are written casually. */
export function makeCasualAround(ranges: readonly BlockSpan[], text: string): (block: number) => boolean {
  // [lower-case starts, capitalised starts] per block, counted when first asked (-1: not yet).
  const perBlock = new Int32Array(ranges.length * 2).fill(-1);
  // The answer per block (0: not yet, 1: casual, 2: not): rules ask it for every candidate and pass.
  const answers = new Uint8Array(ranges.length);
  return (block) => {
    if (answers[block]) return answers[block] === 1;
    let lower = 0;
    let upper = 0;
    for (let k = Math.max(0, block - CASUAL_REACH); k <= Math.min(ranges.length - 1, block + CASUAL_REACH); k++) {
      if (perBlock[2 * k]! < 0) {
        perBlock[2 * k] = perBlock[2 * k + 1] = 0;
        casualLines(text, ranges[k]!.start, ranges[k]!.end, perBlock, 2 * k);
      }
      lower += perBlock[2 * k]!;
      upper += perBlock[2 * k + 1]!;
    }
    // Casual: at least two lines, and a third of them, start in lower case.
    const casual = lower >= 2 && lower * 3 >= lower + upper;
    answers[block] = casual ? 1 : 2;
    return casual;
  };
}
