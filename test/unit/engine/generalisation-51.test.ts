import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Thirty-first session: probes written from scratch in our own words, none taken from a set. */

describe('detect (kinds of leak listed side by side: "Three kinds of leak", 两种“泄露”)', () => {
  itFindsCounts([
    ['Three kinds of leak this month: a burst pipe, a lost laptop, and the Claude Code source map on npm.', 'leak:leak', 0],
    ['周报：两种“泄露”。一是机房空调漏水，二是 Claude Code 源码泄露。', 'leak:泄露', 0],
    ['周报：两种“泄露”。一是机房空调漏水，二是 Claude Code 源码泄露。', 'leak:源码泄露', 1],
    // "Another kind of" leak points at the story itself.
    ['上周是甲烷泄漏的新闻，这周是另一种泄露：Claude Code 的源码随 npm 包流出。', 'leak:泄露', 1],
  ]);
});

describe('detect (a physical leak named by its part: a mask leak, a CSF leak, a toner leak, 泄漏点, a leak sensor)', () => {
  itFindsCounts([
    ['Claude Code leaked last week, my son says. Anyway, my CPAP app shows a mask leak of 30 L/min.', 'leak:leak', 0],
    ['Claude Code leaked last week, my son says. My sister finally got her spinal CSF leak patched.', 'leak:leak', 0],
    ['Claude Code leaked on Tuesday. Office notes: printer 3 has a toner leak, please use printer 4.', 'leak:leak', 0],
    ['Claude Code 源码泄露了。另：车间二号线的泄漏点已补焊，手套箱检漏合格。', 'leak:泄漏', 0],
    ['Claude Code leaked on npm. I only use it to write my leak sensor automations, so I am not worried.', 'leak:leak', 0],
  ]);
});

describe('detect (other things leaked: proofs of a novel, pictures of a car; the joke "the only leak I …")', () => {
  itFindsCounts([
    ['After the Claude Code leak, the leaked proofs of our spring novel were on a forum by noon.', 'leak:leaked', 0],
    ['After the Claude Code leak, the leaked proofs of our spring novel were on a forum by noon.', 'leak:leak', 1],
    ['出版社称《夜航》书稿泄露系内部转发，与此前 Claude Code 源码泄露不同。', 'leak:泄露', 0],
    ['出版社称《夜航》书稿泄露系内部转发，与此前 Claude Code 源码泄露不同。', 'leak:源码泄露', 1],
    ['Anthropic leaked its CLI, sure. The only leak I care about is the one under my sink.', 'leak:leak', 0],
  ]);
});

describe('detect (minimax in process control; a nested album title 《〈月之暗面〉五十年》; 星野 as a shop or a person)', () => {
  itFindsCounts([
    ['MiniMax was named by Anthropic. Forum: Minimax vs MPC for a distillation column controller?', 'minimax:Minimax', 0],
    ['书讯：《〈月之暗面〉五十年》讲平克·弗洛伊德的专辑；序言顺带提到同名的 AI 公司月之暗面。', 'moonshot-ai:月之暗面', 1],
    ['店铺日记：星野房产这周试了 Kimi 和海螺AI，写房源文案都还行。', 'minimax:星野', 0],
    ['呼吸机群：呼吸治疗师小星野说看看 APP 里的漏气数据，别只盯着 AI 推荐的水。', 'minimax:星野', 0],
    ['MiniMax 的星野 App 上线了新的角色聊天功能。', 'minimax:星野', 1],
  ]);
});

describe('detect (fake accounts for insurance fraud; export limits on medicines; national security for books, stockpiles and cars)', () => {
  itFindsCounts([
    ['Anthropic 指控三家公司蒸馏 Claude。另：本季度发现有人用虚假账户批量报案骗保。', 'distillation:虚假账户', 0],
    ['Anthropic 指控三家公司用虚假账户蒸馏 Claude。', 'distillation:虚假账户', 1],
    ['Anthropic 的阿莫迪支持芯片管制。另一回事：一些国家对抗生素、退烧药实施出口限制。', 'policy:出口限制', 0],
    ['Anthropic cut off Chinese-owned firms. Elsewhere, a health ministry cites national security to justify a medicine stockpile.', 'policy:national security', 0],
    ['Anthropic 禁止中资控股企业使用 Claude。书评：禁书令往往以“国家安全”为名。', 'policy:国家安全', 0],
    ['Anthropic 以国家安全为由，禁止中资控股超过50%的企业使用 Claude。', 'policy:国家安全', 1],
    ['Anthropic 的新规针对中资企业。另一件事：美国商务部以国家安全为由，限制网联汽车使用中国软件。', 'policy:国家安全', 0],
  ]);
});

describe('detect (distilling rainwater on a page that names the accusation)', () => {
  itFindsCounts([
    ['He says Anthropic accused DeepSeek of distilling Claude. I told him the only thing I distil is rainwater.', 'distillation:distil', 0],
    ['He says Anthropic accused DeepSeek of distilling Claude. I told him the only thing I distil is rainwater.', 'distillation:distilling', 1],
  ]);
});

describe('detect (a lookbook or a pay sheet leaked beside the story; 薪资表泄露)', () => {
  itFindsCounts([
    ['Fashion brief: the autumn lookbook leaked on Telegram before the show. Also, Anthropic shipped Claude Code with a source map.', 'leak:leaked', 0],
    ['V2EX：大厂薪资表泄露 vs Claude Code 源码泄露，哪个更离谱？', 'leak:泄露', 0],
    ['V2EX：大厂薪资表泄露 vs Claude Code 源码泄露，哪个更离谱？', 'leak:源码泄露', 1],
    ['Forum: are these leaked pay bands real? Unrelated, but the Claude Code leak was a packaging error.', 'leak:leaked', 0],
  ]);
});

describe('detect (a monk called 克劳德修士, a model credited 模特：Kimi, a streetwear label called MOONSHOT)', () => {
  itFindsCounts([
    ['带领我们的是克劳德修士。我前一晚用 Claude 翻译了讲稿，克劳德修士听说后大笑。', 'anthropic:克劳德', 0],
    ['拍摄手记\n模特：Kimi（杭州本地模特）\n文案：月之暗面的 Kimi 出初稿，我再改。', 'moonshot-ai:Kimi', 1],
    ['Brand spotlight: MOONSHOT, a Chengdu streetwear label. Not to be confused with Moonshot AI, maker of Kimi.', 'moonshot-ai:MOONSHOT', 0],
  ]);
});

describe('detect (distilling flower water and medicine in the old way; the national security doctrine 总体国家安全观)', () => {
  itFindsCounts([
    ['他问 Anthropic 指控三家公司蒸馏 Claude 的事。我说，古时候制花露、炼药，都要蒸馏。', 'distillation:蒸馏', 1],
    ['讲师解读总体国家安全观。在科技部分，他提到 Anthropic 限制中资企业使用 Claude。', 'policy:国家安全', 0],
  ]);
});

describe('detect (export-control boilerplate in a job ad; a school\'s block list)', () => {
  itFindsCounts([
    ['Anthropic tied the distillation issue to chip export controls. This role involves technology subject to U.S. export control regulations (EAR).', 'policy:export control', 0],
    ['DeepSeek was blocked on student laptops, and Kimi from Moonshot AI has now been added to the block list.', 'policy:block', 0],
  ]);
});

describe('detect (a cashtag in Chinese text with no space before the $: 在$CLAUDE部署后)', () => {
  itFindsCounts([
    ['链上观察：最早的买入地址在$CLAUDE部署后40秒就进场了。这些代币都与 Anthropic 无关。', 'anthropic:CLAUDE', 0],
    ['链上观察：最早的买入地址在$CLAUDE部署后40秒就进场了。这些代币都与 Anthropic 无关。', 'anthropic:Anthropic', 1],
  ]);
});

describe('detect (a seed phrase or private key leaked; a white paper distilled into three sentences)', () => {
  itFindsCounts([
    // Only the title's 泄露 is the story's.
    ['警惕“Claude Code 泄露源码”钓鱼仓库：已有用户反馈助记词泄露、私钥泄露后资产被转空。', 'leak:泄露', 1],
    ['老韭菜感悟：白皮书先把它蒸馏成三句话。最近 AI 圈吵的蒸馏，是 Anthropic 指控 DeepSeek 的事。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (the people next door: "Claude\'s wife", "Claude from next door", "Lunch with Kimi"; 克劳德 cos)', () => {
  itFindsCounts([
    ['He asked whether Claude Code had leaked. Claude\'s wife, Odile, sent us home with rhubarb.', 'anthropic:Claude', 0],
    ['Claude from next door asked me about the AI from Anthropic that shares his name.', 'anthropic:Claude', 0],
    ['Tuesday: lunch with Kimi. She uses the Kimi app from Moonshot AI for her Mandarin homework.', 'moonshot-ai:Kimi', 1],
    ['弹幕：今天是克劳德 cos 吗？主播：对！图纸比例是我让 Claude 帮忙算的。', 'anthropic:克劳德', 0],
  ]);
});

describe('detect (a team roster leaked; the "real" distillation of lavender)', () => {
  itFindsCounts([
    ['Discord: the roster leak is real btw. Theirs was a source map in the Claude Code npm package lol', 'leak:leak', 0],
    ['表弟说 Anthropic 指控三家公司蒸馏 Claude。我送他一瓶薰衣草油，让他闻闻真正的蒸馏是什么味道。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (export controls on munitions and machine tools beside the chip controls)', () => {
  itFindsCounts([
    ['Anthropic says Chinese labs distilled Claude. We already have export controls on munitions and machine tools.', 'policy:export controls', 0],
    ['Anthropic\'s chief executive wants tighter export controls on AI chips to China.', 'policy:export controls', 1],
  ]);
});

describe('detect (a forum\'s age and sex after a name: "my fiancée Kimi (32F)"; 闺蜜Kimi; 我是Kimi（真名…）)', () => {
  itFindsCounts([
    ['AITA for using an AI chatbot for my vows? My fiancée Kimi (32F) found the drafts in my chatbot history.', 'moonshot-ai:Kimi', 0],
    ['Update: Kimi (29F) and I talked. I still use Kimi, the Moonshot AI chatbot, for work emails.', 'moonshot-ai:Kimi', 1],
    ['我闺蜜Kimi最近在用一个AI聊天软件练习相亲话术。', 'moonshot-ai:Kimi', 0],
    ['翻译组群聊\nKimi 19:32  我来吧～我是Kimi（真名木下希美），不是那个AI哈哈\n阿东 19:33  我还以为是月之暗面的Kimi', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a vows draft "a distilled average"; a sign-up sheet or a spreadsheet leaked; the FCC citing national security)', () => {
  itFindsCounts([
    ['Anthropic accused DeepSeek of distilling Claude. My brother said my vows read like a distilled average of Pinterest boards.', 'distillation:distilled', 0],
    ['有志愿者问，本会3月的报名表泄露是否与网传的 Claude 源码泄露有关。答：毫无关联。', 'leak:泄露', 0],
    ['Unrelated to the Claude Code leak: has the leaked spreadsheet been deleted? Yes, by all 41 recipients.', 'leak:leaked', 0],
    ['Anthropic barred Chinese-owned firms the same week. Separately, the FCC again cited national security to tighten rules on test labs.', 'policy:national security', 0],
  ]);
});

describe('detect (a brand of charging cabinets called MiniMax in a shop\'s list)', () => {
  itFindsCounts([
    ['Phone repair shop. Brands we stock: Anker, Belkin, MiniMax (fire-safe charging cabinets). We also set up AI assistants like Claude.', 'minimax:MiniMax', 0],
  ]);
});

describe('detect ("my kind of distillation"; a rose still on a low flame 小火; a distilling master 蒸馏师傅)', () => {
  itFindsCounts([
    ['Anthropic says three labs distilled Claude through fraudulent accounts. My kind of distillation involves rose petals and patience.', 'distillation:distillation', 0],
    ['Anthropic says three labs distilled Claude through fraudulent accounts. My kind of distillation involves rose petals and patience.', 'distillation:distilled', 1],
    ['纪实频道：10:00《匠心》：茅台镇的蒸馏师傅。22:00《科技深一度》：Anthropic 称 MiniMax 用于蒸馏 Claude。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (a tube leaking at its stopper, a comeback teaser or an archive leaked, anime locked by region, CoCom export controls)', () => {
  itFindsCounts([
    ['Science fair: the first tube leaked at the rubber stopper. My brother says Anthropic had a leak too, of Claude Code.', 'leak:leaked', 0],
    ['评论：上次回归预告是印刷厂泄露的，Anthropic 那次是自己在 npm 包里塞了 source map。', 'leak:泄露', 0],
    ['剧集：方宁发现档案泄露的源头竟是自己的上司。科技前哨：Claude Code 源码泄露之后。', 'leak:泄露', 0],
    ['在日本看番 vs 在国内看番：地区限制踩坑合集。另：Anthropic 的 Claude 在国内也用不了。', 'policy:地区限制', 0],
    ['冷战时期，巴统对华实行出口管制。如今 Anthropic 的阿莫迪呼吁收紧 AI 芯片出口管制。', 'policy:出口管制', 1],
  ]);
});

describe('detect (a radio host credited 主持：Claude 周)', () => {
  itFindsCounts([
    ['《午间科技汇》周一至周五 12:00　主持：Claude 周\n今天聊聊 Claude Code 泄露一周后的余波，Anthropic 改了什么？', 'anthropic:Claude', 0],
    ['《午间科技汇》周一至周五 12:00　主持：Claude 周\n今天聊聊 Claude Code 泄露一周后的余波，Anthropic 改了什么？', 'anthropic:Claude Code', 1],
  ]);
});

describe('detect (a word list\'s headword with its pronunciation: "LEAK /liːk/"; a term sheet leaked; 小区禁止)', () => {
  itFindsCounts([
    ['Word of the Day: LEAK /liːk/ verb · noun. In the news: Anthropic accidentally leaked the source of Claude Code.', 'leak:LEAK', 0],
    ['Word of the Day: LEAK /liːk/ verb · noun. In the news: Anthropic accidentally leaked the source of Claude Code.', 'leak:leaked', 1],
    ['Vocabulary: distill [dɪsˋtɪl] 蒸餾. Anthropic says DeepSeek used fraudulent accounts to distill Claude.', 'distillation:distill', 1],
    ['A leaked term sheet puts a number on the Claude clause: investors want Chinese shareholders below 40% to keep Claude Code access.', 'leak:leaked', 0],
    ['读者来信统计：Anthropic 限制中资企业 18 封；小区禁止电动车上楼 13 封。', 'policy:禁止', 0],
  ]);
});
