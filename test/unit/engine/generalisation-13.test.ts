import { describe, expect, it } from 'vitest';
import { countFound as count, found } from './helpers';

/**
 * Round 13, after the twentieth and twenty-first blind sets (the core case again; news homepages, aggregators and
 * feeds): on a feed, a headline a line away from the story leaks something else (a guest list, user data, goals, kits,
 * ammonia); fake accounts on social platforms; teaching pages (知识蒸馏入门, 蒸馏原理) and other kinds of distillation
 * (defensive, self-, dataset); China's own dual-use export controls; a K2 train, a 月之暗面 tour, a 《星野…》 game, Tesla's
 * V3 chargers, the driver called Kimi, a mountain, a film called KIMI, a song called Moonshot; and three ways of writing
 * the story that were missed (a source map by its size, "adversarial states", "Chao-fan Shou"). Every text here is new
 * (none from an evaluation set).
 */


describe('detect (a feed: the next headline is another story)', () => {
  it.each([
    ['Claude Code 源码泄露，Anthropic 紧急修复\n某明星婚礼嘉宾名单提前泄露', 'leak:泄露'],
    ['Anthropic 的 Claude Code 源码泄露后，另一家外卖平台用户信息泄露。', 'leak:泄露'],
    ["Anthropic's Claude Code leak dominated tech news.\nCity leaked two goals in ten minutes.", 'leak:leaked'],
    ['Anthropic shipped Claude Code 2.1.88.\nNew home kits leaked before launch.', 'leak:leaked'],
    ['Anthropic said the labs distilled Claude.\n\nMeta took down 500 million fake accounts in spam sweeps.', 'distillation:fake accounts'],
    ['DeepSeek 发布新模型。\n知识蒸馏入门：如何让小模型学大模型', 'distillation:蒸馏'],
    ['Anthropic 的达里奥·阿莫迪接受采访。\n商务部：对部分两用物项实施出口管制', 'policy:出口管制'],
    ['月之暗面发布 Kimi K2。\n#K2次列车晚点两小时#', 'moonshot-ai:K2'],
    ['DeepSeek 发布新模型。\n#月之暗面巡演广州站#', 'moonshot-ai:月之暗面'],
    ['MiniMax 的 AI 应用很火。\n《星野物语》手游今日公测', 'minimax:星野'],
    ['深度求索发布新模型。\n特斯拉V3超充站扩容', 'deepseek:V3'],
    ['Kimi K2 很强。我只认识一个 K2，就是那座雪山。', 'moonshot-ai:K2'],
    ['Moonshot AI updated Kimi.\n\nWhat to watch: KIMI, the Soderbergh thriller.', 'moonshot-ai:KIMI'],
    ['Kimi K2 launched.\nMusic: "Moonshot" by a folk band, from their debut single.', 'moonshot-ai:Moonshot'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['月之暗面更新 Kimi。\n莱科宁之子与安东内利同场，"两代Kimi"引热议', 'moonshot-ai:Kimi'],
    ['DeepSeek 被指控蒸馏 Claude。\n\n评论：那篇讲蒸馏原理的文章很好懂。', 'distillation:蒸馏'],
    ['Anthropic accused three labs of distillation.\n\nReading list: defensive distillation against adversarial examples.', 'distillation:distillation'],
  ])('should find %j as %s once, for the story only', (text, label) => {
    expect(count(text, label)).toBe(1);
  });
});

describe('detect (ways of writing the story)', () => {
  it.each([
    ['一个约59.8MB的source map文件让代码曝光。', 'leak:source map'],
    ['Anthropic will not serve companies controlled from adversarial states such as China.', 'policy:adversarial states'],
    ['Researcher Chao-fan Shou found the Claude Code source map.', 'shou-chaofan:Chao-fan Shou'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
