import { describe, expect, it } from 'vitest';
import { cardModel, MAX_CARD_FACTS, type CardData } from '../../../lib/card/card-model';
import { datasetCardData } from '../../../lib/card/dataset-card-data';
import type { Entity, Fact, Topic } from '../../../lib/dataset/schema';
import type { Mention } from '../../../lib/types';

const bi = (en: string, zh: string) => ({ en, zh });

function fact(id: string, status: Fact['status'], sources = 1): Fact {
  return {
    id,
    key: false,
    category: 'distillation',
    entities: ['deepseek'],
    date: '2026-02-23',
    status,
    text: bi(`Fact ${id}`, `事实 ${id}`),
    sources: Array.from({ length: sources }, (_, i) => ({ url: `https://example.org/${id}/${i}`, publisher: `Pub ${i}` })),
  };
}

const data: CardData = {
  entityById: (id) =>
    id === 'deepseek' ? ({ id, kind: 'company', name: bi('DeepSeek', '深度求索'), description: bi('A lab', '一家实验室') } as unknown as Entity) : undefined,
  topicById: (id) => (id === 'leak' ? ({ id, name: bi('The leak', '泄露'), description: bi('What leaked', '泄露了什么') } as unknown as Topic) : undefined),
  factsFor: () => [fact('a', 'alleged', 3), fact('b', 'confirmed'), fact('c', 'disputed'), fact('d', 'reported')],
};

const deepseek: Mention = { category: 'company', entity: 'deepseek', start: 0, end: 8, text: 'DeepSeek', reason: 'unambiguous alias "DeepSeek"' };
const leak: Mention = { category: 'leak', entity: null, start: 0, end: 4, text: 'leak', reason: 'topic "leak"' };

describe('cardModel', () => {
  it('should name the entity and list at most three facts with date, status and sources', () => {
    const model = cardModel(deepseek, data, 'en');
    expect(model.title).toBe('DeepSeek');
    expect(model.categoryLabel).toBe('Company');
    expect(model.facts).toHaveLength(MAX_CARD_FACTS);
    expect(model.facts[0]).toMatchObject({ text: 'Fact a', date: '23 Feb 2026', status: 'alleged', statusLabel: 'Alleged' });
    expect(model.facts[0]?.sources).toHaveLength(2);
    expect(model.reason).toBe('unambiguous alias "DeepSeek"');
    expect(model.position).toBeNull();
  });

  it('should use the topic for a topic mention', () => {
    expect(cardModel(leak, data, 'en').title).toBe('The leak');
  });

  it('should write everything in Chinese when the language is zh', () => {
    const model = cardModel(deepseek, data, 'zh', { index: 2, total: 9 });
    expect(model).toMatchObject({ title: '深度求索', categoryLabel: '公司', description: '一家实验室', position: '第 3 处，共 9 处' });
    expect(model.facts[0]).toMatchObject({ text: '事实 a', date: '2026年2月23日', statusLabel: '单方指控' });
  });

  it('should show n of N when opened by navigation', () => {
    expect(cardModel(deepseek, data, 'en', { index: 0, total: 4 }).position).toBe('1 of 4');
  });

  it('should fall back to the category name when the dataset lacks the subject', () => {
    const none: CardData = { entityById: () => undefined, topicById: () => undefined, factsFor: () => [] };
    const model = cardModel({ ...leak, category: 'policy' }, none, 'en');
    expect(model).toMatchObject({ title: 'China restrictions', description: null, facts: [] });
  });

  it.each<Mention['entity']>(['anthropic', 'deepseek', 'moonshot-ai', 'minimax', 'shou-chaofan', 'zhang-ruiwang', 'dario-amodei'])(
    'should find a name and at least one sourced fact for %s in the bundled dataset',
    (entity) => {
      const kind = entity === 'shou-chaofan' || entity === 'zhang-ruiwang' || entity === 'dario-amodei' ? 'person' : 'company';
      const model = cardModel({ ...deepseek, category: kind, entity }, datasetCardData, 'en');
      expect(model.title.length).toBeGreaterThan(0);
      expect(model.facts.length).toBeGreaterThan(0);
      for (const f of model.facts) expect(f.sources[0]?.url).toMatch(/^https:\/\//);
    },
  );
});
