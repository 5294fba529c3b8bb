import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 31, after the forty-fourth and forty-fifth blind sets (comment threads in English, community pages in
 * Chinese). Every text here is new (none from an evaluation set).
 */

describe('detect (lower-case names in a casually written thread)', () => {
  itFindsCounts([
    // Where the lines around it start in lower case, a lower-case name in a capitalised sentence is still the name.
    ['u/abc · 12 points\nlol yeah\n\nu/def · 3 points\nthe numbers are wild. By their count minimax ran 13M exchanges through fake accounts.\n\nu/ghi · 2 points\nok but who audits anthropic', 'minimax:minimax', 1],
    ['u/kettle · 40 points\nso the distillation thing again\n\nu/pot · 12 points\nhonestly? I think claude is just easier to copy than gpt.\n\nu/lid · 3 points\nmeh', 'anthropic:claude', 1],
    // It still needs its context: the algorithm in a casual thread, a painter, and edited prose stay as they were.
    ['u/a · 3 points\nlol my engine is slow\n\nu/b · 2 points\nyeah. In my engine minimax with alpha-beta pruning beats it\n\nu/c\nsame here', 'minimax:minimax', 0],
    ['u/kettle · 40 points\nwe went to the louvre\n\nu/pot · 12 points\nhonestly? I think claude painted better than renoir.\n\nu/lid · 3 points\nmeh', 'anthropic:claude', 0],
    ['The paper compares search methods for fake accounts detection. In our tests minimax ran faster than alpha-beta on small boards.', 'minimax:minimax', 0],
    ['Editors wrote this page.\n\nThe numbers are wild. By their count minimax ran many exchanges through fake accounts.\n\nOthers disagreed.', 'minimax:minimax', 0],
  ]);
});

describe('detect (casual short forms and nicknames)', () => {
  itFindsCounts([
    // Lower-case abbreviations and model names count under the rules of their usual forms: with the maker named near.
    ['u/gpu_poor · 40 points\nswitched to deepseek last month. ds is way cheaper per token, and r1 still wins on math for me', 'deepseek:ds', 1],
    ['u/gpu_poor · 40 points\nswitched to deepseek last month. ds is way cheaper per token, and r1 still wins on math for me', 'deepseek:r1', 1],
    ['u/gpu_poor · 40 points\nmoonshot put out kimi k2 and honestly k2 is great at tool calls', 'moonshot-ai:k2', 1],
    ['u/a · 4 points\nafter the leak I finally get what cc does when it says thinking\n\nu/b · 2 points\nopus for planning, sonnet for the edits, haiku for commit messages. all claude anyway', 'anthropic:cc', 1],
    ['u/a · 4 points\nafter the leak I finally get what cc does when it says thinking\n\nu/b · 2 points\nopus for planning, sonnet for the edits, haiku for commit messages. all claude anyway', 'anthropic:opus', 1],
    ['u/a · 4 points\nafter the leak I finally get what cc does when it says thinking\n\nu/b · 2 points\nopus for planning, sonnet for the edits, haiku for commit messages. all claude anyway', 'anthropic:haiku', 1],
    // Without the maker named, or as part of a path, host or identifier, or in another sense, they do not.
    ['u/gpu_poor · 40 points\nds is way cheaper per token, and r1 still wins on math for me', 'deepseek:ds', 0],
    ['Fork it from github.com/kestrel/cc-tools or read the notes at ptt.cc. Anthropic\'s Claude Code leak explains why.', 'anthropic:cc', 0],
    ['Set model: claude-sonnet-4-5 in the config; the Claude Code leak showed the defaults.', 'anthropic:sonnet', 0],
    ['u/a · 3 points\nmy ds is a 3DS XL lol, Nintendo DS games only\n\nu/b\nsame, deepseek can wait', 'deepseek:ds', 0],
    ['I asked Claude to write me a haiku about autumn and it did fine.', 'anthropic:haiku', 0],
    ['程序媛日常：早上擦 CC霜，到公司打开终端跑 cc（Claude Code），顺便看了 cc 源码泄露的新闻。', 'anthropic:CC', 0],
    ['程序媛日常：早上擦 CC霜，到公司打开终端跑 cc（Claude Code），顺便看了 cc 源码泄露的新闻。', 'anthropic:cc', 2],
    // Chinese nicknames and transliterations, in context.
    ['弹幕：迪普西克和深求到底有没有蒸馏 Claude？安索匹克说他们用了两万四千个假账号。', 'deepseek:迪普西克', 1],
    ['弹幕：迪普西克和深求到底有没有蒸馏 Claude？安索匹克说他们用了两万四千个假账号。', 'deepseek:深求', 1],
    ['弹幕：迪普西克和深求到底有没有蒸馏 Claude？安索匹克说他们用了两万四千个假账号。', 'anthropic:安索匹克', 1],
    ['实测 Kimi K2 写代码，复杂重构还是克劳德稳，Anthropic 的模型确实强。', 'anthropic:克劳德', 1],
    // 克劳德 as a person: joined to a surname, or introduced as someone.
    ['克劳德·莫奈的睡莲在上海展出，主办方用了人工智能导览。', 'anthropic:克劳德', 0],
    ['婚礼祝福：新郎克劳德来自里昂，新娘在 DeepSeek 做算法工程师。', 'anthropic:克劳德', 0],
    // A misspelt product name, and the supported-regions list in Traditional Chinese and Cantonese.
    ['博主写得好，Cluade Code 那次泄漏我也去看了源码。', 'anthropic:Cluade Code', 1],
    ['回覆：香港唔喺 Anthropic 支援嘅國家及地區入面，台灣就喺支援的國家和地區清單上。', 'policy:支援嘅國家及地區', 1],
    ['回覆：香港唔喺 Anthropic 支援嘅國家及地區入面，台灣就喺支援的國家和地區清單上。', 'policy:支援的國家和地區', 1],
  ]);
});

describe('detect (round 32: the story\'s words for other things on pages about the story)', () => {
  itFindsCounts([
    // Household leaks, other goods under export controls, a figurine, a fishing lure and a fishing ban stay apart.
    ["Anthropic's Claude Code leak is still the talk of the office.\n\nOff-topic: the office coffee machine leaked on the carpet again.", 'leak:leaked', 0],
    ['u/a\nthe Claude Code leak thread, part 3\n\nu/b\nmy sourdough starter leaked all over the counter while i read this', 'leak:leaked', 0],
    ["In the 1990s, American export controls treated strong encryption as a munition. Anthropic's lawyers now cite that history.", 'policy:export controls', 0],
    ['2019 年，日本对出口韩国的氟化氢等半导体材料加强出口管制。如今 Anthropic 的限制是另一回事。', 'policy:出口管制', 0],
    ['Chaofan Shou found the file. On my desk sits a porcelain Shou, the god of longevity, which my aunt gave me.', 'shou-chaofan:Shou', 0],
    ["Readers ask: will the Deep Seek lure run in shallow water? Our review of DeepSeek's new model is on page 4.", 'deepseek:Deep Seek', 0],
    ["Beijing's summer fishing ban began on 1 May. Separately, Anthropic bars companies majority-owned from China.", 'policy:ban', 0],
    ["Beijing's summer fishing ban began on 1 May. Separately, Anthropic bars companies majority-owned from China.", 'policy:bars', 1],
    // A casual cc on a page about the leak, and cc before a handle (carbon copy) in a chat export.
    ['推 abc：身為天天用 cc 的人，看了心情很複雜\n\n推 def：Claude Code 原始碼外洩那篇', 'anthropic:cc', 1],
    ['Marta  10:24 AM\nAgreed, after the Claude Code leak we review everything. cc @Oren for the security review', 'anthropic:cc', 0],
  ]);
});

describe('detect (national security given as the reason for the restriction)', () => {
  itFindsCounts([
    ["Anthropic's September update bars firms that are more than half owned by entities in unsupported regions, including subsidiaries registered abroad and resellers who serve them. They cite national security.", 'policy:national security', 1],
    ['九月起，Anthropic 的新规规定，中资控股超过50%的企业一律不得使用其服务，海外注册的子公司也不例外，很多出海团队因此要重新选型。官方给出的理由係國家安全。', 'policy:國家安全', 1],
    ['Lawmakers voted to ban the app last year. Citing national security, the committee also restricted Chinese-made cameras in federal buildings.', 'policy:national security', 0],
  ]);
});

describe('detect (the earlier inline source map)', () => {
  itFindsCounts([
    ["Anthropic's coding tool had a rough spring.\n\nIts first release had also shipped an inline source map inside cli.mjs, swapped out within days.", 'leak:source map', 1],
    ['Claude Code 不是第一次出事。\n\n2025 年刚上线时，早期版本里就内嵌过一个 base64 的 source map，很快被换掉。', 'leak:source map', 1],
    ['Webpack can emit an inline source map for development builds; keep it out of what you publish.', 'leak:source map', 0],
  ]);
});

describe('detect (round 34: the 50% rule by another name, Adobe CC, a book title, a textbook name)', () => {
  itFindsCounts([
    ['九月以后，Anthropic 的“50%”那条规定，让不少出海团队重新选型。', 'policy:50%', 1],
    ["OFAC's 50 percent rule treats blocked owners differently; Anthropic's terms are a contract, not a sanction.", 'policy:50 percent', 0],
    ['设计端用 Adobe CC 全家桶，主要是 PS；开发端用 Claude Code 写前端。', 'anthropic:CC', 0],
    ['Also bought: Moonshot: Inside the Race to the Moon, 1961–1969.\n\nMoonshot AI released Kimi K2 this week.', 'moonshot-ai:Moonshot', 0],
    ['【注释】Claude 是法语常见名字，男女通用。本课可配合 AI 口语 App 练习。', 'anthropic:Claude', 0],
  ]);
});

describe('detect (bare model names listed with other AI models, the maker named on the page)', () => {
  itFindsCounts([
    ['DeepSeek and Moonshot AI both shipped open weights this year.\n\nOur coding test: K2 was better at multi-step tool use, R1 at single tricky functions, and GPT-4o sat in between.', 'moonshot-ai:K2', 1],
    ['DeepSeek and Moonshot AI both shipped open weights this year.\n\nOur coding test: K2 was better at multi-step tool use, R1 at single tricky functions, and GPT-4o sat in between.', 'deepseek:R1', 1],
    ["Anthropic's price list changed again.\n\nWe route planning to Opus, edits to Sonnet and commit messages to Haiku; Gemini handles images.", 'anthropic:Sonnet', 1],
    // Without the maker on the page, or in another sense, they stay apart.
    ['Our coding test: K2 was better at multi-step tool use, R1 at single tricky functions, and GPT-4o sat in between.', 'moonshot-ai:K2', 0],
    ['Haiku OS news: the open-source operating system released its R1 beta with better Wi-Fi drivers.', 'deepseek:R1', 0],
    ["Shakespeare's Sonnet 18 remains the most quoted poem in English classrooms.", 'anthropic:Sonnet', 0],
  ]);
});

describe('detect (round 36: spoken and captioned names, and the rule said aloud)', () => {
  itFindsCounts([
    ['[auto-generated captions]\n0:31 so the three companies named were deep seek moon shot ai and mini max\n0:38 and the claim is they ran about twenty four thousand fake accounts', 'deepseek:deep seek', 1],
    ['[auto-generated captions]\n0:31 so the three companies named were deep seek moon shot ai and mini max\n0:38 and the claim is they ran about twenty four thousand fake accounts', 'moonshot-ai:moon shot ai', 1],
    ['[auto-generated captions]\n0:31 so the three companies named were deep seek moon shot ai and mini max\n0:38 and the claim is they ran about twenty four thousand fake accounts', 'minimax:mini max', 1],
    // Transliterations in unpunctuated speech-to-text settle each other with the story word between them.
    ['[语音转文字] 周明 10:02\n那个我跟大家说一下就是昨天那个新闻你们看了没有就是安索匹克说那个迪普西克他们蒸馏克劳德的事情', 'anthropic:安索匹克', 1],
    ['[语音转文字] 周明 10:02\n那个我跟大家说一下就是昨天那个新闻你们看了没有就是安索匹克说那个迪普西克他们蒸馏克劳德的事情', 'deepseek:迪普西克', 1],
    ['我这边之前用过一点点做标注 后来公司被限制了就没用了 因为 Anthropic 那个中资控股百分之五十的规定', 'policy:百分之五十', 1],
    // A design system's DS and v3, and iPhone model names run together, stay apart.
    ['周会纪要\n一、设计\n1. DS（设计系统）v3 的暗色主题已完成\n二、AI 助手\n1. 线上模型从 DeepSeek 切到新版本', 'deepseek:DS', 0],
    ['字幕把 iPhone mini 和 Pro Max 连着念成了 mini max，笑死', 'minimax:mini max', 0],
  ]);
});

describe('detect (a short form whose maker is named in the message before it, in a casual thread)', () => {
  itFindsCounts([
    ['u/a · 4 points\nswitched everything to deepseek this week\n\nu/b · 2 points\nsame, r1 is great at math', 'deepseek:r1', 1],
    ['Our guide names DeepSeek in chapter one.\n\nChapter two. The R1 route runs around the ring road.', 'deepseek:R1', 0],
  ]);
});

describe('detect (round 38: namesakes in Chinese articles)', () => {
  itFindsCounts([
    ['【美食】来自拿坡里的主厨达里奥·阿莫迪奥在信义区开了新店，主打窑烤披萨。隔壁书店在卖 Anthropic 的书。', 'dario-amodei:达里奥·阿莫迪', 0],
    ['达里奥·阿莫迪在达沃斯谈芯片出口管制。', 'dario-amodei:达里奥·阿莫迪', 1],
    ['当年综艺里林志颖家的 Kimi 考上大学了，网友感叹时间太快。另讯：月之暗面发布新模型。', 'moonshot-ai:Kimi', 0],
    ['二手车行情：起亚K2 跌破三万。另：月之暗面的 Kimi K2 更新了。', 'moonshot-ai:K2', 0],
    ['动画《我推的孩子》里星野爱的台词又上热搜了。MiniMax 旗下的星野 App 也在推同人活动。', 'minimax:星野', 1],
  ]);
});

describe('detect (fraudulent accounts as cooked books)', () => {
  itFindsCounts([
    ['Business column: the chief accountant was jailed for preparing fraudulent accounts over four years. Separately, Anthropic accused DeepSeek of distillation.', 'distillation:fraudulent accounts', 0],
    ['公司财务总监做假账被判刑。另讯：Anthropic 称三家公司用虚假账户蒸馏 Claude。', 'distillation:虚假账户', 1],
  ]);
});
