import { describe, expect, it } from 'vitest';
import { found, itFindsCounts } from './helpers';

/**
 * Round 17, after the twenty-eighth and twenty-ninth blind sets (social media, third round; help, FAQ and Q&A pages):
 * DS on a page about DeepSeek; figurative "distilled thoughts" and 蒸馏出的感悟; a child, a mother or a pet with a product's
 * name; Dario Fo after Dario Amodei; a chat line in lower case after its speaker's capitalised name; canoe seams and WebRTC leaks; a Kimi rice cooker; a topic word in a host-and-path
 * link without a scheme. Every text here is new (none from an evaluation set).
 */

describe('detect (chat slang, families, pets and appliances)', () => {
  itFindsCounts([
    ['DeepSeek 又发新模型了。\n\n评论：隔壁 DS 便宜十倍，真香。', 'deepseek:DS', 1],
    ['任天堂 DS 我还留着。', 'deepseek:DS', 0],
    ['Anthropic 指控 DeepSeek 蒸馏 Claude。\n\n我给自己蒸馏出的感悟：少熬夜。', 'distillation:蒸馏', 1],
    ['Anthropic said the labs distilled Claude. Here are some distilled thoughts on that.', 'distillation:distilled', 1],
    ['群里：Kimi妈妈说周末聚餐。\n\n月之暗面的 Kimi 更新了。', 'moonshot-ai:Kimi', 1],
    ['DeepSeek 和 Claude 都在用。我儿子叫 Kimi，今年三岁。', 'moonshot-ai:Kimi', 0],
    ['达里奥·阿莫迪发表长文，总让我想起达里奥·福。', 'dario-amodei:达里奥', 0],
    ['Claude Code leaked last week. Unrelated: the canoe seam started leaking on Sunday.', 'leak:leaking', 0],
    ['Anthropic is unavailable in some regions. Your VPN may also have a WebRTC leak.', 'leak:leak', 0],
    ['Moonshot AI ships Kimi. Also on sale: the Kimi rice cooker.', 'moonshot-ai:Kimi', 1],
    ['Source: guides.example.edu/ai-distillation (Anthropic accuses DeepSeek of distillation).', 'distillation:distillation', 1],
  ]);

  it('should read a chat message after its speaker label as the lower-case chat it is', () => {
    const got = found('Ana: ok for thursday we read the anthropic post about distillation\nTom: deepseek was farming claude outputs, right');
    expect(got).toEqual(expect.arrayContaining(['anthropic:anthropic', 'anthropic:claude']));
  });

  it('should keep lower-case anthropic in edited prose a common word, a label or not', () => {
    expect(found('Ecologists measure anthropic pressure on wetlands. Note: the anthropic footprint keeps growing.')).toEqual([]);
  });

  it('should still find the full name before Dario Fo', () => {
    expect(found('达里奥·阿莫迪发表长文，总让我想起达里奥·福。')).toContain('dario-amodei:达里奥·阿莫迪');
  });
});
