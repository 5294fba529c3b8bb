import { describe, expect, it } from 'vitest';
import { cardModel, type CardData } from '../../../lib/card/card-model';
import { entityById, factsFor, topicById } from '../../../lib/dataset/queries';
import type { Mention } from '../../../lib/types';

const data: CardData = { entityById, topicById, factsFor };
const shou: Mention = { category: 'person', entity: 'shou-chaofan', start: 0, end: 12, text: 'Chaofan Shou', reason: 'unambiguous alias "Chaofan Shou"' };

describe('cardModel reason', () => {
  it.each([
    ['zh', '无歧义的别名“Chaofan Shou”'],
    ['en', 'unambiguous alias "Chaofan Shou"'],
  ] as const)('should show the reason in the card language when the card is in %s', (lang, expected) => {
    expect(cardModel(shou, data, lang).reason).toBe(expected);
  });
});
