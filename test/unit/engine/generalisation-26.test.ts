import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 44, after the sixty-fourth blind set (article pages read top to bottom with their site chrome: tickers,
 * related and most-read lists, captions, ads, comments). Every text here is new (none from an evaluation set).
 */

describe('detect (a ticker\'s and a link list\'s other news on a page about the story)', () => {
  itFindsCounts([
    // A bullet ends an item: the next item's China or firm does not make this one the story's.
    ["Breaking • Council extends dog ban on beaches • Anthropic bars Chinese-owned firms from Claude", 'policy:ban', 0],
    ["Breaking • Council extends dog ban on beaches • Anthropic bars Chinese-owned firms from Claude", 'policy:bars', 1],
    ['相關新聞\n‧ 迷你倉火警後 消防處限制存放物品種類\n‧ Anthropic 指深度求索以虛假帳戶「蒸餾」Claude', 'policy:限制', 0],
    // Names in the chrome: a storm, a detective, a racehorse, a mooncake, a storage chain.
    ["Most read: Storm Claude brings gusts to Brittany.\n\nAnthropic's Claude Code leak: what we know.", 'anthropic:Claude', 0],
    ['Local news: cannabis farm found, DS Rachel Moore said. Tech: DeepSeek released a new model.', 'deepseek:DS', 0],
    ['Racing, Sha Tin: 1st Moonshot Lady, 2nd Jade Warrior. Business: Moonshot AI raised new funds.', 'moonshot-ai:Moonshot', 0],
    ['中秋网红口味“月之暗面”月饼卖断货。另：月之暗面发布 Kimi 新版本。', 'moonshot-ai:月之暗面', 1],
    ['【推廣】迷你倉首月免租 MINIMAX Storage 全港18間分店｜稀宇科技 MiniMax 股價上升', 'minimax:MINIMAX', 0],
    // Other leaks and bans: helium, a toxic-gas drill, a dairy slogan, China's own law.
    ["Space: engineers chase a helium leak before undocking. Tech: Anthropic's Claude Code leak, explained.", 'leak:leak', 1],
    ['快讯｜乳企回应“蒸馏奶”传闻：营销用语｜Anthropic 指控三家实验室蒸馏 Claude', 'distillation:蒸馏', 1],
    ['· 出口管制法实施五周年座谈会召开\n· 阿莫迪主张收紧对华 AI 芯片出口管制', 'policy:出口管制', 1],
  ]);
});
