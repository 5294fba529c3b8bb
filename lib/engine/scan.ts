import { casedAt, casedStartsWith, type FoldedText } from '../text/normalize';
import { isUpperUnit, isWordUnit } from '../text/word-chars';
import { NEEDS_EDGE_AFTER, NEEDS_EDGE_BEFORE } from './aho-corasick';
import type { CompiledLexicon, CompiledTerm } from './compile';
import { hashtagCandidates } from './hashtags';
import { HitSets, type HitIndex } from './hit-index';

/** A term found in the folded text, before its context rule has spoken. */
export interface Candidate {
  term: CompiledTerm;
  start: number;
  end: number;
  block: number;
  /** A suffix that makes the term unambiguous matched ("Claude 3.7 Sonnet"). */
  decided: boolean;
  /** A name run together with its product or surname in a camel-case hashtag ("#MiniMaxM2"): decided too. */
  joined?: true;
}

export interface ScanResult {
  candidates: Candidate[];
  /** One index per cue list, by list number. */
  cues: HitIndex[];
}

// A suffix (a model version) is short; reading at most this much keeps any pattern's cost bounded.
const SUFFIX_WINDOW = 32;
const HYPHEN_AT_LINE_END = /^-\r?\n/;

function bounded(lower: string, start: number, end: number, leftEdge: boolean, rightEdge: boolean): boolean {
  if (leftEdge && start > 0 && isWordUnit(lower.charCodeAt(start - 1))) return false;
  if (rightEdge && end < lower.length && isWordUnit(lower.charCodeAt(end))) return false;
  return true;
}

function caseFits(folded: FoldedText, term: CompiledTerm, start: number, end: number): boolean {
  // startsWith compares in place: no slice per hit.
  if (term.caseMode === 'exact') return end - start === term.casedFolded.length && casedStartsWith(folded, term.casedFolded, start);
  if (term.caseMode === 'capitalized') return isUpperUnit(casedAt(folded, start));
  return true;
}

function suffixLength(lower: string, term: CompiledTerm, end: number): number {
  if (!term.suffix) return 0;
  term.suffix.lastIndex = 0;
  const match = term.suffix.exec(lower.slice(end, end + SUFFIX_WINDOW));
  return match ? match[0].length : 0;
}

/** The candidate of one term at one hit, or null when its case, suffix or word boundaries say no. */
function candidateAt(folded: FoldedText, term: CompiledTerm, start: number, end: number, block: number, text: string): Candidate | null {
  const { lower } = folded;
  if (!caseFits(folded, term, start, end)) return null;
  let extra = suffixLength(lower, term, end);
  // Folding turns a line break into a space; a version on the next line ("…蒸馏 Claude⏎09:19 老周") is not the name's,
  // unless the name's own hyphen ends the line ("DeepSeek-⏎R1", as a PDF breaks it).
  if (extra > 0) {
    const gap = text.slice(folded.origEnd[end - 1]!, folded.origStart[end + extra - 1]!);
    if (gap.includes('\n') && !HYPHEN_AT_LINE_END.test(gap)) extra = 0;
  }
  let stop = end + extra;
  let decided = extra > 0 && term.suffixDecides;
  if (extra > 0 && !bounded(lower, start, stop, term.leftEdge, isWordUnit(lower.charCodeAt(stop - 1)))) {
    stop = end;
    decided = false;
  }
  if (!bounded(lower, start, stop, term.leftEdge, stop === end ? term.rightEdge : isWordUnit(lower.charCodeAt(stop - 1)))) return null;
  return { term, start, end: stop, block, decided };
}

/**
 * For each pattern, the word boundaries every one of its terms and cues demands, so the automaton can
 * drop hits inside words that scanFolded would reject anyway (a term with a suffix may extend past
 * its end, so only its start edge counts).
 */
function patternEdges(lexicon: CompiledLexicon): Uint8Array {
  const edges = new Uint8Array(lexicon.patternTerms.length);
  for (let p = 0; p < edges.length; p++) {
    let before = true;
    let after = true;
    for (const term of lexicon.patternTerms[p]!) {
      before &&= term.leftEdge;
      after &&= term.rightEdge && !term.suffix;
    }
    for (const cue of lexicon.patternCues[p]!) {
      before &&= cue.leftEdge;
      after &&= cue.rightEdge;
    }
    edges[p] = (before ? NEEDS_EDGE_BEFORE : 0) | (after ? NEEDS_EDGE_AFTER : 0);
  }
  return edges;
}
const edgesOf = new WeakMap<CompiledLexicon, Uint8Array>();

// Reused by every scan (scans never nest): cue hits cost no allocation per call.
const cueHits = new HitSets();

/** Whether a candidate (in order of end, as the scan finds them) overlaps [start, end). */
function overlapsAny(candidates: readonly Candidate[], start: number, end: number): boolean {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (candidates[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  // Names are short: one that ends after the tag but began inside it is among the next few.
  for (let i = low; i < Math.min(candidates.length, low + 4); i++) if (candidates[i]!.start < end) return true;
  return false;
}

/** `text` is the document's original text: `folded` maps back to it (line breaks fold to spaces). */
export function scanFolded(folded: FoldedText, lexicon: CompiledLexicon, text: string): ScanResult {
  const { lower, rangeStart } = folded;
  const { patternLength, patternTerms, patternCues } = lexicon;
  const candidates: Candidate[] = [];
  cueHits.clear();
  let edges = edgesOf.get(lexicon);
  if (!edges) edgesOf.set(lexicon, (edges = patternEdges(lexicon)));
  const hits = lexicon.automaton.find(folded.lowerCodes, folded.lowerCodes.length, edges);
  let block = 0;
  for (let h = 0; h < hits.length; h++) {
    const pattern = hits.patterns[h]!;
    const end = hits.ends[h]!;
    // Hits come in order of end, so the block of the last character only moves forward.
    while (block + 1 < rangeStart.length && rangeStart[block + 1]! <= end - 1) block++;
    const start = end - patternLength[pattern]!;
    const terms = patternTerms[pattern]!;
    if (terms.length === 1) {
      const candidate = candidateAt(folded, terms[0]!, start, end, block, text);
      if (candidate) candidates.push(candidate);
    } else if (terms.length > 1) {
      const seen: string[] = []; // one candidate per owner: the first term variant whose case fits
      for (const term of terms) {
        if (seen.includes(term.signal)) continue;
        const candidate = candidateAt(folded, term, start, end, block, text);
        if (!candidate) continue;
        seen.push(term.signal);
        candidates.push(candidate);
      }
    }
    const cues = patternCues[pattern]!;
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k]!;
      if (bounded(lower, start, end, cue.leftEdge, cue.rightEdge)) cueHits.push(cue.set, start, end, block);
    }
  }
  const inTags = hashtagCandidates(folded, lexicon, (start, end) => overlapsAny(candidates, start, end));
  if (inTags.length > 0) {
    candidates.push(...inTags);
    candidates.sort((a, b) => a.end - b.end || a.start - b.start);
  }
  return { candidates, cues: cueHits.build(lexicon.cueNames.length) };
}
