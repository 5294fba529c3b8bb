import { describe, expect, it } from 'vitest';
import { found } from './helpers';

/**
 * Round 9, after the ninth blind set (bilingual, machine-translated and cluttered pages, PDF and OCR text): a
 * space or line break between two Han characters is layout, so a word broken by a PDF line end or OCR still
 * reads; distillery tasting notes, food menus and thermometers are not the story; translations of the
 * campaign's words ("false accounts", 欺诈性账户, "regional access restrictions") are; other governments'
 * ownership rules are not Anthropic's. Every text here is new (none from an evaluation set).
 */

describe('detect (Chinese words broken by layout)', () => {
  it.each([
    ['Anthropic 承认 Claude Code 源码泄\n露，原因是打包失误。', 'leak:源码泄\n露'],
    ['Anthropic 指控三家公司对 Claude 进行蒸 馏攻击。', 'distillation:蒸 馏攻击'],
    ['Anthropic 表示，限制中资企业是出于国家安\n全考虑。', 'policy:国家安\n全'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it('should keep a space between a Latin name and Chinese text', () => {
    expect(found('Anthropic 指控 DeepSeek 蒸馏 Claude。')).toEqual(
      expect.arrayContaining(['anthropic:Anthropic', 'deepseek:DeepSeek', 'distillation:蒸馏', 'anthropic:Claude']),
    );
  });
});

describe('detect (not the story: distilleries, menus, thermometers, other governments)', () => {
  it.each([
    ['Our Chinese baijiu is fermented from sorghum; every distillation run is tasted by the master blender.', 'distillation:'],
    ['Lunch menu: spicy whelk (hailuo) 辣炒海螺, and the 星野 set meal 套餐 with fried rice.', 'minimax:'],
    ['Reset your MiniMax thermometer before use; the app pairs over Bluetooth.', 'minimax:'],
    ['The Commerce Department rule covers firms majority-owned by Chinese companies.', 'policy:majority-owned'],
    ['英国政府限制中资收购半导体资产。', 'policy:'],
  ])('should not find %j as %s…', (text, prefix) => {
    expect(found(text).filter((label) => label.startsWith(prefix))).toEqual([]);
  });
});

describe('detect (translated words of the campaign and the restrictions)', () => {
  it.each([
    ['Anthropic said the Chinese labs used some 24,000 false accounts to query Claude.', 'distillation:false accounts'],
    ['Anthropic 称，三家公司通过约 2.4 万个欺诈性账户与 Claude 交互。', 'distillation:欺诈性账户'],
    ['The accounts violated Anthropic’s terms of service and regional access restrictions, the company said.', 'policy:regional access restrictions'],
    ['这些账户违反了 Anthropic 的服务条款和区域访问限制。', 'policy:区域访问限制'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (after the tenth blind set: shops, spaced nicknames, other leaks in Traditional Chinese)', () => {
  it.each([
    ['Anthropic sponsors the show, and so does Claude’s Garden Supply, a nursery in Ohio.', 'anthropic:Claude'],
    ['Kimi K2 came out last week; Kimi’s Ramen Bar has nothing to do with it.', 'moonshot-ai:Kimi'],
    ['Anthropic 相關新聞之外，高雄一處瓦斯管線外洩，消防局已封路。', 'leak:外洩'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });

  it.each([
    ['Anthropic 又上热搜了。评论区：A 社这次真的急了。', 'anthropic:A 社'],
    ['Anthropic 確認 Claude Code 源碼外洩，並已下架相關版本。', 'leak:源碼外洩'],
    ['Claude’s Constitution, published by Anthropic, sets out how the model should behave.', 'anthropic:Claude'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });
});

describe('detect (a help centre names the product)', () => {
  it.each([
    ['Claude 帮助中心：哪些国家和地区可以使用 Claude？', 'anthropic:Claude'],
    ['Claude Help Center: which countries can use Claude?', 'anthropic:Claude'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it('should not take a help centre as support for Claude Monet', () => {
    expect(found('Musée help centre: opening hours for the Claude Monet rooms.')).not.toContain('anthropic:Claude');
  });
});

describe('detect (chat slang after the eleventh blind set)', () => {
  it.each([
    ['群聊：DeepSeek 又降价了\n小林：DS 呢，还能用吗', 'deepseek:DS'],
    ['Kimi 和 DeepSeek 都发新模型了，月暗这次上下文更长。', 'moonshot-ai:月暗'],
  ])('should find %j as %s', (text, label) => {
    expect(found(text)).toContain(label);
  });

  it.each([
    ['期末复习：DS 就是数据结构，DeepSeek 帮我出了几道题。', 'deepseek:DS'],
    ['月暗星稀的夜里，我用 DeepSeek 写了一首诗。', 'moonshot-ai:月暗'],
    ['Claude says the dress code is smart casual; Kimi is bringing the cake.', 'anthropic:Claude'],
  ])('should not find %j as %s', (text, label) => {
    expect(found(text)).not.toContain(label);
  });
});

describe('detect (Traditional-Chinese whisky and F1 slang next to AI names)', () => {
  it.each([
    ['DeepSeek 幫我查了資料：這支威士忌用壺式蒸餾器二次蒸餾，香氣很乾淨。', 'distillation:'],
    ['梅奔的 Kimi 今天排位賽很穩，車隊說 AI 模擬幫了大忙。', 'moonshot-ai:'],
  ])('should not find %j as %s…', (text, prefix) => {
    expect(found(text).filter((label) => label.startsWith(prefix))).toEqual([]);
  });
});
