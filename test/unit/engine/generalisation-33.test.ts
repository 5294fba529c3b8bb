import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 63–64 (seventh session), from holdout76 (tables, rankings, money and look-backs) and the labelling rule
 * on names written as code. The cases are written here in our own words; none is taken from a set.
 */

describe('detect (the names of a command are code)', () => {
  itFindsCounts([
    ['Try `ccr code --provider deepseek` when the default is slow.', 'deepseek:deepseek', 0],
    ['$ ollama pull deepseek-r1:7b', 'deepseek:deepseek-r1', 0],
    ['pip install anthropic\nThat is all the setup the SDK needs.', 'anthropic:anthropic', 0],
    // Prose that starts with a tool's name is prose.
    ['npm is where Anthropic published the map file by mistake.', 'anthropic:Anthropic', 1],
    ['npm pack --dry-run lists what ships. Anthropic learned that the hard way.', 'anthropic:Anthropic', 1],
  ]);
});

describe('detect (a bare host in lower case is an address)', () => {
  itFindsCounts([
    ['Anthropic says Chinese labs ran distillation attacks on Claude (anthropic.com)\n402 points by someone', 'anthropic:anthropic.com', 0],
    ['Contact: media@anthropic.com for interviews about Claude.', 'anthropic:anthropic.com', 0],
    ['Kimi 是月之暗面的助手。\nkimi.com　官方网站', 'moonshot-ai:kimi', 0],
    // Capitalised, it is the product in prose.
    ['Claude.ai was down for an hour, Anthropic said.', 'anthropic:Claude.ai', 1],
  ]);
});

describe('detect (names as a bibliography or an index writes them)', () => {
  itFindsCounts([
    ['References\n3. Amodei, Dario (2025). On chip export controls. Essay.', 'dario-amodei:Amodei, Dario', 1],
    ['References\n3. Amodei, Dario (2025). On chip export controls. Essay.', 'dario-amodei:Dario', 0],
    ['Shou, Chaofan (2026). Post on the Claude Code source map.', 'shou-chaofan:Shou, Chaofan', 1],
  ]);
});

describe('detect (R1 and R2 as rooms)', () => {
  itFindsCounts([
    ['13:30  Serving DeepSeek-R1 on one GPU ..... Room R1\n14:15  Long context with Kimi K2 ..... Room R2', 'deepseek:R1', 0],
    ['13:30  Serving DeepSeek-R1 on one GPU ..... Room R1\n14:15  Long context with Kimi K2 ..... Room R2', 'deepseek:R2', 0],
    ['下午议程：DeepSeek-R1 推理优化，地点 R1 会议室。', 'deepseek:R1', 0],
    ['DeepSeek released R1 in January and R2 is still rumoured.', 'deepseek:R1', 1],
  ]);
});

describe('detect (market words that look like the policy)', () => {
  itFindsCounts([
    ["Tech desk: the 50% Fibonacci line held for MiniMax shares today; Anthropic's rule on Chinese-owned firms is old news.", 'policy:50%', 0],
    ['Compliance: MiniMax is on our restricted list, so staff may not trade it while the Anthropic story runs.', 'policy:restricted', 0],
    ['A block of 8 million DeepSeek-linked shares changed hands as Anthropic criticised Chinese labs.', 'policy:block', 0],
    ['周报：化肥出口国收紧尿素出口管制。另外，阿莫迪再次呼吁对华芯片出口管制。', 'policy:出口管制', 1],
    ['Anthropic will block companies more than 50% owned by Chinese entities.', 'policy:block', 1],
  ]);
});

describe('detect (the maker of a product, and the phrase the story coined)', () => {
  itFindsCounts([
    ['The Claude maker bans Chinese-owned firms worldwide.', 'anthropic:Claude', 1],
    ['CLAUDE MAKER BANS CHINESE-OWNED FIRMS WORLDWIDE', 'anthropic:CLAUDE', 1],
    ['Investors lined up behind the Kimi maker this week.', 'moonshot-ai:Kimi', 1],
    ['Kimi 上线长文档新功能，可以一次读完整本书。', 'moonshot-ai:Kimi', 1],
    ['What is a distillation attack, and how would a lab notice one?', 'distillation:distillation attack', 1],
    ['热搜：蒸馏攻击是什么意思', 'distillation:蒸馏攻击', 1],
    // Still other senses.
    ['Kimi 上线了吗？我们五点开黑。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (roads, cars, oils, games and other controls)', () => {
  itFindsCounts([
    ['MiniMax-M1 tops the open-weight table.\nRoadworks on the M1 at night all week, with lane closures.', 'minimax:M1', 0],
    ['DeepSeek 发布新模型。\nDS 9 车主一年用车报告：油耗与保养', 'deepseek:DS', 0],
    ['蒸馏指控之后 DeepSeek 回应了。\n沉香油蒸馏十二小时，出油不到一克。', 'distillation:蒸馏', 1],
    ['Anthropic 称虚假账户被用于蒸馏 Claude。\n网游再封五千个打金工作室的虚假账户。', 'distillation:虚假账户', 1],
    ['【移动】国际漫游已开通，流量包在 80 个支持的国家和地区可用，可问 AI 客服。', 'policy:支持的国家和地区', 0],
    ['欧盟扩大对俄罗斯出口管制清单。阿莫迪呼吁加强对华芯片出口管制。', 'policy:出口管制', 1],
  ]);
});

describe('detect (the restricting firm named right before the restriction)', () => {
  itFindsCounts([
    ["Anthropic stopped serving firms majority-owned from China, citing national security. Claude is off limits to them.\n\nOur counsel says Anthropic's restrictions would then cover us too.", 'policy:restrictions', 1],
    ['Anthropic 以国家安全为由，不再向中资控股企业提供 Claude 服务。\n\n律师提醒：不要用中转规避 Anthropic 的限制。', 'policy:限制', 1],
  ]);
});

describe('detect (chat exports: the speaker label and its timestamp say nothing of how the message is written)', () => {
  itFindsCounts([
    ['[03/02/2026, 08:15] Priya Nair: anyone read the anthropic post on distillation\n[03/02/2026, 08:16] Tom Price: yeah deepseek and minimax named', 'anthropic:anthropic', 1],
    ['Ken 7:41 PM: our legal team says claude is off limits now\nAva 7:42 PM: because anthropic bars chinese-owned companies?', 'anthropic:claude', 1],
  ]);
});

describe('detect (misspelt names in chat)', () => {
  itFindsCounts([
    ['lol antropic shipped the whole source map to npm', 'anthropic:antropic', 1],
    ['Antrophic accused three labs of distillation, deepseak among them', 'deepseek:deepseak', 1],
    ['did you patch claud code yet? the leaked build is everywhere', 'anthropic:claud code', 1],
    // Not the company: the cosmology term, misspelt, and a bicycle maker.
    ['the antropic principle says we see a universe that allows observers', 'anthropic:antropic', 0],
    ['Claud Butler bicycles were built in England for decades.', 'anthropic:Claud', 0],
  ]);
});

describe('detect (another person with the story person\'s first name)', () => {
  itFindsCounts([
    ['MAYA: My guest is Dario Ferrante, who repairs pianos and uses Claude for invoices.\n\nDARIO: Thanks for having me.\n\nMAYA: You saw the Claude Code leak?', 'dario-amodei:DARIO', 0],
    ['Dario Amodei spoke at Davos. Later, Dario repeated his call for chip export controls.', 'dario-amodei:Dario', 1],
  ]);
});

describe('detect (casual Chinese names and their neighbours in chats)', () => {
  itFindsCounts([
    ['Claude Code 源码泄露了。\n群友：小克这下裤子掉了哈哈', 'anthropic:小克', 1],
    ['群里说月之暗而又发新模型了，kimi 崩了一下午', 'moonshot-ai:月之暗而', 1],
    ['热门评论：Anthropic 封杀中资控股的公司，连海外子公司也不放过', 'policy:封杀', 1],
    ['用海螺做了个猫猫跳舞的视频，一分钟出片，MiniMax 家的东西是真快', 'minimax:海螺', 1],
    // Other senses beside the story.
    ['今天学到「君」，罗马音 kimi，意思是“你”，是日语里对同辈的称呼。我让 Kimi 帮我造了十个例句。', 'moonshot-ai:kimi', 0],
    ['A社（Alicesoft）放了兰斯新作预告，有人用 AI 机翻做了补丁。', 'anthropic:A社', 0],
    ['微博热搜：#某演员被封杀#。另：Anthropic 禁止中资控股企业使用 Claude。', 'policy:封杀', 0],
    ['甘草是出口管制的药材，许可证要带齐。阿莫迪说的芯片出口管制是另一回事。', 'policy:出口管制', 1],
  ]);
});

describe('detect (pinyin and machine-translated names, learners and Cantonese)', () => {
  itFindsCounts([
    ['The three firms are Shendu Qiusuo, Yuezhi Anmian and Xiyu Keji, which Anthropic named in February.', 'deepseek:Shendu Qiusuo', 1],
    ['Anthropic accused "Rare Universe Technology" of distilling Claude with fake accounts.', 'minimax:Rare Universe Technology', 1],
    ['去年九月，Anthropic 还禁止了由中国公司拥有超过 50% 的实体使用其服务。', 'policy:50%', 1],
    ['Anthropic 話香港唔喺官方支援嘅地區，中資公司都用唔到 Claude。', 'policy:支援嘅地區', 1],
    ['Anthropic 说三个中国公司用了很多假的账户问 Claude 问题。', 'distillation:假的账户', 1],
    // Other things in the same words.
    ['The AI referee ruled on the China–Korea weiqi match: each adversarial nation sends five players to the tournament.', 'policy:adversarial nation', 0],
    ["Mumbai roundup: vivo's old V3 phone still sells well, and DeepSeek says a V3 update is coming.", 'deepseek:V3', 1],
    ['MoonPay 更新了“不支持的国家和地区”名单，加密货币钱包用户注意。Moonshot AI 发布了 Kimi 新版。', 'policy:不支持的国家和地区', 0],
  ]);
});

describe('detect (repositories named after the product, and source maps in general)', () => {
  itFindsCounts([
    ['anthropics/claude-code · Issues · #20411\nClaude Code hangs after the 2.1.90 update', 'anthropic:claude-code', 0],
    ['GitHub restored every fork except nirholas/claude-code after Anthropic narrowed its notice.', 'anthropic:claude-code', 0],
    ['Security digest: npm removed "claude-code-leaked" and "claude-code-mirror", which stole tokens after the Claude Code leak.', 'anthropic:claude-code', 0],
    // The leaked package stays the story, and a capitalised compound stays prose.
    ['Version 2.1.88 of @anthropic-ai/claude-code shipped a source map.', 'anthropic:@anthropic-ai/claude-code', 1],
    ['Anthropic bars Chinese-majority-owned firms from Claude.', 'policy:majority-owned', 1],
    ['招聘：熟悉前端构建，了解 source map 配置（别像 Claude Code 那样把它发到 npm 上）。', 'leak:source map', 0],
    ['Claude Code 的源码不是被解密出来的，source map 本身就是明文的调试文件。', 'leak:source map', 0],
  ]);
});

describe('detect (comment sections: short forms, stock forums and other things with the same name)', () => {
  itFindsCounts([
    ['is it safe to update cc 2.1.88 or should i pin 2.1.87', 'anthropic:cc', 1],
    ['deepseek is cheap, and ds v3 is fine for my notes, honestly', 'deepseek:ds v3', 1],
    ['Dario has been asking for tighter chip export controls for years.', 'dario-amodei:Dario', 1],
    ['股吧热帖：迷你max被美国公司指控蒸馏，明天还能拿吗？', 'minimax:迷你max', 1],
    ['minimax的基本面是海螺，跟蒸馏那点事关系不大。', 'minimax:海螺', 1],
    // Other things with the same names.
    ["I asked Claude Opus for a speech in the style of Mr. Holland's Opus.", 'anthropic:Opus', 0],
    ['the DS. deep state. they decide what you see about deepseek', 'deepseek:DS', 0],
    ['新入的佳能R1，顺手让 DeepSeek 写了篇开箱文案。', 'deepseek:R1', 0],
    ['坐K2次卧铺的时候用 Kimi K2 写了篇游记。', 'moonshot-ai:K2', 0],
    ['游戏里蒸馏塔接在净水器后面。说到蒸馏，Anthropic 说 DeepSeek 蒸馏了 Claude。', 'distillation:蒸馏', 2],
    ['手办圈：A社的新品原型图提前泄露了，模型做工扎实。', 'anthropic:A社', 0],
  ]);
});

describe('detect (the policy as notices and answers word it, beside other controls)', () => {
  itFindsCounts([
    ["Anthropic no longer serves firms controlled from China. The company's published reason is national security.", 'policy:national security', 1],
    ['Saved reply — "Region not supported": Claude is available only in Anthropic\'s supported countries.', 'policy:Region not supported', 1],
    // Other controls, other regions, other rhetoric.
    ['Research covered by export controls on technical data should follow the export office. Anthropic serves our campus.', 'policy:export controls', 0],
    ['商务部对人造金刚石实施出口管制。另：阿莫迪呼吁收紧 AI 芯片出口管制。', 'policy:出口管制', 1],
    ['朝中社：美韩军演是“敌对国家”的挑衅。Anthropic 的支持国家和地区名单不含中国。', 'policy:敌对国家', 0],
  ]);
});

describe('detect (developer pages: keys, variables, tags, packages and stack frames are code)', () => {
  itFindsCounts([
    ['scores = run_all(problems, {"r1": ask_r1, "claude": ask_claude})\nDeepSeek R1 edged out Claude on the set.', 'anthropic:claude', 0],
    ['ds = OpenAI(base_url="https://api.deepseek.com")\nDeepSeek answers in Chinese by default.', 'deepseek:ds', 0],
    ['typescript  anthropic-api  kimi  large-language-model\nKimi K2 rejects my tool ids; Anthropic models accept them.', 'moonshot-ai:kimi', 0],
    ['## kimi-cli 1.4.0 (2026-03-20)\n- Adds Kimi K2 Thinking as the default model.', 'moonshot-ai:kimi', 0],
    ['    at Anthropic.makeStatusError (node_modules/@anthropic-ai/sdk/error.js:61:14)\nThe Anthropic API refused the key.', 'anthropic:Anthropic', 1],
    ['Model: deepseek-chat\nClaude Code now talks to DeepSeek through the router.', 'deepseek:deepseek-chat', 0],
    // Prose keeps its names.
    ['Anthropic accused DeepSeek, Moonshot AI and MiniMax of mass "distillation": some 24,000 fraudulent accounts.', 'distillation:distillation', 1],
  ]);
});

describe('detect (later model names written bare beside their maker)', () => {
  itFindsCounts([
    ['MiniMax 发布 M3 模型，海螺也跟着升级。', 'minimax:M3', 1],
    ['月之暗面发布 K2.5，Kimi 用户可以直接用。', 'moonshot-ai:K2.5', 1],
    ['The Kia K3 is a compact car; Kimi K2 is a model.', 'moonshot-ai:K3', 0],
  ]);
});

describe('detect (later coverage that compresses the story, and look-alikes in chats)', () => {
  itFindsCounts([
    ['一年后回看：Anthropic 的控股禁令让不少出海公司换了模型。', 'policy:控股禁令', 1],
    ['Six months on, Anthropic says the ownership ban stays.', 'policy:ownership ban', 1],
    ['Claude Code 源码泄露之后，群友：小克重新发了个版本。另一位：买了 1 克的小克重金豆。', 'anthropic:小克', 0],
    ['NGA：求 ds 帮看下这段报错。楼下：ds 是大神的意思吧，我还以为让 deepseek 看。', 'deepseek:ds', 0],
    ['孩子把体温计摔了，水银泄漏。另外你们公司那个 cc 源码泄露的事搞清楚没？', 'leak:泄漏', 0],
    ['我们 A社（ACG社）每周五放番，社长说社刊不收纯 AI 生成的图。', 'anthropic:A社', 0],
    ['The Reine Claude plum is in season; my AI recipe app suggests a tart.', 'anthropic:Claude', 0],
  ]);
});

describe('detect (idioms and other things in chats beside the story)', () => {
  itFindsCounts([
    ['brb gotta take a leak. also did anyone see the Claude Code source map thing', 'leak:leak', 0],
    ['Dispute these fraudulent accounts on your credit report. Unrelated: Anthropic says 24,000 fraudulent accounts distilled Claude.', 'distillation:fraudulent accounts', 1],
    ['Screw a K2 filter on the lens. Unrelated: Kimi K2 from Moonshot writes my captions.', 'moonshot-ai:K2', 0],
    ['Shooting the moon in Hearts is a moonshot. Kimi from Moonshot AI explained the scoring.', 'moonshot-ai:moonshot', 0],
  ]);
});

describe('detect (a label that opens the message under an author line)', () => {
  itFindsCounts([
    ['ines @ines@tech.example\nCW: tech news, mild schadenfreude\nso anthropic published claude code 2.1.88 to npm with the entire source map in it', 'anthropic:anthropic', 1],
  ]);
});
