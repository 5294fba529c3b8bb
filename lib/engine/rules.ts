import type { FoldedText } from '../text/normalize';
import { isWordUnit } from '../text/word-chars';
import type { CompiledRule, Ref, SignalKey } from './compile';
import { hitsNear, hitTouching, isTitleCase, nextWordCapitalized } from './context';
import { EMPTY_INDEX, type HitIndex } from './hit-index';
import type { Candidate } from './scan';

/** What rules read: the folded text, its cue hits, accepted mentions so far, and document counts. */
export interface RuleEnv {
  text: string;
  folded: FoldedText;
  units: Int32Array;
  cues: HitIndex[];
  signals: Map<SignalKey, HitIndex>;
  documentCount(key: SignalKey): number;
  titleCase(block: number): boolean;
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

/** The page's own words for a hit, quoted in reasons. */
function quote(env: RuleEnv, index: HitIndex, j: number): string {
  const { lower, origStart, origEnd } = env.folded;
  let last = index.ends[j]!;
  // A prefix cue ("accus*") is quoted as the whole word the page wrote ("accused").
  while (last < lower.length && last - index.ends[j]! < 24 && isWordUnit(lower.charCodeAt(last)) && isWordUnit(lower.charCodeAt(last - 1))) last++;
  const start = origStart[index.starts[j]!]!;
  const end = origEnd[last - 1]!;
  return `"${env.text.slice(start, end).replace(/\s+/gu, ' ')}"`;
}

/** A reason to reject whatever the supporting context, or null. These never change between passes. */
export function negativeVerdict(rule: CompiledRule, candidate: Candidate, env: RuleEnv): string | null {
  for (const [refs, side] of [
    [rule.rejectBefore, 'before'],
    [rule.rejectAfter, 'after'],
  ] as const) {
    for (const ref of refs) {
      const index = indexOf(env, ref);
      const j = hitTouching(index, candidate, side, env.folded.lower);
      if (j >= 0) return `${quote(env, index, j)} ${side} it`;
    }
  }
  if (
    rule.nextCapitalizedExcept &&
    nextWordCapitalized(env.folded, candidate.end) &&
    !env.titleCase(candidate.block) &&
    !rule.nextCapitalizedExcept.some((ref) => hitTouching(indexOf(env, ref), candidate, 'after', env.folded.lower) >= 0)
  ) {
    return 'followed by a capitalised name';
  }
  if (rule.reject) {
    for (const ref of rule.reject.refs) {
      const index = indexOf(env, ref);
      const [j] = hitsNear(index, candidate, env.units, rule.reject.window, { sameBlock: true, overlapping: true, limit: 1 });
      if (j !== undefined) return `contrary context ${quote(env, index, j)}`;
    }
  }
  return null;
}

/** The reason the rule accepts the candidate, or null while some required context is missing. */
export function supportVerdict(rule: CompiledRule, candidate: Candidate, env: RuleEnv): string | null {
  const parts: string[] = [];
  for (const group of rule.require) {
    const quotes: string[] = [];
    for (const ref of group.refs) {
      const index = indexOf(env, ref);
      const near = hitsNear(index, candidate, env.units, group.window, { sameBlock: false, overlapping: false, limit: 2 });
      for (const j of near) {
        const q = quote(env, index, j);
        if (!quotes.includes(q)) quotes.push(q);
      }
      if (quotes.length >= 3) break;
    }
    if (quotes.length > 0) {
      parts.push(`${group.label} (${quotes.slice(0, 3).join(', ')}) within ${group.window} words`);
      continue;
    }
    const key = group.document.find((k) => env.documentCount(k) > 0);
    if (key === undefined) return null;
    parts.push(`${group.label}: the document mentions ${key.replace(":", " ")}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'no contrary context';
}
