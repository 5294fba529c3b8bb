import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../../lib/dataset/index';
import { validateDataset } from '../../../lib/dataset/validate';
import { CATEGORIES, ENTITY_IDS } from '../../../lib/types';

/** What the shipped facts and FAQ must say, beyond their shape. */
const data = validateDataset(rawDataset);
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

describe('shipped facts', () => {
  it('should hold at least 30 facts and at least 12 FAQ entries', () => {
    expect(data.facts.length).toBeGreaterThanOrEqual(30);
    expect(data.faq.length).toBeGreaterThanOrEqual(12);
  });

  it('should mark between 6 and 10 facts as key', () => {
    const key = data.facts.filter((fact) => fact.key).length;
    expect(key).toBeGreaterThanOrEqual(6);
    expect(key).toBeLessThanOrEqual(10);
  });

  it.each(data.facts.map((fact) => [fact.id, fact] as const))('should give %s in English and in Chinese', (_id, fact) => {
    for (const text of [fact.text, ...(fact.articleSays ? [fact.articleSays] : [])]) {
      expect(text.en).toMatch(LATIN);
      expect(text.zh).toMatch(HAN);
      expect(text.en).not.toBe(text.zh);
    }
  });

  it.each(data.facts.filter((fact) => fact.status === 'corrects-article').map((fact) => [fact.id, fact] as const))(
    'should say what the article said when %s corrects it',
    (_id, fact) => {
      expect(fact.articleSays?.en).toBeTruthy();
      expect(fact.articleSays?.zh).toBeTruthy();
    },
  );

  it.each([
    ['decrypted', 'leak-not-decrypted'],
    ['made public', 'leak-published-by-anthropic'],
    ['Shou Chaofan', 'person-shou-name'],
    ['not yet confirmed specific actions', 'leak-actions-outdated'],
    ['adversarial nation', 'policy-adversarial-wording'],
  ])('should correct the article where it says “%s”', (quote, id) => {
    const fact = data.facts.find((candidate) => candidate.id === id);
    expect(fact?.status).toBe('corrects-article');
    expect(fact?.articleSays?.en).toContain(quote);
  });

  it.each(['24,000', '16 million', '150,000', '3.4 million', '13 million'])(
    'should attribute the distillation figure %s to Anthropic as an allegation',
    (figure) => {
      const stating = data.facts.filter((fact) => fact.category === 'distillation' && fact.text.en.includes(figure));
      expect(stating.length).toBeGreaterThan(0);
      for (const fact of stating) {
        expect(fact.status).toBe('alleged');
        expect(fact.text.en).toMatch(/Anthropic/);
      }
    },
  );

  it('should give both versions when a fact is disputed', () => {
    const disputed = data.facts.filter((fact) => fact.status === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const fact of disputed) expect(fact.text.en).toMatch(/two ways|differ|disagree|Many reports say/);
  });

  it.each(CATEGORIES.map((category) => [category]))('should have facts in the category %s', (category) => {
    expect(data.facts.some((fact) => fact.category === category)).toBe(true);
  });

  it.each(ENTITY_IDS.map((id) => [id]))('should have facts about the entity %s', (id) => {
    expect(data.facts.some((fact) => fact.entities.includes(id))).toBe(true);
  });

  it('should cite only https sources with a publisher', () => {
    for (const fact of data.facts) {
      for (const source of fact.sources) {
        expect(new URL(source.url).protocol).toBe('https:');
        expect(source.publisher.trim()).not.toBe('');
      }
    }
  });

  it('should date every event and source on or before the day the research was done', () => {
    const researched = '2026-11-29';
    for (const fact of data.facts) {
      expect(fact.date <= researched).toBe(true);
      for (const source of fact.sources) if (source.date) expect(source.date <= researched).toBe(true);
    }
  });
});

describe('shipped FAQ', () => {
  it('should include the five questions of the article', () => {
    expect(data.faq.filter((entry) => entry.fromArticle).map((entry) => entry.id)).toEqual([
      'what-is-claude-code',
      'why-significant-for-china',
      'model-weights',
      'what-is-distillation',
      'anthropic-stance-on-china',
    ]);
  });

  it.each(data.faq.map((entry) => [entry.id, entry] as const))('should ask and answer %s in both languages', (_id, entry) => {
    for (const text of [entry.question, entry.answer]) {
      expect(text.en).toMatch(LATIN);
      expect(text.zh).toMatch(HAN);
    }
    expect(entry.question.en.trim().endsWith('?')).toBe(true);
    expect(entry.question.zh.trim().endsWith('？')).toBe(true);
  });

  it.each(CATEGORIES.map((category) => [category]))('should answer questions in the category %s', (category) => {
    expect(data.faq.some((entry) => entry.categories.includes(category))).toBe(true);
  });

  it('should not present the distillation figures as established facts', () => {
    for (const entry of data.faq.filter((candidate) => candidate.answer.en.includes('24,000'))) {
      expect(entry.answer.en).toMatch(/alleg|Anthropic’s own figures/);
    }
  });
});
