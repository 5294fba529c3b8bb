import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 105 and after (eleventh session), from holdout128 (far references: the firm named once, its restrictions
 * pages later), holdout129 (short forms in casual chats, eighth round) and holdout130 (spoken words written down:
 * captions, transcripts, dictation). The cases are written here in our own words; none is taken from a set.
 */

describe('detect (a restriction pointed back to, with the policy in the paragraph before)', () => {
  itFindsCounts([
    [
      '一、准入\n\nAnthropic 去年修改条款，对中资持股超过 50% 的企业停止服务。\n\n二、影响\n\n我们认为，上述限制对下游的实际冲击有限。',
      'policy:限制',
      1,
    ],
    // Nothing of the policy before it: a bank's own limits stay the bank's.
    ['Anthropic 发布了新模型。\n\n某银行调整转账额度，上述限制自下月起执行。', 'policy:限制', 0],
  ]);
});

describe('detect (an anaphor pointing back to the firm on a page mostly about other things)', () => {
  const letter = (sentence: string) =>
    [
      '致各位合伙人：本季度基金完成两笔追加投资。',
      '一、模型层\n\n国内大模型竞争集中。二月，Anthropic 公开指控三家中国公司“蒸馏”其模型。',
      '二、消费\n\n线下零售恢复平稳，客单价略有提升。',
      '三、医疗\n\n器械集采继续推进，利润率承压。',
      '四、制造\n\n出口订单回暖，库存周期见底。',
      `五、海外\n\n${sentence}`,
      '六、展望\n\n我们维持谨慎乐观。',
    ].join('\n\n');
  itFindsCounts([
    [letter('这家美国公司对中资控股企业的禁令，让一家被投企业两周内完成迁移。'), 'policy:禁令', 1],
    [letter('海关对中资控股企业的禁令，让一家被投企业两周内完成迁移。'), 'policy:禁令', 0],
  ]);
});

describe('detect (mm for MiniMax in chats, and the other mm)', () => {
  itFindsCounts([
    ['ana: which labs did anthropic name\nben: deepseek, moonshot and mm\nana: mm = minimax right?', 'minimax:mm', 2],
    ['群聊：mm 又发新模型了\n回复：mm 是谁\n回复：MiniMax 啊，做海螺的那家', 'minimax:mm', 2],
    ['小红书：给我 mm 做了个视频，用的 MiniMax 的海螺 AI，她看哭了', 'minimax:mm', 0],
    ['Rope log: swapped the 9.8 mm line for the 10.2 mm one. MiniMax video of the route is up.', 'minimax:mm', 0],
    ['lee: minimax dropped another video model\ndan: mm ok cool', 'minimax:mm', 0],
    ['富途：今天 AI 板块又被 MM 砸盘，MiniMax 也跌了', 'minimax:MM', 0],
  ]);
});

describe('detect (names as speech recognition writes them)', () => {
  itFindsCounts([
    ['HOST: the three labs were deep seek, moon shot, and, uh, mini max, according to anthropic.', 'moonshot-ai:moon shot', 1],
    ['HOST: the three labs were deep seek, moon shot, and, uh, mini max, according to anthropic.', 'minimax:mini max', 1],
    ['HOST: Going to the moon was a moon shot, and DeepSeek is a lab.', 'moonshot-ai:moon shot', 0],
    ['0:03 today we are talking about the cloud code leak and the source map', 'anthropic:cloud code', 1],
    ['0:03 in this video we set up cloud code in vs code, google\'s plugin for kubernetes', 'anthropic:cloud code', 0],
    ['备忘：周五选题 安斯罗匹克指控三家公司蒸馏', 'anthropic:安斯罗匹克', 1],
    ['播客：Anthropic 点名了三家，deep seek、月之安面，还有那个迷你麦克斯。', 'moonshot-ai:月之安面', 1],
    ['播客：Anthropic 点名了三家，deep seek、月之安面，还有那个迷你麦克斯。', 'minimax:迷你麦克斯', 1],
  ]);
});

describe('detect (short forms in their everyday senses beside the story)', () => {
  itFindsCounts([
    ['健身群：今天最后一组深蹲做 ds，递减三次。对了 DeepSeek 排的计划不错。', 'deepseek:ds', 0],
    ['draft room: r1 pick 3 is mine. btw deepseek r1 wrote my trade pitch', 'deepseek:r1', 0],
    ['draft room: r1 pick 3 is mine. btw deepseek r1 wrote my trade pitch', 'deepseek:deepseek r1', 1],
    ['相亲角：A家男孩在做大模型，说是月暗做 Kimi 的。B家条件也不错。', 'anthropic:A家', 0],
    ['【国安铁杆球迷群】中场休息，听说 Anthropic 不给中资控股公司用 Claude 了', 'policy:国安', 0],
    ['骑手群：今晚月暗了，没路灯慢点骑。另外月之暗面的 Kimi 挺好用。', 'moonshot-ai:月暗', 0],
  ]);
});

describe('detect (Claude before a plan or its seats; data export controls; a colleague from Accounts)', () => {
  itFindsCounts([
    ['纪要：所有境外子公司须在月底前停用 Claude 团队版，采购负责通知。', 'anthropic:Claude', 1],
    ['Unrelated: the design team\'s Claude seats renew next month.', 'anthropic:Claude', 1],
    ['Admin notes — Claude Enterprise, January. New data export controls let owners limit who may export chats.', 'policy:export controls', 0],
    ['Office notice: Claude from Accounts retires on Friday. Separately, our Claude Enterprise seats renew.', 'anthropic:Claude Enterprise', 1],
  ]);
});

describe('detect (a product name that is also a given name, before a surname)', () => {
  itFindsCounts([
    ['- Hired Claude Ferreira as VP Sales. Claude starts on 4 May. Our engineers use Claude Code daily.', 'anthropic:Claude', 0],
    ['- Hired Claude Ferreira as VP Sales. Our engineers use Claude Code daily.', 'anthropic:Claude Code', 1],
    ['Analyst Claude Whitaker raised his estimates, citing Anthropic, which runs Claude on AWS chips.', 'anthropic:Claude', 1],
    ['Kimi Lindqvist runs our office. Kimi says lunch is at noon; Moonshot AI makes a chatbot.', 'moonshot-ai:Kimi', 0],
    ['Our guide Kimi warned that the dumplings would leak. Separately, Moonshot AI released Kimi K2.', 'moonshot-ai:Kimi', 0],
    ['茶饮简报：徐汇店 Kimi 店长带的团队出杯最快。另：月之暗面发布了新的大模型。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (a speaker label glued to Chinese text after the colon)', () => {
  itFindsCounts([
    ['老周：A社 点名说他们蒸馏 claude\nVivian：点了三家 ds 月暗 还有稀宇', 'anthropic:claude', 1],
  ]);
});

describe('detect (prices and ratios are no web address)', () => {
  itFindsCounts([
    ['價格：DeepSeek V3.2 約 0.28／0.42、Kimi K2 0.6／2.5、MiniMax M2 0.3／1.2。', 'moonshot-ai:Kimi K2', 1],
    ['價格：DeepSeek V3.2 約 0.28／0.42、Kimi K2 0.6／2.5、MiniMax M2 0.3／1.2。', 'minimax:MiniMax M2', 1],
    ['see guides.example.edu/claude-notes for more', 'anthropic:claude', 0],
  ]);
});

describe('detect (model versions written in lower case, and the same letters for other things)', () => {
  itFindsCounts([
    ['the naming is wild. opus 4.5, sonnet 4.5 and haiku 4.5 I can follow.', 'anthropic:sonnet 4.5', 1],
    ['Beethoven: String Quartet, opus 131, and a sonnet 18 reading.', 'anthropic:opus 131', 0],
    ['but deepseek went v3, v3.1 and now v3.2', 'deepseek:v3.2', 1],
    ['MiniMax M2.5 is out. they just count m1, m2.', 'minimax:m2', 1],
    ['Flat for rent: 45 m2, second floor. Unrelated: MiniMax M2 is cheap.', 'minimax:m2', 0],
    ['# 从 Tailwind CSS v3 升级到 v4\n| 项目 | v3 | v4 |', 'deepseek:v4', 0],
    ['Mounted the board on M2.5 standoffs, then went for lunch with the whole team at noon. Later the M2.5 model from MiniMax wrote the OpenSCAD file.', 'minimax:M2.5', 1],
    ['我们的路由器固件 V3.2 更新日志是让 DeepSeek V3.2 起草的。', 'deepseek:V3.2', 0],
    ['Kimi K2 帮我解释光谱型：天苑四的光谱型是 K2 V。', 'moonshot-ai:K2', 0],
  ]);
});

describe('detect (distilling a guidance note; a university\'s export-control training)', () => {
  itFindsCounts([
    ['After the @anthropic-ai/claude-code incident, Marek distilled the guidance into one page.', 'distillation:distilled', 0],
    ['Before shipping samples abroad, complete the university\'s export control training. We use Claude Code.', 'policy:export control', 0],
  ]);
});

describe('detect (a restriction written to the firm as "you" on a page about the policy)', () => {
  const page = (line: string) =>
    `Anthropic stopped serving companies more than 50% owned from China last September.\n\n${line}`;
  itFindsCounts([
    [page('Customer: So you banned us because of who owns our shares?'), 'policy:banned', 1],
    [page('Customer: Your restrictions are another matter.'), 'policy:restrictions', 1],
    ['用户来信：Anthropic 对中资持股超过 50% 的企业停止服务。\n\n也就是说只要股东是中国的，你们就全部禁止？', 'policy:禁止', 1],
    // With no policy on the page, "you banned" is someone else's ban.
    ['Dear moderators, you banned me from the group for posting a meme. Anthropic makes Claude.', 'policy:banned', 0],
  ]);
});

describe('detect (another person of the same given name; misspelt names)', () => {
  itFindsCounts([
    ['本期嘉宾是厨师达里奥·罗西。达里奥来中国十二年。另一期：达里奥·阿莫迪谈芯片出口管制。', 'dario-amodei:达里奥', 0],
    ['两个达里奥都不太在乎别人爱不爱听。达里奥·阿莫迪谈芯片出口管制。', 'dario-amodei:达里奥', 0],
    ['快讯｜Anthropic 首席执行官达里奥·阿莫蒂（Dario Amodie）周二表示，将继续限制中资控股企业。', 'dario-amodei:Dario Amodie', 1],
    ['09:30 Shou-Wen Liang (Tainan) — signed builds. 10:00 Chaofan Shou on the source map.', 'shou-chaofan:Shou', 0],
    ['主播：Kimi（王可米）、阿哲。本期还聊了聊月之暗面的大模型。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (research senses beside the story: corpora, structure learners, affiliates)', () => {
  itFindsCounts([
    ['Systems fine-tuned on OPUS data score 31.4 COMET; Claude Opus 4 scores 36.0.', 'anthropic:OPUS', 0],
    ['We compare structure learners (K2, PC, GES) and ask Kimi K2 to propose node orderings.', 'moonshot-ai:K2', 0],
    ['Our sample is majority-owned foreign affiliates of US multinationals in China.', 'policy:majority-owned', 0],
    ['审稿意见：第 5.3 节称 Claude Code 的系统提示词已因源码泄露而公开。', 'leak:源码泄露', 1],
  ]);
});

describe('detect (casual 蒸 for distilling, and 蒸 in the kitchen)', () => {
  itFindsCounts([
    ['骑手论坛：A社说ds、暗面、mm拿假账号蒸它家模型', 'distillation:蒸', 1],
    ['私教群：那家就是月暗，说它蒸了claude', 'distillation:蒸', 1],
    ['群聊：k2那家也被A社点过名，说月暗蒸了它三百多万次', 'distillation:蒸', 1],
    ['今晚清蒸鲈鱼，按 DeepSeek 给的做法：水开后蒸八分钟。', 'distillation:蒸', 0],
    ['鱼洗干净，蒸它八分钟。顺便说，Claude 写的菜谱不错。', 'distillation:蒸', 0],
    ['直播：说是用了两万多个假号偷偷蒸馏 Claude。', 'distillation:假号', 1],
  ]);
});

describe('detect (living with the restrictions: their scope, the 50% in chats, other bans in the same texts)', () => {
  itFindsCounts([
    ['群聊：Anthropic 去年对中资持股超过 50% 的公司停止服务。\n阿伟：对，母公司占股太多，算在限制范围里。', 'policy:限制', 1],
    ['Forum: From what I read, Anthropic only bars companies above 50%. Am I right that we are fine?', 'policy:50%', 1],
    ['Note: the parent company owns more than 50% of us, and Anthropic no longer serves companies like ours.', 'policy:50%', 1],
    ['Slack: Anthropic cut off Chinese-owned firms. Also, the office VPN policy already bans unapproved tunnels.', 'policy:bans', 0],
    ['Reminder: the faculty bans laptops during exams. Separately, Anthropic restricts Chinese-owned companies.', 'policy:bans', 0],
    ['最后吐槽：学校图书馆的数据库也有校外访问限制。另：Anthropic 不支持中国地区。', 'policy:访问限制', 0],
  ]);
});

describe('detect (a short form inside another word)', () => {
  itFindsCounts([
    ['网易云评论：岁月暗淡，依稀宇宙尽头。月之暗面和稀宇都被点名蒸馏。', 'moonshot-ai:月暗', 0],
    ['网易云评论：岁月暗淡，依稀宇宙尽头。月之暗面和稀宇都被点名蒸馏。', 'minimax:稀宇', 1],
    ['年逾古稀宇航员重返太空。稀宇科技发布新模型。', 'minimax:稀宇', 0],
    ['点名三家：ds、月暗、稀宇', 'moonshot-ai:月暗', 1],
  ]);
});

describe('detect (a headline verb after Claude is no surname)', () => {
  itFindsCounts([
    ['# Claude Reviews Claude Code\n\nWe asked Claude to read its own leaked source.', 'anthropic:Claude', 2],
    ['Video title says "Claude LEAKED" but it was the CLI, not the model.', 'anthropic:Claude', 1],
    ['- Hired Claude Ferreira as VP Sales. Claude starts on 4 May. Our engineers use Claude Code daily.', 'anthropic:Claude', 0],
  ]);
});

describe('detect (national security as the reason a writer says the firm gave, on a page about the policy)', () => {
  const thread = (reply: string) =>
    `Anthropic stopped serving companies more than 50% owned from China.\n\nreply: ${reply}`;
  itFindsCounts([
    [thread('And they justified it as national security. Whether you buy that is another matter.'), 'policy:national security', 1],
    [thread('the "national security" framing is doing a lot of work here'), 'policy:national security', 1],
    [thread('Off topic: my landlord is a national security nut.'), 'policy:national security', 0],
    [thread('TikTok is different: the law cites national security and forces a sale.'), 'policy:national security', 0],
  ]);
});

describe('detect (the adversarial-nation phrase in other Chinese words; the US legal term stays out)', () => {
  itFindsCounts([
    ['译文：Anthropic 称，像中国这样的对抗性国家的公司将无法使用 Claude。', 'policy:对抗性国家', 1],
    ['The Commerce rule bars companies majority-owned by firms in a foreign adversary nation from selling car parts.', 'policy:adversary nation', 0],
  ]);
});

describe('detect (the ownership rule in other words; zones, stops and accounts of other things)', () => {
  itFindsCounts([
    ['Anthropic will no longer sell to any business that is more than half owned by an entity headquartered in China.', 'policy:more than half owned', 1],
    ['回覆：Anthropic 的理由寫了國家安全，說中國法律可以強制企業交出數據。', 'policy:國家安全', 1],
    ['逛展攻略：R1 区是机器人厂商（与 DeepSeek-R1 无关）；K2 区是月之暗面展台，体验 Kimi K2。', 'deepseek:R1', 0],
    ['公交站表：海螺村 Hailuo Village；星野小学 Xingye Primary。MiniMax 的海螺 AI 在另一站。', 'minimax:Hailuo', 0],
    ['Module 1: fraudulent accounts receivable. Module 4: how Anthropic says 24,000 fraudulent accounts distilled Claude.', 'distillation:fraudulent accounts', 1],
  ]);
});

describe('detect (nicknames with their full name near: ant, 小鲸鱼)', () => {
  itFindsCounts([
    ['bo: anthropic says the chinese labs distilled claude\nkai: ant again? they also leaked their own cli lol', 'anthropic:ant', 1],
    ['ham notes: ant 1 = the 40 m dipole. Anthropic makes Claude, unrelated.', 'anthropic:ant', 0],
    ['meg: ant is hosting the book club next month!\nruth: yay ant\'s flat has the best snacks', 'anthropic:ant', 0],
    ['群聊：DeepSeek 又更新了\n回复：小鲸鱼这次被 A社 点名蒸馏了', 'deepseek:小鲸鱼', 1],
    ['接送群：小鲸鱼班明天春游。另外 DeepSeek 写的通知不错。', 'deepseek:小鲸鱼', 0],
    ['Anthropic stopped serving companies more than 50% owned from China.\n\nreply: I do not trust their national security claims.', 'policy:national security', 1],
  ]);
});
