import { describe, expect, it } from 'vitest';
import type { Dataset, Fact, Faq } from '../../../lib/dataset/schema';
import {
  entityById,
  factById,
  factsFor,
  faqFor,
  keyFacts,
  sourcesOfFaq,
  topicById,
} from '../../../lib/dataset/queries';
import { dataset } from '../../../lib/dataset/index';
import { ENTITY_IDS, TOPIC_CATEGORIES } from '../../../lib/types';

function fact(id: string, overrides: Partial<Fact> = {}): Fact {
  return {
    id,
    key: false,
    category: 'leak',
    entities: [],
    date: '2026-03-31',
    status: 'confirmed',
    text: { en: id, zh: id },
    sources: [{ url: `https://example.org/${id}`, publisher: 'Example' }],
    ...overrides,
  };
}

function faq(id: string, overrides: Partial<Faq> = {}): Faq {
  return {
    id,
    fromArticle: false,
    question: { en: `${id}?`, zh: `${id}？` },
    answer: { en: id, zh: id },
    categories: ['leak'],
    entities: [],
    facts: [],
    ...overrides,
  };
}

/** A small dataset whose order and dates make each ranking rule visible. */
const data: Dataset = {
  entities: [],
  topics: [],
  facts: [
    fact('old-leak', { date: '2025-02' }),
    fact('new-leak', { date: '2026-04-01' }),
    fact('key-leak', { key: true, date: '2026-03-31' }),
    fact('month-leak', { date: '2026-04' }),
    fact('minimax-listing', { category: 'company', entities: ['minimax'], date: '2026-01-09' }),
    fact('minimax-figures', { category: 'distillation', entities: ['minimax', 'anthropic'], date: '2026-02-23' }),
    fact('labs-key', { key: true, category: 'distillation', entities: ['minimax', 'deepseek'], date: '2026-02-23' }),
    fact('policy-rule', { category: 'policy', entities: ['anthropic'], date: '2025-09-05' }),
  ],
  faq: [
    faq('article-leak', { fromArticle: true, categories: ['leak'], facts: ['key-leak', 'new-leak'] }),
    faq('labs', { categories: ['company', 'distillation'], entities: ['minimax', 'deepseek'], facts: ['labs-key', 'minimax-listing'] }),
    faq('policy', { categories: ['policy'], entities: ['anthropic'], facts: ['policy-rule', 'minimax-figures'] }),
    faq('shared-source', { facts: ['key-leak', 'key-leak'] }),
  ],
};

const ids = (facts: readonly { id: string }[]) => facts.map((entry) => entry.id);

describe('factsFor', () => {
  it('should rank key facts first, then the most recent, when asked for a topic', () => {
    expect(ids(factsFor({ category: 'leak' }, undefined, data))).toEqual(['key-leak', 'new-leak', 'month-leak', 'old-leak']);
  });

  it('should rank facts of the mention’s own category before others when asked for an entity', () => {
    expect(ids(factsFor({ category: 'company', entity: 'minimax' }, undefined, data))).toEqual([
      'labs-key',
      'minimax-listing',
      'minimax-figures',
    ]);
  });

  it('should keep only facts that name the entity when given one', () => {
    expect(ids(factsFor({ category: 'company', entity: 'anthropic' }, undefined, data))).toEqual(['minimax-figures', 'policy-rule']);
  });

  it.each([
    [1, ['key-leak']],
    [2, ['key-leak', 'new-leak']],
    [0, []],
    [-3, []],
  ])('should return at most %i facts when given that limit', (limit, expected) => {
    expect(ids(factsFor({ category: 'leak' }, limit, data))).toEqual(expected);
  });

  it('should return nothing when given neither a category nor an entity', () => {
    expect(factsFor({}, undefined, data)).toEqual([]);
  });

  it('should find facts about every entity of the bundled dataset', () => {
    for (const id of ENTITY_IDS) expect(factsFor({ entity: id }, 3).length).toBeGreaterThan(0);
  });
});

describe('keyFacts', () => {
  it('should list the key facts in dataset order', () => {
    expect(ids(keyFacts(data))).toEqual(['key-leak', 'labs-key']);
  });

  it('should include the packaging-error statement and the distillation allegation in the bundled dataset', () => {
    expect(ids(keyFacts())).toEqual(expect.arrayContaining(['leak-packaging-error', 'leak-not-decrypted', 'dist-accusation']));
  });
});

describe('faqFor', () => {
  it.each<[Parameters<typeof faqFor>[0], string[]]>([
    [{ categories: ['leak'] }, ['article-leak', 'shared-source']],
    [{ entities: ['minimax'] }, ['labs']],
    [{ categories: ['policy', 'distillation'], entities: ['anthropic'] }, ['policy', 'labs']],
    [{ categories: ['company'], entities: ['deepseek', 'minimax'] }, ['labs']],
    [{}, []],
  ])('should answer %j with %j', (query, expected) => {
    expect(ids(faqFor(query, data))).toEqual(expected);
  });
});

describe('sourcesOfFaq', () => {
  it('should list the sources of the facts an answer rests on, in order', () => {
    const entry = data.faq[0]!;
    expect(sourcesOfFaq(entry, data).map((source) => source.url)).toEqual([
      'https://example.org/key-leak',
      'https://example.org/new-leak',
    ]);
  });

  it('should list a source once when two facts share it', () => {
    expect(sourcesOfFaq(data.faq[3]!, data)).toHaveLength(1);
  });

  it('should give every bundled FAQ entry at least one source', () => {
    for (const entry of dataset.faq) expect(sourcesOfFaq(entry).length).toBeGreaterThan(0);
  });
});

describe('entityById, topicById and factById', () => {
  it.each(ENTITY_IDS.map((id) => [id]))('should find the bundled entity %s', (id) => {
    expect(entityById(id)?.id).toBe(id);
  });

  it.each(TOPIC_CATEGORIES.map((id) => [id]))('should find the bundled topic %s', (id) => {
    expect(topicById(id)?.id).toBe(id);
  });

  it('should return undefined when the id is not in the dataset', () => {
    expect(entityById('minimax', data)).toBeUndefined();
    expect(factById('no-such-fact', data)).toBeUndefined();
  });
});
