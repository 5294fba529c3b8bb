import { CATEGORIES, type Category, type Mention } from '../types';
import type { EvalPassage, GoldMention } from './gold';
import { matchMentions } from './match';

/** What one passage scored: which gold mentions were found, missed, and what the engine added. */
export interface PassageResult {
  passage: EvalPassage;
  predicted: Mention[];
  matches: Array<{ gold: GoldMention; predicted: Mention }>;
  misses: GoldMention[];
  falsePositives: Mention[];
}

export interface Counts {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalSummary {
  passages: { total: number; en: number; zh: number; hardNegative: number; noMention: number };
  overall: Counts;
  byCategory: Record<Category, Counts>;
  byLanguage: Record<'en' | 'zh', Counts>;
  /** Matches whose spans are identical, not merely overlapping. */
  exactSpans: number;
  hardNegativeFalsePositives: Array<{ passageId: string; mention: Mention }>;
}

export function scorePassage(passage: EvalPassage, predicted: readonly Mention[]): PassageResult {
  const pairs = matchMentions(passage.gold, predicted);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  return {
    passage,
    predicted: [...predicted],
    matches: pairs.map(([g, p]) => ({ gold: passage.gold[g]!, predicted: predicted[p]! })),
    misses: passage.gold.filter((_, index) => !matchedGold.has(index)),
    falsePositives: predicted.filter((_, index) => !matchedPredicted.has(index)),
  };
}

/**
 * Precision, recall and F1 from raw counts. An empty denominator scores 1 (nothing to find and nothing
 * claimed is not an error), so a category that the set does not exercise cannot sink the floor.
 */
export function countsFrom(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: tp + fn, predicted: tp + fp, tp, fp, fn, precision, recall, f1 };
}

function countResults(results: readonly PassageResult[], category?: Category): Counts {
  const keep = <T extends { category: Category }>(m: T) => category === undefined || m.category === category;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const result of results) {
    tp += result.matches.filter((m) => keep(m.gold)).length;
    fp += result.falsePositives.filter(keep).length;
    fn += result.misses.filter(keep).length;
  }
  return countsFrom(tp, fp, fn);
}

export function summarize(results: readonly PassageResult[]): EvalSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, countResults(results, c)])) as Record<Category, Counts>;
  const inLanguage = (lang: 'en' | 'zh') => results.filter((r) => r.passage.lang === lang);
  return {
    passages: {
      total: results.length,
      en: inLanguage('en').length,
      zh: inLanguage('zh').length,
      hardNegative: results.filter((r) => r.passage.hardNegative).length,
      noMention: results.filter((r) => r.passage.gold.length === 0).length,
    },
    overall: countResults(results),
    byCategory,
    byLanguage: { en: countResults(inLanguage('en')), zh: countResults(inLanguage('zh')) },
    exactSpans: results.reduce(
      (sum, r) => sum + r.matches.filter((m) => m.gold.start === m.predicted.start && m.gold.end === m.predicted.end).length,
      0,
    ),
    hardNegativeFalsePositives: results
      .filter((r) => r.passage.hardNegative)
      .flatMap((r) => r.falsePositives.map((mention) => ({ passageId: r.passage.id, mention }))),
  };
}
