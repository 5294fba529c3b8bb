import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 45, after the sixty-sixth blind set (the core case, seventh round: aggregators, print and reader views,
 * timelines, investor notes, course pages, machine translations, several AI stories on one page). Every text here
 * is new (none from an evaluation set).
 */

describe('detect (titles, tiers and the leak just described)', () => {
  itFindsCounts([
    // A title with no period is no given name: "Mr Shou" is the researcher named in full earlier.
    ['Researcher Chaofan Shou found the map in Claude Code on 31 March.\n\nThe file was gone within hours of Mr Shou posting it.', 'shou-chaofan:Shou', 1],
    ['Shou Zi Chew, the TikTok chief, testified again; later Mr Shou declined to comment.', 'shou-chaofan:Shou', 0],
    // A tier called a model right before it, with Claude on the page.
    ['Anthropic says Claude Opus 4.6 handles the hard refactors and the long planning sessions in most of the teams we spoke to; for quick replies a smaller model, Haiku, is cheaper.', 'anthropic:Haiku', 1],
    ['The anthology closes with a haiku about rain; its model, a Basho poem, is older.', 'anthropic:haiku', 0],
    // The leak of the sentence is the one the source map carried.
    ["Claude Code's rate limits are unrelated. They have nothing to do with last spring's leak of the CLI through a source map.", 'leak:source map', 1],
    ['A debugger reads a source map to show the original lines; no leak is involved.', 'leak:source map', 0],
    // Code leakage, as translations write it.
    ['Anthropic confirmed the Claude Code source code leakage was a packaging error.', 'leak:source code leakage', 1],
    ['Economists measure leakage from the local economy as spending flows out.', 'leak:leakage', 0],
    // "Codebase" is coding talk for a casual cc.
    ['someone posted the anthropic sourcemap lol. does cc share one codebase with what they run inside?', 'anthropic:cc', 1],
  ]);
});

describe('detect (the policy in headlines and threads)', () => {
  itFindsCounts([
    // A headline's "AI start-up" stands for the firm the page names.
    ['Anthropic changes its terms\n\n• AI start-up bars Chinese-owned groups from its models — Wire, 5 Sep', 'policy:bars', 1],
    ['• Local start-up bars dogs from its office — City Paper', 'policy:bars', 0],
    ['Anthropic will not serve firms majority-owned from China.\n\nForum: is the 50% test easy to get around?', 'policy:50% test', 1],
    ['The class average on the 50% test was low, the teacher said.', 'policy:50% test', 0],
    // Forms a machine translation writes.
    ['Anthropic 指控三家中国实验室用约 2.4 万个欺骗性的账户蒸馏 Claude。', 'distillation:欺骗性的账户', 1],
    ['阿莫迪一直支持对华更严格的芯片出口控制，Anthropic 也限制中资企业使用 Claude。', 'policy:出口控制', 1],
  ]);
});

describe('detect (other senses beside the story)', () => {
  itFindsCounts([
    // DS as data structures in a postgraduate-exam chat.
    ['考研群：周三讲DS第三章链表。有同学说可以用 DeepSeek 帮忙理解思路。', 'deepseek:DS', 0],
    ['我用 DeepSeek 刷DS题，408 真题还是要自己写。', 'deepseek:DS', 0],
    ['DeepSeek 发布新模型，DS 这次在代码能力上进步明显。', 'deepseek:DS', 1],
    // Rivian's R1 trucks beside DeepSeek-R1.
    ['美股：Rivian 的 R1 皮卡交付超预期；港股：DeepSeek-R1 概念股回落。', 'deepseek:R1', 0],
    // An escape room called 月之暗面.
    ['同城热榜：新开的“月之暗面”主题房周末爆满。科技：月之暗面发布 Kimi 新版本。', 'moonshot-ai:月之暗面', 1],
  ]);
});
