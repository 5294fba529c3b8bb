import type { Category, EntityId } from '../types';

/** A sentence of the page with what its mentions are about: the unit the figure check works on. */
export interface CheckedSentence {
  sentence: string;
  categories: ReadonlySet<Category>;
  entities: ReadonlySet<EntityId>;
}

interface MentionInSentence {
  category: Category;
  entity: EntityId | null;
  sentence: string;
}

/** Groups mentions by their sentence, so each sentence is checked once with all of its mentions. */
export function sentencesOf(mentions: readonly MentionInSentence[]): CheckedSentence[] {
  const bySentence = new Map<string, { categories: Set<Category>; entities: Set<EntityId> }>();
  for (const mention of mentions) {
    const key = mention.sentence.trim();
    if (key === '') continue;
    let entry = bySentence.get(key);
    if (!entry) {
      entry = { categories: new Set(), entities: new Set() };
      bySentence.set(key, entry);
    }
    entry.categories.add(mention.category);
    if (mention.entity) entry.entities.add(mention.entity);
  }
  return [...bySentence].map(([sentence, { categories, entities }]) => ({ sentence, categories, entities }));
}

export function inContext(
  sentence: CheckedSentence,
  context: { categories: readonly Category[]; entities: readonly EntityId[] },
): boolean {
  return (
    context.categories.some((category) => sentence.categories.has(category)) ||
    context.entities.some((entity) => sentence.entities.has(entity))
  );
}
