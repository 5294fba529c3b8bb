import type { Bilingual, Source } from '../dataset/schema';
import { checkClaim } from './check-claim';
import { checkCount, type Disagreement } from './check-count';
import { checkDate, knownDates } from './check-date';
import { checkVersion } from './check-version';
import { inContext, type CheckedSentence } from './context';
import type { DateFigure, Figure } from './schema';

/** One figure on the page that disagrees with the sources, with what the sources say. */
export interface FigureIssue {
  figureId: string;
  kind: Figure['kind'];
  /** The page's own words for the figure ("600,000 lines", "decrypted"). */
  found: string;
  /** The sentence it was found in. */
  sentence: string;
  sourced: Bilingual;
  sources: Source[];
}

/**
 * Compares the figures in the sentences around mentions with the sourced figures. A figure is checked
 * only in a sentence about its category or entities; numbers without the figure's unit, out of its
 * plausible range, or equal (within tolerance) to a sourced value are never reported.
 */
export function checkFigures(sentences: readonly CheckedSentence[], figures: readonly Figure[]): FigureIssue[] {
  const known = knownDates(figures.filter((f): f is DateFigure => f.kind === 'date'));
  const issues: FigureIssue[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    for (const figure of figures) {
      if (!inContext(sentence, figure.context)) continue;
      let found: Disagreement[];
      switch (figure.kind) {
        case 'count':
          found = checkCount(sentence, figure);
          break;
        case 'date':
          found = checkDate(sentence, figure, known);
          break;
        case 'version':
          found = checkVersion(sentence, figure);
          break;
        case 'claim':
          found = checkClaim(sentence, figure);
          break;
      }
      for (const { found: text } of found) {
        const key = `${figure.id}\u0000${text.toLowerCase()}\u0000${sentence.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({
          figureId: figure.id,
          kind: figure.kind,
          found: text,
          sentence: sentence.sentence,
          sourced: figure.sourced,
          sources: figure.sources,
        });
      }
    }
  }
  return withoutCutCopies(issues);
}

const ELLIPSIS = '…';

/** A sentence's own words, without the "…" that mark where a long one was cut around a mention. */
function uncut(sentence: string): string {
  let from = 0;
  let to = sentence.length;
  if (sentence.startsWith(ELLIPSIS)) from = 1;
  if (sentence.endsWith(ELLIPSIS) && to > from) to--;
  return sentence.slice(from, to).trim();
}

// Two cuts of one sentence overlap by at least this much, so two sentences that merely share a phrase stay apart.
const MIN_OVERLAP = 40;

/** Whether `head` (cut at its end) and `tail` (cut at its start) are two views of one sentence: they overlap. */
function overlapping(head: string, tail: string): boolean {
  for (let k = Math.min(head.length, tail.length); k >= MIN_OVERLAP; k--) {
    if (head.endsWith(tail.slice(0, k))) return true;
  }
  return false;
}

/** Whether issue `a`'s sentence is another view of issue `b`'s: within it, or its other half. */
function sameSentence(a: FigureIssue, b: FigureIssue): boolean {
  const ownA = uncut(a.sentence);
  const ownB = uncut(b.sentence);
  if (ownB.includes(ownA)) return true;
  return (
    (a.sentence.endsWith(ELLIPSIS) && b.sentence.startsWith(ELLIPSIS) && overlapping(ownA, ownB)) ||
    (a.sentence.startsWith(ELLIPSIS) && b.sentence.endsWith(ELLIPSIS) && overlapping(ownB, ownA))
  );
}

/**
 * A sentence longer than the popup's quote reaches it cut differently around each of its mentions ("…was
 * decrypted by…", "The leaked package … on Twitter."): the same figure found in two views of one sentence is
 * one issue, kept in its longest view.
 */
function withoutCutCopies(issues: FigureIssue[]): FigureIssue[] {
  return issues.filter((issue, i) => {
    if (!issue.sentence.includes(ELLIPSIS)) return true;
    return !issues.some(
      (other, j) =>
        j !== i &&
        other.figureId === issue.figureId &&
        other.found.toLowerCase() === issue.found.toLowerCase() &&
        (other.sentence.length > issue.sentence.length || (other.sentence.length === issue.sentence.length && j < i)) &&
        sameSentence(issue, other),
    );
  });
}
