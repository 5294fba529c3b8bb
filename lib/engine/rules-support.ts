/**
 * Support verdicts: whether a rule's required context holds for a candidate (its groups of supporting
 * hits near it, or a mention elsewhere in the document), quoted as the mention's reason, and whether
 * that support is nearer than a contrary cue the negative verdict left to weigh. Separate because it
 * is re-read on every pass as accepted mentions add document support.
 */
import type { CompiledGroup, CompiledRule, Ref, SignalKey } from './compile';
import { evidenceRank, hitTouching, hitsNear } from './context';
import { firstStartAtOrAfter, type HitIndex } from './hit-index';
import { quote } from './quote';
import { DOCUMENT_SUPPORT, indexOf, NEAREST_LIMIT, type RuleEnv } from './rules-env';
import type { Negative } from './rules-negative';
import type { Candidate } from './scan';

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
  /** Whether some group held only by the rest of the document (DOCUMENT_SUPPORT in its part). */
  fromPage: boolean;
}

/** The hits of one ref near enough to the candidate for this group, in the blocks the group may read. */
function nearHits(env: RuleEnv, group: CompiledGroup, index: HitIndex, candidate: Candidate, weighing: boolean, ownBlock: boolean, inList: boolean): number[] {
  return hitsNear(index, candidate, env.units, ownBlock ? Math.max(group.window, LOCAL_WINDOW) : group.window, {
    // In a casual thread (its blocks are messages of one conversation), a company's short form may find its maker
    // named in a message before or after it.
    sameBlock:
      group.scope === 'sentence' ||
      (group.scope === 'block' && !(candidate.term.category === 'company' && env.casualAround(candidate.block))) ||
      ownBlock ||
      inList,
    overlapping: false,
    limit: weighing ? NEAREST_LIMIT : 2,
    sentences: group.scope === 'sentence' ? env.sentences : undefined,
  });
}

/** Whether near hit j may support the candidate: before it where the group says so, not another list entry's, not the same word again. */
function supportsAt(env: RuleEnv, group: CompiledGroup, ref: Ref, index: HitIndex, j: number, candidate: Candidate): boolean {
  return (
    !(group.before && index.ends[j]! > candidate.start) &&
    !(group.after && index.starts[j]! < candidate.end) &&
    !(index.blocks[j] !== candidate.block && !env.aboutStory() && env.listEntry(index.blocks[j]!)) &&
    // Another occurrence of the same word is no independent evidence ("基米·莱科宁的英文名也是Kimi…Kimi").
    !('signal' in ref && sameWord(env, index, j, candidate))
  );
}

/**
 * Whether some ref of the group has a hit that may support the candidate (nearHits, then supportsAt), read without
 * building the list: groupsHold asks this for every waiting candidate on every pass.
 */
function anySupportingHit(env: RuleEnv, group: CompiledGroup, candidate: Candidate, weighing: boolean, ownBlock: boolean, inList: boolean): boolean {
  for (const ref of group.refs) {
    const index = indexOf(env, ref);
    for (const j of nearHits(env, group, index, candidate, weighing, ownBlock, inList)) if (supportsAt(env, group, ref, index, j, candidate)) return true;
  }
  return false;
}

/**
 * Whether a mention of `key` elsewhere on the page supports the candidate for this group: on a page about the story,
 * on an AI page where the group allows it (aiPage, or aiThread in a casual thread; threadOnly, in a thread only), or
 * on any page when the group's anaphor stands by the candidate (pointedBack).
 */
function documentSupports(group: CompiledGroup, key: SignalKey, candidate: Candidate, env: RuleEnv, pointedBack: boolean): boolean {
  if (!group.aiThread && !group.threadOnly) return env.documentCount(key, group.aiPage, pointedBack) > 0;
  const thread = env.casualAround(candidate.block);
  if (group.threadOnly && !thread) return false;
  return env.documentCount(key, group.aiPage || (group.aiThread && thread), pointedBack) > 0;
}

/**
 * Whether the candidate has an object of its own right after it ("the ban on e-scooters": a notRightBefore cue touches
 * it) that is not the story's (no `ours` cue within the window after it: "restrictions on sales to unsupported regions").
 */
function ownObjectAfter(group: CompiledGroup, candidate: Candidate, env: RuleEnv): boolean {
  const object = group.notRightBefore;
  if (!object || !object.refs.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0)) return false;
  const reach = object.window * 2; // windows count half-words (unitPrefix)
  return !object.ours.some((ref) => {
    const index = indexOf(env, ref);
    const j = firstStartAtOrAfter(index, candidate.end);
    return j < index.length && index.blocks[j] === candidate.block && env.units[index.starts[j]!]! - env.units[candidate.end]! <= reach;
  });
}

/** Whether a localOnly cue of the rule ("student", "logits") is in the candidate's paragraph: it then reads on its own. */
export function readsOnItsOwn(rule: CompiledRule, candidate: Candidate, env: RuleEnv): boolean {
  return rule.localOnly.length > 0 && anyHit(env, rule.localOnly, candidate, LOCAL_WINDOW, undefined, true);
}

/**
 * Whether every group holds (groupsVerdict !== null), read without quoting anything: most candidates
 * wait through several passes, and quoting the evidence of a verdict that fails is pure garbage.
 */
function groupsHold(groups: readonly CompiledGroup[], candidate: Candidate, env: RuleEnv, weighing: boolean, local: () => boolean): boolean {
  const ownBlock = local();
  const inList = env.listEntry(candidate.block) && !env.aboutStory();
  for (const group of groups) {
    if (ownObjectAfter(group, candidate, env)) return false;
    const sentences = group.scope === 'sentence' ? env.sentences : undefined;
    if (anySupportingHit(env, group, candidate, weighing, ownBlock, inList)) continue;
    if (ownBlock || group.document.length === 0) return false;
    // An anaphor ("the company", "该公司") points back to the firm named elsewhere: that holds on any page.
    const pointedBack = group.documentWhen.length > 0;
    if (pointedBack && !anyHit(env, group.documentWhen, candidate, group.window, sentences)) return false;
    if (!group.document.some((k) => documentSupports(group, k, candidate, env, pointedBack))) return false;
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
  let fromPage = false;
  // A paragraph read on its own (localOnly): its own words anywhere in it may support the term,
  // neither other blocks nor the rest of the document can.
  const ownBlock = local();
  // On a page mostly about other things (a disambiguation page, a link list), a list entry reads on
  // its own, and so does each entry around it; a list of the story's facts reads as one text.
  const inList = env.listEntry(candidate.block) && !env.aboutStory();
  // groupsHold has already turned away a group whose term has its own object (ownObjectAfter): only held groups get here.
  for (const group of groups) {
    const quotes: string[] = [];
    const sentences = group.scope === 'sentence' ? env.sentences : undefined;
    for (const ref of group.refs) {
      const index = indexOf(env, ref);
      for (const j of nearHits(env, group, index, candidate, weighing, ownBlock, inList)) {
        if (!supportsAt(env, group, ref, index, j, candidate)) continue;
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
    if (ownBlock) return null;
    const pointedBack = group.documentWhen.length > 0;
    let anaphor = '';
    if (pointedBack) {
      const hit = firstHit(env, group.documentWhen, candidate, group.window, sentences);
      if (hit === null) return null;
      anaphor = ` and ${hit} points to it`;
    }
    const key = group.document.find((k) => documentSupports(group, k, candidate, env, pointedBack));
    if (key === undefined) return null;
    parts.push(`${group.label}: ${DOCUMENT_SUPPORT} ${key.replace(':', ' ')}${anaphor}`);
    fromPage = true;
  }
  return { parts, support, fromPage };
}

/** Why a rule accepts a candidate, and whether that leaned on the rest of the page (no anchor for it). */
export interface SupportVerdict {
  reason: string;
  fromPage: boolean;
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
): SupportVerdict | null {
  const weighing = negative?.kind === 'weigh'; // only then does the nearest support matter
  // A cue of the paragraph's own topic ("student", "logits") anywhere in the block: looked up once.
  let localCue: boolean | undefined;
  const local = () => {
    if (localCue === undefined) localCue = readsOnItsOwn(rule, candidate, env);
    return localCue;
  };
  // A way of support that leans on the rest of the page is kept only until a later one is found in the term's own
  // words: a mention settled by its own words is an anchor for the rest of the page, one settled by the page is not.
  let fromPage: SupportVerdict | null = null;
  for (let g = -1; g < rule.otherwise.length; g++) {
    const groups = g < 0 ? rule.require : rule.otherwise[g]!;
    if (!groupsHold(groups, candidate, env, weighing, local)) continue;
    const verdict = groupsVerdict(groups, candidate, env, weighing, local);
    if (verdict === null) continue;
    const { parts, support, fromPage: leansOnPage } = verdict;
    if (negative?.kind === 'weigh') {
      if (!(support < negative.rank)) continue;
      parts.push(`nearer than ${negative.reason}`);
    }
    const reason = parts.length > 0 ? parts.join('; ') : 'no contrary context';
    if (!leansOnPage) return { reason, fromPage: false };
    fromPage ??= { reason, fromPage: true };
  }
  return fromPage;
}
