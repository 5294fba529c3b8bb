import type { FoldedText } from '../text/normalize';
import type { CompiledGroup, CompiledRule, Ref, SignalKey } from './compile';
import { evidenceRank, gluedToCode, hitsNear, hitTouching, isCasedProse, isTitleCase, nextWordCapitalized, possessiveOwner, previousGivenName } from './context';
import { EMPTY_INDEX, firstStartAtOrAfter, type HitIndex } from './hit-index';
import { quote } from './quote';
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
  documentCount(key: SignalKey): number;
  titleCase(block: number): boolean;
  /** Whether the sentence at a folded position is normally cased Latin prose (isCasedProse). */
  casedProse(position: number): boolean;
  /** Whether a block is an entry of a list (isListEntry): it neither lends nor borrows support across blocks. */
  listEntry(block: number): boolean;
  /** Whether enough of the page is about the story for document-level support (StoryShare). */
  aboutStory(): boolean;
}

/** How a reason says a group held only through a mention elsewhere on the page (summarize reads it). */
export const DOCUMENT_SUPPORT = 'the document mentions';

export function makeCasedProse(folded: FoldedText, sentences: Int32Array): (position: number) => boolean {
  const memo = new Map<number, boolean>();
  return (position) => {
    const id = sentences[position]!;
    let known = memo.get(id);
    if (known === undefined) {
      known = isCasedProse(folded, sentences, position);
      memo.set(id, known);
    }
    return known;
  };
}

/** Written all in lower case (at least one letter, no capital). */
function writtenLowercase(folded: FoldedText, start: number, end: number): boolean {
  return folded.cased.slice(start, end) === folded.lower.slice(start, end) && /\p{Ll}/u.test(folded.lower.slice(start, end));
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

const indexOf = (env: RuleEnv, ref: Ref): HitIndex =>
  'cue' in ref ? (env.cues[ref.cue] ?? EMPTY_INDEX) : (env.signals.get(ref.signal) ?? EMPTY_INDEX);

/**
 * What speaks against a candidate. `reject`: a reason that holds whatever the support (a cue touching
 * or containing it, a surname after it). `weigh`: a contrary cue elsewhere in the window, which only
 * rejects when no supporting hit is nearer ("the Claude Code leak was about a memory leak").
 */
export type Negative =
  /** person: a person-introducing cue touches it, so the name is someone's in its whole block. */
  | { kind: 'reject'; reason: string; person?: boolean }
  /** rank: distance of the nearest contrary cue, as evidenceRank measures it. */
  | { kind: 'weigh'; rank: number; reason: string };

// Enough hits on each side to find the nearest one, even when several sit in the window.
const NEAREST_LIMIT = 6;

function nearest(env: RuleEnv, index: HitIndex, hits: readonly number[], candidate: Candidate): [number, number] {
  let best = -1;
  let distance = Infinity;
  for (const j of hits) {
    const d = evidenceRank(index, j, candidate, env.units, env.sentences);
    if (d < distance) [best, distance] = [j, d];
  }
  return [best, distance];
}

/** Whether some hit of the index lies within the span (an owner's name among the story's own). */
function covers(index: HitIndex, span: { start: number; end: number }): boolean {
  const j = firstStartAtOrAfter(index, span.start);
  return j < index.length && index.starts[j]! < span.end && index.ends[j]! <= span.end + 1;
}

/** Computed once per candidate: neither outright rejections nor contrary cues change between passes. */
export function negativeVerdict(rule: CompiledRule, candidate: Candidate, env: RuleEnv): Negative | null {
  for (const [refs, side] of [
    [rule.personBefore, 'before'],
    [rule.personAfter, 'after'],
  ] as const) {
    for (const ref of refs) {
      const index = indexOf(env, ref);
      const j = hitTouching(index, candidate, side, env.folded.lower);
      if (j >= 0) return { kind: 'reject', reason: `a person's name (${quote(env, index, j)} ${side} it)`, person: true };
    }
  }
  for (const [refs, side] of [
    [rule.rejectBefore, 'before'],
    [rule.rejectAfter, 'after'],
  ] as const) {
    for (const ref of refs) {
      const index = indexOf(env, ref);
      const j = hitTouching(index, candidate, side, env.folded.lower);
      if (j >= 0) return { kind: 'reject', reason: `${quote(env, index, j)} ${side} it` };
    }
  }
  if (
    rule.rejectLowercase &&
    writtenLowercase(env.folded, candidate.start, candidate.end) &&
    !gluedToCode(env.folded.lower, candidate.start, candidate.end) &&
    env.casedProse(candidate.start)
  ) {
    return { kind: 'reject', reason: 'written in lower case in normally cased prose' };
  }
  if (rule.ownOwners) {
    const owner = possessiveOwner(env.folded, candidate.start);
    if (owner && !rule.ownOwners.some((ref) => covers(indexOf(env, ref), owner))) {
      return { kind: 'reject', reason: `someone else's ("${env.text.slice(env.folded.origStart[owner.start]!, env.folded.origEnd[owner.end - 1]!)}'s")` };
    }
  }
  if (
    rule.nextCapitalizedExcept &&
    nextWordCapitalized(env.folded, candidate.end) &&
    !env.titleCase(candidate.block) &&
    !rule.nextCapitalizedExcept.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0)
  ) {
    return { kind: 'reject', reason: 'followed by a capitalised name' };
  }
  if (
    rule.prevNameExcept &&
    previousGivenName(env.folded, env.sentences, candidate.start) &&
    (env.folded.cased.charCodeAt(candidate.start - 1) !== 0x20 || !env.titleCase(candidate.block)) &&
    !rule.prevNameExcept.some((ref) => hitTouching(indexOf(env, ref), candidate, 'before', env.folded.lower) >= 0)
  ) {
    return { kind: 'reject', reason: 'another given name before it' };
  }
  if (rule.rejectNear) {
    for (const ref of rule.rejectNear.refs) {
      const index = indexOf(env, ref);
      const [j] = hitsNear(index, candidate, env.units, rule.rejectNear.window, { sameBlock: true, overlapping: true, limit: 1 });
      if (j !== undefined) return { kind: 'reject', reason: `contrary context right by it ${quote(env, index, j)}` };
    }
  }
  // The nearest contrary cue so far; quoted once, at the end, not for every nearer one found.
  let weighIndex: HitIndex | null = null;
  let weighHit = -1;
  let weighRank = Infinity;
  if (rule.reject) {
    for (const ref of rule.reject.refs) {
      const index = indexOf(env, ref);
      const hits = hitsNear(index, candidate, env.units, rule.reject.window, { sameBlock: true, overlapping: true, limit: NEAREST_LIMIT });
      const [j, rank] = nearest(env, index, hits, candidate);
      if (j < 0) continue;
      const overlaps = index.starts[j]! < candidate.end && index.ends[j]! > candidate.start;
      if (overlaps) return { kind: 'reject', reason: `part of ${quote(env, index, j)}` };
      if (!weighIndex || rank < weighRank) {
        weighIndex = index;
        weighHit = j;
        weighRank = rank;
      }
    }
  }
  return weighIndex ? { kind: 'weigh', rank: weighRank, reason: `contrary context ${quote(env, weighIndex, weighHit)}` } : null;
}

// A paragraph's reach for localOnly cues, in words.
const LOCAL_WINDOW = 80;

/** The first hit of any of the refs near the candidate, quoted, or null. */
function firstHit(
  env: RuleEnv,
  refs: readonly Ref[],
  candidate: Candidate,
  window: number,
  sentences: Int32Array | undefined,
  overlapping = false,
): string | null {
  for (const ref of refs) {
    const index = indexOf(env, ref);
    const [j] = hitsNear(index, candidate, env.units, window, { sameBlock: true, overlapping, limit: 1, sentences });
    if (j !== undefined) return quote(env, index, j);
  }
  return null;
}

/** Whether any of the refs has a hit near the candidate: firstHit without building the quote. */
function anyHit(env: RuleEnv, refs: readonly Ref[], candidate: Candidate, window: number, sentences: Int32Array | undefined, overlapping = false): boolean {
  for (const ref of refs) {
    if (hitsNear(indexOf(env, ref), candidate, env.units, window, { sameBlock: true, overlapping, limit: 1, sentences }).length > 0) return true;
  }
  return false;
}

function sameWord(env: RuleEnv, index: HitIndex, j: number, candidate: Candidate): boolean {
  const { lower } = env.folded;
  const length = candidate.end - candidate.start;
  return index.ends[j]! - index.starts[j]! === length && lower.startsWith(lower.slice(candidate.start, candidate.end), index.starts[j]!);
}

interface GroupsVerdict {
  parts: string[];
  /** Rank of the nearest supporting hit in the candidate's block (evidenceRank). */
  support: number;
}

/**
 * The hits of one ref that may support the candidate for this group: near enough, in the blocks the group
 * may read, before it where the group says so, not another list entry's, and not the same word again.
 */
function supportingHits(
  env: RuleEnv,
  group: CompiledGroup,
  ref: Ref,
  candidate: Candidate,
  weighing: boolean,
  ownBlock: boolean,
  inList: boolean,
): { index: HitIndex; hits: number[] } {
  const index = indexOf(env, ref);
  const near = hitsNear(index, candidate, env.units, ownBlock ? Math.max(group.window, LOCAL_WINDOW) : group.window, {
    sameBlock: group.scope !== 'any' || ownBlock || inList,
    overlapping: false,
    limit: weighing ? NEAREST_LIMIT : 2,
    sentences: group.scope === 'sentence' ? env.sentences : undefined,
  });
  const hits = near.filter(
    (j) =>
      !(group.before && index.ends[j]! > candidate.start) &&
      !(index.blocks[j] !== candidate.block && !env.aboutStory() && env.listEntry(index.blocks[j]!)) &&
      // Another occurrence of the same word is no independent evidence ("基米·莱科宁的英文名也是Kimi…Kimi").
      !('signal' in ref && sameWord(env, index, j, candidate)),
  );
  return { index, hits };
}

/**
 * Whether every group holds (groupsVerdict !== null), read without quoting anything: most candidates
 * wait through several passes, and quoting the evidence of a verdict that fails is pure garbage.
 */
function groupsHold(groups: readonly CompiledGroup[], candidate: Candidate, env: RuleEnv, weighing: boolean, local: () => boolean): boolean {
  const ownBlock = local();
  const inList = env.listEntry(candidate.block) && !env.aboutStory();
  for (const group of groups) {
    const sentences = group.scope === 'sentence' ? env.sentences : undefined;
    const found = group.refs.some((ref) => supportingHits(env, group, ref, candidate, weighing, ownBlock, inList).hits.length > 0);
    if (found) continue;
    if (ownBlock || !group.document.some((k) => env.documentCount(k) > 0)) return false;
    if (group.documentWhen.length > 0 && !anyHit(env, group.documentWhen, candidate, group.window, sentences)) return false;
  }
  return true;
}

/** Whether every group holds for the candidate, with the evidence quoted; null when one does not. */
function groupsVerdict(
  groups: readonly CompiledGroup[],
  candidate: Candidate,
  env: RuleEnv,
  weighing: boolean,
  local: () => boolean,
): GroupsVerdict | null {
  const parts: string[] = [];
  let support = Infinity;
  // A paragraph read on its own (localOnly): its own words anywhere in it may support the term,
  // neither other blocks nor the rest of the document can.
  const ownBlock = local();
  // On a page mostly about other things (a disambiguation page, a link list), a list entry reads on
  // its own, and so does each entry around it; a list of the story's facts reads as one text.
  const inList = env.listEntry(candidate.block) && !env.aboutStory();
  for (const group of groups) {
    const quotes: string[] = [];
    const sentences = group.scope === 'sentence' ? env.sentences : undefined;
    for (const ref of group.refs) {
      const { index, hits } = supportingHits(env, group, ref, candidate, weighing, ownBlock, inList);
      for (const j of hits) {
        if (index.blocks[j] === candidate.block) support = Math.min(support, evidenceRank(index, j, candidate, env.units, env.sentences));
        if (quotes.length >= 3) continue;
        const q = quote(env, index, j);
        if (!quotes.includes(q)) quotes.push(q);
      }
      if (quotes.length >= 3 && !weighing) break;
    }
    if (quotes.length > 0) {
      const where = group.scope === 'sentence' ? 'in the sentence' : `within ${group.window} words`;
      parts.push(`${group.label} (${quotes.join(', ')}) ${where}`);
      continue;
    }
    const key = group.document.find((k) => env.documentCount(k) > 0);
    if (key === undefined || ownBlock) return null;
    let anaphor = '';
    if (group.documentWhen.length > 0) {
      const hit = firstHit(env, group.documentWhen, candidate, group.window, sentences);
      if (hit === null) return null;
      anaphor = ` and ${hit} points to it`;
    }
    parts.push(`${group.label}: ${DOCUMENT_SUPPORT} ${key.replace(':', ' ')}${anaphor}`);
  }
  return { parts, support };
}

/**
 * The reason the rule accepts the candidate, or null while some required context is missing (in
 * `require` and in every `otherwise` alternative) or a contrary cue is at least as near as the
 * nearest support of the same block.
 */
export function supportVerdict(
  rule: CompiledRule,
  candidate: Candidate,
  env: RuleEnv,
  negative: Negative | null = null,
): string | null {
  const weighing = negative?.kind === 'weigh'; // only then does the nearest support matter
  // A cue of the paragraph's own topic ("student", "logits") anywhere in the block: looked up once.
  let localCue: boolean | undefined;
  const local = () => {
    if (localCue === undefined) localCue = rule.localOnly.length > 0 && anyHit(env, rule.localOnly, candidate, LOCAL_WINDOW, undefined, true);
    return localCue;
  };
  for (let g = -1; g < rule.otherwise.length; g++) {
    const groups = g < 0 ? rule.require : rule.otherwise[g]!;
    if (!groupsHold(groups, candidate, env, weighing, local)) continue;
    const verdict = groupsVerdict(groups, candidate, env, weighing, local);
    if (verdict === null) continue;
    const { parts, support } = verdict;
    if (negative?.kind === 'weigh') {
      if (!(support < negative.rank)) continue;
      parts.push(`nearer than ${negative.reason}`);
    }
    return parts.length > 0 ? parts.join('; ') : 'no contrary context';
  }
  return null;
}

/** A product cue right by the occurrence ("智能助手Kimi", "its assistant, Kimi"): the product, not the person. */
export function namesProduct(candidate: Candidate, env: RuleEnv): boolean {
  const refs = candidate.term.rule?.personProduct ?? [];
  return refs.some((ref) => hitsNear(indexOf(env, ref), candidate, env.units, 1, { sameBlock: true, overlapping: false, limit: 1 }).length > 0);
}
