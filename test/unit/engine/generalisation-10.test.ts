import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 10, after the twelfth blind set (policy and regulation pages): national security given as the reason
 * counts when the AI firm is the one giving it, not when a government does; the BIS entity list, the diffusion
 * rule, privacy watchdogs and legislatures are other actors; "block" is a restriction like "blocks"; the "50%
 * rule"; data-breach words of Taiwan and Hong Kong (資料外洩) are not the leak. Every text here is new.
 */

const policy = (text: string) => found(text).filter((label) => label.startsWith('policy:'));

describe('detect (national security as the reason)', () => {
  it.each([
    ['Anthropic stopped selling to Chinese-owned firms. The company’s stated reason was national security.', 'policy:national security'],
    ['Anthropic 在公告中以国家安全为由，停止向中资控股企业提供服务。', 'policy:国家安全'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['Anthropic shipped a new Claude model.\n\nIn other news, the Dutch government cited national security when it widened chip-tool licences.'],
    ['Anthropic 发布了新模型。\n\n另讯：某国政府以国家安全为由，限制无人机零部件出口。'],
  ])('should find no policy phrase in %j', (text) => {
    expect(policy(text)).toEqual([]);
  });
});

describe('detect (other actors on policy pages)', () => {
  it.each([
    ['Anthropic declined to comment. Separately, the BIS entity list restrictions were widened to more Chinese chipmakers.'],
    ['Anthropic had no comment as Italy’s privacy watchdog blocked the DeepSeek app over data sent to China.'],
    ['Anthropic 暂无回应。台湾私隐专员公署称，去年接获资料外泄通报数创新高。'],
  ])('should find no policy or leak word of theirs in %j', (text) => {
    expect(found(text).filter((label) => /^(policy|leak):/.test(label))).toEqual([]);
  });

  it.each([
    ['OpenAI said it would block API access from China starting in July.', 'policy:block'],
    ['律师解读 Anthropic 的“50%规则”：中资控股的企业将无法使用 Claude。', 'policy:50%规则'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (long pages: the story just before, and other leaks, accounts and pages further on)', () => {
  it('should find a leak word that follows the story by a paragraph or two', () => {
    const text = [
      'On March 31 Anthropic shipped Claude Code to npm with a source map inside.',
      'Within hours, mirrors spread across code-hosting sites and forums.',
      'First, the damage is mostly reputational: no weights, no customer data. The leaked code shows how an agent harness is built.',
    ].join('\n\n');
    expect(found(text)).toContain('leak:leaked');
  });

  it.each([
    ['Anthropic’s code leak led the week.\n\nIn the city: the water main under Harbour Street leaked for hours.', 'leak:leaked'],
    ['Anthropic’s code leak led the week.\n\nEnergy: a pipeline leak in Louisiana shut a terminal.', 'leak:leak'],
    ['Anthropic accused three labs of distillation through fraudulent accounts.\n\nDating: the app removed 2 million fake accounts and distilled its advice into three rules.', 'distillation:fake accounts'],
    ['Anthropic accused three labs of distillation through fraudulent accounts.\n\nDating: the app removed 2 million fake accounts and distilled its advice into three rules.', 'distillation:distilled'],
    ['Moonshot AI makes Kimi.\n\nSee also: Minimax (disambiguation) · Moonshot (disambiguation)', 'minimax:Minimax'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (regional restrictions and reasons on pages about Anthropic)', () => {
  it.each([
    ['Anthropic 的规定引发讨论。\n\n有开发者通过代理服务规避地区访问限制，账户随后被封。', 'policy:地区访问限制'],
    ['Anthropic 首席执行官达里奥·阿莫迪称，这关系到国家安全。', 'policy:国家安全'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it('should not find a nuclear plant drill as the leak on a page about Anthropic', () => {
    expect(found('Anthropic 回应了源码泄露。\n\n本地新闻：核电站开展放射性物质泄漏应急演练。')).not.toContain('leak:泄漏');
  });

  it('should not take a game’s regional restrictions on a page that never names an AI firm', () => {
    expect(found('这款游戏有地区访问限制，港服玩家需要切换账号。')).toEqual([]);
  });
});

describe('detect (data breaches in Taiwan and Hong Kong wording, and the story denying one)', () => {
  it('should find the leak when the page says no customer data leaked (Cantonese)', () => {
    expect(found('Anthropic 話 Claude Code 源碼外洩係人為失誤，其實冇客戶資料外洩。')).toContain('leak:外洩');
  });

  it('should not find a privacy regulator’s data-breach figures as the leak on a page about Anthropic', () => {
    expect(found('Anthropic 回應源碼外洩。\n\n私隱專員公署：去年接獲資料外洩通報創新高。').filter((label) => label === 'leak:外洩')).toEqual([]);
  });
});
