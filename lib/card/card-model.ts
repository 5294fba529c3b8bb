import type { Entity, Fact, FactStatus, Topic } from '../dataset/schema';
import { formatEventDate } from '../i18n/format-date';
import type { Lang } from '../i18n/language';
import { cardStrings, type CardStrings } from '../i18n/card-strings';
import { localizeReason } from '../i18n/reason-zh';
import type { Category, EntityId, Mention, TopicId } from '../types';

/** What the hover card shows for one mention, computed apart from rendering so it can be tested alone. */
export interface CardSource {
  url: string;
  publisher: string;
}

export interface CardFact {
  id: string;
  text: string;
  date: string;
  status: FactStatus;
  statusLabel: string;
  sources: CardSource[];
}

export interface CardModel {
  lang: Lang;
  category: Category;
  categoryLabel: string;
  title: string;
  description: string | null;
  matched: string;
  reason: string;
  facts: CardFact[];
  /** "3 of 17" when the card was opened by the navigation command. */
  position: string | null;
  strings: CardStrings;
}

/** The dataset lookups the card needs (lib/dataset/queries in the extension, tables in tests). */
export interface CardData {
  entityById(id: EntityId): Entity | undefined;
  topicById(id: TopicId): Topic | undefined;
  factsFor(query: { category: Category; entity: EntityId | null }, limit: number): readonly Fact[];
}

export const MAX_CARD_FACTS = 3;
/** Sources listed per fact: the card is small; the popup lists them all. */
const MAX_SOURCES = 2;

export function cardModel(
  mention: Mention,
  data: CardData,
  lang: Lang,
  position: { index: number; total: number } | null = null,
): CardModel {
  const strings = cardStrings(lang);
  const subject = mention.entity !== null ? data.entityById(mention.entity) : topicOf(mention.category, data);
  const facts = data
    .factsFor({ category: mention.category, entity: mention.entity }, MAX_CARD_FACTS)
    .slice(0, MAX_CARD_FACTS)
    .map((fact) => ({
      id: fact.id,
      text: fact.text[lang],
      date: formatEventDate(fact.date, lang),
      status: fact.status,
      statusLabel: strings.status[fact.status],
      sources: fact.sources.slice(0, MAX_SOURCES).map(({ url, publisher }) => ({ url, publisher })),
    }));
  return {
    lang,
    category: mention.category,
    categoryLabel: strings.category[mention.category],
    title: subject?.name[lang] ?? strings.category[mention.category],
    description: subject?.description[lang] ?? null,
    matched: mention.text,
    // The engine writes reasons in English; a Chinese card shows them in Chinese.
    reason: localizeReason(mention.reason, lang),
    facts,
    position: position && position.index >= 0 ? strings.position(position.index + 1, position.total) : null,
    strings,
  };
}

function topicOf(category: Category, data: CardData): Topic | undefined {
  return category === 'leak' || category === 'distillation' || category === 'policy' ? data.topicById(category) : undefined;
}
