import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 12, after the eighteenth and nineteenth blind sets (developer pages and forums; markets and finance pages):
 * a capitalised name at the end of a line does not run on to the next line; SDK and CLI name Claude's products; a
 * brand before K2 or a capitalised name after R1 makes another product; finance words for minimax; the domestic
 * version 星野; customer-data leaks and leaked merger memos are other incidents; a source map just called leaked is
 * the leaked file, and source maps in the plural (the general kind) count only when called leaked or tied to the build; "the company" alone is no AI firm for a national-security reason; chips are restricted, they do
 * not restrict; trade controls weigh against a restriction; a figure alone is no campaign; figurative "distilled its
 * findings"; a paragraph teaching distillation pairs with no model it names; skills in a job advert. Every text here
 * is new (none from an evaluation set).
 */

describe('detect (names at line ends, products, other K2s and R1s)', () => {
  it.each([
    ['Anthropic says rivals ran distillation against Claude\nMarkets slip as oil rises', 'anthropic:Claude'],
    ['The coding agent calls the Claude SDK for every tool call.', 'anthropic:Claude'],
    ['Moonshot AI released K2 in July, and K2 now leads open models.', 'moonshot-ai:K2'],
    ['MiniMax 的 Talkie 海外营收增长迅速，财报称国内版星野主要靠会员收费。', 'minimax:星野'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['My Razer K2 keyboard died while Moonshot AI shipped K2 for coders.', 'moonshot-ai:K2', 1],
    ['DeepSeek-R1 topped the chart; investors also bought R1 Holdings shares.', 'deepseek:R1', 0],
    ['我们用minimax投资组合模型重新配置了港股，MiniMax 股价下跌。', 'minimax:minimax', 0],
  ])('should find %j as %s only %i time(s)', (text, label, times) => {
    expect(found(text).filter((l) => l === label)).toHaveLength(times);
  });
});

describe('detect (other incidents, and the leaked file named again)', () => {
  it.each([
    ['Anthropic 发布新模型的同一天，一家电商平台客户数据泄露。', 'leak:泄露'],
    ['Claude Code was in the news, but shares moved on a leaked merger memo.', 'leak:leaked'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Most bundlers can emit source maps for npm packages; Claude Code users asked whether theirs ship them.', 'leak:source maps'],
    ['Our release pipeline strips source maps and credentials from every npm package we publish.', 'leak:source maps'],
  ])('should not find source maps in general in %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['The leaked source maps from Claude Code 2.1.88 were mirrored on GitHub within hours.', 'leak:source maps'],
    ['Anthropic pulled version 2.1.88, whose source maps exposed the whole TypeScript tree.', 'leak:source maps'],
    ['Anthropic 表示，此次事件没有客户数据泄露。', 'leak:泄露'],
    ['Claude Code 的源码泄露引发讨论。这次被泄露的 source map 来自打包脚本。', 'leak:source map'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (policy and distillation outside the story)', () => {
  it.each([
    ['监管部门要求该企业出售农场，理由是涉及国家安全。该企业表示将申诉。'],
    ['Restrictions on GPU sales to China cost the chipmaker $5 billion, it said.'],
    ['GitHub 依照美国贸易管制，限制了伊朗开发者的私有仓库。我们团队一直在用 Claude Code。'],
    ['Regulators fined the lender after staff opened 24,000 fraudulent accounts.'],
    ['The auditor distilled its findings into a two-page memo about accounts.'],
    ['我让 Kimi 写了一个知识蒸馏脚本：教师模型是 BERT，学生模型是 TinyBERT，温度设为 4。'],
    ['岗位要求：熟悉模型蒸馏与量化，有 DeepSeek 或 Claude 使用经验者优先。'],
  ])('should find no policy or distillation in %j', (text) => {
    expect(found(text).filter((l) => l.startsWith('policy:') || l.startsWith('distillation:'))).toEqual([]);
  });

  it.each([
    ['Anthropic 停止向中资控股企业提供服务，该公司称理由是国家安全。', 'policy:国家安全'],
    ['Anthropic said the labs used 24,000 fraudulent accounts.', 'distillation:fraudulent accounts'],
    ['Anthropic 指控 DeepSeek 蒸馏 Claude。', 'distillation:蒸馏'],
  ])('should still find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});
