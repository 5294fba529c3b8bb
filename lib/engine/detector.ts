import type { BlockSpan, DocumentText, EntityId, Mention, TopicId } from '../types';
import { casedSlice, FoldBuffers, foldRanges, type FoldedText } from '../text/normalize';
import { compileLexicon, type CompiledTerm, type LexiconSource, type SignalKey } from './compile';
import { makeIsCode } from './code-spans';
import { makeSpeakerAmongPeople } from './chat-speakers';
import { coinName } from './coin-names';
import { disambiguationHeadword } from './headwords';
import type { NameCase } from './code-tokens';
import { bareHost, insideHanHandle, insideUrl, unitPrefix } from './context';
import { indexHits, type HitIndex, type RawHit } from './hit-index';
import { findLabLists, makeListedLowerName } from './name-lists';
import { PeopleOnPage } from './people';
import { findPairs, type Pending } from './pairs';
import { keepLongest } from './resolve';
import { DOCUMENT_SUPPORT, makeCasedProse, makeCasualAround, makeTitleCase, namesProduct, negativeVerdict, supportVerdict, type RuleEnv } from './rules';
import { isListEntry, StoryShare } from './story-share';
import { sentenceIdsIn } from './sentences';
import { scanFolded, type Candidate } from './scan';

/** Document-level signals: how many accepted mentions of each entity and topic a document has. */
export interface DocumentContext {
  entities: Partial<Record<EntityId, number>>;
  topics: Partial<Record<TopicId, number>>;
}

export interface DetectOptions {
  /**
   * Indices into doc.blocks to scan (new or changed blocks). Their neighbours are read for context,
   * and only mentions inside these blocks are returned. Default: every block.
   */
  blocks?: readonly number[];
  /** Signals from the whole document (documentContext), so a partial scan reads like a full one. */
  context?: DocumentContext;
}

export interface Detector {
  detect(doc: DocumentText, options?: DetectOptions): Mention[];
  /** Runs a full detection and counts it; pass the result as options.context to later partial scans. */
  documentContext(doc: DocumentText): DocumentContext;
}

// Ambiguous words may support each other ("Moonshot" → "Kimi" → ...); a few rounds settle every
// real chain while keeping the work linear.
const MAX_PASSES = 4;
const AT = 0x40;
const CAPITALISED: NameCase = { capitalised: true };
const LOWER_CASE: NameCase = { capitalised: false };

interface Accepted {
  candidate: Candidate;
  /** Null for a plain term: its reason is written only if it becomes a mention (plainReason). */
  reason: string | null;
  start: number;
  end: number;
  /** The candidate's block: with start and end, an Accepted is its own RawHit for signalIndices. */
  block: number;
}

function cleanBlocks(doc: DocumentText): BlockSpan[] {
  const sorted = doc.blocks
    .map((b) => ({ start: Math.max(0, b.start), end: Math.min(doc.text.length, b.end) }))
    .filter((b) => b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const out: BlockSpan[] = [];
  for (const block of sorted) {
    const last = out[out.length - 1];
    if (last && block.start < last.end) continue; // overlapping blocks: keep the first
    out.push(block);
  }
  return out;
}

function plainReason(term: CompiledTerm, candidate: Candidate, suffix: string): string {
  if (term.role === 'trigger') return `topic "${term.ownerName}": unambiguous phrase "${term.text}"`;
  if (candidate.joined) return `${term.role} "${term.text}" joined in a hashtag with "${suffix}": counts for ${term.ownerName}`;
  if (candidate.decided) return `${term.role} "${term.text}" with version "${suffix}": counts for ${term.ownerName}`;
  if (term.role === 'product') return `product "${term.text}": counts for ${term.ownerName}`;
  return `unambiguous alias "${term.text}"`;
}

/** What follows the term's own text in a plain candidate's span (a version, or a hashtag's joined word, as written). */
function suffixText(folded: FoldedText, candidate: Candidate): string {
  const from = candidate.start + candidate.term.casedFolded.length;
  return candidate.joined ? casedSlice(folded, from, candidate.end) : folded.lower.slice(from, candidate.end);
}

function ruledLabel(term: CompiledTerm): string {
  if (term.role === 'trigger') return `topic "${term.ownerName}" ("${term.text}")`;
  const kind = term.rule && term.rule.require.length > 0 ? `ambiguous ${term.role}` : term.role;
  return `${kind} "${term.text}" (${term.ownerName})`;
}

function signalIndices(accepted: readonly Accepted[]): Map<SignalKey, HitIndex> {
  const raw = new Map<SignalKey, RawHit[]>();
  const add = (key: SignalKey, hit: RawHit) => {
    const list = raw.get(key);
    if (list) list.push(hit);
    else raw.set(key, [hit]);
  };
  for (const hit of accepted) {
    add(hit.candidate.term.signal, hit);
    add(hit.candidate.term.entity ? 'entity:*' : 'topic:*', hit);
  }
  const out = new Map<SignalKey, HitIndex>();
  for (const [key, hits] of raw) out.set(key, indexHits(hits));
  return out;
}

/** Counts of the caller's context, read many times in one call (per candidate and pass): each key counted once. */
function contextCounter(context: DocumentContext | undefined): (key: SignalKey) => number {
  const memo = new Map<SignalKey, number>();
  return (key) => {
    if (!context) return 0;
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = contextCount(context, key)));
    return known;
  };
}

function contextCount(context: DocumentContext, key: SignalKey): number {
  const [kind, id] = key.split(':') as [string, string];
  const table: Record<string, number | undefined> = kind === 'entity' ? context.entities : context.topics;
  if (id === '*') return Object.values(table).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return table[id] ?? 0;
}

/**
 * Counts the strong mentions only: one accepted merely because the page mentions the story elsewhere
 * lends no support to others, or one misread word would carry a whole unrelated page.
 */
export function summarize(mentions: readonly Mention[]): DocumentContext {
  const context: DocumentContext = { entities: {}, topics: {} };
  for (const mention of mentions) {
    if (mention.reason.includes(DOCUMENT_SUPPORT)) continue;
    if (mention.entity) context.entities[mention.entity] = (context.entities[mention.entity] ?? 0) + 1;
    else context.topics[mention.category as TopicId] = (context.topics[mention.category as TopicId] ?? 0) + 1;
  }
  return context;
}

/** The blocks that hold a candidate: only there do rules ask about sentences. */
function blocksOf(candidates: readonly Candidate[]): Set<number> {
  const blocks = new Set<number>();
  for (const candidate of candidates) blocks.add(candidate.block);
  return blocks;
}

/** Whether a longer candidate of the same entity, next to candidate i in start order, covers it. */
function insideLongerName(candidates: readonly Candidate[], i: number): boolean {
  const { start, end, term } = candidates[i]!;
  for (let j = Math.max(0, i - 3); j < Math.min(candidates.length, i + 4); j++) {
    const other = candidates[j]!;
    if (j !== i && other.term.signal === term.signal && other.start <= start && other.end >= end && other.end - other.start > end - start) return true;
  }
  return false;
}

function makeListEntry(folded: FoldedText): (block: number) => boolean {
  const memo = new Map<number, boolean>();
  return (block) => {
    let known = memo.get(block);
    if (known === undefined) {
      known = isListEntry(folded, block);
      memo.set(block, known);
    }
    return known;
  };
}

export function createDetector(source: LexiconSource): Detector {
  const lexicon = compileLexicon(source);
  // Names the lexicon writes with capitals somewhere ("Moonshot", "DeepSeek"): written all in lower case and joined to
  // more by a hyphen, they are an API model id. A name the lexicon only writes in lower case (abab) is a name that way.
  const terms = lexicon.patternTerms.flat();
  const capitalised = new Set(terms.filter((term) => term.text !== term.text.toLowerCase()).map((term) => term.text.toLowerCase()));
  const nameCase = new Map<CompiledTerm, NameCase>(
    terms.filter((term) => term.entity).map((term) => [term, capitalised.has(term.text.toLowerCase()) ? CAPITALISED : LOWER_CASE]),
  );
  const buffers = new FoldBuffers(); // reused by every call: no megabytes of garbage per page
  // Likewise the per-position tables (units, sentence ids), for slices up to FoldBuffers.KEEP.
  let unitScratch = new Int32Array(0);
  let sentenceScratch = new Int32Array(0);
  const scratchFor = (length: number) => {
    if (length > FoldBuffers.KEEP) return false;
    if (unitScratch.length < length) {
      const size = Math.min(FoldBuffers.KEEP, Math.max(length, unitScratch.length * 2));
      unitScratch = new Int32Array(size);
      sentenceScratch = new Int32Array(size);
    }
    return true;
  };

  const detect = (doc: DocumentText, options: DetectOptions = {}): Mention[] => {
    const blocks = cleanBlocks(doc);
    let ranges = blocks;
    let wanted: (rangeIndex: number) => boolean = () => true;
    if (options.blocks) {
      // Each requested block is read with its neighbours, which give context but are not reported.
      const requested = new Set(options.blocks.filter((i) => doc.blocks[i]).map((i) => doc.blocks[i]!.start));
      const keep = new Set<number>();
      blocks.forEach((block, i) => {
        if (!requested.has(block.start)) return;
        for (const k of [i - 1, i, i + 1]) if (k >= 0 && k < blocks.length) keep.add(k);
      });
      const chosen = [...keep].sort((a, b) => a - b);
      ranges = chosen.map((k) => blocks[k]!);
      wanted = (r) => requested.has(ranges[r]!.start);
    }
    if (ranges.length === 0) return [];

    const folded = foldRanges(doc.text, ranges, buffers);
    const { candidates, cues } = scanFolded(folded, lexicon, doc.text);
    const accepted: Accepted[] = [];
    // Document-level support comes only from strong anchors: mentions settled by their own words,
    // never by "the document mentions …" (which would let one misread word carry the whole page).
    const localCounts = new Map<SignalKey, number>();
    const count = (key: SignalKey) => localCounts.set(key, (localCounts.get(key) ?? 0) + 1);
    const scratch = scratchFor(folded.lower.length + 1);
    const units = unitPrefix(folded, scratch ? unitScratch : undefined);
    const share = new StoryShare(folded, units);
    // Companies named by their own words: two or more make an AI page, whatever else it is about.
    const companies = new Set<string>();
    const accept = (candidate: Candidate, reason: string | null, strong = true) => {
      accepted.push({ candidate, reason, start: candidate.start, end: candidate.end, block: candidate.block });
      if (!strong) return;
      share.add(candidate.block);
      if (candidate.term.category === 'company') companies.add(candidate.term.signal);
      count(candidate.term.signal);
      count(candidate.term.entity ? 'entity:*' : 'topic:*');
    };
    // A partial scan cannot weigh the page; the caller's context stands for it.
    const pageAboutStory = () => options.context !== undefined || share.enough();
    const fromContext = contextCounter(options.context);
    const sentences = sentenceIdsIn(folded, blocksOf(candidates), scratch ? sentenceScratch : undefined);
    const env: RuleEnv = {
      text: doc.text,
      folded,
      units,
      sentences,
      cues,
      signals: new Map(),
      documentCount: (key, aiPage = false, pointedBack = false) =>
        pointedBack || pageAboutStory() || (aiPage && companies.size >= 2) ? (localCounts.get(key) ?? 0) + fromContext(key) : 0,
      listEntry: makeListEntry(folded),
      aboutStory: pageAboutStory,
      titleCase: makeTitleCase(folded),
      casedProse: makeCasedProse(folded, sentences, doc.text),
      casualAround: makeCasualAround(ranges, doc.text),
      listedLowerName: makeListedLowerName(folded, candidates),
      speakerAmongPeople: makeSpeakerAmongPeople(doc.text, folded, candidates),
    };

    const isCode = makeIsCode(doc.text, ranges[0]!.start, ranges[ranges.length - 1]!.end);
    let pending: Pending[] = [];
    const people = new PeopleOnPage(folded.lower, folded);
    const rejectedWhole: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      const { term } = candidate;
      // Inside a web address a word is part of the address: a topic word in a path is a slug
      // ("…/detecting-and-preventing-distillation-attacks"), a name a host or folder (api.deepseek.com,
      // github.com/…/claude-code). Most labelled sets and every real-page probe leave them unlabelled.
      if (insideUrl(folded.lower, candidate.start)) continue;
      const [origStart, origEnd] = [folded.origStart[candidate.start]!, folded.origEnd[candidate.end - 1]!];
      if (insideHanHandle(doc.text, origStart)) continue;
      if (bareHost(doc.text, origStart, origEnd)) continue;
      if (coinName(doc.text, origStart, origEnd)) continue;
      if (disambiguationHeadword(doc.text, origStart, origEnd)) continue;
      // Inside code a name is an identifier (a model id, path or config value), except the leaked
      // package itself (`@anthropic-ai/claude-code`), which is the story's own subject.
      const leakedPackage = folded.lower.charCodeAt(candidate.start) === AT;
      if (!leakedPackage && isCode(origStart, origEnd, nameCase.get(term))) continue;
      if (!term.rule || candidate.decided) {
        accept(candidate, null);
        people.anchor(candidate);
        continue;
      }
      const negative = negativeVerdict(term.rule, candidate, env);
      if (negative?.kind !== 'reject') pending.push({ candidate, negative });
      else if (negative.whole) rejectedWhole.push(candidate);
      // A part of the person's own full name ("Shou" in "Shou Chaofan") introduces nobody.
      else if (negative.person && !insideLongerName(candidates, i)) people.introduce(candidate, !negative.named);
    }
    // The same name again is the same person ("Claude the intern … Claude said"), unless a cue right by it
    // names the product again ("…英文名叫Kimi，…智能助手Kimi").
    pending = pending.filter((item) => !people.someoneElse(item.candidate) || namesProduct(item.candidate, env));
    // "遊戲原始碼外洩" is the game's: so is its 外洩, and "the Twitch source code leak" makes its "leak" Twitch's too.
    if (rejectedWhole.length > 0) pending = pending.filter((item) => !rejectedWhole.some((outer) => insidePhrase(item.candidate, outer)));
    // Each pass lets mentions accepted so far support the rest. When a pass settles nothing, undecided
    // words that may pair (findPairs) settle each other once, and the passes go on from there.
    let paired = false;
    const acceptRuled = (candidate: Candidate, why: string, strong: boolean) =>
      accept(candidate, `${ruledLabel(candidate.term)}: ${why}`, strong);
    for (let pass = 0; pass < MAX_PASSES + 2 && pending.length > 0; pass++) {
      env.signals = signalIndices(accepted);
      const waiting: Pending[] = [];
      const before = accepted.length;
      // In the first pass, words the page alone supports wait for one more pass when others were settled by their own
      // context: those may give them support nearby, which makes them anchors for the rest of the page, and a word
      // accepted on the page's word alone never becomes one (a thread whose "anthropic" then leaves its "unsupported
      // region" without the company). Only the first pass waits, so this costs at most one pass.
      const byPage: Array<[Pending, string]> = [];
      for (const item of pending) {
        const verdict = supportVerdict(item.candidate.term.rule!, item.candidate, env, item.negative);
        // On a page that has a person of this name, the page naming the story says nothing about which one this is.
        if (verdict === null || (verdict.fromPage && people.namedOnPage(item.candidate))) waiting.push(item);
        else if (verdict.fromPage) byPage.push([item, verdict.reason]);
        else acceptRuled(item.candidate, verdict.reason, true);
      }
      const anchored = accepted.length > before;
      for (const [item, reason] of byPage) {
        if (anchored && pass === 0) waiting.push(item);
        else acceptRuled(item.candidate, reason, false);
      }
      pending = waiting;
      if (accepted.length > before) continue;
      if (paired) break;
      paired = true;
      const pairs = findPairs(pending, env);
      const listed = findLabLists(
        pending.map((item) => item.candidate),
        accepted.map((item) => item.candidate),
        folded.lower,
      );
      for (const [candidate, why] of listed) if (!pairs.has(candidate)) pairs.set(candidate, why);
      if (pairs.size === 0) break;
      pending = pending.filter((item) => {
        const why = pairs.get(item.candidate);
        // Two weak words settle each other here, but are no anchor for the rest of the page.
        if (why) acceptRuled(item.candidate, why, false);
        return !why;
      });
    }

    accepted.sort((a, b) => a.start - b.start || b.end - a.end);
    const spans = keepLongest(accepted);
    const mentions: Mention[] = [];
    for (const { candidate, reason } of spans) {
      if (!wanted(candidate.block)) continue;
      const { term } = candidate;
      const start = folded.origStart[candidate.start]!;
      const end = folded.origEnd[candidate.end - 1]!;
      mentions.push({
        category: candidate.term.category,
        entity: candidate.term.entity,
        start,
        end,
        text: doc.text.slice(start, end),
        reason: reason ?? plainReason(term, candidate, suffixText(folded, candidate).trim()),
      });
    }
    return mentions;
  };

  return {
    detect,
    documentContext: (doc) => summarize(detect(doc)),
  };
}

/** A shorter candidate of the same category within a longer one's span. */
function insidePhrase(inner: Candidate, outer: Candidate): boolean {
  return (
    inner !== outer &&
    inner.term.category === outer.term.category &&
    inner.start >= outer.start &&
    inner.end <= outer.end &&
    inner.end - inner.start < outer.end - outer.start
  );
}
