import { checkFigures } from '../../../lib/figures/check';
import { sentencesOf } from '../../../lib/figures/context';
import { bundledFigures } from '../../../lib/figures/figures';
import type { Category, EntityId } from '../../../lib/types';

/** What a test sentence's mentions are about: categories, or entities (mentioned as companies). */
export type About = Array<Category | EntityId>;
const CATEGORY_NAMES = new Set<string>(['leak', 'distillation', 'policy', 'company', 'person']);

export const LEAK: About = ['leak'];
export const DIST: About = ['distillation', 'deepseek', 'moonshot-ai', 'minimax'];

/** Runs the check on one sentence whose mentions are about `about`. */
export function check(sentence: string, about: About) {
  const mentions = about.map((what) =>
    CATEGORY_NAMES.has(what)
      ? { category: what as Category, entity: null, sentence }
      : { category: 'company' as Category, entity: what as EntityId, sentence },
  );
  return checkFigures(sentencesOf(mentions), bundledFigures());
}
