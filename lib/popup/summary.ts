import { factsFor, faqFor, sourcesOfFaq, type FactQuery } from '../dataset/queries';
import type { Dataset, Fact } from '../dataset/schema';
import { checkFigures, type FigureIssue } from '../figures/check';
import { sentencesOf, type CheckedSentence } from '../figures/context';
import type { Figure } from '../figures/schema';
import type { Lang } from '../i18n/language';
import type { ContextSentence, PageMention } from '../messaging/protocol';
import { CATEGORIES, TOPIC_CATEGORIES, type Category, type EntityId } from '../types';
import { factView, faqView, type FactView, type FaqView } from './fact-view';
import { keyFactsNotOnPage } from './not-on-page';

/** Everything the popup shows about one page, computed apart from rendering (and tested without it). */
export interface PageSummary {
  total: number;
  counts: Record<Category, number>;
  /** Entities named on the page, most mentioned first. */
  entities: Array<{ id: EntityId; name: string; count: number }>;
  /** Facts grouped by what the page mentions; each fact appears once, in the first group it fits. */
  groups: Array<{ id: string; title: string; facts: FactView[] }>;
  faq: FaqView[];
  figureIssues: FigureIssue[];
  notOnPage: FactView[];
}

export interface SummaryOptions {
  lang: Lang;
  dataset: Dataset;
  figures: readonly Figure[];
  /** Sentences near mentions that hold none (PageState.contextSentences): they can state a key fact too. */
  contextSentences?: readonly ContextSentence[];
  factsPerGroup?: number;
  faqLimit?: number;
}

/** The best `limit` facts of a query that no earlier group has shown (marks them shown). */
function freshFacts(query: FactQuery, data: Dataset, limit: number, shown: Set<string>): Fact[] {
  const facts = factsFor(query, undefined, data)
    .filter((fact) => !shown.has(fact.id))
    .slice(0, limit);
  for (const fact of facts) shown.add(fact.id);
  return facts;
}

function faqViews(
  data: Dataset,
  categories: readonly Category[],
  entities: readonly EntityId[],
  lang: Lang,
  limit: number,
): FaqView[] {
  return faqFor({ categories, entities }, data)
    .slice(0, limit)
    .map((entry) => faqView(entry, sourcesOfFaq(entry, data), lang));
}

function checkedSentence(context: ContextSentence): CheckedSentence {
  return { sentence: context.sentence, categories: new Set(context.categories), entities: new Set(context.entities) };
}

export function summarizePage(mentions: readonly PageMention[], options: SummaryOptions): PageSummary {
  const { lang, dataset: data, figures, contextSentences = [], factsPerGroup = 2, faqLimit = 6 } = options;
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const entityCounts = new Map<EntityId, number>();
  for (const mention of mentions) {
    counts[mention.category]++;
    if (mention.entity) entityCounts.set(mention.entity, (entityCounts.get(mention.entity) ?? 0) + 1);
  }
  const entities = [...entityCounts]
    .map(([id, count]) => ({ id, count, name: data.entities.find((e) => e.id === id)?.name[lang] ?? id }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  const sentences = sentencesOf(mentions);
  const figureIssues = checkFigures(sentences, figures);
  // A key fact whose wrong version the figure check found is on the page, wrongly: the check shows its correction.
  const flagged = new Set(figureIssues.map((issue) => figures.find((figure) => figure.id === issue.figureId)?.corrects));
  const notOnPage = keyFactsNotOnPage(
    data.facts.filter((fact) => fact.key),
    [...sentences, ...contextSentences.map(checkedSentence)],
  ).filter((fact) => !flagged.has(fact.id));
  // Facts listed under "Not on this page" are not repeated in the groups.
  const shown = new Set<string>(notOnPage.map((fact) => fact.id));
  const groups: PageSummary['groups'] = [];
  // Topics first (what the page is about), then the entities it names.
  for (const topic of TOPIC_CATEGORIES) {
    if (counts[topic] === 0) continue;
    const facts = freshFacts({ category: topic }, data, factsPerGroup, shown);
    const title = data.topics.find((t) => t.id === topic)?.name[lang] ?? topic;
    if (facts.length > 0) groups.push({ id: topic, title, facts: facts.map((f) => factView(f, lang)) });
  }
  for (const entity of entities) {
    const facts = freshFacts({ entity: entity.id }, data, factsPerGroup, shown);
    if (facts.length > 0) groups.push({ id: entity.id, title: entity.name, facts: facts.map((f) => factView(f, lang)) });
  }

  const categories = CATEGORIES.filter((c) => counts[c] > 0);
  return {
    total: mentions.length,
    counts,
    entities,
    groups,
    faq: faqViews(data, categories, [...entityCounts.keys()], lang, faqLimit),
    figureIssues,
    notOnPage: notOnPage.map((fact) => factView(fact, lang)),
  };
}

/** The popup for a page without mentions: the story's key facts and its FAQ, the article's questions first. */
export function aboutTheStory(data: Dataset, lang: Lang, faqLimit = 6): { keyFacts: FactView[]; faq: FaqView[] } {
  const faq = [...data.faq]
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => Number(b.entry.fromArticle) - Number(a.entry.fromArticle) || a.order - b.order)
    .slice(0, faqLimit)
    .map(({ entry }) => faqView(entry, sourcesOfFaq(entry, data), lang));
  return { keyFacts: data.facts.filter((fact) => fact.key).map((fact) => factView(fact, lang)), faq };
}
