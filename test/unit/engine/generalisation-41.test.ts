import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 157 and after (fifteenth session), from the sets written this session. The cases are written here in our own
 * words; none is taken from a set.
 */

describe('detect (a name before "leak" owns it: "the Twitch leak")', () => {
  itFindsCounts([
    ['Claude Code leaked in March. People compare it with the Twitch leak of 2021, which was far bigger.', 'leak:leak', 0],
    ['Anthropic shipped a source map by mistake. That Windows XP leak was older and messier.', 'leak:leak', 0],
    // The story's own names, and a month, are no other owner.
    ['Chaofan Shou found the file. The Claude Code leak was a packaging error.', 'leak:leak', 1],
    ['Anthropic pulled version 2.1.88 the same day. The March leak still spread to GitHub within hours.', 'leak:leak', 1],
    ['Anthropic confirmed it. Everyone is auditing their own packages after the CC leak.', 'leak:leak', 1],
    // A capitalised word opening the sentence is no modifier.
    ['Anthropic said no customer data was exposed. Leak or not, the code is out.', 'leak:Leak', 1],
  ]);
});

describe('detect (a capitalised name opening a line of a conversation among people is a speaker)', () => {
  itFindsCounts([
    // Other lines are labelled by people's names: "Kimi:" is a colleague speaking, as is the Kimi they mention.
    [
      'Moonshot AI released a new model today.\n\nSprint sync, Monday\n\nKimi: merged the parser fix, waiting on QA.\nTomás: reviewing the cache change with Kimi after lunch.\nPriya: still blocked on the API key.',
      'moonshot-ai:Kimi',
      0,
    ],
    ['月之暗面又发新模型了。\n\n周会纪要\n\nKimi：接口联调完成，等测试。\n老王：下午和 Kimi 过一下缓存方案。\n小林：等运维开权限。', 'moonshot-ai:Kimi', 0],
    // A review's labels are the products themselves.
    ['Which assistant for long documents?\n\nClaude: careful with citations.\nKimi: reads a 200-page PDF without complaint.\nDeepSeek: cheapest per token.', 'moonshot-ai:Kimi', 1],
    // A transcript with the assistant: the other party is "Me", so "Kimi:" is the product answering.
    ['Moonshot AI says the new Kimi handles long files.\n\nMe: summarise this contract\nKimi: Here are the five key clauses.\nMe: shorter please', 'moonshot-ai:Kimi', 2],
  ]);
});

describe('detect (a name a naming verb gives to a person or a pet)', () => {
  itFindsCounts([
    ['Anthropic shipped Claude Code in a hurry. Our new intern is called Claude, which makes standups confusing.', 'anthropic:Claude', 0],
    ['Anthropic 的新闻刷屏了。我家猫叫 Claude，今天它打翻了咖啡。', 'anthropic:Claude', 0],
    ['月之暗面的 Kimi 很火。我们部门有个同事英文名也叫 Kimi。', 'moonshot-ai:Kimi', 1],
    // 叫 also means "ask": the boss asking Claude for a plan names nobody.
    ['Claude Code 泄露以后，老板叫 Claude 写了一份复盘。', 'anthropic:Claude', 1],
    // An AI called Claude is the product.
    ['Anthropic makes an AI assistant called Claude.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (Kimi used for a task: 用 Kimi 帮我…, 讲题, uses Kimi for readings)', () => {
  itFindsCounts([
    ['我试了下用 Kimi 帮我把这份合同的要点列出来，五分钟就好了。', 'moonshot-ai:Kimi', 1],
    ['她儿子每天用 Kimi 讲题，数学应用题一步一步地讲。', 'moonshot-ai:Kimi', 1],
    ['My daughter uses Kimi for her readings before each seminar.', 'moonshot-ai:Kimi', 1],
    // The driver asked to do something is not the assistant.
    ['车队让 Kimi 在最后一圈守住位置，他做到了。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (K2 beside another lab\'s model, or used for a task on a page about the labs)', () => {
  itFindsCounts([
    ['月之暗面去年发了 Kimi K2。\n\n评论：我现在 DeepSeek + K2 混着用。', 'moonshot-ai:K2', 1],
    ['DeepSeek 和 Claude 我都用过。\n\n回复：国产的里面 K2 写代码最稳。', 'moonshot-ai:K2', 1],
    // The mountain, with a lab on the page, stays the mountain.
    ['DeepSeek 和 Claude 我都用过。\n\n回复：去年夏天 K2 登顶的视频我写了篇游记。', 'moonshot-ai:K2', 0],
  ]);
});

describe('detect (the firm named as 公司 giving its reason)', () => {
  itFindsCounts([
    ['Anthropic 去年改了条款，中资控股超过一半的企业不能再用。\n\n• 公司解释，这是出于国家安全考虑。', 'policy:国家安全', 1],
    ['Anthropic 不再向中资控股企业提供服务，公司当时给出的理由包括国家安全。', 'policy:国家安全', 1],
    // Another company's reason, with no AI firm on the page, is not the rule's.
    ['港口交易被叫停。\n\n• 公司解释，这是出于国家安全考虑。', 'policy:国家安全', 0],
  ]);
});

describe('detect (more speakers and more people given a name)', () => {
  itFindsCounts([
    // A chat with a time and a dash before each speaker; the name speaks twice, one other person too.
    ['Claude Code leaked this week.\n\nFri 19:02 — Claude: who has the tent pegs\nFri 19:03 — Maren: in my boot\nFri 19:05 — Claude: great, leaving at 8', 'anthropic:Claude', 0],
    ['Anthropic makes Claude. My grandpa was called Claude, and he never touched a computer.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (the assistant asked, and "it" answering)', () => {
  itFindsCounts([
    ['Out of buttermilk, so I asked Claude for a swap and it said milk with a spoon of lemon juice.', 'anthropic:Claude', 1],
    ['周末想去杭州，问了下 Claude 两日游怎么排。它建议第一天西湖、第二天灵隐寺。', 'anthropic:Claude', 1],
    ['I asked Kimi about the tax form and it walked me through every box.', 'moonshot-ai:Kimi', 1],
    // A person asked, with "it" about something else, and "he" answering: no assistant.
    ['I asked Claude from accounts about the invoice; he said it was paid.', 'anthropic:Claude', 0],
  ]);
});

describe('detect (a chat export header with the time before the name)', () => {
  itFindsCounts([
    ['2026-04-01 09:40 阿杰\n听说 Claude Code 泄露了\n\n2026-04-01 09:41 Kimi\n早，你们在聊啥', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (a short form after a full-width colon is prose, not code)', () => {
  itFindsCounts([
    ['Claude Code 的源码泄露了。\n\n评论：\ncoder_li：cc 这次真是给全行业上了一课', 'anthropic:cc', 1],
    ['DeepSeek 被点名了。\n\n小王在写 Go：ds 到底有没有回应？', 'deepseek:ds', 1],
    // In code the colon is ASCII and glues: a config value stays an identifier.
    ['Claude Code 的源码泄露了。\n\n`alias:cc`', 'anthropic:cc', 0],
  ]);
});

describe('detect (a person "distilled": the meme and the summary sense)', () => {
  itFindsCounts([
    ['Anthropic 指控三家公司蒸馏 Claude。\n\n评论：组长把我的笔记做成了 skill，我被蒸馏了', 'distillation:蒸馏', 1],
    ['Anthropic accused three labs of distillation. Meanwhile my manager distilled my notes into a checklist and I got distilled.', 'distillation:distillation', 1],
    ['Anthropic accused three labs of distillation. Meanwhile my manager distilled my notes into a checklist and I got distilled.', 'distillation:distilled', 0],
  ]);
});

describe('detect (R1 from its maker described, or released on a DeepSeek page)', () => {
  itFindsCounts([
    ['When the Hangzhou lab released R1, small labs everywhere started reading its paper.', 'deepseek:R1', 1],
    ['DeepSeek keeps a low profile.\n\nA year ago it released R1 and the price of reasoning fell.', 'deepseek:R1', 1],
    // A form code released with no DeepSeek on the page stays a code.
    ['The tax office released R1 yesterday; file it before May.', 'deepseek:R1', 0],
  ]);
});

describe('detect (a lower-case company name that acts: "anthropic said", "anthropic still ships")', () => {
  itFindsCounts([
    ['kk_88: claude code leaked and anthropic still ships faster than anyone, fight me', 'anthropic:anthropic', 1],
    ['he said it was "the chatbot that anthropic said copied claude" and I had no idea what he meant.', 'anthropic:anthropic', 1],
    // The adjective stays the adjective.
    ['The module contrasts natural hazards with anthropic hazards such as dam failures; anthropic noise also matters.', 'anthropic:anthropic', 0],
  ]);
});

describe('detect ("the source map" on a page about the leak)', () => {
  itFindsCounts([
    ['Anthropic said the leak was a packaging error.\n\nComments\n\nmo_dev: nothing was decrypted. The source map literally contains the original files.', 'leak:source map', 1],
    // A page that never tells the story: the source map is anyone's.
    ['Build tips\n\nThe source map lets the debugger show your TypeScript instead of the bundle.', 'leak:source map', 0],
  ]);
});

describe('detect (那次的 source map on a page about the leak)', () => {
  itFindsCounts([
    ['Claude Code 的源码泄露以后，面试官问：\n\n讲一下那次的 source map 是怎么把源码带出去的', 'leak:source map', 1],
  ]);
});
