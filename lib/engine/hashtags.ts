import { casedAt, casedStartsWith, type FoldedText } from '../text/normalize';
import { isAsciiDigit, isUpperUnit, isWordUnit } from '../text/word-chars';
import type { CompiledLexicon } from './compile';
import type { Candidate } from './scan';

const HASH = 0x23;
// A hashtag longer than this is a run of text, not a few words run together; reading it would cost for nothing.
const LONGEST_TAG = 60;

function isLowerOrDigit(code: number): boolean {
  return isAsciiDigit(code) || (isWordUnit(code) && !isUpperUnit(code) && code !== 0x5f);
}

/**
 * Where the words of a hashtag written in camel case meet ("#ClaudeCodeLeak": before "Code" and "Leak";
 * "#AIClaude": before "Claude"), or null when it has none. Positions are in the folded text.
 */
function humps(folded: FoldedText, start: number, end: number): Set<number> | null {
  let found: Set<number> | null = null;
  for (let i = start + 1; i < end; i++) {
    const code = casedAt(folded, i);
    if (!isUpperUnit(code)) continue;
    const previous = casedAt(folded, i - 1);
    const lowerBefore = isLowerOrDigit(previous);
    const capitalsBefore = isUpperUnit(previous) && i + 1 < end && isLowerOrDigit(casedAt(folded, i + 1)) && !isAsciiDigit(casedAt(folded, i + 1));
    if (lowerBefore || capitalsBefore) (found ??= new Set()).add(i);
  }
  return found;
}

/**
 * Names run together with other words in a camel-case hashtag ("#ClaudeCodeLeak", "#AnthropicLeak",
 * "#MiniMaxM2"): the scan's word boundaries cannot see them, but a reader does. Only names (companies,
 * people, products) are read this way, from a word's start to a word's end; a topic word inside a tag
 * ("Leak") is the tag's own word, not a mention of its own.
 */
export function hashtagCandidates(folded: FoldedText, lexicon: CompiledLexicon, scanned: (start: number, end: number) => boolean): Candidate[] {
  const { lower, lowerCodes, rangeStart } = folded;
  const found: Candidate[] = [];
  // Tags come in order of position, so the block of the current one only moves forward.
  let block = 0;
  for (let hash = lower.indexOf('#'); hash >= 0; hash = lower.indexOf('#', hash + 1)) {
    const start = hash + 1;
    if (hash > 0 && (isWordUnit(casedAt(folded, hash - 1)) || casedAt(folded, hash - 1) === HASH)) continue;
    let end = start;
    while (end < folded.casedCodes.length && end - start <= LONGEST_TAG && isWordUnit(casedAt(folded, end)) && casedAt(folded, end) < 0x80) end++;
    if (end - start < 4 || end - start > LONGEST_TAG || isWordUnit(casedAt(folded, end))) continue;
    const joints = humps(folded, start, end);
    // A tag the scan already read ("#DeepSeekR1": the name and its version) is left as it read it.
    if (!joints || scanned(start, end)) continue;
    while (block + 1 < rangeStart.length && rangeStart[block + 1]! <= start) block++;
    const words = wordsOfTag(lexicon, lowerCodes, start, end, joints);
    const first = found.length;
    for (const word of words) {
      const owners: string[] = []; // one candidate per owner, as the scan makes them
      for (const term of lexicon.patternTerms[word.pattern]!) {
        if (term.entity === null || owners.includes(term.signal)) continue;
        if (term.caseMode === 'exact' && !casedStartsWith(folded, term.casedFolded, word.start)) continue;
        if (term.caseMode === 'capitalized' && !isUpperUnit(casedAt(folded, word.start))) continue;
        owners.push(term.signal);
        const candidate: Candidate = { term, start: word.start, end: word.end, block, decided: false };
        if (word.end === end || ownNextWord(lexicon, candidate, words)) found.push(candidate);
      }
    }
    joinParts(found, first);
  }
  return found;
}

interface TagWord {
  pattern: number;
  start: number;
  end: number;
}

/** The automaton's patterns that run from one of the tag's word starts to one of its word ends. */
function wordsOfTag(lexicon: CompiledLexicon, lowerCodes: Uint16Array, start: number, end: number, joints: Set<number>): TagWord[] {
  const hits = lexicon.automaton.find(lowerCodes.subarray(start, end), end - start);
  const words: TagWord[] = [];
  for (let h = 0; h < hits.length; h++) {
    const pattern = hits.patterns[h]!;
    const wordEnd = start + hits.ends[h]!;
    const wordStart = wordEnd - lexicon.patternLength[pattern]!;
    if ((wordStart === start || joints.has(wordStart)) && (wordEnd === end || joints.has(wordEnd))) words.push({ pattern, start: wordStart, end: wordEnd });
  }
  return words;
}

/**
 * A name that may be someone's given name is followed in the tag by a word of its own ("#ClaudeCodeLeak",
 * "#ClaudeAI", "#MiniMaxM2"), not by another name ("#ClaudeMonet", "#KimiRaikkonen"), as rejectNextCapitalized
 * asks of prose.
 */
function ownNextWord(lexicon: CompiledLexicon, candidate: Candidate, words: readonly TagWord[]): boolean {
  const except = candidate.term.rule?.nextCapitalizedExcept;
  if (!except) return true;
  return words.some(
    (word) =>
      word.start === candidate.end &&
      (lexicon.patternTerms[word.pattern]!.some((term) => term.signal === candidate.term.signal) ||
        except.some((ref) =>
          'cue' in ref
            ? lexicon.patternCues[word.pattern]!.some((cue) => cue.set === ref.cue)
            : lexicon.patternTerms[word.pattern]!.some((term) => term.signal === ref.signal),
        )),
  );
}

/**
 * A name and its product or surname right after it in one tag ("#MiniMaxM2", "#DarioAmodei…") are one mention,
 * as "MiniMax M2" is in prose, and as plain as a name with its version: the first part takes the second's end,
 * as a version suffix does.
 */
function joinParts(found: Candidate[], first: number): void {
  const parts = found.splice(first).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const part of parts) {
    const last = found.length > first ? found[found.length - 1]! : null;
    if (last && last.end === part.start && last.term.signal === part.term.signal) {
      last.end = part.end;
      last.decided = true;
      last.joined = true;
    } else if (!last || part.start >= last.end) found.push(part);
  }
}
