import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 19, after the thirty-second blind set (the story eight months on: year-in-review pages, timelines, quizzes,
 * reading lists, corrections). Every text here is new (none from an evaluation set).
 */

describe('detect (other people with the name, and the name as a common noun)', () => {
  itFindsCounts([
    // Another given name before the name: that person, and the same name again in the block is that person too.
    ['书单：《诗选》，何塞·达里奥 著。读达里奥的诗要慢。\n\n另一本：达里奥·阿莫迪的长文。', 'dario-amodei:达里奥', 0],
    ['At the hearing, Rep. Mark Amodei asked about chips. Amodei wants a vote soon. Dario Amodei was not called.', 'dario-amodei:Amodei', 0],
    ['Dario Amodei spoke at Davos. Asked about chips, Amodei repeated his warning.', 'dario-amodei:Amodei', 1],
    // A possessive or a measure word before the name makes it the common noun.
    ['写给你的年终信：每个人心里都有自己的月之暗面，不必急着泄露给别人。', 'moonshot-ai:月之暗面', 0],
    ['写给你的年终信：每个人心里都有自己的月之暗面，不必急着泄露给别人。', 'leak:泄露', 0],
    ['估值四十亿美元的月之暗面今天发布了新模型。', 'moonshot-ai:月之暗面', 1],
    ['Our Moonshot for 2027: a cure. Moonshot AI released Kimi K2 in July.', 'moonshot-ai:Moonshot', 0],
  ]);
});

describe('detect (hyphenated phrases and an incident)', () => {
  itFindsCounts([
    ['Anthropic barred Chinese-owned firms; its export-control stance drew praise in Washington.', 'policy:export-control', 1],
    ['Anthropic publishes a supported-regions list, and China is not on it.', 'policy:supported-regions', 1],
    ['书评：作者把 2025 年那次 source map 事故和三月 Anthropic 的事放在一起讲。', 'leak:source map', 1],
    ['Our front-end guide explains what a source map is and how browsers load it.', 'leak:source map', 0],
  ]);
});

describe('detect (search results, listings and job boards)', () => {
  itFindsCounts([
    // A search result's address breadcrumb is plumbing, like a URL.
    ['Anthropic named DeepSeek.\n\nwww.example-news.com › ai › why-distillation-matters\nWhy distillation matters', 'distillation:distillation', 1],
    // A name followed by the venue it names is a bar or a restaurant.
    ['Moonshot AI released Kimi K2.\n\nNearby: Kimi Ramen House, Moonshot Bar & Grill', 'moonshot-ai:Kimi', 0],
    ['Moonshot AI released Kimi K2.\n\nNearby: Kimi Ramen House, Moonshot Bar & Grill', 'moonshot-ai:Moonshot', 0],
    ['上海探店：月之暗面 清吧，招牌是烟熏鸡尾酒。另：月之暗面发布了 Kimi 新版本。', 'moonshot-ai:月之暗面', 1],
    // A word looked up for its meaning or sound, and Japanese きみ, are not the product.
    ['问：kimi 是什么意思？答：芬兰人名，也是日语きみ的罗马字。月之暗面的 Kimi 是另一回事。', 'moonshot-ai:kimi', 0],
    ['moonshot - 英汉词典：n. 登月发射。另见 Moonshot AI 与 Anthropic 的新闻。', 'moonshot-ai:moonshot', 0],
    // Leak prevention products and plumbing leaks; compliance jobs.
    ['招聘：数据防泄漏（DLP）工程师。另：Anthropic 的 Claude Code 源码泄露。', 'leak:泄漏', 0],
    ['Anthropic shipped a source map. Unrelated: slab leaks and pinhole leaks, explained by a plumber.', 'leak:leaks', 0],
    ['Anthropic 披露蒸馏攻击。另有职位：出口管制合规专员（半导体）。', 'policy:出口管制', 0],
  ]);
});

describe('detect (someone else’s leak, a person called Kimi)', () => {
  itFindsCounts([
    // 某 (a certain, unnamed) company's leak is another party's.
    ['Claude Code 源码泄露后，Anthropic 发了 DMCA。\n\n另讯：某城商行 App 代码疑似泄露，银行已报警。', 'leak:泄露', 0],
    ['开幕式彩排画面提前泄露，登上热搜。\n\n三月，Claude Code 2.1.88 的源码泄露。', 'leak:泄露', 0],
    // A name introduced as someone's is that person in its block, unless the text turns to the other Kimi.
    ['我们组来了个交换生，名字就叫 Kimi，大家喊「Kimi 帮个忙」。另一个 Kimi 是月之暗面的聊天机器人。', 'moonshot-ai:Kimi', 1],
    ['Claude Code 源码泄露一周后。\n\n某 3A 游戏测试版源码泄露，开发商称将追责', 'leak:源码泄露', 1],
  ]);
});

describe('detect (a post under its author line)', () => {
  itFindsCounts([
    // The author's line ("Name @handle") says nothing about how the post below it is written.
    ['Mei L. @meilin.example\nreading anthropic’s post on distillation attacks. 24k fraudulent accounts, wild', 'anthropic:anthropic', 1],
    ['Harper @harper.example\ndoes kimi even need this? deepseek seemed fine on its own', 'moonshot-ai:kimi', 1],
    ['u/lurker_42\nkimi ran my refactor overnight, deepseek was slower', 'moonshot-ai:kimi', 1],
    // A name in the author line itself is judged with that line, and the post under it on its own.
    ['Claude Fanclub @claudefans.example\nreading anthropic’s post on distillation attacks. 24k fraudulent accounts, wild', 'anthropic:anthropic', 1],
    // In cased prose a lower-case name is still the common word.
    ['The Anthropic Principle, Revisited\nA lecture on anthropic reasoning in cosmology and the fine-tuning of constants.', 'anthropic:anthropic', 0],
  ]);
});

describe('detect (workplace pages)', () => {
  itFindsCounts([
    // A chat export's "Name  9:18 AM" line is the author's, not part of a cased message.
    ['Dana Reyes  9:18 AM\nok so anthropic says no customer data was in the leak. deepseek and moonshot are quiet', 'anthropic:anthropic', 1],
    ['Dana Reyes  9:18 AM\nok so anthropic says no customer data was in the leak. deepseek and moonshot are quiet', 'moonshot-ai:moonshot', 1],
    // Deep Seek, spaced, names the lab only with AI around it.
    ['Procurement: two Deep Seek 4000 underwater drones for the survey vessel.', 'deepseek:Deep Seek', 0],
    ['Analysts compared Deep Seek, as some outlets spell DeepSeek, with other Chinese AI labs.', 'deepseek:Deep Seek', 1],
    // The Kimi API is Moonshot's; a project codenamed Moonshot is not.
    ['Finance wants to trial the Kimi API from Moonshot AI for summaries.', 'moonshot-ai:Kimi', 1],
    ['Status: Project Moonshot (our data-centre move) slips a week; the LLM pilot is unaffected.', 'moonshot-ai:Moonshot', 0],
    // A plant's distillation column; a definition of source maps in general.
    ['Plant news: the distillation column is back online. Elsewhere, DeepSeek was accused by Anthropic.', 'distillation:distillation', 0],
    ['Claude Code 2.1.88 shipped a 59.8 MB file. A source map is a plain-text file that maps bundled code back to its source.', 'leak:source map', 0],
  ]);
});

describe('detect (phrases with a pronoun inside, and figurative distilling)', () => {
  itFindsCounts([
    ['服务台模板：Claude 提示「不支持您所在的地区」时，说明 Anthropic 不向该地区提供服务。', 'policy:不支持您所在的地区', 1],
    ['Anthropic says the labs used fake accounts on Claude to distill it into their own models.', 'distillation:distill', 1],
    ['Anthropic’s DeepSeek report is long. To distil it: the labs deny everything.', 'distillation:distil', 0],
    ['Anthropic named DeepSeek; I will distill it into three bullet points for the board.', 'distillation:distill', 0],
  ]);
});

describe('detect (name collisions next to AI)', () => {
  itFindsCounts([
    // Another firm called Moonshot, another brand's V3 or R1.
    ['Moonshot AI shipped Kimi K2. Separately, Moonshot Ventures raised a fund for LLM start-ups.', 'moonshot-ai:Moonshot', 0],
    ['DeepSeek V3 is cheap to run; the render has the look of Midjourney V3.', 'deepseek:V3', 0],
    ['Why R1 still matters: DeepSeek’s reasoning model changed pricing.', 'deepseek:R1', 1],
    ['宇树 R1 机器人接入了 DeepSeek-R1 做语音问答。', 'deepseek:R1', 0],
    // A colleague called Claude is on leave; the product is used meanwhile.
    ['Claude is on leave this week, so I asked Claude Code to draft the memo.', 'anthropic:Claude', 0],
    ['周报：Claude 下周休假；团队在试用 Claude Code。', 'anthropic:Claude', 0],
    // A walkie-talkie app, rose hydrosol, another AI firm's chat logs.
    ['MiniMax 出了新模型。另一款 Talkie 对讲 App 更新了降噪。', 'minimax:Talkie', 0],
    ['DeepSeek 被 Anthropic 点名。周末我在家做玫瑰纯露蒸馏。', 'distillation:蒸馏', 0],
    ['Anthropic 的 Claude Code 源码泄露之外，另一家 AI 公司约 40 万条聊天记录泄露。', 'leak:泄露', 0],
    // Cantonese: 唔畀用 is a restriction, 话系因为 gives the reason.
    ['Anthropic 中資控股超過一半都唔畀用 Claude，話係因為國家安全。', 'policy:國家安全', 1],
  ]);
});

describe('detect (official and legal records)', () => {
  itFindsCounts([
    // An incident named right after the source map is the leak; one mentioned before it is not its name.
    ['PTT 心得：這次 Claude Code 的 source map 事件真的很扯。', 'leak:source map', 1],
    ['该事件提醒我们：source map 是调试文件。三月 Anthropic 的 Claude Code 出了事。', 'leak:source map', 0],
    // China's own export-control law, and the rhetoric of abusing export controls.
    ['问：我国对 AI 技术出口有无管制？答：有，依据《中华人民共和国出口管制法》。另，Anthropic 指控 DeepSeek 蒸馏。', 'policy:出口管制', 0],
    ['发言人：美方滥用出口管制，打压中国企业。记者问及 Anthropic 对 DeepSeek 的蒸馏指控。', 'policy:出口管制', 0],
    // A refrigerant leak, a budget leak, a hypothetical leak.
    ['會議紀要：委員察悉冷氣系統雪種洩漏事件。另議：Claude Code 原始碼外洩後的 DMCA 通知。', 'leak:洩漏', 0],
    ['Chair: we have had the Budget leak, and leaks from every minister. Witness: Anthropic’s Claude Code is another matter.', 'leak:leak', 0],
    // A distillery's company name; a trading firm called Moonshot.
    ['KIMI HALONEN v. NORTHWIND DISTILLING CO. — appeal from the circuit court; Anthropic is not a party.', 'distillation:DISTILLING', 0],
    ['法院公告：MOONSHOT TRADING LIMITED 与宁波某公司买卖合同纠纷。月之暗面与此无关。', 'moonshot-ai:MOONSHOT', 0],
    ['智库报告：美国 AI 企业对华访问限制从“地区屏蔽”发展到股权穿透，Anthropic 是一例。', 'policy:地区屏蔽', 1],
  ]);
});

describe('detect (people in lists of names)', () => {
  itFindsCounts([
    // Chinese text with Latin names in it is not a title-case headline: a surname after Kimi still makes a person.
    ['北欧人工智能大会　演讲嘉宾\n\nKimi Lindqvist｜赫尔辛基大学｜小样本学习\nDario Conti｜米兰理工大学｜多模态', 'moonshot-ai:Kimi', 0],
    // In a title-case list, a name entry ("First Last —", "First Last (…)") is a person.
    ['Speakers\n\nKimi Laaksonen — Head of AI, Finnish Broadcasting Company. Talk: "Newsroom LLMs."', 'moonshot-ai:Kimi', 0],
    ['Kimi K2 — Review Of Moonshot AI’s Open Model', 'moonshot-ai:Kimi K2', 1],
  ]);
});

describe('detect (reviews and listings)', () => {
  itFindsCounts([
    // Chez Claude is a bistro, Kimi herself a restaurateur, Moonshot Spirits a distillery.
    ['Chez Claude, Lyon — 16/20. Booking by phone only, a rule Claude will not change. Elsewhere Anthropic shipped Claude 5.', 'anthropic:Claude', 0],
    ['Kimi’s Korean Kitchen: the stew is fierce and Kimi herself runs the pass. Moonshot AI’s Kimi K2 is unrelated.', 'moonshot-ai:Kimi', 0],
    ['Speyside visits: Moonshot Spirits 7/10. Unrelated: Moonshot AI shipped Kimi K2.', 'moonshot-ai:Moonshot', 0],
    ['店名 Kimi 是老板太太的名字。另：月之暗面的 Kimi 智能助手也能订座。', 'moonshot-ai:Kimi', 1],
    ['扫地机器人横评：石头 R1 是今年新系列，和 DeepSeek-R1 没关系。', 'deepseek:R1', 0],
    ['蒸馏水机评测：蒸馏出的水口感纯净。评论：还以为又是 Anthropic 指控谁蒸馏了。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (learning and teaching pages)', () => {
  itFindsCounts([
    ['Newsletter: lesson idea on the Claude Code leak. Shopping list: leak-proof lunchboxes.', 'leak:leak', 1],
    ['Anthropic named DeepSeek. Also in this issue: a distillation of this year’s research on reading.', 'distillation:distillation', 0],
    ['Anthropic named DeepSeek, and commenters dispute whether model distillation of this kind is legal.', 'distillation:distillation', 1],
    ['Vocabulary: leak (n.) — information that gets out. Reading: the Claude Code leak in March.', 'leak:leak', 1],
    ['Claude Haiku 4.5 is cheap. Forum: in JAX, Haiku and Sonnet are neural network libraries from DeepMind.', 'anthropic:Haiku', 0],
    ['数学建模：MiniMax 选址问题的求解。另：稀宇科技的 MiniMax 发布了新模型。', 'minimax:MiniMax', 1],
    ['时政：有人在群里转发“泄露的真题”。Claude Code 源码泄露是另一回事。', 'leak:泄露', 0],
    ['化学课：我们做自来水的蒸馏。新闻：Anthropic 指控中国实验室。', 'distillation:蒸馏', 0],
    ['DSE 公民科：Anthropic 不向持股逾半的中資企業提供服務。', 'policy:持股逾半', 1],
  ]);
});

describe('detect (English forums and newsletters)', () => {
  itFindsCounts([
    ['Also this week: Japan’s Moonshot Research and Development Program funds AI robots. Separately, Moonshot AI shipped Kimi.', 'moonshot-ai:Moonshot', 0],
    ['Anthropic’s leak was the story of March. At home, the kettle has developed a leak.', 'leak:leak', 1],
    ['Fishing electronics: Deep Seek mode on the new sonar sweeps below 300 ft. Unrelated: DeepSeek released V4.', 'deepseek:Deep Seek', 0],
    ['F1: the car had a hydraulic leak in FP2. Moonshot AI sponsors the team.', 'leak:leak', 0],
  ]);
});

describe('detect (a company named properly, then casually)', () => {
  itFindsCounts([
    ['Moonshot AI released Kimi K2 and Anthropic named it in the distillation report.\n\nReply: Honestly kimi was the best coder in my tests, deepseek was cheaper.', 'moonshot-ai:kimi', 1],
    // Without the proper name first, a lower-case word in cased prose stays the common word.
    ['The lecture covers alpha-beta pruning. By the end, minimax was the method everyone liked.', 'minimax:minimax', 0],
  ]);
});
