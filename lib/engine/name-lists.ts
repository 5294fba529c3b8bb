import type { FoldedText } from '../text/normalize';
import type { Candidate } from './scan';

// What joins two names of a list: a comma, a slash, "and", "or", "vs", "to" and "from" (switching between tools), and
// their Chinese forms.
const CONNECTOR = /^ ?(?:,|、|\/|&|\+|and|or|vs\.?|versus|to|from|和|与|跟|或|及|还有) ?$/;

/**
 * The lower-case company names that stand in a list with another lower-case name ("uses deepseek and kimi", "switched
 * from claude to deepseek"): a writer who writes the labs' names so writes them all so, and the list says which sense
 * each has. Found once per document; the detector asks for each name written in lower case in cased prose.
 */
export function makeListedLowerName(folded: FoldedText, candidates: readonly Candidate[]): (candidate: Candidate) => boolean {
  const { lower, cased } = folded;
  const lowerNames = candidates.filter(
    (c) => c.term.category === 'company' && cased.slice(c.start, c.end) === lower.slice(c.start, c.end),
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
  return (candidate) => listed.has(candidate);
}
