import { describe, expect, it } from 'vitest';
import { bundledLexicon, createDetector, type LexiconSource } from '../../../lib/engine';
import { entityLexiconSchema } from '../../../lib/engine/lexicon-schema';
import { ENTITY_IDS, TOPIC_CATEGORIES } from '../../../lib/types';

const tiny = (lexicon: LexiconSource['entities'][number]['lexicon']): LexiconSource => ({
  entities: [{ id: 'deepseek', kind: 'company', name: { en: 'DeepSeek' }, lexicon }],
  topics: [],
});

describe('bundled lexicon', () => {
  it('should parse and describe all 7 entities and 3 topics in both languages', () => {
    const { entities, topics } = bundledLexicon();
    expect(entities.map((e) => e.id).sort()).toEqual([...ENTITY_IDS].sort());
    expect(topics.map((t) => t.id).sort()).toEqual([...TOPIC_CATEGORIES].sort());
    for (const item of [...entities, ...topics]) {
      expect(item.name.zh.length).toBeGreaterThan(0);
      expect(item.description.zh.length).toBeGreaterThan(0);
    }
  });

  it('should compile when every rule, cue list and reference resolves', () => {
    expect(() => createDetector(bundledLexicon())).not.toThrow();
  });
});

describe('createDetector', () => {
  it.each([
    [{ aliases: [{ text: 'X1', rule: 'r' }], rules: { r: { require: [{ label: 'l', any: ['nowhere'] }] } } }, /unknown cue list "nowhere"/],
    [{ aliases: [{ text: 'X1', rule: 'r' }], rules: { r: { require: [{ label: 'l', any: ['entity:openai'] }] } } }, /unknown entity "openai"/],
    [{ aliases: [{ text: 'X1', rule: 'r' }], rules: { r: { otherwise: [[{ label: 'l', any: ['elsewhere'] }]] } } }, /unknown cue list "elsewhere"/],
    [{ aliases: [{ text: 'X1', rule: 'r' }], rules: { r: { person: { before: ['nobody'] } } } }, /unknown cue list "nobody"/],
  ])('should name the broken reference when a lexicon is inconsistent (%#)', (lexicon, message) => {
    expect(() => createDetector(tiny(entityLexiconSchema.parse(lexicon)))).toThrow(message);
  });

  it('should refuse a term whose rule does not exist when the schema checks it', () => {
    const result = entityLexiconSchema.safeParse({ aliases: [{ text: 'X1', rule: 'missing' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/unknown rule "missing" for "X1"/);
  });

  it('should use a custom lexicon when one is compiled', () => {
    const detector = createDetector(tiny({ aliases: ['Deep Thought'] }));
    const text = 'Ask Deep  Thought.';
    expect(detector.detect({ text, blocks: [{ start: 0, end: text.length }] }).map((m) => m.text)).toEqual(['Deep  Thought']);
  });
});
