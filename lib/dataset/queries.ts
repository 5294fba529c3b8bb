import type { Category, EntityId, TopicId } from '../types';
import type { Dataset, Entity, Fact, Faq, Source, Topic } from './schema';
import { dataset as bundled } from './index';

/**
 * Small pure look-ups for the hover card and the popup. Each takes the dataset as its last parameter,
 * defaulting to the bundled one, so tests can pass a small dataset of their own.
 */

export function entityById(id: EntityId, data: Dataset = bundled): Entity | undefined {
  return data.entities.find((entity) => entity.id === id);
}

export function topicById(id: TopicId, data: Dataset = bundled): Topic | undefined {
  return data.topics.find((topic) => topic.id === id);
}

export function factById(id: string, data: Dataset = bundled): Fact | undefined {
  return data.facts.find((fact) => fact.id === id);
}

export interface FactQuery {
  category?: Category;
  entity?: EntityId | null;
}

/**
 * Facts about one mention, most relevant first. With an entity, the facts that name it (a company
 * mention of Anthropic is about Anthropic, not about every company); without one, the facts of the
 * category. Ranked: key facts first, then facts of the mention's own category, then the most recent.
 */
export function factsFor(query: FactQuery, limit?: number, data: Dataset = bundled): Fact[] {
  const { category, entity } = query;
  const matches = data.facts.filter((fact) =>
    entity ? fact.entities.includes(entity) : category !== undefined && fact.category === category,
  );
  const ranked = matches
    .map((fact, order) => ({ fact, order }))
    .sort(
      (a, b) =>
        Number(b.fact.key) - Number(a.fact.key) ||
        Number(b.fact.category === category) - Number(a.fact.category === category) ||
        compareDatesDescending(a.fact.date, b.fact.date) ||
        a.order - b.order,
    )
    .map(({ fact }) => fact);
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, limit));
}

/** Newest first. A month-only date ("2026-04") counts as the start of that month. */
function compareDatesDescending(a: string, b: string): number {
  const dayA = a.length === 7 ? `${a}-00` : a;
  const dayB = b.length === 7 ? `${b}-00` : b;
  return dayA < dayB ? 1 : dayA > dayB ? -1 : 0;
}

/** The facts every reader of the story should know, in dataset order. */
export function keyFacts(data: Dataset = bundled): Fact[] {
  return data.facts.filter((fact) => fact.key);
}

export interface FaqQuery {
  categories?: readonly Category[];
  entities?: readonly EntityId[];
}

/**
 * FAQ entries that answer something found on the page, best match first: a shared entity weighs more
 * than a shared category (it is more specific); ties keep dataset order, where the article's own five
 * questions come first.
 */
export function faqFor(query: FaqQuery, data: Dataset = bundled): Faq[] {
  const categories = new Set(query.categories ?? []);
  const entities = new Set(query.entities ?? []);
  return data.faq
    .map((entry, order) => ({
      entry,
      order,
      score:
        2 * entry.entities.filter((id) => entities.has(id)).length +
        entry.categories.filter((category) => categories.has(category)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ entry }) => entry);
}

/** The sources of the facts an answer rests on, each URL once, in the order the facts are listed. */
export function sourcesOfFaq(entry: Faq, data: Dataset = bundled): Source[] {
  const byUrl = new Map<string, Source>();
  for (const id of entry.facts) {
    for (const source of factById(id, data)?.sources ?? []) {
      if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    }
  }
  return [...byUrl.values()];
}
