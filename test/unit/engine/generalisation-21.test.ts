import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 39, after the fifty-sixth blind set (pages about the wider AI industry, English and Chinese). Every text
 * here is new (none from an evaluation set).
 */

describe('detect (MiniMax\'s bare model names)', () => {
  itFindsCounts([
    // With MiniMax named near, its models count bare, and "MiniMax M2" spaced is one name.
    ['The Shanghai AI start-up MiniMax shipped an update this week; M2 now handles longer tool chains, and M2.5 is on the roadmap.', 'minimax:M2', 1],
    ['The Shanghai AI start-up MiniMax shipped an update this week; M2 now handles longer tool chains, and M2.5 is on the roadmap.', 'minimax:M2.5', 1],
    ['Benchmarks: MiniMax M2 edged out GLM on agent tasks.', 'minimax:MiniMax M2', 1],
    ['稀宇科技（MiniMax）上周更新了 M2，开发者反馈工具调用更稳定。', 'minimax:M2', 1],
    // Apple's chips, a BMW, an M.2 drive and the money supply stay apart, even beside MiniMax.
    ['MiniMax-M2 runs locally on a MacBook with the M2 Max chip, though an M1 Mac mini struggles.', 'minimax:M2', 0],
    ['MiniMax-M2 runs locally on a MacBook with the M2 Max chip, though an M1 Mac mini struggles.', 'minimax:M1', 0],
    ['The BMW M2 led the parade; MiniMax had sponsored the stand.', 'minimax:M2', 0],
    ['央行数据显示 M2 同比增长 8%，M1 增速回落；港股 MiniMax 午后走高。', 'minimax:M2', 0],
    ['央行数据显示 M2 同比增长 8%，M1 增速回落；港股 MiniMax 午后走高。', 'minimax:M1', 0],
  ]);
});

describe('detect (a Claude tier with its version number)', () => {
  itFindsCounts([
    ['Claude Code subscribers got new usage caps.\n\nPeople who lean on Opus 4 for planning felt it first.', 'anthropic:Opus', 1],
    // A numbered opus in music is not the model, even on a page that names Anthropic.
    ['Anthropic sponsored the season.\n\nThe quartet closed with Schoenberg\'s Opus 4 before the interval.', 'anthropic:Opus', 0],
  ]);
});

describe('detect (cc for Claude Code, and ds, in Chinese threads and chats)', () => {
  itFindsCounts([
    // A full-width colon before the word is the sentence's, not a path or handle.
    ['问：cc 和 Cursor 哪个更适合重构？\n\n答：大改动用 Claude Code，日常补全用 Cursor。', 'anthropic:cc', 1],
    ['@阿木：cc 是什么？\n@老周：就是 Claude Code，一个在终端里写代码的工具。', 'anthropic:cc', 1],
    // Coding tools named beside it are coding context.
    ['评论区\n阿杰：cc 贵是贵，我现在通义灵码打底，难题再交给 cc。楼主这篇 Claude Code 测评写得细。', 'anthropic:cc', 2],
    // ds in a chat that lists other AI models, on a page that names another of the story's companies.
    ['【模型群】\n阿明：ds 的新版本又便宜了\n小周：kimi 和 claude 我都在用\n阿明：A社那边 Anthropic 还是不让国内用', 'deepseek:ds', 1],
    // Data science in a job advert is not DeepSeek.
    ['招聘：DS 方向实习生，熟悉 Python 和统计建模，有 Claude 或 Kimi 使用经验者优先。', 'deepseek:DS', 0],
  ]);
});

describe('detect (other leaks, other bans and the technique on pages about the story)', () => {
  itFindsCounts([
    // A data breach or test-set leakage is another leak; the story's "no user data leaked" is the story's.
    ['Claude Code 源码泄露之后，某外卖平台又曝出用户数据泄露，两件事性质不同。', 'leak:源码泄露', 1],
    ['Claude Code 源码泄露之后，某外卖平台又曝出用户数据泄露，两件事性质不同。', 'leak:泄露', 0],
    ['评测说明：为防测试集泄露，我们换掉了三成题目；Claude Code 源码泄露事件不影响本榜单。', 'leak:泄露', 0],
    ['Anthropic 表示 Claude Code 源码泄露是发布失误，没有用户数据泄露。', 'leak:泄露', 1],
    // Distillation listed with quantisation and pruning is the compression technique.
    ['课程第 6 讲：量化、剪枝与蒸馏。课后阅读：Anthropic 指控 DeepSeek 蒸馏 Claude 的报道。', 'distillation:蒸馏', 1],
    // Export controls in a listing's risk factors, a chip ban in a related link, a school's ban.
    ['The prospectus lists risk factors: US export controls may limit the GPUs the company can buy. Anthropic, meanwhile, bars Chinese-owned firms.', 'policy:export controls', 0],
    ['招股书风险因素一节写道，美国出口管制可能限制公司采购高端芯片。此前 Anthropic 宣布限制中资企业使用 Claude。', 'policy:出口管制', 0],
    ['延伸阅读\n・晶片禁令再升級：中國 AI 業者怎麼辦\n・Anthropic 與中國市場', 'policy:禁令', 0],
    ['某大學宣布禁止學生在作業中使用 ChatGPT 與 DeepSeek，校方稱將再檢討。', 'policy:禁止', 0],
  ]);
});

describe('detect (lower-case names that settle each other in a chat)', () => {
  itFindsCounts([
    ['[09:14] lin: weekly cap hit again\n[09:15] moe: plan with opus, then hand it off. anthropic says so in the docs', 'anthropic:opus', 1],
    ['[09:14] lin: weekly cap hit again\n[09:15] moe: plan with opus, then hand it off. anthropic says so in the docs', 'anthropic:anthropic', 1],
    // Two tier names alone are also two poem forms.
    ['Contest rules: submit a sonnet or a haiku, or a longer opus of up to 40 lines.', 'anthropic:sonnet', 0],
    ['Contest rules: submit a sonnet or a haiku, or a longer opus of up to 40 lines.', 'anthropic:haiku', 0],
    // cc as crowd control in a game's leaked patch notes.
    ['someone leaked the patch notes, cc duration nerf on every hero. take it with salt', 'anthropic:cc', 0],
  ]);
});
