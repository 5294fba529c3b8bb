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
  return issues;
}
