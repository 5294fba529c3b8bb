import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/** How many times a label ("entity-or-category:text") is found; exact text, so "MiniMax" ≠ "minimax". */
function count(text: string, label: string): number {
  return found(text).filter((l) => l === label).length;
}

describe('detect (each occurrence decided on its own nearest evidence)', () => {
  it.each([
    ['After the Claude Code leak, the team chased a memory leak in the parser.', 'leak:leak', 1],
    ["The whisky is distilled twice; Anthropic's complaint about distillation is a different matter.", 'distillation:distillation', 1],
    ["The whisky is distilled twice; Anthropic's complaint about distillation is a different matter.", 'distillation:distilled', 0],
    ['白酒蒸馏工艺历史悠久，而Anthropic指控的蒸馏是另一回事。', 'distillation:蒸馏', 1],
    ['昨晚家里水管漏水，今天又看到Claude Code源码泄露的新闻。', 'leak:源码泄露', 1],
    ['月之暗面创始人杨植麟喜欢平克·弗洛伊德的《月之暗面》。', 'moonshot-ai:月之暗面', 1],
    ['Moonshot AI, whose Chinese name is 月之暗面, borrowed it from a Pink Floyd album.', 'moonshot-ai:月之暗面', 1],
    ['Kimi Räikkönen drove for Ferrari; Kimi, the chatbot, belongs to Moonshot AI.', 'moonshot-ai:Kimi', 1],
    ['The minimax algorithm is taught in every AI course, but MiniMax the company makes Hailuo.', 'minimax:MiniMax', 1],
    ['The minimax algorithm is taught in every AI course, but MiniMax the company makes Hailuo.', 'minimax:minimax', 0],
    ['克劳德·莫奈是画家，Claude是Anthropic的AI助手。', 'anthropic:Claude', 1],
    ["Claude Monet painted haystacks. Claude, Anthropic's assistant, can describe them.", 'anthropic:Claude', 1],
    ['The anthropic principle, not Anthropic the company, is the topic here.', 'anthropic:Anthropic', 1],
    ['The anthropic principle, not Anthropic the company, is the topic here.', 'anthropic:anthropic', 0],
    ['The Claude Code CLI leaked file handles on every resumed session.', 'leak:leaked', 0],
    ['Our Node service leaked 2 GB per day until we fixed the cache in the CLI.', 'leak:leaked', 0],
    ['Developers say the leaked code of Claude Code is now everywhere on GitHub.', 'leak:leaked', 1],
  ])('should find %j with %s %i time(s) when nearer words decide each occurrence', (text, label, times) => {
    expect(count(text, label)).toBe(times);
  });
});

describe('detect (policy words need the restricting firm and China as the object)', () => {
  it.each([
    ['China imposed export controls on rare earth magnets, a blow to chip makers.', 'policy:export controls'],
    ["Beijing's export controls on graphite worry battery makers more than Nvidia does.", 'policy:export controls'],
    ['Alibaba banned Claude Code internally after the news from China.', 'policy:banned'],
    ['Chinese regulators banned Claude from government computers.', 'policy:banned'],
    ['Apple blocked the app in China after regulators complained.', 'policy:blocked'],
    ['Anthropic makes Claude.\n\nThe US banned Huawei gear, citing national security risks from China.', 'policy:banned'],
    ['Anthropic makes Claude.\n\nThe US banned Huawei gear, citing national security risks from China.', 'policy:national security'],
    ['The company said it now bars Chinese-owned firms from its services.', 'policy:bars'],
    ['He is a member of the bar in China and advises Anthropic.', 'policy:bar'],
    ['Anthropic makes Claude.\n\nThe US ban on DJI drones cites national security risks from China.', 'policy:ban'],
    ['中国对稀土实施出口管制。', 'policy:出口管制'],
    ['苹果在中国下架了该应用，并限制了部分功能。', 'policy:限制'],
  ])('should not find %j as %s when the actor or the object is missing', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic said it would bar firms majority-owned from China from its API.', 'policy:bar'],
    ['Anthropic cut off access for entities controlled from China.', 'policy:cut off access'],
    ['Anthropic updated its terms.\n\nThe company said it now bars Chinese-owned firms from its services.', 'policy:bars'],
    ['OpenAI also blocks API access from China.', 'policy:blocks'],
    ['Anthropic published new terms.\n\nThe restrictions apply to companies in China even abroad.', 'policy:restrictions'],
    ['Amodei wants export controls on Nvidia chips, not on rare earths.', 'policy:export controls'],
    ['Anthropic 將中國列為不支援的地區。', 'policy:不支援的地區'],
    ['在Anthropic的支持国家和地区列表里找不到中国。', 'policy:支持国家和地区'],
    ['我们公司在深圳，Claude账号被封禁了，只能改用DeepSeek。', 'policy:封禁'],
    ['OpenAI也屏蔽了来自中国的API访问。', 'policy:屏蔽'],
    ['Anthropic以国家安全为由，拒绝为中国控股过半的公司提供服务。', 'policy:控股过半'],
  ])('should find %j as %s when the firm restricts China', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (headlines: undecided story words settle each other)', () => {
  it.each([
    ['安斯罗普回应泄露传闻', ['anthropic:安斯罗普', 'leak:泄露']],
    ['Kimi团队否认蒸馏Claude', ['moonshot-ai:Kimi', 'distillation:蒸馏', 'anthropic:Claude']],
    ['Moonshot和Kimi回应了指控', ['moonshot-ai:Moonshot', 'moonshot-ai:Kimi']],
    ['Moonshot doubles down on Kimi', ['moonshot-ai:Moonshot', 'moonshot-ai:Kimi']],
  ])('should find every name in %j when they support each other', (text, labels) => {
    expect(found(text)).toEqual(expect.arrayContaining(labels));
  });

  it.each([
    ['Kimi and Claude went to the park.'],
    ['For the team, Kimi was never a moonshot project.'],
    ['Kimi Antonelli said a podium was a moonshot.'],
    ['星野源和海螺水泥没有关系。'],
  ])('should find nothing in %j when no two names of one entity or story word meet', (text) => {
    expect(found(text)).toEqual([]);
  });
});
