import type { FoldedText } from '../text/normalize';
import { isUpperUnit, isWordUnit } from '../text/word-chars';
import type { CompiledLexicon, CompiledTerm } from './compile';
import { indexHits, type HitIndex, type RawHit } from './hit-index';

/** A term found in the folded text, before its context rule has spoken. */
export interface Candidate {
  term: CompiledTerm;
  start: number;
  end: number;
  block: number;
  /** A suffix that makes the term unambiguous matched ("Claude 3.7 Sonnet"). */
  decided: boolean;
}

export interface ScanResult {
  candidates: Candidate[];
  /** One index per cue list, by list number. */
  cues: HitIndex[];
}

// A suffix (a model version) is short; reading at most this much keeps any pattern's cost bounded.
const SUFFIX_WINDOW = 32;

function bounded(lower: string, start: number, end: number, leftEdge: boolean, rightEdge: boolean): boolean {
  if (leftEdge && start > 0 && isWordUnit(lower.charCodeAt(start - 1))) return false;
  if (rightEdge && end < lower.length && isWordUnit(lower.charCodeAt(end))) return false;
  return true;
}

function caseFits(folded: FoldedText, term: CompiledTerm, start: number, end: number): boolean {
  if (term.caseMode === 'exact') return folded.cased.slice(start, end) === term.casedFolded;
  if (term.caseMode === 'capitalized') return isUpperUnit(folded.cased.charCodeAt(start));
  return true;
}

function suffixLength(lower: string, term: CompiledTerm, end: number): number {
  if (!term.suffix) return 0;
  term.suffix.lastIndex = 0;
  const match = term.suffix.exec(lower.slice(end, end + SUFFIX_WINDOW));
  return match ? match[0].length : 0;
}

export function scanFolded(folded: FoldedText, lexicon: CompiledLexicon): ScanResult {
  const { lower, rangeStart } = folded;
  const candidates: Candidate[] = [];
  const cueHits: RawHit[][] = lexicon.cueNames.map(() => []);
  let block = 0;
  lexicon.automaton.scan(lower, (pattern, end) => {
    // Hits come in order of end, so the block of the last character only moves forward.
    while (block + 1 < rangeStart.length && rangeStart[block + 1]! <= end - 1) block++;
    const start = end - lexicon.patternLength[pattern]!;
    const terms = lexicon.patternTerms[pattern]!;
    let seen: string[] | undefined; // one candidate per owner: the first term variant whose case fits
    for (const term of terms) {
      if (seen?.includes(term.signal) || !caseFits(folded, term, start, end)) continue;
      const extra = suffixLength(lower, term, end);
      let stop = end + extra;
      let decided = extra > 0 && term.suffixDecides;
      if (extra > 0 && !bounded(lower, start, stop, term.leftEdge, isWordUnit(lower.charCodeAt(stop - 1)))) {
        stop = end;
        decided = false;
      }
      if (!bounded(lower, start, stop, term.leftEdge, stop === end ? term.rightEdge : isWordUnit(lower.charCodeAt(stop - 1)))) continue;
      if (terms.length > 1) (seen ??= []).push(term.signal);
      candidates.push({ term, start, end: stop, block, decided });
    }
    for (const cue of lexicon.patternCues[pattern]!) {
      if (bounded(lower, start, end, cue.leftEdge, cue.rightEdge)) cueHits[cue.set]!.push({ start, end, block });
    }
  });
  return { candidates, cues: cueHits.map(indexHits) };
}
