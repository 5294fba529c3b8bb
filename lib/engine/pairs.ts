import { isHan } from '../text/word-chars';
import { evidenceRank, hitsNear } from './context';
import { indexHits } from './hit-index';
import type { Negative, RuleEnv } from './rules';
import { readsOnItsOwn } from './rules-support';
import type { Candidate } from './scan';

/** A candidate that passed its outright rejections and waits for support. */
export interface Pending {
  candidate: Candidate;
  negative: Negative | null;
}

// Two undecided words support each other within this many words.
const PAIR_WINDOW = 12;
// How far around a name Chinese text is looked for (pairsInChineseOnly), in folded characters.
const CHINESE_REACH = 12;

/** Whether a Chinese character stands within CHINESE_REACH of [start, end). */
function chineseAround(lower: string, start: number, end: number): boolean {
  const to = Math.min(lower.length, end + CHINESE_REACH);
  for (let i = Math.max(0, start - CHINESE_REACH); i < to; i++) if (isHan(lower.charCodeAt(i))) return true;
  return false;
}

/** Names a leak word pairs with: Anthropic's own, and the people of its leak. */
const LEAK_STORY_NAMES: ReadonlySet<string> = new Set(['anthropic', 'dario-amodei', 'shou-chaofan', 'zhang-ruiwang']);

function leakOfAnotherLab(a: Candidate['term'], b: Candidate['term']): boolean {
  const [topic, name] = a.entity === null ? [a, b] : [b, a];
  return topic.category === 'leak' && name.entity !== null && !LEAK_STORY_NAMES.has(name.entity);
}

/**
 * Ambiguous words that are each too weak alone but settle each other, as a reader of a headline
 * does: two different names of one entity in a block ("For Moonshot, Kimi …"), or a name and a
 * story word in one sentence ("Kimi团队否认蒸馏Claude", "月之暗面回应泄露传闻"). Only rules marked `pairs`
 * take part, and a pair counts only when the partner is nearer than either word's contrary cue.
 * Returns the reason for each candidate so accepted.
 */
export function findPairs(pending: readonly Pending[], env: RuleEnv): Map<Candidate, string> {
  // A paragraph teaching the technique pairs with nothing: a model named there is the tool, not the accused.
  const items = pending.filter(({ candidate }) => {
    const rule = candidate.term.rule;
    if (!rule?.pairs || readsOnItsOwn(rule, candidate, env)) return false;
    return !rule.pairsInChineseOnly || chineseAround(env.folded.lower, candidate.start, candidate.end);
  });
  const chosen = new Map<Candidate, string>();
  if (items.length < 2) return chosen;
  const index = indexHits(items.map(({ candidate }) => ({ start: candidate.start, end: candidate.end, block: candidate.block })));
  // indexHits sorts by start then end; the same order finds each hit's item.
  const ordered = [...items].sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end);
  const limitOf = (item: Pending) => (item.negative?.kind === 'weigh' ? item.negative.rank : Infinity);
  for (const item of items) {
    const { candidate } = item;
    const hits = hitsNear(index, candidate, env.units, PAIR_WINDOW, { sameBlock: true, overlapping: false, limit: 8 });
    for (const j of hits) {
      const other = ordered[j]!;
      const partner = other.candidate.term;
      const sameEntity = candidate.term.entity !== null && partner.signal === candidate.term.signal;
      if (sameEntity && partner.casedFolded === candidate.term.casedFolded) continue; // one word twice proves nothing
      if (partner.rule === candidate.term.rule && partner.rule?.pairsAcrossRulesOnly) continue;
      // An entity and a topic pair only within one sentence; two entities of different owners never do.
      const crossKind = (partner.entity === null) !== (candidate.term.entity === null);
      if (!sameEntity && !crossKind) continue;
      if (crossKind && (candidate.term.rule?.pairsWithNamesOnly || partner.rule?.pairsWithNamesOnly)) continue;
      // The leak was Anthropic's: another lab's name beside a leak word is someone else's leak ("the Moonshot … leaked").
      if (crossKind && leakOfAnotherLab(candidate.term, partner)) continue;
      const rank = evidenceRank(index, j, candidate, env.units, env.sentences);
      if (crossKind && env.sentences[other.candidate.start] !== env.sentences[candidate.start]) continue;
      if (rank >= limitOf(item) || rank >= limitOf(other)) continue;
      chosen.set(candidate, `${sameEntity ? `another name of ${candidate.term.ownerName}` : 'a story word'} near it ("${partner.text}")`);
      break;
    }
  }
  return chosen;
}
