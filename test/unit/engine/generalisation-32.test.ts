import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 55, after the sixteen private probes of real web pages: names written as code (inline code, a
 * configuration value) are identifiers, as the real-page labellers read them. The cases are written here
 * in our own words; none is taken from those pages.
 */

describe('detect (names written as code are identifiers)', () => {
  itFindsCounts([
    ['Switch the router to `kimi-k2-0711-preview` and restart it.', 'moonshot-ai:kimi-k2', 0],
    ['Run `claude --model deepseek-v4-pro` if the default times out.', 'deepseek:deepseek-v4', 0],
    ['Run `claude --model deepseek-v4-pro` if the default times out.', 'deepseek:deepseek', 0],
    ['The template lives in `templates/MiniMax-M1.jinja` now.', 'minimax:MiniMax-M1', 0],
    ['{\n  "ANTHROPIC_MODEL": "MiniMax-M2",\n  "API_TIMEOUT_MS": "600000"\n}', 'minimax:MiniMax-M2', 0],
    ['export ANTHROPIC_MODEL="kimi-k2-turbo-preview"', 'moonshot-ai:kimi-k2', 0],
    ['  model: "claude-sonnet-4-5"', 'anthropic:claude-sonnet-4', 0],
  ]);
});

describe('detect (prose next to code stays prose)', () => {
  itFindsCounts([
    // The leaked package is the story itself, in code or not.
    ['Version 2.1.88 of `@anthropic-ai/claude-code` shipped with a source map.', 'anthropic:@anthropic-ai/claude-code', 1],
    // A quoted error message is words a reader reads.
    ['It fails with `Access to Anthropic models is not allowed from unsupported countries`.', 'anthropic:Anthropic', 1],
    ['We moved from `gpt-4o` to Kimi K2 last week.', 'moonshot-ai:Kimi K2', 1],
    // A quotation after a colon is speech, not a setting.
    ["One post read: 'Anthropic's code is now public'.", 'anthropic:Anthropic', 1],
    ['Headline: "DeepSeek denies the claims"', 'deepseek:DeepSeek', 1],
    ['DeepSeek said: "DeepSeek" is a registered name.', 'deepseek:DeepSeek', 2],
  ]);
});

describe('detect (a product and a misspelt name)', () => {
  itFindsCounts([
    ['MiniMax 的对话产品海螺问问上线了语音功能。', 'minimax:海螺问问', 1],
    ['我试了海螺问问，回答挺快。', 'minimax:海螺问问', 1],
    ["Dario Amadei's essay on chips drew wide comment.", 'dario-amodei:Dario Amadei', 1],
  ]);
});

/**
 * Round 56, after a seventeenth (threads) and an eighteenth (mostly Chinese) private probe of real pages, scored
 * blind first (F1 0.961 and 0.962).
 */
describe('detect (names written without spaces)', () => {
  itFindsCounts([
    ['测评对象：Claude3.5Sonnet、Claude3Opus 和 GPT-4o。', 'anthropic:Claude3.5Sonnet', 1],
    ['测评对象：Claude3.5Sonnet、Claude3Opus 和 GPT-4o。', 'anthropic:Claude3Opus', 1],
    ['代码补全我们换成了 DeepSeekCoderV2，中文注释更自然。', 'deepseek:DeepSeekCoderV2', 1],
    ['MiniMax-M1 is the work of MiniMaxAI on efficient attention.', 'minimax:MiniMaxAI', 1],
    ['The Shanghai firm Xiyu Technology, better known as MiniMax, listed in Hong Kong.', 'minimax:Xiyu Technology', 1],
  ]);
});

describe('detect (bans that are not the China policy)', () => {
  itFindsCounts([
    // One user's account, and Anthropic cutting off a third-party tool: no China in either.
    ['只是写了一个 CLAUDE.md 文件，我就被Claude永久封禁了！', 'policy:封禁', 0],
    ['Anthropic被曝蓄意封锁OpenCode等第三方工具，Claude Code 用户叫苦。', 'policy:封锁', 0],
    // Washington, not Anthropic, restricting China.
    ['DeepSeek 崛起後引發質疑，華府基於國家安全憂慮，致力限制中國取得高階技術。', 'policy:限制', 0],
    ['Anthropic 宣布限制中国资本控股的企业使用 Claude。', 'policy:限制', 1],
  ]);
});

/** Round 57, after holdout68 (the China policy and its neighbours), scored blind first (F1 0.978 English, 0.944 Chinese). */
describe('detect (national security given as the reason, in more words)', () => {
  itFindsCounts([
    ['Anthropic justified the change with national security.', 'policy:national security', 1],
    ['Anthropic says the rule on Chinese-owned customers is driven by national security, not sanctions law.', 'policy:national security', 1],
    ['Anthropic 更新了服务条款，新规基于国家安全考量。', 'policy:国家安全', 1],
    // A government, not an AI firm.
    ['The senate passed the TikTok bill, driven by national security worries about China.', 'policy:national security', 0],
  ]);
});

describe('detect (enemies in games and bans inside a company)', () => {
  itFindsCounts([
    ['这款策略游戏里电脑AI太激进，刚开局就被敌对国家宣战。我后来让 Kimi 帮我写攻略。', 'policy:敌对国家', 0],
    ['Anthropic 把中国等敌对国家控股的企业排除在服务之外。', 'policy:敌对国家', 1],
    ['据报道，一家中国大厂通知员工下月起内部禁用 Claude Code。', 'policy:禁用', 0],
  ]);
});

/**
 * Round 58, after holdout69 (developer pages with code, blind 0.913 English, 0.918 Chinese) and holdout70
 * (conversational threads, blind 0.933 English, 0.926 Chinese).
 */
describe('detect (names in configuration, files, paths and calls)', () => {
  itFindsCounts([
    ['providers:\n  - name: deepseek\n    model: deepseek-chat   # the cheap one', 'deepseek:deepseek', 0],
    ['{ "name": "moonshot", "models": ["kimi-k2-turbo-preview"] }', 'moonshot-ai:kimi-k2', 0],
    ['tar -xzf anthropic-ai-claude-code-2.1.88.tgz && ls package', 'anthropic:claude-code', 0],
    ['from anthropic import Anthropic\nclient = Anthropic(api_key=key)', 'anthropic:Anthropic', 0],
    ['3c09e8a fix(deepseek): keep reasoning content between turns', 'deepseek:deepseek', 0],
    // The prose around the code still counts.
    ['We route long prompts to Kimi K2 (see the config below).', 'moonshot-ai:Kimi K2', 1],
  ]);
});

describe('detect (a name at the end of a line is not versioned by the next line)', () => {
  itFindsCounts([
    ['09:18 小林：A社指控三家实验室用虚假账户刷 Claude\n09:19 老周：两件事别混了', 'anthropic:Claude', 1],
    ['09:18 小林：A社指控三家实验室用虚假账户刷 Claude\n09:19 老周：两件事别混了', 'anthropic:Claude\n09', 0],
  ]);
});

describe('detect (R2, K2 and Opus as other things beside the story)', () => {
  itFindsCounts([
    ['他贴的是 R2 存储桶的链接，R2 是 Cloudflare 的对象存储，不是 DeepSeek 的模型。', 'deepseek:R2', 0],
    ['家里的斐讯 K2 路由器太老了，调 Kimi K2 的接口经常超时。', 'moonshot-ai:K2', 0],
    ['让 Claude Opus 4.5 写了个把 wav 转 opus 的脚本，还解释了 opus 在低码率下为什么比 mp3 好。', 'anthropic:opus', 0],
    ['前方高速出口管制，导航提示绕行；另一边 Anthropic 的 CEO 又在呼吁芯片出口管制。', 'policy:出口管制', 1],
  ]);
});

describe('detect (Hailuo named by the videos people make with it)', () => {
  itFindsCounts([
    ['用了半年海螺做短视频，才知道背后是稀宇科技。', 'minimax:海螺', 1],
    ['我天天拿海螺生成猫猫视频。', 'minimax:海螺', 1],
    ['周末去赶海，捡了一桶海螺，拍了个视频。', 'minimax:海螺', 0],
    ['海螺沟的风景视频太美了。', 'minimax:海螺', 0],
  ]);
});

/** Round 59, from holdout70's threads. */
describe('detect (the same words in a chat about something else)', () => {
  itFindsCounts([
    ['Asked DeepSeek to design a minimax FIR filter; Claude explained equiripple better.', 'minimax:minimax', 0],
    ['看到 Claude Code 又泄露了源码，我第一反应是“又来”。评论：这条最容易泄露年龄了', 'leak:泄露', 1],
    ['群公告：本群禁止发公司代码截图。另外 Anthropic 禁止中资控股公司使用 Claude 的事大家知道了吧', 'policy:禁止', 1],
    ['CC姐：周报发我。阿杰：好的，CC姐。小林：公司 Claude Code 的账号还能用吗？', 'anthropic:CC', 0],
    ['群晖 DS 系列就老老实实存文件，推理交给 DeepSeek 的 API。', 'deepseek:DS', 0],
  ]);
});

/** Round 60, after holdout72 (the leak and the distillation accusations beside their neighbours), blind 0.982 / 0.966. */
describe('detect (other leaks and other distillation beside the story)', () => {
  itFindsCounts([
    ['Risks: a data leak at a consumer app, and more fallout from the Claude Code leak.', 'leak:leak', 1],
    ['Claude Code found the .env file with a live key; that key had leaked for ten minutes.', 'leak:leaked', 0],
    ['蠕虫借 Claude Code 搜索密钥，大量 npm 和 GitHub 令牌因此泄露。', 'leak:泄露', 0],
    // "No user data leaked" is still about the story.
    ['Anthropic 称 Claude Code 源码泄露系人为失误，没有用户数据泄露。', 'leak:泄露', 1],
    ['Anthropic 称 Claude Code 源码泄露系人为失误，没有用户数据泄露。', 'leak:源码泄露', 1],
    ['药典规定挥发油含量用水蒸气蒸馏法测定；另一边 Anthropic 指控 DeepSeek 蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['我问 Claude 常压蒸馏和减压蒸馏怎么选，它讲得很清楚。', 'distillation:蒸馏', 0],
  ]);
});

/** Round 61, after holdout73 (pages about something else that mention the story in passing), blind 0.932 / 0.943. */
describe('detect (things on other pages that share the story\'s words)', () => {
  itFindsCounts([
    ['用 DeepSeek-R1 出电路题：R1 与 R2 并联后再与 R3 串联，已知 R1=6Ω。', 'deepseek:R2', 0],
    ['车友们，DS 7 和途观怎么选？deepseek 说 DS 的保值率偏低。', 'deepseek:DS', 0],
    ['Hiring: our DS team (four data scientists) works with DeepSeek and Claude daily.', 'deepseek:DS', 0],
    ['日本更新半导体制造设备出口管制清单；另一边，Anthropic 的阿莫迪主张加强芯片出口管制。', 'policy:出口管制', 1],
    ['学校答复：Claude 在我国属于不支持的地区，且有年龄限制，不建议使用。', 'policy:限制', 0],
    ['一位老教练的“月之暗面”：那些没人看见的训练课。隔壁版面在聊 DeepSeek。', 'moonshot-ai:月之暗面', 0],
    ['月之暗面的 Kimi 上线了新模型，DeepSeek 也有更新。', 'moonshot-ai:月之暗面', 1],
    ['Then he started leaking runs, and 23 came off the over. Meanwhile the Claude Code leak rolls on.', 'leak:leaking', 0],
  ]);
});
