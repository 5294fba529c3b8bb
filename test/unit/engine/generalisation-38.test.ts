import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 116 and after (twelfth session), from holdout147 (headlines, front pages and alerts), holdout148 (social
 * posts: hashtags, handles, reposts) and holdout149 (distillation explained, the technique beside the accusations).
 * The cases are written here in our own words; none is taken from a set.
 */

describe('detect (the labs\' own accounts on X)', () => {
  itFindsCounts([
    ['RT @deepseek_ai: our new weights are out today', 'deepseek:@deepseek_ai', 1],
    ['Replying to @Kimi_Moonshot\nwhen does the long-context mode come back?', 'moonshot-ai:@Kimi_Moonshot', 1],
    ['"no comment on the report" — @MiniMax__AI, more or less', 'minimax:@MiniMax__AI', 1],
    ['回复 @DarioAmodei\n想问一下中资控股的小公司为什么也不能用', 'dario-amodei:@DarioAmodei', 1],
    // A handle that only looks like theirs is someone else's account.
    ['@deepseek_ai_fan posted another meme about whales', 'deepseek:@deepseek_ai', 0],
  ]);
});

describe('detect (names run together in a camel-case hashtag)', () => {
  itFindsCounts([
    ['still scrolling #ClaudeCodeLeak at 2am, the prompts are wild', 'anthropic:ClaudeCode', 1],
    ['#AnthropicLeak is trending again', 'anthropic:Anthropic', 1],
    ['benchmarks are out #MiniMaxM2 #opensource', 'minimax:MiniMaxM2', 1],
    ['the keynote clip everyone shares #DarioAmodeiInterview', 'dario-amodei:DarioAmodei', 1],
    ['#IStandWithClaude: still the best AI model for my tests, outage or not', 'anthropic:Claude', 1],
    // Another name after the given name: the painter, the driver.
    ['Water lilies at the AI art fair #ClaudeMonet #ImpressionismAI', 'anthropic:Claude', 0],
    ['what a lap #KimiRaikkonen #F1 #AI', 'moonshot-ai:Kimi', 0],
    // A lower-case tag has no word boundaries to read.
    ['#claudecodeleak', 'anthropic:claudecode', 0],
  ]);
});

describe('detect (Claude with China and a ban right after it)', () => {
  itFindsCounts([
    ['opinion: the Claude China ban was always going to push firms to resellers', 'anthropic:Claude', 1],
    ['opinion: the Claude China ban was always going to push firms to resellers', 'policy:ban', 1],
    ['Claude Chinatown Tours: the ban on buses in the old town starts Monday', 'anthropic:Claude', 0],
  ]);
});

describe('detect (a restriction named again a paragraph after the policy)', () => {
  itFindsCounts([
    [
      'In September Anthropic stopped serving companies more than 50% owned by Chinese entities.\n\nResellers were slow to react.\n\nThe restrictions also reached subsidiaries abroad.',
      'policy:restrictions',
      1,
    ],
    // A ban of something else, with its object after it.
    [
      'In September Anthropic stopped serving companies more than 50% owned by Chinese entities.\n\nOn campus news: the ban on e-scooters in the library starts in May.',
      'policy:ban',
      0,
    ],
  ]);
});

describe('detect (kinds of distillation in lecture notes; distilling sauces and solvents)', () => {
  itFindsCounts([
    // The kinds are the technique's own words; the accusation at the end is the story.
    ['第七讲 常见做法：响应蒸馏只看输出，特征蒸馏对齐中间层。\n\n延伸阅读：Anthropic 指控 DeepSeek 蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Anthropic says three labs distilled Claude. Meanwhile, chefs distill sauces down to a glaze.', 'distillation:distill', 0],
    ['快讯：DeepSeek 被指蒸馏 Claude。另讯：某企业电解液蒸馏回收线投产。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (codes of kit and cars beside the DeepSeek models)', () => {
  itFindsCounts([
    ['Our plant predates DeepSeek-R1: valve V3 and reactor R1 kept their old tags.', 'deepseek:V3', 0],
    ['Our plant predates DeepSeek-R1: valve V3 and reactor R1 kept their old tags.', 'deepseek:R1', 0],
    ['车友群：长城说要接入 DeepSeek，可我这台欧拉R1 硬件不支持。', 'deepseek:R1', 0],
    ['DeepSeek V3 and R1 both run on our cluster.', 'deepseek:R1', 1],
  ]);
});

describe('detect (figurative 外泄, a singer called Kimi, impostor accounts)', () => {
  itFindsCounts([
    ['今晚舞台霸气外泄！顺便说一句，Claude Code 的源码那事我到现在也没看懂，外泄了五十万行。', 'leak:外泄', 1],
    ['#Kimi新歌MV# 今天上线，和月之暗面的 Kimi 不是一个人', 'moonshot-ai:Kimi', 1],
    ['提醒：冒用“深度求索”名义的高仿号在发代币，这些虚假账号已被封禁，DeepSeek 从未发币。', 'distillation:虚假账号', 0],
  ]);
});

describe('detect (a lower-case company name with a possessive)', () => {
  itFindsCounts([
    ['lol the best part of anthropic\'s china rule is who it actually hits', 'anthropic:anthropic', 1],
    // The adjective takes no possessive: the anthropic principle stays out.
    ['the weak anthropic principle is not a prediction, says the cosmologist', 'anthropic:anthropic', 0],
  ]);
});

describe('detect (the ownership rule in chat words)', () => {
  itFindsCounts([
    ['群聊：Anthropic 那条规定你们看了吗\n回复：看了，中资过半就不行，我们公司正好卡线', 'policy:过半', 1],
    ['家长群：孩子说 Anthropic 的 Claude 对中资控股超过 50% 的公司也不开放\n回复：超过一半就算？\n回复：嗯，超过一半就算', 'policy:超过一半', 2],
    // Half of revenue, half of the people: no ownership rule.
    ['财报：MiniMax 海螺AI 收入贡献过半，Talkie 海外用户超过一半。', 'policy:过半', 0],
    ['财报：MiniMax 海螺AI 收入贡献过半，Talkie 海外用户超过一半。', 'policy:超过一半', 0],
  ]);
});

describe('detect (US export controls on AI chips on a page about the Chinese labs)', () => {
  itFindsCounts([
    ['分析：H20 本是为符合出口管制而设计的芯片，国内大厂曾为部署 DeepSeek 大量采购。', 'policy:出口管制', 1],
    ['Risk factors: access to advanced chips could be limited by US export controls, DeepSeek said in its filing.', 'policy:export controls', 1],
    // Export controls on other goods beside a lab.
    ['日本对韩国的氟化氢出口管制已于 2023 年取消。另讯：DeepSeek 发布新模型。', 'policy:出口管制', 0],
  ]);
});

describe('detect (another rule before a pointing word, in a chat about the policy)', () => {
  itFindsCounts([
    [
      '群聊：Anthropic 对中资控股超过 50% 的企业停止服务。\n回复：那我们换 DeepSeek 吧。\n回复：宿舍也出新规了，电热毯一律禁止，跟这个一样一刀切',
      'policy:禁止',
      0,
    ],
    ['Our Claude org was shut because we are majority-owned from Shenzhen. Stand-up: blocked on the eval harness until IT moves us.', 'policy:blocked', 0],
  ]);
});

describe('detect (whose ban it is: its own object after it, its owner before it)', () => {
  itFindsCounts([
    ['People mix up two stories: that Anthropic stopped serving Chinese-owned firms, and that a bank has a ban on ChatGPT for its traders.', 'policy:ban', 0],
    ['Explainer: Italy has a ban on DeepSeek, the app, for its civil servants. Anthropic has restrictions on companies majority-owned from China.', 'policy:ban', 0],
    ['Explainer: Italy has a ban on DeepSeek, the app, for its civil servants. Anthropic has restrictions on companies majority-owned from China.', 'policy:restrictions', 1],
    ['Anthropic justified the ban on national security grounds, the filing says, and China called it discriminatory.', 'policy:ban', 1],
    ['India\'s 2020 ban on Chinese apps is older than anything Anthropic or Claude did.', 'policy:ban', 0],
    ['Listen to what Anthropic wrote. It\'s a ban on companies that are more than 50% Chinese-owned.', 'policy:ban', 1],
  ]);
});

describe('detect (source maps as everyday tooling on pages about the leak)', () => {
  itFindsCounts([
    ['After the Claude Code leak: Bun\'s bundler has four sourcemap modes, and only "none" keeps them out of the npm package.', 'leak:sourcemap', 0],
    ['Lessons from Claude Code 2.1.88: how not to ship your source map in an npm package.', 'leak:source map', 0],
    ['总结：Claude Code 这次泄露说明了问题，但 source map 本身不是问题，问题是发到了 npm 上。', 'leak:source map', 0],
    // The leaked file itself, pointed at: it is plain text.
    ['并无“解密”：Claude Code 的那个 source map 文件本身就是明文。', 'leak:source map', 1],
    ['Claude Code 2.1.88 shipped a source map in its npm package, and the source was rebuilt from it.', 'leak:source map', 1],
  ]);
});

describe('detect (the story\'s objects of a restriction as real pages write them)', () => {
  itFindsCounts([
    ['Anthropic said it toughened restrictions on "authoritarian regions" such as China.', 'policy:restrictions', 1],
    ['Claude maker Anthropic moved to tighten restrictions on access to its technology for Chinese-owned firms.', 'policy:restrictions', 1],
  ]);
});

describe('detect (a speaker label in brackets, its colon glued to the name)', () => {
  itFindsCounts([
    ['[Jerry]：Claude Code 那个泄露闹得挺大\n[Amy@Amazon]：source map 那个？我看 HN 上讨论了一天', 'leak:source map', 1],
    ['Leo（技术）：ds 加 mm，语音走海螺的接口。A社去年起中资控股过半的公司一律不给用，所以换了 DeepSeek', 'deepseek:ds', 1],
    // Code keeps its glue: a key and its value.
    ['config: {"model": "x"}, then ds:deepseek-chat in the map, no Anthropic here', 'deepseek:ds', 0],
  ]);
});

describe('detect (cc beside another coding agent in a chat)', () => {
  itFindsCounts([
    ['[09:02] ana: cc or cursor for a side project?\n[09:03] ben: cc if you like the terminal', 'anthropic:cc', 2],
    // A carbon copy beside a mouse cursor is neither.
    ['Move the cursor to the To field and cc the finance team on the invoice.', 'anthropic:cc', 0],
  ]);
});

describe('detect (a product that is a given name, as a lower-case chat speaker)', () => {
  itFindsCounts([
    ['ted: anyone using deepseek for the rota?\nkimi: i\'ll tell the yard first\nted: ok kimi, thanks', 'moonshot-ai:kimi', 0],
    ['[21:14] claude: i can cover thursday night\n[21:15] mo: thanks claude. the county bought some ai thing from anthropic', 'anthropic:claude', 0],
    // A capitalised label in a review or a glossary names the product.
    ['Verdict by tool\nClaude: best at long documents\nDeepSeek: cheapest per token', 'anthropic:Claude', 1],
    // The product in the message itself, with no speaker of that name.
    ['ted: anyone tried kimi from moonshot ai for the rota?\njo: deepseek works for me', 'moonshot-ai:kimi', 1],
  ]);
});

describe('detect (codes of places, machines and grades beside the model names)', () => {
  itFindsCounts([
    ['Asset register: laptop HC-0413 in Studio R1, camera in Cage V3. We also trialled DeepSeek V3.2 and Kimi K2.', 'deepseek:R1', 0],
    ['Asset register: laptop HC-0413 in Studio R1, camera in Cage V3. We also trialled DeepSeek V3.2 and Kimi K2.', 'deepseek:V3', 0],
    ['Board bring-up: rev R2 fixes the footprint. I asked DeepSeek R1 to check the schematic.', 'deepseek:R2', 0],
    ['知乎回答：仓库说的 R1 是 R1 货架，人事说的 K2 是 K2 职级。研发群里说的才是 DeepSeek R1 和 Kimi K2。', 'moonshot-ai:K2', 1],
    // The models themselves, side by side with their makers.
    ['Round 3: K2 was better at multi-step tool use, R1 at single tricky functions. Kimi K2 vs DeepSeek R1, a draw.', 'deepseek:R1', 1],
  ]);
});

describe('detect (a model code inside another code, after its prefix and hyphen)', () => {
  itFindsCounts([
    ['Product page: DeskPro standing desk (SKU DP-V3-BLK). The seller says DeepSeek V3 wrote the listing.', 'deepseek:V3', 0],
    ['Helpdesk: removed the miner from build agents DEV-K2 and DEV-R1. Kimi K2 summarised the ticket.', 'moonshot-ai:K2', 0],
    // The maker glued to its model is one longer name.
    ['We moved the eval from DeepSeek-R1 to Kimi-K2 last week.', 'deepseek:DeepSeek-R1', 1],
  ]);
});

describe('detect (Anthropic banning accounts; product lines that share a name)', () => {
  itFindsCounts([
    ['In February Anthropic said it had banned about 24,000 fraudulent accounts tied to DeepSeek, Moonshot AI and MiniMax.', 'policy:banned', 0],
    ['Anthropic banned companies majority-owned from China in September.', 'policy:banned', 1],
    ['Stationery catalogue: Haiku pocket notebook, A6 — £4.50; Sonnet rollerball, brass. We write the copy with Claude Opus 4.6.', 'anthropic:Haiku', 0],
    ['Stationery catalogue: Haiku pocket notebook, A6 — £4.50; Sonnet rollerball, brass. We write the copy with Claude Opus 4.6.', 'anthropic:Sonnet', 0],
    ['Our team uses Haiku for summaries and Sonnet for code review; Claude Opus only for planning.', 'anthropic:Haiku', 1],
  ]);
});
