import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 7, after the sixth blind set (news-site text): a distil-word capitalised inside a sentence is a
 * name (a company, a journal), and fake accounts need an accepted distillation mention, not the name's
 * letters; resource leaks (connection pools, threads) are not the leak; advice about source maps is not the
 * leaked file, and the Chinese for "source map file" is; the US outbound-investment rule is not Anthropic's
 * restriction; "Mr. Amodei" (not "Dr.", more often a physician) is how newspapers write Dario Amodei a second time; A社 counts on a page about
 * Anthropic. Every text here is new (none from an evaluation set).
 */

describe('detect (a capitalised distil-word inside a sentence is a name)', () => {
  it.each([
    ['Security teams once bought Distil Networks to stop scrapers that opened fake accounts by the thousand.'],
    ['The scraper farm kept opening fraudulent accounts until the shop installed Distil sensors on its login page.'],
    ['Her essay on attention maps appeared in Distill, the online journal, with interactive figures.'],
    ['Members of the Distilled Spirits Council met regulators about fake accounts selling counterfeit gin.'],
  ])('should find no distillation in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('distillation:'))).toEqual([]);
  });

  it.each([
    ['Anthropic says the labs tried to distill Claude with 24,000 fake accounts.', 'distillation:distill'],
    ['Anthropic says the labs tried to distill Claude with 24,000 fake accounts.', 'distillation:fake accounts'],
    ['Distilling Claude was cheaper than training from scratch, Anthropic alleged of the Chinese labs.', 'distillation:Distilling'],
    ['ANTHROPIC: CHINESE LABS DISTILLED CLAUDE THROUGH FAKE ACCOUNTS', 'distillation:DISTILLED'],
    ['Anthropic Says Chinese Labs Distilled Claude', 'distillation:Distilled'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (leaks of resources and advice about source maps)', () => {
  it.each([
    ['我们让 Claude Code 查了一晚上，最后发现是数据库连接池泄漏，补丁已经上线。'],
    ['Claude Code traced the outage to a connection pool leak in the billing service.'],
    ['Anthropic 的 Claude Code 帮我们找到了线程泄漏，服务终于稳定了。'],
    ['前端周刊：如何避免 npm 包带上 source map？三个打包配置示例。'],
    ['Claude Code 之后大家都在问：source map 是什么，发布时要不要关？'],
  ])('should find no leak in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('leak:'))).toEqual([]);
  });

  it.each([
    ['安全研究员发现，Claude Code 的 npm 包里带着一份源码映射文件，可以还原出全部源代码。', 'leak:源码映射文件'],
    ['Anthropic 的 npm 安装包附带了源代码映射文件，导致源码外泄。', 'leak:源代码映射文件'],
    ['The source map in the Claude Code npm package exposed 512,000 lines.', 'leak:source map'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (policy: other governments rules on investing in China)', () => {
  it.each([
    ['新规生效后，美国投资者被禁止投资中国的人工智能和芯片企业，财政部称出于国家安全考虑。'],
    ['The Treasury Department rule bars outbound investment in Chinese AI and chip companies.'],
  ])('should find no policy in %j', (text) => {
    expect(found(text).filter((label) => label.startsWith('policy:'))).toEqual([]);
  });

  it('should still find Anthropic barring Chinese-owned firms', () => {
    expect(found('Anthropic bars companies majority-owned by Chinese entities from using Claude.')).toContain('policy:bars');
  });
});

describe('detect (people and nicknames in news style)', () => {
  it.each([
    ['Anthropic has argued for tighter chip rules. Mr. Amodei told senators the AI race is about compute.', 'dario-amodei:Amodei'],
    ['Anthropic 的 CEO 在听证会上发言。Mr. Amodei said AI labs must guard their models.', 'dario-amodei:Amodei'],
    ['Anthropic 又上热搜了。评论区：A社这次是真的急了，连夜发公告。', 'anthropic:A社'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['Rep. Amodei of Nevada met ranchers about water rights and AI in farming.', 'dario-amodei:Amodei'],
    ['Ms. Amodei, Anthropic’s president, spoke after the keynote.', 'dario-amodei:Amodei'],
    ['The AI ethics talk was given by Dr. Amodei, a radiologist in Turin.', 'dario-amodei:Amodei'],
    ['案例分析：A社与B社的渠道冲突，以及 Anthropic 式的定价给我们的启示。', 'anthropic:A社'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});
