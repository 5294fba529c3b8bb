import type { Fact, Faq, FactStatus, Source } from '../dataset/schema';
import { formatEventDate } from '../i18n/format-date';
import type { Lang } from '../i18n/language';

/** A fact as the popup shows it, in one language. */
export interface FactView {
  id: string;
  text: string;
  date: string;
  /** Machine date for <time datetime>. */
  dateTime: string;
  status: FactStatus;
  articleSays: string | null;
  sources: Source[];
}

export interface FaqView {
  id: string;
  question: string;
  answer: string;
  sources: Source[];
}

export function factView(fact: Fact, lang: Lang): FactView {
  return {
    id: fact.id,
    text: fact.text[lang],
    date: formatEventDate(fact.date, lang),
    dateTime: fact.date,
    status: fact.status,
    articleSays: fact.articleSays ? fact.articleSays[lang] : null,
    sources: fact.sources,
  };
}

export function faqView(entry: Faq, sources: Source[], lang: Lang): FaqView {
  return { id: entry.id, question: entry.question[lang], answer: entry.answer[lang], sources };
}
