import { describe, expect, it } from 'vitest';
import { countFound as count, found } from './helpers';

/**
 * Round 14, after the twenty-second and twenty-third blind sets (academic and technical writing; transcripts and
 * captions): a topic word in a link's path is a slug; anthropic shadows (cosmology) and the technical kinds of
 * distillation (consistency, diffusion, entanglement…); training-data, gradient and privacy leakage, timing leaks, oil and
 * chlorine leaks; a teaching assistant and a professor with the story's first names; rate limits are no restriction;
 * the racing Kimi before a race; "fifty percent" spelled out; the Claude Developer Platform. Every text here is new
 * (none from an evaluation set).
 */


describe('detect (technical senses and other people)', () => {
  it.each([
    ["Anthropic's post (https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks) accused DeepSeek.", 'distillation:distillation'],
    ['Anthropic shadows constrain how late a catastrophe can be observed.', 'anthropic:Anthropic'],
    ["DeepSeek's team cited consistency distillation as their speed trick.", 'distillation:distillation'],
    ['DeepSeek-V3 和 Kimi K2 的实验表明，成员推断可以衡量训练数据泄露。', 'leak:泄露'],
    ['课程答疑请找助教 Kimi，作业用 Kimi K2 完成。', 'moonshot-ai:Kimi'],
    ['Anthropic 的 API 对不支持的地区关闭，单个账户还要保持在速率限制以下。', 'policy:限制'],
    ['Claude Code 源码泄露之外，另一条新闻：化工厂氯气泄漏。', 'leak:泄漏'],
    ['The Claude Code leak was not the only one: timing leaks in TLS were also in the news.', 'leak:leaks'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['感谢合作导师星野教授对深度学习理论的指导。MiniMax 的星野 App 也很火。', 'minimax:星野'],
    ['Kimi 赛前在阿布扎比接受采访。月之暗面的 Kimi 也更新了。', 'moonshot-ai:Kimi'],
  ])('should find %j as %s once, for the product only', (text, label) => {
    expect(count(text, label)).toBe(1);
  });

  it.each([
    ['Anthropic will not sell to firms more than fifty percent owned by Chinese companies.', 'policy:fifty percent'],
    ["Anthropic's system card says the model is available through the Claude Developer Platform.", 'anthropic:Claude'],
    ['Read Anthropic’s post at https://www.anthropic.com/news, which accuses DeepSeek of distillation.', 'distillation:distillation'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
