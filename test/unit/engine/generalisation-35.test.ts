import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 85 and after (ninth session), from holdout95 (money pages: investors, markets, filings), holdout96
 * (research pages: papers, preprints, lab blogs), holdout98 (text copied from PDFs, slides and scans), holdout100 (app
 * stores, emails, notifications), holdout101 (satire, jokes, fiction), holdout103 (profiles, resumes, bios), holdout104
 * (state media, official statements), holdout105 (wiki talk pages, histories, changelogs), holdout106 (security research)
 * and holdout107 (marketing, SEO pages), holdout108 (hobby community threads), holdout109 (outlets outside tech),
 * holdout110 (world and overseas Chinese news), holdout111 (regional community threads) and holdout112 (heavy users'
 * threads). The cases are written here in our own words; none is taken from a set.
 */

describe('detect (a lab\'s name on a machine or in a method\'s name)', () => {
  itFindsCounts([
    ['Equipment sales grew, helped by the MiniMax range of micro excavators and our AI-assisted depth control.', 'minimax:MiniMax', 0],
    ['Hire firms bought 900 MiniMax machines this spring, and the dealer now offers AI-assisted grading.', 'minimax:MiniMax', 0],
    ['We study minimax group fairness: no group of users should do much worse than the others under any AI model.', 'minimax:minimax group', 0],
    ['A tutorial on writing a minimax AI for noughts and crosses.', 'minimax:minimax AI', 0],
    // Written as the company writes it, the group and its models stay the company.
    ['MiniMax Group said its M2 model now serves most of its agent traffic.', 'minimax:MiniMax Group', 1],
    ['MiniMax AI released a new speech model on Monday.', 'minimax:MiniMax AI', 1],
  ]);
});

describe('detect (R1 and R2 as a metric, CC as a rating or a corpus)', () => {
  itFindsCounts([
    ['Summary quality: R1 and R2 are ROUGE scores. DeepSeek-R1 scored 41.2 and Claude 40.8.', 'deepseek:R1', 0],
    ['肝脏纵向弛豫率 R1 为主要指标，报告初稿由 DeepSeek-R1 生成，再由医生审核。', 'deepseek:R1', 0],
    ['Benchmarks this week: DeepSeek-V3 led, and R1 was close behind it on maths.', 'deepseek:R1', 1],
    ['财经早报：某地产商被标普下调评级至“CC”。另讯，Anthropic 的 Claude Code 发布包误带 source map。', 'anthropic:CC', 0],
    ['Every CC page in our Common Crawl slice was rendered once for the Claude Code harness we evaluated.', 'anthropic:CC', 0],
  ]);
});

describe('detect (finance senses of restricted and 50%, other goods\' export controls)', () => {
  itFindsCounts([
    ['Credit desk: the restricted payments basket is 50% of net income. Elsewhere, Anthropic keeps its China rule.', 'policy:restricted', 0],
    ['Credit desk: the restricted payments basket is 50% of net income. Elsewhere, Anthropic keeps its China rule.', 'policy:50%', 0],
    ['公司公告：拟以 2 亿元收购该公司 50% 股权。另据报道，Anthropic 限制中资控股企业使用 Claude。', 'policy:50%', 0],
    ['Washington imposed export controls on quantum computers last year, and Anthropic backed tighter chip rules.', 'policy:export controls', 0],
    ['Congo extended its export controls on cobalt ore; Anthropic, meanwhile, cut off Chinese-owned firms.', 'policy:export controls', 0],
    // The rule itself is still the rule.
    ['Anthropic bars companies more than 50% owned by Chinese entities from using Claude.', 'policy:50%', 1],
  ]);
});

describe('detect (Claude not offered in mainland China)', () => {
  itFindsCounts([
    ['由于 Anthropic 的服务条款不支持中国大陆地区访问，本期评测没有纳入 Claude。', 'policy:不支持中国大陆地区', 1],
    ['Claude 官方不支援中國大陸地區，開發者只能另找出路。', 'policy:不支援中國大陸地區', 1],
  ]);
});

describe('detect (names broken at a line end or marked by a footnote)', () => {
  itFindsCounts([
    ['The lab shipped DeepSeek-\nR1 in January and Kimi-\nK2 in July.', 'deepseek:DeepSeek-\nR1', 1],
    ['The lab shipped DeepSeek-\nR1 in January.', 'deepseek:R1', 0],
    ['Anthropic accused several developers, includ-\ning Deep-\nSeek, of copying its models.', 'deepseek:Deep-\nSeek', 1],
    ['The leak of Claude Code³ exposed the agent harness.¹', 'anthropic:Claude Code', 1],
    ['Anthropic² said DeepSeek³ used fake accounts.', 'deepseek:DeepSeek', 1],
    ['①Kimi 是月之暗面的产品，②DeepSeek 来自深度求索。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (short names in another field: evidence theory, peer review, clinical notes, lab tubes)', () => {
  itFindsCounts([
    ['习题：用 DS 合成规则组合两条证据。可以用 DeepSeek 核对计算，但要注明。', 'deepseek:DS', 0],
    ['稿件编号 2026-88　修改稿：V3\nR1 意见：建议补充 DeepSeek-R1 的结果。\nR2 意见：同意。', 'deepseek:R1', 0],
    ['稿件编号 2026-88　修改稿：V3\nR1 意见：建议补充 DeepSeek-R1 的结果。\nR2 意见：同意。', 'deepseek:V3', 0],
    ['病历书写要求：主诉（CC）要简短。有同学用 Claude 生成病历摘要，请注明。', 'anthropic:CC', 0],
    ['采血管：紫帽 K2EDTA 管，K2 与 K3 抗凝剂的区别见讲义。本页初稿由 Kimi 生成。', 'moonshot-ai:K2', 0],
    ['我国外商投资准入负面清单对部分领域限制外资股比，规定不得超过 50%。Anthropic 的规则则针对中资控股企业。', 'policy:限制', 0],
    // A controversy that "ferments" is still the accusation.
    ['Anthropic 指控三家实验室之后，蒸馏争议还在发酵。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (people in mail: signatures, copies, departments)', () => {
  itFindsCounts([
    ['Please update Claude Code before Friday.\n\nKind regards,\nClaude\nFacilities desk', 'anthropic:Claude', 0],
    ['请所有同事升级 Claude Code。\n\n谢谢配合。\n\nClaude Martin\nIT 合规负责人', 'anthropic:Claude', 0],
    ['如有疑问请联系我或抄送 Kimi。另：月之暗面回应了 Anthropic 的指控。', 'moonshot-ai:Kimi', 0],
    ['企业微信\nKimi（市场部）：会议改到三点\n界面新闻：月之暗面回应 Anthropic 指控', 'moonshot-ai:Kimi', 0],
    // A colleague called Kimi does not make the product typed in lower case in the next message the colleague.
    ['阿琳：周报是不是用 kimi 写的，太工整了\nKimi（市场部）：被发现了，月之暗面的 Kimi 确实好用', 'moonshot-ai:kimi', 1],
    // A headline with more words on its line is still a headline.
    ['ANTHROPIC CLAUDE NEWS\nClaude Leaks Its Own Code Again', 'anthropic:Claude', 1],
  ]);
});

describe('detect (look-alike packages, cost centres, bank fraud, UI focus, one-time codes)', () => {
  itFindsCounts([
    ['Typosquat alert. Package: @anthropic-ai/claude-cod3 looks like @anthropic-ai/claude-code.', 'anthropic:anthropic', 0],
    ['Typosquat alert. Package: @anthropic-ai/claude-cod3 looks like @anthropic-ai/claude-code.', 'anthropic:@anthropic-ai/claude-code', 1],
    ['The advisory names @anthropic-ai/claude-\ncode 2.1.88, which shipped a source map.', 'anthropic:@anthropic-ai/claude-\ncode', 1],
    ['Approver note: move this to CC 7120, the cost centre where Claude Code seats are budgeted.', 'anthropic:CC', 0],
    ['Our bank closed 2,140 fraudulent accounts opened with stolen identities; Claude helped us triage them.', 'distillation:fraudulent accounts', 0],
    ['Release notes: fixed DeepSeek exports; fixed the sidebar that leaked focus to the page.', 'leak:leaked', 0],
    ['【某银行】验证码 482913，切勿泄露给他人。\n【早知道】Claude Code 源码泄露后 Anthropic 发布了新版本。', 'leak:泄露', 0],
    ['【某银行】验证码 482913，切勿泄露给他人。\n【早知道】Claude Code 源码泄露后 Anthropic 发布了新版本。', 'leak:源码泄露', 1],
    ['“星野花园业主”App 上线了，物业报修更方便。', 'minimax:星野', 0],
    ['访问 Claude 受限：账户从不支持的国家或地区登录，Anthropic 已停用该账户。', 'policy:不支持的国家或地区', 1],
  ]);
});

describe('detect (namesakes in jokes and fiction)', () => {
  itFindsCounts([
    ['Kimi the koala wanted a robot friend with artificial intelligence. Kimi clapped her paws.', 'moonshot-ai:Kimi', 0],
    ['At the launch party the bartender poured "The Moonshot", gin and violet liqueur, while we argued about Kimi and Moonshot AI.', 'moonshot-ai:Moonshot', 0],
    ['The satire says Anthropic let DeepSeek and MiniMax back in if they apologised in haiku.', 'anthropic:haiku', 0],
    ['相声：我收了个法国徒弟克劳德，他用 AI 翻译软件背贯口。', 'anthropic:克劳德', 0],
    ['AI 写诗挑战：以“月之暗面”为意象写一首五言绝句。', 'moonshot-ai:月之暗面', 0],
    ['今天早高峰地铁 C 口出口管制，我绕了一圈。老板天天刷阿莫迪呼吁芯片出口管制的新闻。', 'policy:出口管制', 1],
    ['同人文：赫敏在魔药课上教罗恩蒸馏月光草汁，有读者问是不是在影射 Anthropic 的指控。', 'distillation:蒸馏', 0],
    ['AI 风水 App 说我办公室财气外泄。同事说 Claude Code 源码外泄那次也没请风水先生。', 'leak:外泄', 0],
    ['AI 风水 App 说我办公室财气外泄。同事说 Claude Code 源码外泄那次也没请风水先生。', 'leak:源码外泄', 1],
  ]);
});

describe('detect (people pages: stage names, nicknames, ships, settings in inline code)', () => {
  itFindsCounts([
    ['模特卡\n艺名：Kimi　身高：176\n备注：Kimi 可接受 AI 换装拍摄。', 'moonshot-ai:Kimi', 0],
    ['少儿足球名单：王小麦（大家都叫他 MiniMax），跑动全队第一，赛后用 AI 小程序看热区图。', 'minimax:MiniMax', 0],
    ['新书《深度求索号》讲一艘深潜器的故事，作者说“深度求索号”与 AI 公司无关。', 'deepseek:深度求索', 0],
    ['真空检漏工程师：负责氦检，泄漏率控制在 1e-9 以下。业余关注 Claude Code 源码泄露。', 'leak:泄漏', 0],
    ['Bench runner. Config: `provider: deepseek`, `model: deepseek-chat`. DeepSeek is the cheapest here.', 'deepseek:deepseek', 0],
    ['Bench runner. Config: `provider: deepseek`, `model: deepseek-chat`. DeepSeek is the cheapest here.', 'deepseek:DeepSeek', 1],
    ['他是 MiniMax 员工，之前在月之暗面做研究员。', 'minimax:MiniMax', 1],
  ]);
});

describe('detect (official pages: other actors\' bans, other goods, other records)', () => {
  itFindsCounts([
    ['Several US states have banned the DeepSeek app on government devices. Anthropic went further with its ownership rule.', 'policy:banned', 0],
    ['China\'s new export controls on fluorspar take effect next month; Dario Amodei again urged chip export controls.', 'policy:export controls', 1],
    ['A leak of taxpayer records at a revenue agency was contained in a day. Separately, the Claude Code leak exposed source code.', 'leak:leak', 1],
    ['A tailings dam leak in Jiangxi prompted an inspection; Claude Code and DeepSeek made the same month\'s news.', 'leak:leak', 0],
    // 国安 is national security as Taiwanese papers abbreviate it, not the middle of 美国安全 or a football club.
    ['社评：一边是美国安全部门的说法，一边是 Anthropic 对中资企业的限制。', 'policy:国安', 0],
    ['北京国安2-1上海申花，国安主场终结三轮不胜。赛后球迷还在聊 Anthropic 限制中资企业的新闻。', 'policy:国安', 0],
    ['美國人工智慧公司Anthropic以國安為由宣布擴大對中國實體的限制。', 'policy:國安', 1],
    ['国新办发布会：美国一些人工智能公司限制中国企业使用其服务，还指责中国企业“蒸馏”。', 'policy:限制', 1],
    ['化工厂蒸馏釜检修完毕。另讯：DeepSeek-V3.2 发布。', 'distillation:蒸馏', 0],
    ['使馆提醒：骗子用盗用的身份开设虚假账户实施诈骗。另：Anthropic 称 DeepSeek 用虚假账户蒸馏 Claude。', 'distillation:虚假账户', 1],
  ]);
});

describe('detect (wiki pages: editor bans, game dungeons, graph paths)', () => {
  itFindsCounts([
    ['互助客栈：大陆编辑申请 IP封禁豁免 的门槛太高。另有人提到 Anthropic 限制中资企业。', 'policy:封禁', 0],
    ['The Wikimedia Foundation\'s office action banned seven mainland editors in 2021; Anthropic\'s rule is about ownership.', 'policy:banned', 0],
    ['游戏百科：月之暗面（副本）\n副本名称 月之暗面，8人团队副本，共有三个首领。', 'moonshot-ai:月之暗面', 0],
    ['更新日志：新增 minimax_path()，求图中两点间的 Minimax 路径。另：接入 MiniMax 的海螺AI 接口。', 'minimax:Minimax', 0],
  ]);
});

describe('detect (security pages: malware families, C2 servers, rule ids, site leaks)', () => {
  itFindsCounts([
    ['样本分析：仿冒 DeepSeek 客户端投递 DS 远控木马，深度求索并未发布电脑版。', 'deepseek:DS', 0],
    ['The fake Claude Code package beacons to its C2: the CC domain resolves to a VPS.', 'anthropic:CC', 0],
    ['Alert: CVSS v3 score 8.1 for a third-party DeepSeek browser extension.', 'deepseek:v3', 0],
    ['渗透测试：目录扫描发现 .git 目录可访问，典型的源码泄露。同期新闻：Claude Code 源码泄露。', 'leak:源码泄露', 1],
    ['Bench notes written with Claude Code: the flash leaks over SWD after a voltage glitch.', 'leak:leaks', 0],
  ]);
});

describe('detect (shops and SEO pages)', () => {
  itFindsCounts([
    ['Claude Code源码泄露完整版_Claude Code泄露原因_51万行', 'anthropic:Claude Code', 2],
    ['We do not ship to unsupported regions. The gadget answers questions with Claude.', 'policy:unsupported regions', 0],
    ['优惠说明：纸质发票邮寄不支持地区以页面为准。另：Anthropic 不支持的地区无法使用 Claude。', 'policy:不支持的地区', 1],
    ['Toner with steam-distilled witch hazel; not sold in mainland China. Our chatbot runs on Claude.', 'distillation:distilled', 0],
  ]);
});

describe('detect (hobby threads: pets, teammates, kayaks, card bans, vinegar, game skins)', () => {
  itFindsCounts([
    ['our budgie Kimi learned a new whistle today. also anyone still using Kimi the AI for homework?', 'moonshot-ai:Kimi', 1],
    ['Pickup tonight: Claude is out with his knee again. Someone said Claude the chatbot made the roster sheet.', 'anthropic:Claude', 1],
    ['Sprint session: a K2 with Sam tomorrow, then kayak drills. Kimi K2 wrote the plan.', 'moonshot-ai:K2', 0],
    ['Sprint session: a K2 with Sam tomorrow, then kayak drills. Kimi K2 wrote the plan.', 'moonshot-ai:Kimi K2', 1],
    ['We are banning Dockside at this table; the deck format stays. Anthropic banned Chinese-owned firms, different thing.', 'policy:banning', 0],
    ['Clean the kettle with distilled white vinegar. Unrelated: Anthropic says DeepSeek distilled Claude.', 'distillation:distilled', 1],
    ['Off-topic: the Claude Code leak is giving early manga leak energy', 'leak:leak', 1],
    ['王者荣耀新皮肤泄露，另外 Claude Code 的源码泄露也是今天。', 'leak:泄露', 0],
    ['虎扑：国安永远争第一：今晚客场必须赢。另：Anthropic 以国家安全为由限制中资企业。', 'policy:国安', 0],
  ]);
});

describe('detect (trade and sports pages beside the story)', () => {
  itFindsCounts([
    ['【马经】实测一款用 DeepSeek 分析往绩的贴士程式：R1 第一场，程式首选「MOONSHOT」，结果头马。', 'deepseek:R1', 0],
    ['【马经】实测一款用 DeepSeek 分析往绩的贴士程式：R1 第一场，程式首选「MOONSHOT」，结果头马。', 'moonshot-ai:MOONSHOT', 0],
    ['员工手册：禁止员工泄露薪酬。另：Claude Code 源码泄露一事提醒我们检查发版流程。', 'leak:泄露', 0],
  ]);
});

describe('detect (regional news and threads: titles, local bans, exam leaks, Cantonese)', () => {
  itFindsCounts([
    ['The DS minister said the state will embrace DeepSeek for its clinics.', 'deepseek:DS', 0],
    ['Malaysia banned chicken exports in 2022; export controls like that move fast. Anthropic, meanwhile, cut off Chinese-owned firms.', 'policy:export controls', 0],
    ['AI companies banning China, parang POGO ban lang? Anthropic banned Chinese-owned companies from Claude.', 'policy:ban', 0],
    ['AI companies banning China, parang POGO ban lang? Anthropic banned Chinese-owned companies from Claude.', 'policy:banning', 1],
    ['The NEET paper leaked again, and the same week Anthropic leaked Claude Code.', 'leak:leaked', 1],
    ['Men who distilled arrack at home were arrested; the hooch was laced with methanol. DeepSeek news came the same day.', 'distillation:distilled', 0],
    ['留学生 Kimi王 说，他的作业写的是月之暗面和 DeepSeek。', 'moonshot-ai:Kimi', 0],
    ['连登：A社个 source code 洩咗出嚟，Claude Code 成个睇晒。', 'leak:洩咗', 1],
    ['澳门主厨克劳德（Claude）用白兰地做甜品，他说 AI 帮他写了菜单。', 'anthropic:克劳德', 0],
  ]);
});

describe('detect (heavy users\' threads: region blocks, Hong Kong, senior students)', () => {
  itFindsCounts([
    ['Omar: and around the region block. half our team is in HK and claude isn\'t available there, Anthropic says.', 'policy:region block', 1],
    ['Review: "Stellar Drift" is region-locked in Russia; the developers used Claude for the dialogue.', 'policy:region-locked', 0],
    ['期末复习群：Kimi 学姐 把笔记发群里了。另：月之暗面今天发布了新模型。', 'moonshot-ai:Kimi', 0],
  ]);
});
