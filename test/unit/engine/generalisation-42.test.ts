import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 172 and after (sixteenth session), from the sets written this session. The cases are written here in our own
 * words; none is taken from a set.
 */

describe('detect (a naming verb after "who": "someone who is actually called Claude")', () => {
  itFindsCounts([
    ['Anthropic had a rough week. Speaking as someone who is actually called Claude, the jokes got old fast.', 'anthropic:Claude', 0],
    ['Claude Code leaked again in the news. My flatmate, a guy who\'s called Kimi, keeps getting tagged.', 'moonshot-ai:Kimi', 0],
    // The product still counts when nobody is named.
    ['Anthropic says Claude now writes longer answers.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (export controls on a story page need a US, chip or AI word by them)', () => {
  itFindsCounts([
    // A glossary heading, a tag line and another country's controls on minerals are not Amodei's chip controls.
    ['Anthropic accused three Chinese labs in February.\n\nGlossary\n\nExport controls\n\nLaws that decide which goods may leave a country.', 'policy:Export controls', 0],
    ['Anthropic restricted Chinese-owned firms in 2025.\n\nTags: contracts, export controls, platform rules', 'policy:export controls', 0],
    ['Anthropic accused three Chinese labs of distillation.\n\n另一边，我国对镓、锗实施出口管制已满一年。', 'policy:出口管制', 0],
    // The chip controls the company argues for, told on the same page, still count.
    ['Anthropic accused three Chinese labs of distillation.\n\nMeanwhile Washington is weighing tighter export controls.', 'policy:export controls', 1],
    ['Anthropic 指控三家中国实验室蒸馏 Claude。\n\n评论：出口管制越严，国产算力越有机会。', 'policy:出口管制', 1],
  ]);
});

describe('detect (a US company as the actor of a restriction on Chinese-owned firms)', () => {
  itFindsCounts([
    ['Anthropic ships Claude to most countries.\n\nComment: an American company has decided to bar Chinese-owned businesses outright, and nobody here blinked.', 'policy:bar', 1],
    ['Claude 在国内本来就用不了。\n\n网友：美国公司禁止中资控股企业用他们的模型，那就换国产的。', 'policy:禁止', 1],
    // A government's ban of Chinese-owned apps is not the firm's rule.
    ['The government will ban Chinese-owned apps on official phones next year.', 'policy:ban', 0],
  ]);
});

describe('detect (the March leak, on a page about something else that names Claude Code)', () => {
  itFindsCounts([
    [
      'Claude Code eats memory in long sessions. The process reaches 8 GB after a few hours.\n\nSteps: open a big repo, run a long refactor, watch the memory climb.\n\nreply from sam_k\nStill better than the March leak.',
      'leak:leak',
      1,
    ],
    // Without the story's product on the page, a March leak is anyone's.
    ['The pipe in the basement burst in March. The March leak cost us a carpet.', 'leak:leak', 0],
  ]);
});

describe('detect (a sonnet, its haiku, a correct minimax: the common nouns)', () => {
  itFindsCounts([
    ['Poetry benchmark. Claude Opus 4.5: the best sonnet of the round. Kimi K2: a perfectly fine haiku.', 'anthropic:sonnet', 0],
    ['Poetry benchmark. Claude Opus 4.5: the best sonnet of the round. Kimi K2: a perfectly fine haiku.', 'anthropic:haiku', 0],
    ['Coding test: DeepSeek V3.2 wrote a correct minimax for the board game but forgot move ordering.', 'minimax:minimax', 0],
    ['对深度为 4 的 minimax 玩家，Kimi K2 的胜率最高。', 'minimax:minimax', 0],
    ['Can I run DeepSeek R1 distills on a 16 GB M2 Air? The small ones, yes.', 'minimax:M2', 0],
    // The casual short name of the model is still the model.
    ['switched the agent from opus to sonnet 4.5 and Claude Code got faster', 'anthropic:sonnet 4.5', 1],
  ]);
});

describe('detect (leaked into training data, a leaked score sheet: contamination, not the story)', () => {
  itFindsCounts([
    ['Claude Code and DeepSeek V3.2 top our private benchmark. None of its tasks can have leaked into anyone\'s training data.', 'leak:leaked', 0],
    ['DeepSeek V4 跑分截图泄露，靠谱吗？截图里的分数对不上题目数量。', 'leak:泄露', 0],
    ['Kimi K2 leads the March board. To stop 题目泄露, a third of the tasks were replaced.', 'leak:泄露', 0],
    // What the leak did not contain is still the leak.
    ['The Claude Code leak contained no model weights and no training data.', 'leak:leak', 1],
  ]);
});

describe('detect (Kimi used, said after the name: "Kimi 用着挺顺手", "Kimi is still the best free one")', () => {
  itFindsCounts([
    ['Anthropic 说三家公司蒸馏了 Claude。\n\n网友：Kimi 用着挺顺手，我才不管它怎么训练出来的。', 'moonshot-ai:Kimi', 1],
    ['Anthropic accused DeepSeek and Moonshot of distillation.\n\nKimi is still the best free one for long PDFs, fight me.', 'moonshot-ai:Kimi', 1],
    // The driver is not used as a tool.
    ['Formula 1 race report: Kimi kept the lead on the final lap.', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (the ownership rule in a thread: "It\'s 50%, direct or indirect", "in terms of national security")', () => {
  itFindsCounts([
    ['Anthropic stops selling Claude to Chinese-owned firms.\n\nComments\n\nlee_w\nIt\'s 50%, direct or indirect. Our Singapore unit is 60% held from Shenzhen.', 'policy:50%', 1],
    ['Anthropic stopped serving firms more than 50% owned from China. It framed the change in terms of national security.', 'policy:national security', 1],
    ['Updating restrictions of sales to unsupported regions (anthropic.com)\n\n480 points, 312 comments', 'policy:unsupported regions', 1],
  ]);
});

describe('detect (leaked numbers and a stake change are finance, not the story)', () => {
  itFindsCounts([
    ['Claude Code dominated the tech pages. Elsewhere, a retailer\'s quarterly sales leaked to a newspaper before the release.', 'leak:leaked', 0],
    ['Anthropic 的源码事件还在发酵。另一边，某零售商半年报疑似提前泄露，公司已申请停牌。', 'leak:泄露', 0],
    ['Anthropic refuses Chinese-owned customers. Separately, a mainland group lifted its stake to 51%, and the port is now a majority-owned subsidiary that will be consolidated.', 'policy:majority-owned', 0],
    // The leak of the story beside them still counts.
    ['Shares moved on the leaked numbers. The Claude Code leak, by contrast, moved nothing.', 'leak:leak', 1],
  ]);
});

describe('detect (other 50% rules and bans on government devices)', () => {
  itFindsCounts([
    ['Anthropic bars firms over 50% owned from China. OFAC applies its own 50 Percent Rule to blocked persons.', 'policy:50 Percent', 0],
    ['Anthropic bars firms over 50% owned from China, and it cites national security for the rule. OFAC applies its own 50 Percent Rule to blocked persons.', 'policy:50%', 1],
    ['Anthropic cut off Chinese-owned firms. Separately, several states moved to ban the DeepSeek app on government devices.', 'policy:ban', 0],
    ['Anthropic 限制中资企业使用 Claude。另外，多个州禁止在政府设备上使用 DeepSeek。', 'policy:禁止', 0],
  ]);
});

describe('detect (a bare model number with an AI word by it, on a page about the labs)', () => {
  itFindsCounts([
    [
      'Benchmark: Claude Opus 4.5 first, DeepSeek V3.2 second, MiniMax M2 third.\n\nNotes\n\nIn agent loops M2 has been the best value for the model bill.',
      'minimax:M2',
      1,
    ],
    ['评测：Claude Opus、DeepSeek V3.2 和 Kimi K2 都测了。\n\n几点观察\n\n我们的推理服务里，R1 的模型输出最长。', 'deepseek:R1', 1],
    // On a page that is not about the labs, or with no AI word by it, the number is something else.
    ['Trip notes: DeepSeek and Kimi planned the route.\n\nWe reached K2 after nine days of walking.', 'moonshot-ai:K2', 0],
    ['DeepSeek and Kimi both answered. My M3 laptop runs the small models at 30 tokens per second.', 'minimax:M3', 0],
  ]);
});

describe('detect (a source map shipped with the package, on a page about the leak)', () => {
  itFindsCounts([
    ['Anthropic published Claude Code 2.1.88 to npm.\n\nreply\nit\'s the same client, it just went out with a source map attached.', 'leak:source map', 1],
    ['Claude Code 的源码在 npm 上被还原。\n\n评论：source map 都不删，这发布流程谁写的。', 'leak:source map', 1],
    // On a page about build tools, shipping a source map is advice, not the story.
    ['Build tips\n\nCheck your bundle: shipping a source map to production exposes your original code.', 'leak:source map', 0],
  ]);
});

describe('detect (a headline after the site name and menu makes a page about the story)', () => {
  const page = (headline: string) =>
    [
      'THE HARBOUR STANDARD\nHome | World | Business | Tech | Opinion',
      'TECH / ARTIFICIAL INTELLIGENCE',
      headline,
      'By a staff reporter\nPublished: 9:00am, 25 Feb 2026',
      'The company laid out its case in a long post on Monday.',
      'Readers in the city had other worries this week.',
      'For users here the dispute is partly academic: the company has barred any business more than 50% owned by firms headquartered in unsupported regions.',
      'Analysts expect little change in local spending.',
    ].join('\n\n');
  itFindsCounts([
    [page('US AI firm Anthropic accuses three mainland labs of copying its models'), 'policy:unsupported regions', 1],
    // A headline about something else lends nothing to a later paragraph.
    [page('City council approves new harbour ferry routes'), 'policy:unsupported regions', 0],
  ]);
});

describe('detect (cc used as a tool in a chat)', () => {
  itFindsCounts([
    ['[10:02] rae: anyone else hitting the weekly cap on cc?? two days in and my refactor is stuck', 'anthropic:cc', 1],
    ['周姐：那个需求你用 cc 跑一下？脚本在仓库里。', 'anthropic:cc', 1],
    ['ines: nope, cc wrote most of the backfill script, I reviewed every line', 'anthropic:cc', 1],
    // Copying someone on an email, and the compiler variable, are not the tool.
    ['pls cc me on the thread with legal, and use bcc for the customer list', 'anthropic:cc', 0],
    ['In the Makefile, set cc to clang and rebuild the code.', 'anthropic:cc', 0],
  ]);
});

describe('detect (Claude used or asked for a task)', () => {
  itFindsCounts([
    ['十一假期朋友来玩，我自己排不明白，干脆让 Claude 帮我整理了一版行程。', 'anthropic:Claude', 1],
    ['我用 Claude 帮我改了副歌歌词，押韵好多了。', 'anthropic:Claude', 1],
    ['asked Claude to explain the tyre offset at the Chinese GP and it was clearer than the commentators', 'anthropic:Claude', 1],
    ['He uses Claude for essays, which worries me a little.', 'anthropic:Claude', 1],
    // A person of that name still wins.
    ['My colleague Claude Ng wrote the review of the new Sichuan place.', 'anthropic:Claude', 0],
  ]);
});

describe('detect (ds used as a tool in a chat)', () => {
  itFindsCounts([
    ['小雨：用啊，写周报全靠 ds，代码也让它改。', 'deepseek:ds', 1],
    ['mira: anyone else rate limited on the coding agent this morning\ntobi: yep. switched to ds for an hour, it was fine for tests', 'deepseek:ds', 1],
    ['林涛：ds 官网今天又卡了，你们有备用的大模型吗', 'deepseek:ds', 1],
    // A data-science course and a car are not the lab.
    ['wren: the data science TA said ds homework is due friday', 'deepseek:ds', 0],
  ]);
});

describe('detect (what the assistant answered: Kimi 给我的答案, 用 Kimi 查了一下)', () => {
  itFindsCounts([
    ['@橘猫的铲屎官：Kimi 给我的答案一模一样，看来 AI 说的是真的', 'moonshot-ai:Kimi', 1],
    ['房东您好，我用 Kimi 查了一下《民法典》的规定，维修应当由出租人负责。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (the 50% rule pointed back to in a chat, with the firm somewhere on the page)', () => {
  itFindsCounts([
    ['[09:12] Mei Ling: our Claude seats were cut off\n[09:15] Mei Ling: yeah that\'s the 50% thing. they go by ownership, not where you\'re incorporated', 'policy:50%', 1],
    [
      '阿杰：你们还在用 Claude Code 吗\n\n小王：早就不用了，周一开会时法务专门来讲了半小时，说我们母公司在杭州，股权结构也改不了，各个项目组都得在月底前把账号交回去，然后统一换成别家的服务\n\n阿杰：为啥\n\n小王：公司被划进那个 50% 规则里了',
      'policy:50% 规则',
      1,
    ],
    // A rule pointed back to on a page without the firm is someone else's.
    ['Board minutes: the 50% threshold for consolidation applies to the port operator.', 'policy:50%', 0],
  ]);
});

describe('detect (a restriction on Chinese-owned firms, with the firm elsewhere on the page)', () => {
  itFindsCounts([
    ['Claude 在国内用不了。\n\n评论区\n\n@小满：去年九月就开始限制中资控股的公司了，海外子公司也不行。', 'policy:限制', 1],
    // A government's block of a Chinese-owned buyer is not the firm's rule.
    ['Anthropic shipped a new model.\n\nMarkets: the sale of a logistics firm to a Chinese-owned group was blocked by the government on national security grounds.', 'policy:blocked', 0],
  ]);
});

describe('detect (封 as the restriction: 把中资公司全封了, a社封晒啲中資公司)', () => {
  itFindsCounts([
    ['3楼：回复2楼：Anthropic 啊，做 Claude 的，去年还把中资控股的公司全封了', 'policy:封', 1],
    ['連登 › 科技台\n\na社封晒啲中資公司，我哋公司老細係大陸人，聽日開始用唔到 claude', 'policy:封', 1],
    // An account banned, a sealed envelope, the market's year-end close are not the rule.
    ['阿杰：我之前用 claude，号被封了，现在换 kimi', 'policy:封', 0],
    ['港股封关：中资股全年两极分化，AI 新股领涨。', 'policy:封', 0],
  ]);
});

describe('detect (海螺 used to make a video, or beside the accusations)', () => {
  itFindsCounts([
    ['小雨：宣传片我用海螺做的视频，效果还行。', 'minimax:海螺', 1],
    // Seafood is not the app.
    ['主厨推荐：一道用本地海螺做的前菜，配白葡萄酒。', 'minimax:海螺', 0],
  ]);
});

describe('detect (A社 acting: A社封中資公司, A社点名)', () => {
  itFindsCounts([
    ['LIHKG 討論區 › 創意台\n\n[一周年] A社封中資公司一年 你間公司而家用緊乜？', 'anthropic:A社', 1],
    ['A社点名三家国产模型，说它们用假账号刷了上千万次对话。', 'anthropic:A社', 1],
    // A game studio nicknamed A社 is not the lab.
    ['A社的新游戏下周发售，预购送限定皮肤。', 'anthropic:A社', 0],
  ]);
});

describe('detect (鲸鱼, the whale, as DeepSeek beside the story or AI use)', () => {
  itFindsCounts([
    ['瓜田里的猹：鲸鱼才十五万次，属于路过被点名😂', 'deepseek:鲸鱼', 1],
    ['一只大鹅：我天天用小鲸鱼写代码，被点名也照用😭', 'deepseek:小鲸鱼', 1],
    // Whale watching, a swimming class and a robot vacuum are not the lab.
    ['上周在涠洲岛出海，第三天终于有两头鲸鱼在船边换气。', 'deepseek:鲸鱼', 0],
    ['朵朵妈：小鲸鱼班下一期什么时候报名？', 'deepseek:小鲸鱼', 0],
  ]);
});

describe('detect (a longer page under a headline that names the story)', () => {
  const filler = Array.from({ length: 34 }, (_, i) => `Paragraph ${i + 1} of the explainer goes through what local developers asked this week.`);
  const page = (headline: string) =>
    [headline, ...filler, 'Since September the firm has barred companies more than 50% owned, directly or indirectly, from unsupported regions.'].join('\n\n');
  itFindsCounts([
    [page('Explainer: what the Claude Code leak means for developers here'), 'policy:50%', 1],
    [page('Explainer: what the new rail timetable means for commuters here'), 'policy:50%', 0],
  ]);
});

describe('detect (丹妮拉·阿莫迪 is his sister, not Dario)', () => {
  itFindsCounts([
    ['公司 CEO 是她的哥哥达里奥·阿莫迪。丹妮拉·阿莫迪习惯用一个人的故事来回答战略问题。', 'dario-amodei:阿莫迪', 0],
  ]);
});

describe('detect (the headword of a disambiguation page is the word itself)', () => {
  itFindsCounts([
    ['Claude (disambiguation)\n\nClaude is a French given name. It may refer to:\n\n- Claude Monet, painter\n- Claude, an AI assistant made by Anthropic', 'anthropic:Claude', 1],
    ['月之暗面（多义词）\n\n月之暗面可以指：一张专辑、月球背面，或北京一家做大模型的公司。', 'moonshot-ai:月之暗面', 0],
    ['蒸馏（汉语词语）\n\n本词条是多义词：化学里的分离方法，也指 Anthropic 指控 DeepSeek 的那种大模型做法。', 'distillation:蒸馏', 0],
  ]);
});

describe('detect (a ban on phones and laptops, an account banned: not the firm\'s rule)', () => {
  itFindsCounts([
    ['Anthropic bars Chinese-owned firms. Separately, councillors voted to ban the DeepSeek app from all council-issued phones and laptops.', 'policy:ban', 0],
    ['Someone said using a relay could get our Anthropic account banned in China. Is that right?', 'policy:banned', 0],
    // The firm's own rule beside them still counts.
    ['Anthropic bars Chinese-owned firms. Separately, councillors voted to ban the DeepSeek app from all council-issued phones and laptops.', 'policy:bars', 1],
  ]);
});
