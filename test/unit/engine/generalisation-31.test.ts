import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 49, after two more private probes of real web pages, scored blind first as measures (F1 0.949 and 0.957) and
 * then read for classes of error. The cases are written here in our own words; none is taken from those pages.
 */

describe('detect (Hailuo by its version number, or right after MiniMax)', () => {
  itFindsCounts([
    ['我们同时在跑海螺 2.3 和海螺 02 两个视频模型。', 'minimax:海螺 2.3', 1],
    ['我们同时在跑海螺 2.3 和海螺 02 两个视频模型。', 'minimax:海螺 02', 1],
    ['稀宇科技 MiniMax 海螺系列更新很快。', 'minimax:海螺', 1],
    ['菜市场里海螺 2 斤起卖，海螺 1.5 元一个。', 'minimax:海螺', 0],
    ['衬衫评分：海螺 8.7｜雅戈尔 9.0', 'minimax:海螺 8.7', 0],
    ['神奇海螺说：不可以。', 'minimax:海螺', 0],
  ]);
});

describe('detect (the policy as Hong Kong and Taiwan outlets write it)', () => {
  itFindsCounts([
    ['Anthropic 擴大限制華企使用 Claude，並點名美國的敵手國家。', 'policy:限制', 1],
    ['Anthropic 擴大限制華企使用 Claude，並點名美國的敵手國家。', 'policy:敵手國家', 1],
    ['两队是老对手，敌手国家德比一票难求。', 'policy:敌手国家', 0],
    // Anthropic tying the distillation campaign to national security.
    ['Anthropic 指三家实验室以蒸馏方式提取 Claude 的能力，警告此类行为构成国家安全风险。', 'policy:国家安全', 1],
    ['议员以国家安全为由，要求审查这宗收购案。', 'policy:国家安全', 0],
  ]);
});

describe('detect (names as people type them)', () => {
  itFindsCounts([
    ['Leaderboard: Deep Seek V3.2 and Mini Max M2.1 both moved up this week.', 'deepseek:Deep Seek V3.2', 1],
    ['Leaderboard: Deep Seek V3.2 and Mini Max M2.1 both moved up this week.', 'minimax:Mini Max M2.1', 1],
    ['Model card by MoonshotAI: Kimi K2 Thinking, open weights.', 'moonshot-ai:MoonshotAI', 1],
    ['Cluade 又更新了，Anthropic 这次加了新功能。', 'anthropic:Cluade', 1],
    ['Anthropic says the labs used 24,000 deceptive accounts to query Claude.', 'distillation:deceptive accounts', 1],
    ['The survey found deceptive accounts of the battle in both armies\' diaries.', 'distillation:deceptive accounts', 0],
  ]);
});

describe('detect (more of the ways reporters write the story)', () => {
  itFindsCounts([
    ['Anthropic described the move as necessary for national security, and said it would cost revenue.', 'policy:national security', 1],
    ['The mayor described the bridge as necessary for national security in a speech on trade.', 'policy:national security', 0],
    ['Anthropic 称，三家实验室的做法违反服务条款，也突破了相关区域的访问限制。', 'policy:访问限制', 1],
    ['Inside DeepSeek, Moonshot, MiniMax and the Claude Distillation Trap', 'anthropic:Claude', 1],
    ['Claude Monet and the Water Lilies', 'anthropic:Claude', 0],
  ]);
});

describe('detect (leaks in the plural on a page about the leak)', () => {
  itFindsCounts([
    // A plural names a kind of event, not the story's one, unless the story is right there.
    ["From the editor: a week of leaks, some of them big. The week went by fast, the team met every morning, the weather stayed mild, and the new intern found the canteen on the second day without asking anyone the way.\n\nOur lead story: Anthropic's Claude Code leak.", 'leak:leaks', 0],
    ["Anthropic's Claude Code leaks: the source map and the earlier inline map.", 'leak:leaks', 1],
  ]);
});

describe('detect (national security as an office, and a government\'s export limits)', () => {
  itFindsCounts([
    ['Former deputy national security advisor Lee Park said Anthropic was right to restrict Chinese-owned firms.', 'policy:national security', 0],
    ['台湾国安局表示，Anthropic 限制中资企业使用 Claude 与其无关。', 'policy:国安', 0],
    ['Anthropic cited national security when it restricted Chinese-owned firms from Claude.', 'policy:national security', 1],
    ['美国对中国实施模型权重出口限制，Anthropic 也限制中资企业使用 Claude。', 'policy:限制', 1],
  ]);
});

describe('detect (the region message as a Chinese thread quotes it)', () => {
  itFindsCounts([
    ['Claude Code 一直报错：不支持你当前所在的地区，换了节点也不行。', 'policy:不支持你当前所在的地区', 1],
    ['这家外卖平台不支持你当前所在的地区配送，换个地址试试。', 'policy:不支持你当前所在的地区', 0],
  ]);
});

describe('detect (a Claude version written without a space)', () => {
  itFindsCounts([
    ['Anthropic 的 Claude4 在编程评测里领先。', 'anthropic:Claude4', 1],
    ['Claude 3.7 Sonnet and Claude4 Opus both ran the suite.', 'anthropic:Claude4 Opus', 1],
  ]);
});

describe('detect (another transliteration of Amodei)', () => {
  itFindsCounts([
    ['Anthropic 首席执行官达里奥·阿莫代撰文，主张收紧芯片出口管制。阿莫代认为差距仍在。', 'dario-amodei:达里奥·阿莫代', 1],
    ['Anthropic 首席执行官达里奥·阿莫代撰文，主张收紧芯片出口管制。阿莫代认为差距仍在。', 'dario-amodei:阿莫代', 1],
    ['达里奥·阿莫代伊在达沃斯发言。', 'dario-amodei:达里奥·阿莫代伊', 1],
    ['阿莫代的茶馆今天开张了。', 'dario-amodei:阿莫代', 0],
  ]);
});

describe('detect (round 53: after the tenth to twelfth real-page measures)', () => {
  itFindsCounts([
    // Another of Anthropic's leaks (the Claude Mythos draft in its CMS) is not the source-code leak.
    ["Anthropic's Claude Code source leak came days after a CMS slip exposed drafts about Claude Mythos.\n\nThe CMS leak showed about 3,000 unpublished files.", 'leak:leak', 1],
    // 製 is the Traditional form of 制 (限製 as some Taiwanese pages print 限制).
    ['這是首個針對中資背景進行服務限製的美國AI公司，Anthropic 率先出手。', 'policy:限製', 1],
    // Moonshot's coding products by name.
    ['cc-switch 添加了 Kimi Code 预设，也支持 Kimi For Coding。', 'moonshot-ai:Kimi Code', 1],
  ]);
});

describe('detect (the claude command, and versions written as one name)', () => {
  itFindsCounts([
    // The command in a thread is an identifier, as the labelling rules keep it.
    ['Anthropic says to update Claude Code: run `claude`, then claude --version, then claude /logout.', 'anthropic:claude', 0],
    ['I asked Claude, the Anthropic assistant, to fix the bug, and Claude said the tests were wrong.', 'anthropic:Claude', 2],
    // A slash or hyphens keep one model name one mention.
    ['It rivals Claude 3.5/3.7 Sonnet on code.', 'anthropic:Claude 3.5/3.7 Sonnet', 1],
    ['It rivals Claude-3.5-Sonnet on code.', 'anthropic:Sonnet', 0],
  ]);
});

describe('detect (one more transliteration of Amodei)', () => {
  itFindsCounts([
    ['Anthropic CEO 阿姆戴伊在达沃斯说，向中国出口芯片是个错误。', 'dario-amodei:阿姆戴伊', 1],
    ['阿姆戴伊家的小店今天开门。', 'dario-amodei:阿姆戴伊', 0],
  ]);
});

describe('detect (blocks as a noun in API threads)', () => {
  itFindsCounts([
    ['The proxy keeps thinking blocks intact for DeepSeek and Kimi, and strips signed blocks for Anthropic.', 'policy:blocks', 0],
    ['Anthropic blocks Chinese-owned firms from Claude.', 'policy:blocks', 1],
  ]);
});
