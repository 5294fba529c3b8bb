import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 218 and after (eighteenth session), from the sets written this session and the round sets before them. The
 * cases are written here in our own words; none is taken from a set.
 */

describe('detect (a lower-case minimax and its model name settle each other; a story word does not)', () => {
  itFindsCounts([
    // Two names of the lab in one message: neither is the algorithm.
    ['anyone here tried m2 for agent loops? minimax says it was trained for exactly that', 'minimax:m2', 1],
    ['anyone here tried m2 for agent loops? minimax says it was trained for exactly that', 'minimax:minimax', 1],
    ['我们组用的是 minimax 的 m2，前端写得还行', 'minimax:minimax', 1],
    // The algorithm beside a leak word stays the algorithm, and m1 beside m2 are two pieces of evidence.
    ['Chapters\n0:00 The robot arm\n2:30 Minimax without the maths\n6:15 Why the gearbox kept leaking oil', 'minimax:Minimax', 0],
    ['例题：两条证据 m1、m2 用 DS 合成规则组合，求 m(A)。', 'minimax:m2', 0],
  ]);
});

describe('detect (a name called with a dotted argument is code: minimax(board.play(m), depth - 1))', () => {
  itFindsCounts([
    [
      'Anthropic says MiniMax, DeepSeek and Moonshot AI distilled Claude through fake accounts.\n\nOur tutorial, step three:\n\n    def best(state):\n        results = [minimax(state.next(m), not maxing) for m in state.moves()]\n        return max(results)',
      'minimax:minimax',
      0,
    ],
    // Prose with a parenthesis after a space is still prose.
    ['MiniMax (the Shanghai lab) released M2.5 this week.', 'minimax:MiniMax', 1],
  ]);
});

describe('detect (A社 among Atlus fans is the game studio)', () => {
  itFindsCounts([
    ['【女神异闻录同好会】A社新作终于定档了，十月首发！\n\n另外：Anthropic 那边最近也在被讨论。', 'anthropic:A社', 0],
    ['JRPG 群里说的 A社是 ATLUS，P3R 我都通关三遍了。码农群说的是 Anthropic。', 'anthropic:A社', 0],
    // The AI company's nickname beside its own news stays the company.
    ['A社 这周又把 Claude Code 的源码泄露了一遍？', 'anthropic:A社', 1],
  ]);
});

describe('detect (cc after 已 or 记得, or before 领导, 老板 or 财务, is a carbon copy)', () => {
  itFindsCounts([
    ['群公告：发合同时记得 cc 财务。\n\n小王：收到，已 cc\n\n小李：我平时用 Claude Code 写脚本，省事多了。', 'anthropic:cc', 0],
    ['周报记得 cc 领导，别漏了。顺便说一句，Claude Code 真好用。', 'anthropic:cc', 0],
  ]);
});

describe('detect (a name with 哥 or 姐 after it is a person)', () => {
  itFindsCounts([
    ['我们组一半人都在用 Kimi 写周报，月之暗面该给我们组的 Kimi 哥发代言费。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (深度求索 with what a company does in its sentence)', () => {
  itFindsCounts([
    ['评论区：深度求索被点名那段我看笑了，次数最少反而最先被提。', 'deepseek:深度求索', 1],
    ['深度求索今天回应了，说会继续开源。', 'deepseek:深度求索', 1],
    // The phrase "deep search" in a book blurb is not the company.
    ['他在书里写道：“科学是一场没有终点的深度求索。”这本书上市一周就进了榜单。', 'deepseek:深度求索', 0],
  ]);
});

describe('detect (an ownership threshold on a page that names two labs by their own words)', () => {
  itFindsCounts([
    [
      'Our team moved off Claude last year and now uses DeepSeek for most coding work.\n\nThe provider had also barred companies that are 50%+ owned by Chinese firms, even outside China.',
      'policy:50%',
      1,
    ],
    // A threshold in a page about a port deal is not the rule.
    ['The port operator must stay less than 50% owned by Chinese firms, the regulator said.', 'policy:50%', 0],
  ]);
});

describe('detect (dario in lower case: Amodei by the same rule as Dario)', () => {
  itFindsCounts([
    ['lol dario at davos again comparing chip sales to china with selling weapons to north korea', 'dario-amodei:dario', 1],
    ['the thread is all export controls this week. dario amodei said it again. honestly dario is consistent', 'dario-amodei:dario', 1],
    // Another Dario by his surname, or one who is ours, is not Amodei.
    ['search history: dario argento films, dario franchitti lap record, dario amodei davos', 'dario-amodei:dario', 0],
    ['the anthropic ceo dario amodei was on the radio. our dario just scored twice on sunday', 'dario-amodei:dario', 0],
  ]);
});

describe('detect (m2 beside another lab\'s model on an AI page)', () => {
  itFindsCounts([
    ['r/LocalLLaMA\n\nkimi k2 thinking vs m2 vs ds v3.2 for coding agents, which one?\n\nDeepSeek is cheapest, Kimi has the longest context.', 'minimax:m2', 1],
    // An m2 beside a laptop is Apple's.
    ['my m2 air runs deepseek locally just fine, the fan never spins up', 'minimax:m2', 0],
  ]);
});

describe('detect (cc pointed at a model, or with its harness, hooks or 源码 after it)', () => {
  itFindsCounts([
    ['PSA: DeepSeek ships an Anthropic-compatible endpoint, so you can point cc at it with two env vars.', 'anthropic:cc', 1],
    ['Claude Code with a DeepSeek key is my setup now.\n\nsame here but with kimi. the cc harness is what you pay for, the model is swappable', 'anthropic:cc', 1],
    ['【解读】cc 源码 50 万行，里面到底藏了什么？', 'anthropic:cc', 1],
  ]);
});

describe('detect (national security given as the reason by "them" or the official line)', () => {
  itFindsCounts([
    ['Anthropic 去年九月起不再服务中资控股超过 50% 的企业。\n\n他们给出的理由是国家安全，担心企业被要求交出数据。', 'policy:国家安全', 1],
    ['Anthropic 不再向中资控股企业提供服务。\n\n官方给出的理由是国家安全。', 'policy:国家安全', 1],
    // Another government's reason stays its own.
    ['Anthropic 不再向中资控股企业提供服务。\n\n另外，澳大利亚以国家安全为由禁止在政府设备上安装某款应用。', 'policy:国家安全', 0],
  ]);
});

describe('detect (K2 with the mountain\'s faces, glaciers and treks)', () => {
  itFindsCounts([
    ['行程表是用 Kimi K2 排的，挺靠谱。那天站在冰川上看 K2 北壁，值了。', 'moonshot-ai:K2', 0],
    ['Kimi K2 planned my whole itinerary, and standing under the K2 north face on day nine was worth every blister.', 'moonshot-ai:K2', 0],
  ]);
});

describe('detect ("The Dark Side of the Moon" with a box set, reissue or demo is the album)', () => {
  itFindsCounts([
    ['Music | Reissues\n\nThe Dark Side of the Moon gets another box set, and there is a leaked demo on it.', 'moonshot-ai:Dark Side of the Moon', 0],
  ]);
});

describe('detect (contrary cues weigh from further away for Dario, DS, a lower-case minimax and 月之暗面)', () => {
  itFindsCounts([
    [
      'Dario Amodei spoke at Davos this week.\n\nRecipe notes: rest the dough for an hour, then stretch it by hand and bake it very hot. Buon appetito from our kitchen!\n\n— Dario, head chef',
      'dario-amodei:Dario',
      0,
    ],
    ['月之暗面发布了 Kimi K2。\n\n中秋特辑：今年最火的一款月饼叫“月之暗面”，黑芝麻流心，门店限购两盒。', 'moonshot-ai:月之暗面', 1],
  ]);
});

describe('detect (no name runs across an ideographic space)', () => {
  itFindsCounts([['指控中國AI實驗室「蒸餾」Claude　Anthropic：2.4萬個帳戶、逾1600萬次對話', 'anthropic:Claude', 1]]);
});

describe('detect (炒饭哥 on a page about the leak)', () => {
  itFindsCounts([
    [
      '【解读】Claude Code 源码泄露：51 万行代码里有什么\n\n简介：3 月 31 日，npm 上的 2.1.88 版多带了一个 source map，整套源码都能还原。\n\n00:00 事件经过\n02:15 炒饭哥是谁\n05:40 KAIROS 与 BUDDY',
      'shou-chaofan:炒饭哥',
      1,
    ],
  ]);
});

describe('detect (DS and ds beside the other labs or the accusations)', () => {
  itFindsCounts([
    ['按报告拆开看：DS 约 15 万次，月暗约 340 万次，稀宇约 1300 万次。', 'deepseek:DS', 1],
    [
      'Anthropic 指控三家中国实验室用假账号蒸馏 Claude。\n\n弹幕：这段和 ds 有啥关系？up 说的是防蒸馏那个开关',
      'deepseek:ds',
      1,
    ],
    // A course's ds stays data structures, even in a chat about the story.
    ['Anthropic 指控三家实验室蒸馏 Claude。\n\n我只关心 ds 重修能不能过，哈夫曼树实验课做到凌晨。', 'deepseek:ds', 0],
  ]);
});

describe('detect (Kimi referred to as 它 right after)', () => {
  itFindsCounts([
    ['年终总结流程：把一年的周报全丢给 Kimi，让它先列大纲，我再改语气。', 'moonshot-ai:Kimi', 1],
    // A dog is not called 它 by a chatbot's cues alone.
    ['我家 Kimi 三岁了还这么皮，拆了两个沙发垫。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (the rule\'s names in Traditional and Simplified: 支援國家與地區, 50% 條款)', () => {
  itFindsCounts([
    ['台灣在支援國家與地區之列，為何有些台灣公司仍用不了 Claude？一文看懂 Anthropic 的 50%條款', 'policy:支援國家與地區', 1],
  ]);
});

describe('detect (a leaked demo, snippet or game build, and secrets that leak into Slack, are other leaks)', () => {
  itFindsCounts([
    ['The Claude Code source leak is still in the news.\n\nMusic: a leaked demo from the new album surfaced on Friday.', 'leak:leaked', 0],
    ['The Claude Code leak was a packaging mistake.\n\nSponsor: secrets leak. They leak into Slack, into logs, into screenshots. Keyhold finds them first.', 'leak:leak', 1],
  ]);
});

describe('detect (a quoted value given to an identifier with "=" in a sentence is code)', () => {
  itFindsCounts([
    ['Release notes: new provider, MiniMax (international endpoint). Use model = "MiniMax-M2" in your config.', 'minimax:MiniMax-M2', 0],
  ]);
});

describe('detect (a name followed by "said he\'d" is a person)', () => {
  itFindsCounts([
    ['who is reviewing the auth PR? claude said he\'d look but he is off today. claude code already left comments though', 'anthropic:claude', 0],
  ]);
});

describe('detect (克劳德 leans on the page only when an anaphor points back to Anthropic)', () => {
  itFindsCounts([
    ['Anthropic 的 Claude Code 源码泄露了。\n\n另：最终幻想7吧，重制版里克劳德的性格变了好多。', 'anthropic:克劳德', 0],
    ['Anthropic 的 Claude 这周又更新了。\n\n评论：这个 AI 中文圈也有人叫它克劳德，挺顺口。', 'anthropic:克劳德', 1],
  ]);
});

describe('detect (Kimi and 星野 settle with another name of their maker, never with a story word alone)', () => {
  itFindsCounts([
    ['Parenting forum › Potty training\n\nKimi (2y 4m) keeps leaking at night, is it too early to drop the nappy?', 'moonshot-ai:Kimi', 0],
    ['Anthropic 指控三家实验室蒸馏。\n\n【纪录片】鹿儿岛的星野酒造：星野说，减压蒸馏的香气更轻柔。', 'minimax:星野', 0],
    // Two names of Moonshot's still settle each other.
    ['月之暗面这周又发了新版，Kimi 的长文本更稳了。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect ("Deep Seek" written apart needs its own AI context)', () => {
  itFindsCounts([
    ['DeepSeek released V3.2 this week.\n\nGear review: the Deep Seek 300 dive computer has a clear screen but a poor app.', 'deepseek:Deep Seek', 0],
    ['Some readers still write Deep Seek, the Chinese AI lab, as two words.', 'deepseek:Deep Seek', 1],
  ]);
});

describe('detect (configuration and shell shapes that hold names as bare words are code)', () => {
  itFindsCounts([
    ['Proposal: ask on first run.\n\n+provider:\n+  suggest: [anthropic, deepseek, moonshot, minimax]', 'deepseek:deepseek', 0],
    ['# usage: llm-switch deepseek|kimi|minimax\ncase "$1" in\n  kimi) export BASE_URL=https://api.moonshot.ai/anthropic ;;\nesac', 'moonshot-ai:kimi', 0],
    ['Config for the proxy:\n\n[profiles.minimax]\nbase_url = "https://api.minimax.io/anthropic"', 'minimax:minimax', 0],
    ['anthropics / claude-code · Issues\n\nMemory leak: RSS grows after a long session', 'anthropic:anthropics', 0],
    ['providers/minimax.ts\n+export const minimax: Provider = {\n+  id: "mm",', 'minimax:minimax', 0],
    ['cc_ds() { BASE_URL=https://api.deepseek.com/anthropic claude "$@"; }', 'anthropic:claude', 0],
    ['供应商 | 默认模型 | base_url\ndeepseek | deepseek-chat | https://api.deepseek.com/anthropic', 'deepseek:deepseek', 0],
    // Prose about the same providers stays prose.
    ['We switched the default provider from Anthropic to DeepSeek last week.', 'deepseek:DeepSeek', 1],
  ]);
});

describe('detect (names in people\'s lives, gear and firms that only share a name)', () => {
  itFindsCounts([
    ['BumpTalk › Baby names\n\nKimi or Claude for a boy? DH loves Kimi; I love Claude after my grandad.', 'anthropic:Claude', 0],
    ['Real Weddings: the bride wore silk; Claude wore a navy suit. Best man Kimi gave a speech that had the whole room in tears.', 'moonshot-ai:Kimi', 0],
    ['Pedals & Effects: MiniMax looper vs a bigger looper pedal for busking? The footswitch on the MiniMax is clicky.', 'minimax:MiniMax', 0],
    ['Jobs near you: Warehouse Supervisor · K2 Logistics · £33,500. Complaints Handler · Moonshot Energy · £26,000.', 'moonshot-ai:Moonshot', 0],
    ['ParentNet › Secondary\n\nDS (14) is using DeepSeek for maths homework, should I be worried?', 'deepseek:DS', 0],
    // Someone who asked Claude to help plan the wedding still means the assistant.
    ['Our wedding planning spreadsheet has 14 tabs, and yes, I asked Claude, the AI assistant, to build half of them.', 'anthropic:Claude', 1],
  ]);
});
