import { describe, expect, it } from 'vitest';
import { found, itFindsCounts } from './helpers';

/**
 * Round 16, after the twenty-sixth blind set (the core case, third round; the twenty-seventh, a mixed measure, is used
 * for nothing): Kimi no Na wa (the Japanese pronoun), household and celebrity leaks, a secret recipe and condensate
 * leaking, baijiu distilleries, 深度求索 as an ordinary phrase; and ways of writing the story that were missed
 * (MiniMax Group, fake user accounts, "for reasons of national security", Cantonese 支援嘅國家及地區).
 * Every text here is new (none from an evaluation set).
 */


describe('detect (other senses on story pages)', () => {
  itFindsCounts([
    ["Moonshot AI's Kimi K2 tops the charts; tonight's screening is Kimi no Na wa, the anime film.", 'moonshot-ai:Kimi', 0],
    ["Claude Code's leak was a packaging slip. At home, we found a small leak around the chimney.", 'leak:leak', 1],
    ['DeepSeek（深度求索）发布新模型。这是一场对真相的深度求索。', 'deepseek:深度求索', 1],
    ['Claude Code 源码外泄之后，另一则新闻：卤味店员工把秘方外泄给对手。', 'leak:外泄', 0],
    ['Claude Code 源码泄露的同一天，小区空调冷凝水泄漏。', 'leak:泄漏', 0],
    ['Anthropic 的 Claude 最近很火；本地酒厂仍用传统工艺蒸馏高粱酒。', 'distillation:蒸馏', 0],
  ]);
});

describe('detect (ways of writing the story)', () => {
  it.each([
    ['MiniMax Group shares fell 5% in Hong Kong.', 'minimax:MiniMax Group'],
    ['Anthropic said the labs used 24,000 fake user accounts.', 'distillation:fake user accounts'],
    ['Anthropic cut off Chinese-owned firms for reasons of national security.', 'policy:national security'],
    ['Anthropic 話香港唔喺佢哋支援嘅國家及地區。', 'policy:支援嘅國家及地區'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
