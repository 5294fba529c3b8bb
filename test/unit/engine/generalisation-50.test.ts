import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Thirtieth session: probes written from scratch in our own words, none taken from a set. */

describe('detect (a disambiguation page\'s headword: "Kimi (disambiguation)", "Kimi may refer to:", 月之暗面（消歧义）)', () => {
  itFindsCounts([
    ['Kimi (disambiguation)\n\nKimi may refer to:\n• Kimi (chatbot), an assistant made by Moonshot AI', 'moonshot-ai:Kimi', 1],
    ['Kimi\nKimi may refer to:\n\n• Kimi (given name), common in Finland\n• Kimi (chatbot), an assistant made by Moonshot AI', 'moonshot-ai:Kimi', 1],
    ['月之暗面（消歧义）\n\n月之暗面可以指：\n· 北京月之暗面科技有限公司，Kimi 的开发商\n· 月球背面', 'moonshot-ai:月之暗面', 0],
    ['蒸馏（消歧義）\n蒸馏可以指：\n· 化学中的分离方法\n· 蒸馏攻击：Anthropic 指控 DeepSeek 用虚假账户蒸馏 Claude', 'distillation:蒸馏', 1],
    // A headword's own sentence in prose is still a mention: the page is about the lab.
    ['Kimi, the chatbot Moonshot AI released in 2023, can now read whole books.', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (the code itself as what leaked: "the CLI leaked", "the TypeScript leaked")', () => {
  itFindsCounts([
    ['Anthropic published Claude Code with a source map, and the whole CLI leaked by lunchtime.', 'leak:leaked', 1],
    ['Anthropic published Claude Code with a source map, and all of its TypeScript leaked.', 'leak:leaked', 1],
    // Another firm named before the noun still owns its leak.
    ['Anthropic published Claude Code with a source map. Last year the Twitch leak was bigger.', 'leak:leak', 0],
  ]);
});

describe('detect (national security "as its reason")', () => {
  itFindsCounts([
    ['Anthropic stopped selling to firms majority-owned from China. The company gave national security as its reason.', 'policy:national security', 1],
    ['Anthropic stopped selling to firms majority-owned from China. A drone maker cited national security in another case.', 'policy:national security', 0],
  ]);
});

describe('detect (other things that leak: a label leak, an unreleased laptop)', () => {
  itFindsCounts([
    ['The Claude Code leak was in the news. In class: shuffling before the split avoids a label leak.', 'leak:leak', 1],
    ['Anthropic leaked Claude Code in March. Also this week: benchmark results of an unreleased laptop leaked.', 'leak:leaked', 1],
  ]);
});

describe('detect ("Moonshot" thinking in quotes, distilled feedback, a minimax regret bound 遗憾界)', () => {
  itFindsCounts([
    ['Week 4: "Moonshot" thinking in industrial policy\nWeek 5: Moonshot AI, DeepSeek and MiniMax', 'moonshot-ai:Moonshot', 0],
    ['Week 4: "Moonshot" thinking in industrial policy\nWeek 5: Moonshot AI, DeepSeek and MiniMax', 'moonshot-ai:Moonshot AI', 1],
    ['Anthropic accused DeepSeek of distillation. Separately, our team distilled feedback from users into a plan.', 'distillation:distilled', 0],
    ['MiniMax 被 Anthropic 点名蒸馏。论文：《Minimax遗憾界的紧性》', 'minimax:Minimax', 0],
  ]);
});

describe('detect (the leaked source map named with a demonstrative: 那个 source map 本身就是明文)', () => {
  itFindsCounts([
    ['Claude Code 的 npm 包里带了 cli.js.map，源码就此泄露。那个 source map 本身就是明文，谈不上解密。', 'leak:source map', 1],
    // Said of source maps in general, it is a definition.
    ['Claude Code 的源码泄露了。source map 本身就是调试用的文件，很多项目都有。', 'leak:source map', 0],
  ]);
});

describe('detect (a product-line word in the next sentence: "DeepSeek, Moonshot, MiniMax. (No, table 3 …")', () => {
  itFindsCounts([
    ['Q4: which three labs did Anthropic accuse? DeepSeek, Moonshot, MiniMax. (Sorry, table 2, it was not Kimi.)', 'moonshot-ai:Moonshot', 1],
    ['Q4: which three labs did Anthropic accuse? DeepSeek, Moonshot, MiniMax. (Sorry, table 2, it was not Kimi.)', 'minimax:MiniMax', 1],
  ]);
});

describe('detect (a document distilling its sources: "This note distills three lessons")', () => {
  itFindsCounts([
    ['Anthropic accused Chinese labs of distillation. This note distills four lessons from the export-control fights.', 'distillation:distills', 0],
    ['Anthropic accused Chinese labs of distillation. DeepSeek distills Claude, the company says.', 'distillation:distills', 1],
  ]);
});

describe('detect (leaks of other things: a cooling-system leak, a leaked list of cases)', () => {
  itFindsCounts([
    ['Anthropic leaked Claude Code in March. A data centre blamed a cooling-system leak for its outage.', 'leak:leak', 0],
    ['Anthropic leaked Claude Code in March. The agency would not discuss a leaked list of pending reviews.', 'leak:leaked', 1],
  ]);
});

describe('detect (a distiller\'s trade with its material: "distilling barley for 20 years")', () => {
  itFindsCounts([
    ['Anthropic says DeepSeek distilled Claude. "We have been distilling barley for thirty years," the owner laughs.', 'distillation:distilling', 0],
    ['Anthropic says DeepSeek distilled Claude. "We have been distilling barley for thirty years," the owner laughs.', 'distillation:distilled', 1],
  ]);
});

describe('detect (names as code: a header with its colon, a C function, the claude process)', () => {
  itFindsCounts([
    ['Anthropic answers 403.\n\n    curl -s https://api.example.net/v1/messages -H "anthropic-version: 2023-06-01"', 'anthropic:anthropic', 0],
    ['The minimax search is a recursion over the game tree.\n\n    int minimax(Node& n, int depth) {', 'minimax:minimax', 0],
    ['Claude Code 跑久了，top 里 claude 进程占了 5GB 内存。', 'anthropic:claude', 0],
  ]);
});

describe('detect (the ownership rule beside another clause\'s actor: "（持股超过50%）企业使用Claude；外交部…")', () => {
  itFindsCounts([
    ['2025-09-05 | Anthropic限制中资控股（持股超过50%）的企业使用Claude；外交部发言人回应称反对', 'policy:50%', 1],
    ['Markets: a Hong Kong developer fell after agreeing to sell its 50% stake in a hotel. Anthropic shares are private.', 'policy:50%', 0],
  ]);
});

describe('detect (a café or a SPAC named Moonshot: "Moonshot咖啡", "Moonshot Acquisition Corp")', () => {
  itFindsCounts([
    ['小组群：我在Moonshot咖啡占好座了。顺便说，月之暗面的 Kimi 查资料很快。', 'moonshot-ai:Moonshot', 0],
    ['PSA: Moonshot Acquisition Corp is a blank-check company, not Moonshot AI, the maker of Kimi.', 'moonshot-ai:Moonshot', 0],
    ['PSA: Moonshot Acquisition Corp is a blank-check company, not Moonshot AI, the maker of Kimi.', 'moonshot-ai:Moonshot AI', 1],
  ]);
});

describe('detect (a person\'s own distilling: "distilled her own small models"; a tutor called Kimi)', () => {
  itFindsCounts([
    ['Anthropic says the labs used fake accounts. Our guest, a researcher, has distilled her own small models for years.', 'distillation:distilled', 0],
    ['Parents group: Anthropic and Moonshot AI are in the news. Our Mandarin tutor Kimi is moving to Chengdu next month.', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (leaks in a lab and in a fish tank: 氦气检漏, 甲烷泄漏, 鱼缸渗水; "leak-proofing")', () => {
  itFindsCounts([
    ['Claude Code 源码泄露之后，实验室周报：质谱仪氦气检漏已完成，未发现泄漏。', 'leak:泄漏', 0],
    ['周二科技版在盯 Claude Code 的源码泄露，周一气候版刊出了卫星监测甲烷泄漏的长文。', 'leak:泄漏', 0],
    ['Someone read the Claude Code source map for leak-proofing advice on a fermenter.', 'leak:leak', 0],
    // A customer-data leak denied in the story is still the story's ("无客户资料泄露").
    ['Anthropic 称 Claude Code 源码外泄是人为失误，没有客户资料泄露。', 'leak:泄露', 1],
  ]);
});

describe('detect (50% ethanol; a distillation experiment 蒸馏实验; a MiniMax blender; a corgi called Kimi)', () => {
  itFindsCounts([
    ['Anthropic 限制中资企业使用 Claude。实验室提醒：75%乙醇用于台面消毒，请勿与50%乙醇混用。', 'policy:50%', 0],
    ['A社指控 DeepSeek 蒸馏 Claude。我们组自己的蒸馏实验只用开源模型。', 'distillation:蒸馏', 1],
    ['【开箱】MiniMax迷你破壁机，不是那个港股上市的 AI 公司。', 'minimax:MiniMax', 0],
    ['先澄清：我家柯基叫Kimi，2018年就起了名，跟月之暗面做的那个Kimi没关系。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a code-review advice cue in another clause: "不是什么“解密”，那个 source map 本来就是明文")', () => {
  itFindsCounts([
    ['Claude Code 源码泄露，发现者是 Chaofan Shou，不是什么黑客解密，那个 source map 本来就是明文。', 'leak:source map', 1],
    ['什么是 source map？如何防止 source map 被打进 npm 包？', 'leak:source map', 0],
  ]);
});

describe('detect (kin and DJs named Claude or Kimi: "Papi Claude:", "DJ Kimi × Claude")', () => {
  itFindsCounts([
    ['Family chat\nPapi Claude: Bonjour! What is this DeepSeek the children talk about?\nLéa: a chatbot, Papi', 'anthropic:Claude', 0],
    ['5/9（六）DJ Kimi 之夜｜MOONSHOT 俱樂部｜另有講座：月之暗面與 Anthropic 的蒸餾爭議', 'moonshot-ai:Kimi', 0],
    ['5/9（六）DJ Kimi 之夜｜MOONSHOT 俱樂部｜另有講座：月之暗面與 Anthropic 的蒸餾爭議', 'moonshot-ai:MOONSHOT', 0],
  ]);
});

describe('detect (a song greyed out by region: 版权地区限制; "Speaking of leaks")', () => {
  itFindsCounts([
    ['群聊：新歌在网易云又灰了，说是地区限制，版权还在谈。另外 Anthropic 的 Claude 我们也用不了。', 'policy:地区限制', 0],
    ['Anthropic 以国家安全为由实施地区限制，中资企业无法使用 Claude。', 'policy:地区限制', 1],
    ['Our demo stems got out again. Speaking of leaks, the Claude Code one was on every feed this week.', 'leak:leaks', 0],
  ]);
});

describe('detect (a singer, a chef or a food stall with the name: 歌手Kimi（本名…）, "Chef Claude", “炒饭哥”小摊)', () => {
  itFindsCounts([
    ['音乐现场：独立歌手Kimi（本名陈琪）翻唱《月之暗面》，称歌词灵感来自和 AI 聊天。', 'moonshot-ai:Kimi', 0],
    ['Our caption mentioned Claude Code and a chatbot. No. Chef Claude writes his own menu.', 'anthropic:Claude', 0],
    ['Claude Code 源码泄露由 Chaofan Shou 发现。今天探店：簋街的“炒饭哥”小摊，一口铁锅炒了十五年。', 'shou-chaofan:炒饭哥', 0],
  ]);
});

describe('detect (other things distilled or leaked: a teaser, an ex distilled into one sentence; conch sold as food)', () => {
  itFindsCounts([
    ['Anthropic leaked Claude Code in March. Separately, the Nightjar teaser leaked two days early.', 'leak:leaked', 1],
    ['新闻说 Anthropic 指控 DeepSeek 蒸馏。脱口秀：我把前任蒸馏成了一句话。', 'distillation:蒸馏', 1],
    ['MiniMax 被 Anthropic 点名蒸馏。咱们卖海螺的不操这个心，香辣海螺照卖。', 'minimax:海螺', 0],
  ]);
});
