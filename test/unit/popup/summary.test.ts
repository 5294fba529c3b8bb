import { describe, expect, it } from 'vitest';
import { dataset } from '../../../lib/dataset/index';
import { bundledFigures } from '../../../lib/figures/figures';
import type { PageMention } from '../../../lib/messaging/protocol';
import { aboutTheStory, summarizePage } from '../../../lib/popup/summary';
import type { Category, EntityId } from '../../../lib/types';

function mention(category: Category, entity: EntityId | null, sentence: string, text = 'x'): PageMention {
  return { category, entity, start: 0, end: text.length, text, reason: 'test', sentence };
}

const LEAK_SENTENCE = 'The Claude Code leak exposed over 512,000 lines of code through an npm source map.';
const WRONG_SENTENCE = 'The leak, over 700,000 lines of code, was discovered and decrypted by a researcher.';
const DIST_SENTENCE = 'Anthropic alleged that DeepSeek, Moonshot AI and MiniMax used 24,000 fraudulent accounts for distillation.';

const mentions: PageMention[] = [
  mention('leak', null, LEAK_SENTENCE, 'leak'),
  mention('company', 'anthropic', LEAK_SENTENCE, 'Claude Code'),
  mention('leak', null, WRONG_SENTENCE, 'leak'),
  mention('distillation', null, DIST_SENTENCE, 'distillation'),
  mention('company', 'anthropic', DIST_SENTENCE, 'Anthropic'),
  mention('company', 'deepseek', DIST_SENTENCE, 'DeepSeek'),
  mention('company', 'moonshot-ai', DIST_SENTENCE, 'Moonshot AI'),
  mention('company', 'minimax', DIST_SENTENCE, 'MiniMax'),
];

const summarize = (list: PageMention[], lang: 'en' | 'zh' = 'en') =>
  summarizePage(list, { lang, dataset, figures: bundledFigures() });

describe('summarizePage', () => {
  it('should count mentions per category when given a page', () => {
    const summary = summarize(mentions);
    expect(summary.total).toBe(8);
    expect(summary.counts).toEqual({ leak: 2, distillation: 1, policy: 0, company: 5, person: 0 });
  });

  it('should list entities most mentioned first, with names in the interface language', () => {
    const en = summarize(mentions).entities;
    expect(en[0]).toEqual({ id: 'anthropic', name: 'Anthropic', count: 2 });
    expect(en.map((e) => e.id).sort()).toEqual(['anthropic', 'deepseek', 'minimax', 'moonshot-ai']);
    const zh = summarize(mentions, 'zh').entities;
    expect(zh.find((e) => e.id === 'moonshot-ai')?.name).toBe(dataset.entities.find((e) => e.id === 'moonshot-ai')?.name.zh);
  });

  it('should group facts by topic, then entity, with every fact shown once', () => {
    const summary = summarize(mentions);
    expect(summary.groups.map((g) => g.id).slice(0, 2)).toEqual(['leak', 'distillation']);
    const ids = summary.groups.flatMap((g) => g.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of summary.groups) expect(group.facts.length).toBeLessThanOrEqual(2);
    // Key facts the page leaves out are listed once, under "Not on this page", not in the groups.
    for (const fact of summary.notOnPage) expect(ids).not.toContain(fact.id);
    const fact = summary.groups[0]?.facts[0];
    expect(fact?.sources.length).toBeGreaterThan(0);
    expect(fact?.date).toMatch(/\d{4}/);
  });

  it('should give fact text in Chinese when the interface is Chinese', () => {
    const fact = summarize(mentions, 'zh').groups[0]?.facts[0];
    const source = dataset.facts.find((f) => f.id === fact?.id);
    expect(fact?.text).toBe(source?.text.zh);
    expect(fact?.date).toMatch(/年/);
  });

  it('should report the figures that disagree and not the ones that agree', () => {
    const issues = summarize(mentions).figureIssues.map((i) => [i.figureId, i.found]);
    expect(issues).toEqual([
      ['lines-of-code', '700,000 lines'],
      ['decrypted', 'decrypted'],
    ]);
  });

  it('should list key facts the page does not cover, not those it does', () => {
    const missing = summarize(mentions).notOnPage.map((f) => f.id);
    // The page names npm and the source map, and calls the figures an allegation.
    expect(missing).not.toContain('leak-npm-version');
    expect(missing).not.toContain('dist-accusation');
    // It never says the leak was a packaging error, nor anything about China policy.
    expect(missing).toContain('leak-packaging-error');
    expect(missing).toContain('policy-supported-regions');
  });

  it('should count a key fact as covered when a sentence near the mentions states it without a mention', () => {
    expect(summarize(mentions).notOnPage.map((f) => f.id)).toContain('leak-packaging-error');
    const contextSentences = [{ sentence: 'The company called it a packaging error.', categories: ['leak' as const], entities: [] }];
    const withContext = summarizePage(mentions, { lang: 'en', dataset, figures: bundledFigures(), contextSentences });
    expect(withContext.notOnPage.map((f) => f.id)).not.toContain('leak-packaging-error');
    // Only for facts about what the paragraph's mentions are about.
    const offTopic = [{ sentence: 'The company called it a packaging error.', categories: ['policy' as const], entities: [] }];
    const elsewhere = summarizePage(mentions, { lang: 'en', dataset, figures: bundledFigures(), contextSentences: offTopic });
    expect(elsewhere.notOnPage.map((f) => f.id)).toContain('leak-packaging-error');
  });

  it('should not list as missing a fact whose error the figure check flags on the page', () => {
    // WRONG_SENTENCE says "decrypted": the figure check corrects it, so the page does speak of it.
    expect(summarize(mentions).notOnPage.map((f) => f.id)).not.toContain('leak-not-decrypted');
    const withoutClaim = mentions.filter((m) => m.sentence !== WRONG_SENTENCE);
    expect(summarize(withoutClaim).figureIssues.map((i) => i.figureId)).not.toContain('decrypted');
    expect(summarize(withoutClaim).notOnPage.map((f) => f.id)).toContain('leak-not-decrypted');
  });

  it('should offer the FAQ entries that answer what the page mentions', () => {
    const faq = summarize(mentions).faq;
    expect(faq.length).toBeGreaterThan(0);
    expect(faq.map((f) => f.id)).toContain('what-is-distillation');
    expect(faq[0]?.sources.length).toBeGreaterThan(0);
  });

  it('should mark allegations when the distillation figures are shown', () => {
    const statuses = summarize(mentions).groups.find((g) => g.id === 'distillation')?.facts.map((f) => f.status);
    expect(statuses).toContain('alleged');
  });
});

describe('aboutTheStory', () => {
  it.each(['en', 'zh'] as const)('should give every key fact and the article’s questions first in %s', (lang) => {
    const about = aboutTheStory(dataset, lang);
    expect(about.keyFacts.map((f) => f.id)).toEqual(dataset.facts.filter((f) => f.key).map((f) => f.id));
    const fromArticle = dataset.faq.filter((f) => f.fromArticle).map((f) => f.id);
    expect(about.faq.slice(0, fromArticle.length).map((f) => f.id)).toEqual(fromArticle);
    expect(about.faq[0]?.question).toBe(dataset.faq.find((f) => f.id === fromArticle[0])?.question[lang]);
  });
});
