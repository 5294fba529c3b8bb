import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 8, after the seventh blind set (AI news pages that are mostly not about the story): on a page that
 * names two or more of the companies by their own words, a company's name in a short list item is the
 * company; leaked keys, recordings and memos are someone else's leak; source-map tooling is not the leaked
 * file; distilled speech models are not the accusations; a fire-protection firm called Minimax is not MiniMax;
 * a bulleted line (·) is an item of its own. Every text here is new (none from an evaluation set).
 */

// A weekly digest: two companies named by their own words, the rest of the page about other things.
const DIGEST = [
  'AI 周报 · 第 12 期',
  '1. 通义千问发布新的代码模型，支持更长上下文',
  '2. DeepSeek 开源新的推理模型',
  '3. Anthropic 推出新的企业版套餐',
  '4. 某手机厂商发布折叠屏新机',
  '5. 英伟达发布新一代显卡',
  '6. 月之暗面完成新一轮融资',
  '7. 百度更新文心大模型',
  '8. MiniMax 股价上涨约 5%',
  '9. 欧洲议会讨论数据法案修订',
].join('\n');

describe('detect (company names on an AI news page)', () => {
  it.each([['anthropic:Anthropic'], ['deepseek:DeepSeek'], ['moonshot-ai:月之暗面'], ['minimax:MiniMax']])(
    'should find %s in a weekly AI digest',
    (label) => {
      expect(found(DIGEST)).toContain(label);
    },
  );

  it('should find no company in a music digest that names the album 月之暗面', () => {
    const music = ['本周乐评', '1. 平克·弗洛伊德《月之暗面》黑胶再版', '2. 新专辑月之暗面销量回升', '3. 乐队巡演开票', '4. 独立音乐节阵容公布', '5. 唱片店周末活动', '6. 爵士新人专辑'].join('\n');
    expect(found(music).filter((label) => label.startsWith('moonshot-ai:'))).toEqual([]);
  });

  it('should not take the game-tree algorithm for the company on an AI page', () => {
    const page = ['Weekend reading', '1. DeepSeek publishes a new reasoning paper', '2. Anthropic ships a new Claude model', '3. A tutorial on minimax search with alpha-beta pruning', '4. Chess engines then and now', '5. Go openings explained', '6. A history of checkers solvers'].join('\n');
    expect(found(page).filter((label) => label.startsWith('minimax:'))).toEqual([]);
  });

  it.each([
    ['Minimax, the fire-protection group, opened a sprinkler plant; the company also sells extinguishers to AI data centres.'],
    ['Minimax, a German fire protection company, won the airport contract.'],
  ])('should not find MiniMax in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('minimax:'))).toEqual([]);
  });
});

describe('detect (other leaks on a page about the Claude Code leak)', () => {
  it.each([
    ['Anthropic blamed the Claude Code leak on a packaging error.\n\nSeparately, a payments startup said API keys were leaked through a debug log.', 'leak:leak', 'leak:leaked'],
    ['Anthropic 解释了 Claude Code 源码泄露的原因。\n\n另据报道，某社交公司内部会议录音泄露，引发员工不满。', 'leak:源码泄露', 'leak:泄露'],
    ['Anthropic 解释了 Claude Code 源码泄露的原因。\n\n另一家公司的数据库密码泄露后已全部重置。', 'leak:源码泄露', 'leak:泄露'],
  ])('should count only the Claude Code leak in %j', (text, story, other) => {
    expect(found(text)).toContain(story);
    expect(found(text)).not.toContain(other);
  });

  it.each([
    ['After the Claude Code incident, this week’s tools: a linter for source-map hygiene in npm packages.'],
    ['Claude Code 事件之后，推荐一个检查工具：发布 npm 包前扫描 source map 的最佳实践。'],
  ])('should find no leaked file in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('leak:'))).toEqual([]);
  });
});

describe('detect (distilled models that are not the accusations)', () => {
  it('should find no distillation when a speech model is distilled from Whisper on a page naming DeepSeek', () => {
    const text = 'DeepSeek released new weights this week.\n\nA research team published a tiny speech recogniser distilled from Whisper that runs on a phone.';
    expect(found(text).filter((label) => label.startsWith('distillation:'))).toEqual([]);
  });

  it('should find no distillation in a bulleted line about a knowledge-distillation method next to a model launch', () => {
    const text = '模型周报\n· 某实验室提出新的知识蒸馏方法，学生模型在基准上接近教师模型。\n· 月之暗面发布新版 Kimi，支持更长上下文。';
    expect(found(text).filter((label) => label.startsWith('distillation:'))).toEqual([]);
  });
});

describe('detect (older blind misses, new examples: advice, gadgets, singular regions, technique lists)', () => {
  it.each([
    ['Claude Code made everyone nervous. Poll: do you strip source maps from npm packages before release?', 'leak:'],
    ['Anthropic’s leak dominated the week.\n\nAlso in gadgets: a foldable phone leaked in a carrier’s price list.', 'leak:leaked'],
    ['Anthropic 的泄露事件之后，招聘启事也变了。\n\n任职要求：熟悉微调、量化、蒸馏等大模型技术者优先。', 'distillation:'],
    ['Anthropic and DeepSeek both filed comments. Restricting hardware alone will not stop Moonshot AI, one comment argued.', 'policy:'],
  ])('should not find %j as %s…', (text, prefix) => {
    expect(found(text).filter((label) => label.startsWith(prefix))).toEqual([]);
  });

  it.each([
    ['Claude Code stops with "not available in a supported region" when I run it from Shenzhen.', 'policy:supported region'],
    ['Anthropic 指控 DeepSeek 用蒸馏和微调复制 Claude 的能力。', 'distillation:蒸馏'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (leaked secrets: another incident, unless the story says none leaked)', () => {
  it.each([
    ['Anthropic said no customer data or credentials were leaked when the Claude Code source spilled out.', 'leak:leaked'],
    ['Anthropic 表示，此次 Claude Code 事件中没有任何凭证外泄。', 'leak:外泄'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['Anthropic 的 Claude Code 源码泄露之后，另一家公司的登录凭证遭泄露，攻击者发布了恶意版本。', 'leak:泄露'],
    ['Claude Code dominated the week. Elsewhere, credentials leaked from a staging server.', 'leak:leaked'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (reference and store pages, after the eighth blind set)', () => {
  it.each([
    ['Filmography of French directors with AI-restored prints: Lelouch, Claude (1937–); Chabrol, Claude (1930–2010).', 'anthropic:'],
    ['Tasting notes: Claude’s Rye, distilled twice and aged in oak casks, 46% ABV.', 'anthropic:'],
    ['Tasting notes: Claude’s Rye, distilled twice and aged in oak casks, 46% ABV.', 'distillation:'],
    ['Glossary. Anthropic landforms: terraces, spoil heaps and canals shaped by people, unlike AI-mapped natural relief.', 'anthropic:'],
    ['这款电动工具的电池包冷却液可能泄漏，厂商称与 Claude Code 无关。', 'leak:'],
    ['冷战时期，巴统对所谓“敌对国家”禁运战略物资，对中国的限制一度比对苏联更严。', 'policy:'],
    ['星空相机 Pro（支持星野、星轨拍摄）是一款夜景摄影应用，内置 AI 降噪。', 'minimax:'],
    ['台湾公务机关禁用 DeepSeek，理由是资安风险，Anthropic 未予置评。', 'policy:'],
    ['The model card lists DeepSeek-R1-Distill-Qwen-7B among the open weights.', 'distillation:'],
  ])('should not find %j as %s…', (text, prefix) => {
    expect(found(text).filter((label) => label.startsWith(prefix))).toEqual([]);
  });

  it.each([
    ['Claude 常见问题：中国大陆不在支援的地区，所以无法注册。', 'policy:支援的地区'],
    ['Anthropic 表示，相关账户违反了服务条款和地区访问限制。', 'policy:地区访问限制'],
    ['Claude Pro requires an account in a supported country, Anthropic says.', 'policy:supported country'],
    ['Anthropic accused DeepSeek of distillation: R1 was trained on Claude outputs, it said.', 'distillation:distillation'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (K2 Think is not Kimi K2)', () => {
  it('should not find K2 Think as Moonshot AI next to Kimi K2', () => {
    expect(found('MBZUAI released K2 Think this week; unlike Kimi K2 from Moonshot AI, it is a small reasoning model.')).not.toContain('moonshot-ai:K2');
  });

  it('should find K2 Thinking, Moonshot AI’s model, next to Kimi', () => {
    expect(found('Moonshot AI shipped Kimi K2 last summer and K2 Thinking in November.')).toContain('moonshot-ai:K2 Thinking');
  });
});

describe('detect (Claude models named by tier alone)', () => {
  it.each([
    ['We use Claude Sonnet for edits and switch to Opus when a plan needs more thought.', 'anthropic:Opus'],
    ['Anthropic’s new Haiku 4.5 is cheaper than Sonnet 4.5, the company said.', 'anthropic:Haiku 4.5'],
    ['榜单更新：Opus 4.6 在代码任务上排名第一。', 'anthropic:Opus 4.6'],
    ['Claude 3 came in three sizes (Haiku, Sonnet and Opus).', 'anthropic:Sonnet'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['Claude Code wrote our release notes; the poetry club still writes every Sonnet and Haiku by hand.'],
    ['Anthropic employees formed a choir; tonight they sing Opus 4 by a local composer.'],
    ['The Sonnet dock ships with an Opus audio codec; Claude is not involved.'],
    ['Shakespeare’s Sonnet 18 is the classic example of the form.'],
  ])('should find no tier name in %j', (text) => {
    expect(found(text).filter((label) => /^anthropic:(Opus|Sonnet|Haiku)/.test(label))).toEqual([]);
  });
});
