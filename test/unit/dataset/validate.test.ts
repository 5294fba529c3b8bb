import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../../lib/dataset/index';
import { describePath, validateDataset } from '../../../lib/dataset/validate';

type Json = Record<string, any>;

/** A deep copy of the shipped data to break one thing in. */
function shipped(): Json {
  return structuredClone(rawDataset) as Json;
}

function problemsOf(mutate: (raw: Json) => void): string {
  const raw = shipped();
  mutate(raw);
  try {
    validateDataset(raw);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected validateDataset to throw');
}

function indexOfFact(raw: Json, id: string): number {
  const index = (raw.facts as Json[]).findIndex((fact) => fact.id === id);
  if (index < 0) throw new Error(`no fact ${id}`);
  return index;
}

describe('validateDataset', () => {
  it('should return the parsed dataset when given the shipped data', () => {
    const data = validateDataset(rawDataset);
    expect(data.facts.length).toBeGreaterThanOrEqual(30);
    expect(data.faq.length).toBeGreaterThanOrEqual(12);
  });

  it.each<[string, (raw: Json) => void, string]>([
    [
      'a missing Chinese text',
      (raw) => delete raw.facts[0].text.zh,
      'facts[0] (id "leak-npm-version") → text.zh: expected string, received undefined',
    ],
    ['a blank English text', (raw) => (raw.facts[4].text.en = '   '), `facts[4] (id "leak-published-by-anthropic") → text.en: expected non-empty text`],
    ['an unknown status', (raw) => (raw.facts[1].status = 'rumoured'), 'facts[1] (id "leak-tarball-size") → status: '],
    ['a plain-http source', (raw) => (raw.facts[2].sources[0].url = 'http://eu.36kr.com/en/p/1'), 'facts[2] (id "leak-source-map-file") → sources[0].url: source URL must be https'],
    ['a malformed date', (raw) => (raw.facts[3].date = '31/03/2026'), 'facts[3] (id "leak-scale") → date: expected YYYY-MM-DD or YYYY-MM'],
    ['an unknown field', (raw) => (raw.facts[0].colour = 'red'), 'facts[0] (id "leak-npm-version") → colour: unknown field'],
    ['an entity id outside the vocabulary', (raw) => (raw.facts[1].entities = ['openai']), 'facts[1] (id "leak-tarball-size") → entities[0]: '],
    ['a fact without sources', (raw) => (raw.facts[1].sources = []), 'facts[1] (id "leak-tarball-size") → sources: '],
    ['a source without publisher', (raw) => delete raw.facts[1].sources[0].publisher, 'facts[1] (id "leak-tarball-size") → sources[0].publisher: expected string'],
    ['a FAQ question without English', (raw) => delete raw.faq[0].question.en, 'faq[0] (id "what-is-claude-code") → question.en: expected string'],
    ['a FAQ with no category', (raw) => (raw.faq[1].categories = []), 'faq[1] (id "why-significant-for-china") → categories: '],
    ['a FAQ with no facts', (raw) => (raw.faq[2].facts = []), 'faq[2] (id "model-weights") → facts: '],
    ['an entry without an id', (raw) => delete raw.faq[3].id, 'faq[3] → id: expected string'],
    ['too few facts', (raw) => (raw.facts = raw.facts.slice(0, 3)), '- facts: '],
  ])('should name the entry and the field when given %s', (_case, mutate, expected) => {
    expect(problemsOf(mutate)).toContain(expected);
  });

  it('should name the dataset when given something that is not an object', () => {
    expect(() => validateDataset(null)).toThrow('dataset: expected object, received null');
  });

  it('should report every problem at once when several entries are broken', () => {
    const message = problemsOf((raw) => {
      delete raw.facts[0].text.zh;
      raw.faq[0].answer.zh = '';
    });
    expect(message).toContain('(2 problems)');
    expect(message).toContain('facts[0] (id "leak-npm-version") → text.zh');
    expect(message).toContain('faq[0] (id "what-is-claude-code") → answer.zh');
  });

  describe('reference checks', () => {
    it('should reject a duplicate fact id, naming the first occurrence', () => {
      const message = problemsOf((raw) => (raw.facts[1].id = raw.facts[0].id));
      expect(message).toContain('facts[1] (id "leak-npm-version") → id: duplicate id (also facts[0])');
    });

    it('should reject a duplicate FAQ id', () => {
      const message = problemsOf((raw) => (raw.faq[5].id = raw.faq[2].id));
      expect(message).toContain('faq[5] (id "model-weights") → id: duplicate id (also faq[2])');
    });

    it('should reject a FAQ that rests on a fact that does not exist', () => {
      const message = problemsOf((raw) => (raw.faq[0].facts = ['leak-npm-version', 'no-such-fact']));
      expect(message).toContain('faq[0] (id "what-is-claude-code") → facts[1]: unknown fact "no-such-fact"');
    });

    it('should reject a fact whose entity is missing from the entities list', () => {
      const raw = shipped();
      const at = indexOfFact(raw, 'person-zhang-ruiwang');
      const message = problemsOf((r) => (r.entities = r.entities.filter((e: Json) => e.id !== 'zhang-ruiwang')));
      expect(message).toContain(`facts[${at}] (id "person-zhang-ruiwang") → entities[0]: unknown entity "zhang-ruiwang"`);
    });

    it('should reject a FAQ whose entity is missing from the entities list', () => {
      const message = problemsOf((raw) => (raw.entities = raw.entities.filter((e: Json) => e.id !== 'anthropic')));
      expect(message).toContain('faq[0] (id "what-is-claude-code") → entities[0]: unknown entity "anthropic"');
    });

    it('should reject a correction that does not say what the article said', () => {
      const raw = shipped();
      const at = indexOfFact(raw, 'leak-not-decrypted');
      const message = problemsOf((r) => delete r.facts[at].articleSays);
      expect(message).toContain(`facts[${at}] (id "leak-not-decrypted") → articleSays: required when status is "corrects-article"`);
    });
  });
});

describe('describePath', () => {
  it.each<[readonly PropertyKey[], string]>([
    [[], 'dataset'],
    [['facts'], 'facts'],
    [['facts', 0], 'facts[0] (id "a")'],
    [['facts', 0, 'sources', 2, 'url'], 'facts[0] (id "a") → sources[2].url'],
    [['faq', 7, 'question', 'zh'], 'faq[7] → question.zh'],
  ])('should write %j as %s', (path, expected) => {
    expect(describePath({ facts: [{ id: 'a' }], faq: [] }, path)).toBe(expected);
  });
});
