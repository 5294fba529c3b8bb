import { describe, expect, it } from 'vitest';
import { dataset } from '../../../lib/dataset/index';
import { sentencesOf } from '../../../lib/figures/context';
import { KEY_FACT_CUES } from '../../../lib/popup/key-fact-cues';
import { keyFactsNotOnPage } from '../../../lib/popup/not-on-page';
import type { Category, EntityId } from '../../../lib/types';

const keyFacts = dataset.facts.filter((fact) => fact.key);

function covered(sentence: string, category: Category, entity: EntityId | null = null): string[] {
  const sentences = sentencesOf([{ category, entity, sentence }]);
  const missing = new Set(keyFactsNotOnPage(keyFacts, sentences).map((f) => f.id));
  return keyFacts.map((f) => f.id).filter((id) => !missing.has(id));
}

describe('KEY_FACT_CUES', () => {
  it('should have cues for exactly the key facts of the dataset', () => {
    expect(Object.keys(KEY_FACT_CUES).sort()).toEqual(keyFacts.map((f) => f.id).sort());
  });
});

describe('keyFactsNotOnPage', () => {
  it('should list every key fact when the page has no mentions', () => {
    expect(keyFactsNotOnPage(keyFacts, []).map((f) => f.id)).toEqual(keyFacts.map((f) => f.id));
  });

  it.each<[string, Category, string]>([
    ['Anthropic called the leak a release packaging issue caused by human error.', 'leak', 'leak-packaging-error'],
    ['Anthropic 称此次泄露是人为失误导致的打包问题。', 'leak', 'leak-packaging-error'],
    ['The leak did not include model weights.', 'leak', 'leak-no-weights'],
    ['泄露内容不包括模型权重。', 'leak', 'leak-no-weights'],
    ['Anthropic filed a DMCA takedown after the leak.', 'leak', 'leak-dmca'],
    ['Nothing was decrypted in the leak: the map is plain text.', 'leak', 'leak-not-decrypted'],
    ['Anthropic alleged the labs ran a distillation campaign.', 'distillation', 'dist-accusation'],
    ['Anthropic 指控三家实验室进行蒸馏。', 'distillation', 'dist-accusation'],
    ['Claude is not available in mainland China under Anthropic’s policy.', 'policy', 'policy-supported-regions'],
    ['Anthropic bars firms majority-owned from China under its policy.', 'policy', 'policy-ownership-rule'],
  ])('should count %j as covering its fact', (sentence, category, factId) => {
    expect(covered(sentence, category)).toContain(factId);
  });

  it.each<[string, Category, string]>([
    ['The leak sparked a frenzy among developers.', 'leak', 'leak-packaging-error'],
    ['DeepSeek and MiniMax distilled Claude with 24,000 accounts.', 'distillation', 'dist-accusation'],
    // A cue in a sentence about another category does not cover the fact.
    ['Anthropic said it would restrict the distillation campaign.', 'distillation', 'policy-supported-regions'],
  ])('should not count %j as covering %s', (sentence, category, factId) => {
    expect(covered(sentence, category)).not.toContain(factId);
  });
});
