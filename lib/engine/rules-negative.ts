/**
 * Negative verdicts: what speaks against a candidate whatever its support (a person's name, a reject cue
 * touching it, lower case in cased prose, someone else's possessive, a capitalised or given name beside it)
 * and the nearest contrary cue that support must outweigh. Computed once per candidate, apart from support,
 * because nothing here changes between the detector's passes.
 */
import { casedAt, casedSlice, type FoldedText } from '../text/normalize';
import { isAsciiDigit, isHan, isUpperUnit, isWordUnit } from '../text/word-chars';
import type { CompiledRule, Ref } from './compile';
import {
  capitalizedAfterPossessive,
  capitalizedInsideSentence,
  chatSpeaker,
  compoundNameAfter,
  evidenceRank,
  gluedToCode,
  hitsNear,
  hitTouching,
  lineBreakIn,
  nextWordCapitalized,
  modifierName,
  ownerAfter,
  possessiveOwner,
  previousGivenName,
  speakerLabel,
  speaksAgain,
} from './context';
import { firstStartAtOrAfter, type HitIndex } from './hit-index';
import { quote } from './quote';
import { indexOf, NEAREST_LIMIT, type RuleEnv } from './rules-env';
import type { Candidate } from './scan';

/** Written all in lower case (at least one letter, no capital). */
function writtenLowercase(folded: FoldedText, start: number, end: number): boolean {
  return casedSlice(folded, start, end) === folded.lower.slice(start, end) && /\p{Ll}/u.test(folded.lower.slice(start, end));
}

/**
 * What speaks against a candidate. `reject`: a reason that holds whatever the support (a cue touching
 * or containing it, a surname after it). `weigh`: a contrary cue elsewhere in the window, which only
 * rejects when no supporting hit is nearer ("the Claude Code leak was about a memory leak").
 */
export type Negative =
  /**
   * person: a person-introducing cue touches it, so the name is someone's in its whole block; named: a naming verb gave
   * it to someone ("my manager is called Claude"), which says nothing of the same name in the next clause.
   */
  | {
      kind: 'reject';
      reason: string;
      person?: boolean;
      named?: boolean;
      /** A word touching the phrase, or its owner, made it something else: so is every shorter word of its kind inside it. */
      whole?: boolean;
    }
  /** rank: distance of the nearest contrary cue, as evidenceRank measures it. */
  | { kind: 'weigh'; rank: number; reason: string };

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

// Words and marks that join two phrases: a contrary cue beyond one belongs to the other phrase ("the Claude Code leak
// and a memory leak", "源码泄露和内存泄漏"), not to the term.
const COORDINATOR = /(?:^|[\s\p{P}])(?:and|or|vs|versus|nor)(?=[\s\p{P}]|$)|[,;，；、]|[和与與跟及或]/u;

/** Whether a coordinator stands between the candidate and hit j (outside both). */
function acrossCoordinator(lower: string, index: HitIndex, j: number, candidate: Candidate): boolean {
  const from = index.starts[j]! >= candidate.end ? candidate.end : index.ends[j]!;
  const to = index.starts[j]! >= candidate.end ? index.starts[j]! : candidate.start;
  return to > from && COORDINATOR.test(lower.slice(from, to));
}

// How far before a contrary hit an `unless` cue takes it back ("no customer data or credentials").
const TAKEN_BACK_WORDS = 4;

/** Whether an `unless` cue stands a few words before hit `j` of `index`, in its block ("no … credentials"). */
function takenBack(env: RuleEnv, unless: readonly Ref[], index: HitIndex, j: number): boolean {
  const hit = { start: index.starts[j]!, end: index.ends[j]!, block: index.blocks[j]! };
  return unless.some((ref) => {
    const cues = indexOf(env, ref);
    return hitsNear(cues, hit, env.units, TAKEN_BACK_WORDS, { sameBlock: true, overlapping: false, limit: 4 }).some((k) => cues.ends[k]! <= hit.start);
  });
}

// 对 (對 folds to it) and 针对 before a word make it a policy verb's object: "对中国限制" restricts China, "中国限制" is
// China restricting.
const OBJECT_MARKERS = ['针对', '对'];

/** Whether an object marker stands right before `start` (one space allowed), so the word there is no subject. */
function markedAsObject(lower: string, start: number): boolean {
  const end = lower.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  return OBJECT_MARKERS.some((marker) => lower.startsWith(marker, end - marker.length));
}

// Between a person and the name a naming verb gives them: "a colleague named Claude", "my manager is called Claude",
// "someone who is actually called Claude",
// "同事英文名就叫 Kimi", "女儿的英文名也是 Claude". A bare 叫 also means "ask" ("老板叫 Claude 写方案"), so it names
// only a name that ends its clause ("男友叫 Kimi，台湾人").
const NAMING_GAP = /^(?:'s name is|(?: who(?:'s)?)?(?: is| was)?(?: also| actually| literally)? (?:called|named)|(?: ?的)?(?:英文名字?|本名|名字|小名|昵称|外号) ?(?:也|就|刚好|正好)?(?:叫做|名叫|叫|是)|(?:也|就|刚好|正好)?(?:叫做|名叫)) ?$/;
const BARE_NAMING_GAP = /^(?:也|就|刚好|正好)?叫 ?$/;
const CLAUSE_END = /^ ?(?:[，。！？,.!?、；;：:（()）\n]|$)/;
/** How far before the name its person may stand, in characters. */
const NAMING_REACH = 24;

/** The hit of `index` (a person or pet) that a naming verb right before the candidate gives the name to, or -1. */
function namedBy(index: HitIndex, candidate: Candidate, lower: string): number {
  for (let j = firstStartAtOrAfter(index, candidate.start) - 1; j >= 0; j--) {
    const end = index.ends[j]!;
    if (candidate.start - end > NAMING_REACH) return -1;
    if (end > candidate.start || index.blocks[j] !== candidate.block) continue;
    const gap = lower.slice(end, candidate.start);
    if (NAMING_GAP.test(gap)) return j;
    if (BARE_NAMING_GAP.test(gap) && CLAUSE_END.test(lower.slice(candidate.end, candidate.end + 2))) return j;
  }
  return -1;
}

// A name in a Chinese relative clause that names someone: "叫 Kimi 的芬兰交换生", "一个叫“克劳德”的法语老师", "法国人叫克劳德的太多了",
// "叫 Claude 的是个法国同事". The same clause names products too ("一个叫 Claude 的聊天机器人", "叫 MiniMax 的公司"), so it
// rejects only before a person, or before "so many of them".
const NAMING_CLAUSE_BEFORE = /(?:名叫|叫做|叫) ?["“「]?$/;
const NAMING_CLAUSE_AFTER = /^["”」]? ?的 ?/;
const PEOPLE_AFTER_CLAUSE = /^(?:人|太多|很多|是个|是一个|是位|那位)/;
/** How far after 的 the person it names may stand ("的芬兰交换生", "的法语老师"), in characters. */
const CLAUSE_HEAD_REACH = 6;

/** Whether a naming clause around the candidate describes a person (a hit of `index` just after 的) or people. */
function namedInClause(index: HitIndex, candidate: Candidate, lower: string): boolean {
  if (!NAMING_CLAUSE_BEFORE.test(lower.slice(Math.max(0, candidate.start - 4), candidate.start))) return false;
  const after = NAMING_CLAUSE_AFTER.exec(lower.slice(candidate.end, candidate.end + 4));
  if (!after) return false;
  const head = candidate.end + after[0].length;
  if (PEOPLE_AFTER_CLAUSE.test(lower.slice(head, head + 3))) return true;
  for (let j = firstStartAtOrAfter(index, head); j < index.length && index.starts[j]! <= head + CLAUSE_HEAD_REACH; j++) {
    if (index.blocks[j] === candidate.block) return true;
  }
  return false;
}

/**
 * Whether the page writes a full-width colon right before the term ("jsfan：cc 这次…", "阿杰在写 Rust：cc 泄露那天"): folding
 * makes it an ASCII colon, which glues code together, but in the page it is a chat's or a label's punctuation.
 */
function afterFullWidthColon(env: RuleEnv, candidate: Candidate): boolean {
  let at = env.folded.origStart[candidate.start]! - 1;
  if (env.text.charCodeAt(at) === 0x20) at--;
  return env.text.charCodeAt(at) === FULL_WIDTH_COLON;
}
const FULL_WIDTH_COLON = 0xff1a;
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

// Right after a page's headword on a disambiguation page ("Claude (disambiguation)", "Moonshot may refer to:", "月之暗面
// （多义词）", "克劳德可以指：", "蒸馏（汉语词语）"): the word itself is the subject, not the company. Text is folded, so
// full-width brackets are ASCII here and Traditional characters Simplified.
const DISAMBIGUATION_AFTER = /^ ?(?:\((?:disambiguation|多义词|汉语词语|词语)\)|(?:may|can) refer to|可以?指[:：])/;

// A capital initial and its period right before a name, where an author list puts one: first on a line, after a
// reference number, a comma, "and" or a bracket ("[12] Y. Shou and H. Zhang"). A quiz's "Answer: B. Shou" and "Q&A. Amodei"
// are no initials.
const INITIAL_BEFORE = /(?:^|\n|\] |, |and |\()(\p{Lu})\. $/u;
const SELF_INTRODUCTION_BEFORE = /(?:^|[^a-z])(?:this is|i'm|i am|my name is) $/;
const FROM_SOMEWHERE_AFTER = /^ from (?!anthropic|moonshot|minimax|deepseek)/;

// A single word as a dictionary's headword, with its part of speech ("ANTHROPIC, adj.", "leak (n.)", "distil, v. 1."): the
// word defined in its everyday senses, not the company or the story. The story's own phrases stay ("distillation attack
// (n.)" heads a glossary of the story). A bare " v." is left alone ("Anthropic v. Bartz" names a lawsuit), and so is an
// abbreviation that goes on ("Anthropic (N.D. Cal.)").
const PART_OF_SPEECH_AFTER = /^(?:, ?| ?\()(?:adj|adv|n|v|vt|vi|pl|abbr|noun|verb|adjective|adverb)(?:\.|\))(?![a-z])/;
// A pronunciation right after a story word ("leak /liːk/", "distill [dɪsˋtɪl]"): a vocabulary list's headword, the word
// as a word. Only a transcription with phonetic letters counts, not any slashes or brackets.
const PHONETIC_AFTER = /^ {1,2}(?:\/[^/\n]{0,24}[ːˈˌəɪʊɔæʃʒθðŋɑɒʌɜɛˋ][^/\n]{0,24}\/|\[[^\]\n]{0,24}[ːˈˌəɪʊɔæʃʒθðŋɑɒʌɜɛˋ][^\]\n]{0,24}\])/u;

/** Computed once per candidate: neither outright rejections nor contrary cues change between passes. */
export function negativeVerdict(rule: CompiledRule, candidate: Candidate, env: RuleEnv): Negative | null {
  const after = env.folded.lower.slice(candidate.end, candidate.end + 20);
  if (DISAMBIGUATION_AFTER.test(after)) {
    return { kind: 'reject', reason: 'the headword of a disambiguation page' };
  }
  if (PART_OF_SPEECH_AFTER.test(after) && !env.folded.lower.slice(candidate.start, candidate.end).includes(' ')) {
    return { kind: 'reject', reason: "a dictionary's headword (its part of speech after it)" };
  }
  // A name with its pronunciation may still be glossed as the company ("Kimi /ˈkiːmi/ — the chatbot made by Moonshot AI").
  const topicWord = candidate.term.entity === null;
  if (topicWord && PHONETIC_AFTER.test(after)) return { kind: 'reject', reason: "a word list's headword (its pronunciation after it)" };
  // A name that is the whole title of a work between Chinese title marks (《月之暗面》 the album, 《Minimax》 a card game): a
  // book, a film, a game or a record of that name. A title that says more (《Claude 使用指南》) reads as usual, and so does
  // a story word as a title (a comic called 《蒸馏》 is about the story).
  const entityName = candidate.term.category === 'company' || candidate.term.category === 'person';
  if (entityName && env.folded.lower.charCodeAt(candidate.start - 1) === TITLE_OPEN && env.folded.lower.charCodeAt(candidate.end) === TITLE_CLOSE) {
    return { kind: 'reject', reason: "a work's whole title in 《》" };
  }
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
  if (rule.personAppositive.length > 0) {
    const age = appositiveAge(env.folded.lower, candidate.end);
    if (age) return { kind: 'reject', reason: `a person's name (aged ${age})`, person: true };
    for (const ref of rule.personAppositive) {
      const index = indexOf(env, ref);
      const j = appositiveHead(index, candidate, env.folded.lower);
      if (j >= 0) return { kind: 'reject', reason: `a person's name (${quote(env, index, j)} after it)`, person: true };
    }
  }
  for (const ref of rule.personNamed) {
    const index = indexOf(env, ref);
    const j = namedBy(index, candidate, env.folded.lower);
    if (j >= 0) return { kind: 'reject', reason: `a person's name (given to ${quote(env, index, j)})`, person: true, named: true };
  }
  if (rule.personNamed.length > 0 && rule.personNamed.some((ref) => namedInClause(indexOf(env, ref), candidate, env.folded.lower))) {
    return { kind: 'reject', reason: "a person's name (a clause naming someone)", person: true, named: true };
  }
  // A member of the chat speaks more than once; a meme quoting the person ("炒饭哥：我只是发了条推") does so once.
  if (rule.rejectChatSpeaker) {
    const [start, end] = [env.folded.origStart[candidate.start]!, env.folded.origEnd[candidate.end - 1]!];
    if (speakerLabel(env.text, start, end) && speaksAgain(env.text, env.text.slice(start, end))) {
      return { kind: 'reject', reason: "a chat member who speaks under that name" };
    }
  }
  // Another person's initial right before a surname ("Y. Shou and H. Zhang", in a reference list): someone else of that
  // name. The person's own initial ("C. Shou") is left to the other checks.
  if (candidate.term.category === 'person') {
    const initial = INITIAL_BEFORE.exec(casedSlice(env.folded, Math.max(0, candidate.start - 8), candidate.start));
    const own = candidate.term.ownerName.charAt(0);
    // Not "person": another author's "Y. Shou" says nothing of the "C. Shou" in the next reference.
    if (initial && initial[1] !== own && !candidate.term.ownerName.startsWith(casedSlice(env.folded, candidate.start, candidate.end))) {
      return { kind: 'reject', reason: `another person's initial before it ("${initial[1]}.")` };
    }
  }
  // Someone introducing themselves and where they work ("Hello, this is Kimi from RelayPoint support", "I'm Claude from
  // billing"); the maker's own name after "from" is left to the other checks.
  if (
    (rule.personBefore.length > 0 || rule.personAfter.length > 0) &&
    SELF_INTRODUCTION_BEFORE.test(env.folded.lower.slice(Math.max(0, candidate.start - 12), candidate.start)) &&
    FROM_SOMEWHERE_AFTER.test(env.folded.lower.slice(candidate.end, candidate.end + 24))
  ) {
    return { kind: 'reject', reason: 'someone introducing themselves ("this is … from …")', person: true };
  }
  // A product that is also a given name, as a chat speaker ("kimi: nah i use deepseek", a header "Kimi（设计） 11:20"),
  // is that person.
  if (
    (rule.personBefore.length > 0 || rule.personAfter.length > 0) &&
    (chatSpeaker(env.text, env.folded.origStart[candidate.start]!, env.folded.origEnd[candidate.end - 1]!) ||
      env.speakerAmongPeople(candidate))
  ) {
    return { kind: 'reject', reason: 'a chat speaker', person: true };
  }
  for (const [refs, side] of [
    [rule.rejectBefore, 'before'],
    [rule.rejectAfter, 'after'],
  ] as const) {
    for (const ref of refs) {
      const index = indexOf(env, ref);
      const j = hitTouching(index, candidate, side, env.folded.lower);
      if (j < 0) continue;
      // "对中国限制": China marked as the object is no subject restricting.
      if (side === 'before' && candidate.term.category === 'policy' && markedAsObject(env.folded.lower, index.starts[j]!)) continue;
      // A word before the phrase owns all of it; one after may only fit the phrase's last word ("distilled that").
      return { kind: 'reject', reason: `${quote(env, index, j)} ${side} it`, whole: side === 'before' };
    }
  }
  if (
    candidate.term.nameWhenCapitalized &&
    capitalizedInsideSentence(env.folded, env.sentences, candidate.start) &&
    env.casedProse(candidate.start) &&
    !env.titleCase(candidate.block)
  ) {
    return { kind: 'reject', reason: 'capitalised inside a sentence: a name, not the word' };
  }
  if (
    rule.rejectLowercase &&
    writtenLowercase(env.folded, candidate.start, candidate.end) &&
    !gluedToCode(env.folded.lower, candidate.start, candidate.end) &&
    env.casedProse(candidate.start) &&
    !env.casualAround(candidate.block) &&
    !env.listedLowerName(candidate) &&
    !rule.lowercaseNameBefore.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0) &&
    // On a page about the story that has already named the company properly, a lower-case name is that
    // company written casually ("By their numbers minimax was the big one"); it still needs its support.
    env.documentCount(candidate.term.signal) === 0
  ) {
    return { kind: 'reject', reason: 'written in lower case in normally cased prose' };
  }
  if (rule.rejectCodePrefix && afterCodePrefix(env.folded, candidate.start)) {
    return { kind: 'reject', reason: 'part of another code (a prefix and a hyphen before it)' };
  }
  if (rule.rejectAfterNumber && afterNumber(env.folded.lower, candidate.start)) {
    return { kind: 'reject', reason: 'a unit after a number' };
  }
  if (
    rule.hyphenatedKeptBy &&
    env.folded.lower.slice(candidate.start, candidate.end).includes('-') &&
    !rule.hyphenatedKeptBy.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0)
  ) {
    return { kind: 'reject', reason: 'a hyphenated compound or config value' };
  }
  if (rule.rejectBeforeStretchOf) {
    const next = env.folded.lower.slice(candidate.end, candidate.end + 60);
    if (STRETCH_OF_AFTER.test(next)) return { kind: 'reject', reason: 'before a stretch of time or text ("… years of")' };
    if (BOILED_DOWN_TO.test(next)) return { kind: 'reject', reason: 'boiled down to a few slides, pages or words' };
    if (CRAFT_FOR_AGES.test(next)) return { kind: 'reject', reason: 'a craft practised for years or generations' };
  }
  if (rule.rejectInCode && gluedToCode(env.folded.lower, candidate.start, candidate.end) && !afterFullWidthColon(env, candidate)) {
    return { kind: 'reject', reason: 'part of a name in code' };
  }
  if (rule.ownOwners) {
    const owner = possessiveOwner(env.folded, candidate.start);
    if (owner && !rule.ownOwners.some((ref) => covers(indexOf(env, ref), owner))) {
      return { kind: 'reject', whole: true, reason: `someone else's ("${env.text.slice(env.folded.origStart[owner.start]!, env.folded.origEnd[owner.end - 1]!)}'s")` };
    }
    // "the Twitch leak": a name before the noun owns it too, unless the whole block is in title case.
    const modifier =
      candidate.term.category !== 'leak' || env.titleCase(candidate.block) ? null : modifierName(env.folded, candidate.start);
    if (modifier && !rule.ownOwners.some((ref) => covers(indexOf(env, ref), modifier))) {
      return { kind: 'reject', whole: true, reason: `someone else's ("the ${env.text.slice(env.folded.origStart[modifier.start]!, env.folded.origEnd[modifier.end - 1]!)}")` };
    }
    // "the leak at Twitch", "the leak of Twitch's source code": the name after it owns it.
    const after = candidate.term.category !== 'leak' ? null : ownerAfter(env.folded, candidate.end);
    if (after && !rule.ownOwners.some((ref) => covers(indexOf(env, ref), after))) {
      return { kind: 'reject', whole: true, reason: `someone else's ("${env.text.slice(env.folded.origStart[after.start]!, env.folded.origEnd[after.end - 1]!)}")` };
    }
  }
  const nextCapitalized = rule.nextCapitalizedExcept;
  // An `except` cue right after `end` ("Claude Code", "Kimi K2") names the entity's own product, not another person.
  const excepted = (end: number) =>
    (nextCapitalized ?? []).some((ref) => hitTouching(indexOf(env, ref), { ...candidate, end }, 'after', env.folded.lower) >= 0);
  // In a title-case block capitals say nothing, except in a name entry: "Kimi Laaksonen — Head of AI", "Kimi Lindqvist (Helsinki)".
  const titleCase = nextCapitalized !== null && env.titleCase(candidate.block);
  // A person's first name before another surname ("Dario Pellegrini") introduces someone else of that name (the
  // detector leaves out a part of the person's own full name); so does a product that is also a given name ("Claude
  // Ferreira", "Kimi Lindqvist"): "Claude starts on 4 May" in the same block is that person again.
  const person = candidate.term.category === 'person' || rule.personBefore.length > 0 || rule.personAfter.length > 0;
  if (
    nextCapitalized &&
    titleCase &&
    (compoundNameAfter(env.folded, candidate.end) ||
      nameEntryAfter(env.folded, candidate.end) ||
      nameLineAfter(env.folded, env.text, candidate.start, candidate.end) ||
      peopleLabelBefore(env.folded, candidate.start, candidate.end)) &&
    !excepted(candidate.end)
  ) {
    return { kind: 'reject', reason: 'followed by a capitalised name', person };
  }
  if (nextCapitalized && !titleCase) {
    if (nextWordCapitalized(env.folded, candidate.start, candidate.end, env.text) && !excepted(candidate.end)) {
      return { kind: 'reject', reason: 'followed by a capitalised name', person };
    }
    // "Claude's Garden Supply", "Kimi's Ramen Bar": a possessive name owning a capitalised one is a shop or brand.
    const owned = capitalizedAfterPossessive(env.folded, candidate.end);
    if (owned >= 0 && env.casedProse(candidate.start) && !excepted(owned - 1)) {
      return { kind: 'reject', reason: 'a possessive before a capitalised name (a shop or brand)' };
    }
  }
  if (
    rule.prevNameExcept &&
    previousGivenName(env.folded, env.sentences, candidate.start) &&
    (casedAt(env.folded, candidate.start - 1) !== 0x20 || !env.titleCase(candidate.block)) &&
    !rule.prevNameExcept.some((ref) => hitTouching(indexOf(env, ref), candidate, 'before', env.folded.lower) >= 0)
  ) {
    // A person's name after another given name ("Rep. Mark Amodei", "鲁文·达里奥") is someone else, and so is the same
    // name again in the block; another brand's product ("Razer K2") says nothing of the next K2.
    return { kind: 'reject', reason: 'another given name before it', person: candidate.term.category === 'person' };
  }
  for (const { refs, window, unless, after, sameClause, sameSentence } of rule.rejectNear) {
    for (const ref of refs) {
      const index = indexOf(env, ref);
      const hits = hitsNear(index, candidate, env.units, window, { sameBlock: true, overlapping: true, limit: 3, sentences: sameSentence ? env.sentences : undefined });
      const j = hits.find(
        (h) =>
          !(after && index.starts[h]! < candidate.end) &&
          !insideTerm(index, h, candidate) &&
          !takenBack(env, unless, index, h) &&
          !(sameClause && acrossCoordinator(env.folded.lower, index, h, candidate)),
      );
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
      // A cue lying inside the term itself (假账 inside 虚假账户) is part of the term, not context about it.
      const kept = keptAsName(env, rule.reject.keptBy, candidate);
      const hits = hitsNear(index, candidate, env.units, rule.reject.window, { sameBlock: true, overlapping: true, limit: NEAREST_LIMIT }).filter(
        (h) => !insideTerm(index, h, candidate) && !(kept && overlapsTerm(index, h, candidate)),
      );
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

// An age right after a name: ", 67,", ", aged 67", "，25岁", "（67岁）", "今年67岁", "(32F)". Only people (and pets) are given
// an age that way; a product's birthday ("Claude 三岁了") is young, so a Chinese age counts from 10.
const APPOSITIVE_AGES: ReadonlyArray<{ pattern: RegExp; from: number }> = [
  { pattern: /^, (\d{1,3}),/, from: 1 },
  { pattern: /^, aged (\d{1,3})\b/, from: 1 },
  { pattern: /^ ?(?:,|\(|今年|已经)?(\d{1,3}) ?(?:周岁|岁)/, from: 10 },
  // A forum's age and sex after a name: "my fiancée Kimi (32F)", "Claude (m34)".
  { pattern: /^ ?\((\d{1,2}) ?(?:m|f|nb)\)/, from: 10 },
  { pattern: /^ ?\((?:m|f)(\d{1,2})\)/, from: 10 },
];
// ", a …", ", our …": an appositive's determiner, then at most three words before its head noun.
// ", a retired teacher", or the same in brackets right after the name ("claude (dog)", "Kimi (my sister)").
const APPOSITIVE_DETERMINER = /^(?:, (?:a|an|the|our|my|his|her|their|your) | ?[(（](?:(?:a|an|the|our|my|his|her|their|your) )?)/;
// Chinese writes the words before the head with no space: （产品实习生）, （前端同事）.
const WORDS_BEFORE_HEAD = /^(?:(?:[^\s,.;:!?()"]+ ){0,3}|\p{Script=Han}{1,6})$/u;
// What may follow the head noun: the appositive's end, or a word that goes on about that person ("a cooper from
// Lyon", "a nurse who"), not another noun that the head only describes ("a dog food brand", "the oldest model").
const HEAD_ENDS = /^(?:$|[^\p{L}\p{N}'’ -]| (?:from|at|in|who|whose|with|and|of|for|on|since|living|based|turned|named|called|now|near|by|to)\b)/u;

/** The age given right after a name (", 67,"), if any. */
function appositiveAge(lower: string, end: number): string | null {
  const after = lower.slice(end, end + 14);
  for (const { pattern, from } of APPOSITIVE_AGES) {
    const age = pattern.exec(after)?.[1];
    if (age && Number(age) >= from && Number(age) < 120) return age;
  }
  return null;
}

/**
 * A hit that heads the appositive right after the candidate (", a retired cooper from …": "cooper"), within three
 * words of its determiner and ending it (HEAD_ENDS), or -1.
 */
function appositiveHead(index: HitIndex, candidate: Candidate, lower: string): number {
  const determiner = APPOSITIVE_DETERMINER.exec(lower.slice(candidate.end, candidate.end + 10));
  if (!determiner || index.length === 0) return -1;
  const from = candidate.end + determiner[0].length;
  for (let j = firstStartAtOrAfter(index, from); j < index.length && index.starts[j]! <= from + 40; j++) {
    if (index.blocks[j] !== candidate.block || !WORDS_BEFORE_HEAD.test(lower.slice(from, index.starts[j]!))) continue;
    if (HEAD_ENDS.test(lower.slice(index.ends[j]!, index.ends[j]! + 12))) return j;
  }
  return -1;
}

/** Whether hit h overlaps the candidate's span. */
function overlapsTerm(index: HitIndex, h: number, candidate: Candidate): boolean {
  return index.starts[h]! < candidate.end && index.ends[h]! > candidate.start;
}

/** Whether a keptBy cue follows the term right after it ("a Moonshot spokesperson"). */
function keptAsName(env: RuleEnv, keptBy: readonly Ref[], candidate: Candidate): boolean {
  return keptBy.length > 0 && keptBy.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0);
}

/** Whether hit h lies within the candidate's span and is shorter than it. */
function insideTerm(index: HitIndex, h: number, candidate: Candidate): boolean {
  const start = index.starts[h]!;
  const end = index.ends[h]!;
  return start >= candidate.start && end <= candidate.end && end - start < candidate.end - candidate.start;
}

/** A product cue right by the occurrence ("智能助手Kimi", "its assistant, Kimi"): the product, not the person. */
export function namesProduct(candidate: Candidate, env: RuleEnv): boolean {
  const rule = candidate.term.rule;
  if (!rule) return false;
  if (rule.personProduct.some((ref) => hitsNear(indexOf(env, ref), candidate, env.units, 1, { sameBlock: true, overlapping: false, limit: 1 }).length > 0)) {
    return true;
  }
  const after = rule.personProductAfter;
  return (
    after !== null &&
    after.refs.some((ref) => {
      const index = indexOf(env, ref);
      const near = hitsNear(index, candidate, env.units, after.window, { sameBlock: true, overlapping: false, limit: 2, sentences: env.sentences });
      return near.some((j) => index.starts[j]! >= candidate.end);
    })
  );
}

// What follows a person's name in a list of people, as folded text has it: an em dash, a bar or an opening bracket
// (folding makes full-width bars and brackets half-width).
const NAME_ENTRY_SEPARATORS = new Set(['\u2014', '|', '('].map((c) => c.charCodeAt(0)));

/** One capitalised word after `end`, then a list separator ("Kimi [Laaksonen —]"): the first name of an entry. */
function nameEntryAfter(folded: FoldedText, end: number): boolean {
  const i = surnameEnd(folded, end);
  if (i < 0) return false;
  return NAME_ENTRY_SEPARATORS.has(casedAt(folded, casedAt(folded, i) === 0x20 ? i + 1 : i));
}

/**
 * The name and one capitalised word make a line of their own ("⏎Claude Martin⏎IT 合规负责人", an email's signature or
 * a list of people): a person's name, not a headline, which has more words on its line.
 */
function nameLineAfter(folded: FoldedText, text: string, start: number, end: number): boolean {
  const i = surnameEnd(folded, end);
  if (i < 0) return false;
  const nameStart = folded.origStart[start]!;
  const surnameStop = folded.origEnd[i - 1]!;
  if (lineBreakIn(text, folded.origEnd[end - 1]!, folded.origStart[end + 1]!)) return false;
  let before = nameStart - 1;
  while (before >= 0 && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x09)) before--;
  let after = surnameStop;
  while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09)) after++;
  return (before < 0 || text.charCodeAt(before) === 0x0a) && (after >= text.length || text.charCodeAt(after) === 0x0a || text.charCodeAt(after) === 0x0d);
}

// A label for the people a line lists, right before a name ("Hosts: Kimi Ahonen and Raj Patel", "Guest: Claude Moreau",
// "By Dario Rossi"): the name and its surname are a person even in a line whose words are all capitalised. Folded text
// has an ASCII colon for the full-width one.
const PEOPLE_LABEL = /(?:^|[^\p{L}\p{N}])(?:hosts?|guests?|speakers?|presenters?|panell?ists?|moderators?|moderated by|authors?|written by|by|reporters?|editors?|主持人|嘉宾|作者|记者)[ \t]*:?[ \t]*$/u;

/** A people label stands right before the name, and a capitalised surname follows it. */
function peopleLabelBefore(folded: FoldedText, start: number, end: number): boolean {
  if (surnameEnd(folded, end) < 0) return false;
  return PEOPLE_LABEL.test(folded.lower.slice(Math.max(0, start - 32), start));
}

/** Where the one capitalised Latin word right after `end` ends (past at least two letters), or -1. */
function surnameEnd(folded: FoldedText, end: number): number {
  if (casedAt(folded, end) !== 0x20 || !isUpperUnit(casedAt(folded, end + 1))) return -1;
  let i = end + 1;
  while (i < folded.casedCodes.length && isWordUnit(casedAt(folded, i)) && !isHan(casedAt(folded, i))) i++;
  return i - end < 3 ? -1 : i;
}

/**
 * Whether a code's prefix and hyphen stand right before `start`: capitals or digits, nothing else of a word ("DP-V3",
 * "DEV-K2", "IT-0413-R2"). A maker's name before its model ("DeepSeek-R1") is a longer name the scan reads whole.
 */
function afterCodePrefix(folded: FoldedText, start: number): boolean {
  if (casedAt(folded, start - 1) !== 0x2d) return false;
  let at = start - 2;
  let length = 0;
  while (at >= 0 && (isAsciiDigit(casedAt(folded, at)) || (casedAt(folded, at) >= 0x41 && casedAt(folded, at) <= 0x5a))) {
    at--;
    length++;
  }
  return length > 0 && !isWordUnit(casedAt(folded, at));
}

const STRETCH_COUNT =
  '(?:\\d[\\d,.]*\\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds|a few|several|many|countless|his|her|their|its|our|my|your)';
/**
 * A stretch of time or text and "of" ("thirty years of", "the last two decades of", "a lifetime of", "200 pages of"):
 * what a figurative distilling boils down. Claude's answers are counted in exchanges and accounts, not in years.
 */
const STRETCH_OF_AFTER = new RegExp(
  `^ (?:(?:the (?:past|last|first) |over |some |nearly |almost |more than |about )?${STRETCH_COUNT} )?(?:[a-z]+ )?` +
    "(?:years?|decades?|century|centuries|hours?|minutes?|days?|weeks?|months?|seasons?|lifetimes?|careers?|pages?)(?:'|’)? (?:worth )?of ",
);
/**
 * A trade carried on for a long time, with no object or with its raw material: "have been distilling for 500 years",
 * "distilled for generations", "distilling barley for 20 years".
 */
const CRAFT_FOR_AGES = new RegExp(
  `^ (?:(?:barley|grain|grains|rye|corn|malt|rice|sorghum|grapes|wine|spirits|whisky|whiskey|gin|rum|brandy|water|oils?|lavender|roses?) )?(?:here |there |locally |on this (?:site|farm|island) )?for (?:(?:over|more than|nearly|almost|some|about) )?(?:${STRETCH_COUNT} (?:years|decades|centuries|generations)|centuries|generations|decades|ages)\\b`,
);
/** What a figurative distilling boils something down to: a few slides, pages, words or points ("distilled to two slides"). */
const BOILED_DOWN_TO = new RegExp(
  `^ (?:down )?(?:in)?to (?:just |only |a mere )?${STRETCH_COUNT} (?:[a-z]+ )?` +
    '(?:slides?|pages?|words?|sentences?|lines?|paragraphs?|bullets?|bullet points?|points?|takeaways?|rules?|questions?|minutes?)\\b',
);

/**
 * Whether a number stands right before `start`, or one space before it ("9.8 mm", "45m2", "176/98mmhg"); a clock
 * time ("03:12 mm的海螺", a chat's timestamp) is no measure.
 */
function afterNumber(lower: string, start: number): boolean {
  let at = start > 0 && lower.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  if (!isAsciiDigit(lower.charCodeAt(at))) return false;
  while (at > 0 && isAsciiDigit(lower.charCodeAt(at - 1))) at--;
  return !(lower.charCodeAt(at - 1) === 0x3a && isAsciiDigit(lower.charCodeAt(at - 2)));
}
