/**
 * Lists of the labs' names: lower-case names joined in a list keep their sense in cased prose, and a list of three or
 * more short names of the accused labs settles its members.
 */

import { casedSlice, type FoldedText } from '../text/normalize';
import type { Candidate } from './scan';

// What joins the names of a list: a comma, a slash, "and", "or", and their Chinese forms.
const LIST_JOINERS = '[,、/&+]|and|or|和|与|跟|或|及|还有';
// Two lower-case names also join by "vs", "to" and "from" (switching between tools); a comma may stand before the
// joiner ("deepseek, kimi, and minimax") and a spoken filler after it ("deep seek, moon shot, and, uh, mini max").
const CONNECTOR = new RegExp(`^ ?,? ?(?:${LIST_JOINERS}|vs\\.?|versus|to|from) ?,?(?: ?(?:uh|um|er|erm),?)* ?$`);

/**
 * The lower-case company names that stand in a list with another lower-case name ("uses deepseek and kimi", "switched
 * from claude to deepseek"): a writer who writes the labs' names so writes them all so, and the list says which sense
 * each has. Found once per document; the detector asks for each name written in lower case in cased prose.
 */
export function makeListedLowerName(folded: FoldedText, candidates: readonly Candidate[]): (candidate: Candidate) => boolean {
  // Read on the first question only: most pages never ask (no lower-case name in cased prose).
  let listed: Set<Candidate> | null = null;
  return (candidate) => (listed ??= listedLowerNames(folded, candidates)).has(candidate);
}

function listedLowerNames(folded: FoldedText, candidates: readonly Candidate[]): Set<Candidate> {
  const { lower } = folded;
  const lowerNames = candidates.filter(
    (c) => c.term.category === 'company' && casedSlice(folded, c.start, c.end) === lower.slice(c.start, c.end),
  );
  const listed = new Set<Candidate>();
  for (let k = 1; k < lowerNames.length; k++) {
    const before = lowerNames[k - 1]!;
    const after = lowerNames[k]!;
    if (before.block !== after.block || before.end > after.start || after.start - before.end > 8) continue;
    if (CONNECTOR.test(lower.slice(before.end, after.start))) {
      listed.add(before);
      listed.add(after);
    }
  }
  return listed;
}

// What separates the names of a list of labs, a space alone included ("ds 月暗 稀宇 三家").
const LIST_SEPARATOR = new RegExp(`^ ?,? ?(?:${LIST_JOINERS})? ?,?(?: ?(?:uh|um|er|erm),?)* ?$`);
const MIN_LIST = 3;

/**
 * Undecided company names that make a list of three or more story names of at least two labs ("哪三家，ds、月暗、稀宇？",
 * "ds, kimi and mm"): each short form is weak alone, but a reader takes a list of the accused labs as that list.
 * `accepted` names count as members; only the undecided ones are returned, with the reason.
 */
export function findLabLists(undecided: readonly Candidate[], accepted: readonly Candidate[], lower: string): Map<Candidate, string> {
  const open = new Set(undecided);
  const names = [...undecided, ...accepted]
    .filter((c) => c.term.category === 'company')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen = new Map<Candidate, string>();
  let chain: Candidate[] = [];
  const close = () => {
    const labs = new Set(chain.map((c) => c.term.signal));
    if (chain.length >= MIN_LIST && labs.size >= 2) {
      const owners = [...new Set(chain.map((c) => c.term.ownerName))];
      for (const c of chain) if (open.has(c)) chosen.set(c, `a list of the labs ("${owners.join('", "')}")`);
    }
    chain = [];
  };
  for (const name of names) {
    const last = chain[chain.length - 1];
    if (last && last.end > name.start) continue; // a shorter name inside the last one
    if (last && (last.block !== name.block || !LIST_SEPARATOR.test(lower.slice(last.end, name.start)))) close();
    chain.push(name);
  }
  close();
  return chosen;
}
