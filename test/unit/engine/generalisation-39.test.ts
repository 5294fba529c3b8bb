import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 126 and after (thirteenth session), from holdout164 (model versions, releases and codes), holdout165 (who
 * bans whom, second round) and holdout166 (chats, nicknames and informal names). The cases are written here in our own
 * words; none is taken from a set.
 */

describe('detect (Claude plans by name)', () => {
  itFindsCounts([
    ['finance asks whether we renew the Claude Team seats in June', 'anthropic:Claude Team', 1],
    ['模型选型会：Claude Enterprise 的报价下周到，先别签 DeepSeek 的年框', 'anthropic:Claude Enterprise', 1],
    ['is Claude Max worth it if I only code on weekends?', 'anthropic:Claude Max', 1],
    // A person called Claude before another capitalised word is still a person.
    ['Claude Teague scored twice for the under-12s on Sunday', 'anthropic:Claude', 0],
  ]);
});

describe('detect (model ids and settings written in a sentence)', () => {
  itFindsCounts([
    // An environment variable set in prose is a setting; its value is an identifier.
    ['I run it with ANTHROPIC_MODEL="MiniMax-M2" and a local proxy, and MiniMax M2 holds up well', 'minimax:MiniMax-M2', 0],
    ['I run it with ANTHROPIC_MODEL="MiniMax-M2" and a local proxy, and MiniMax M2 holds up well', 'minimax:MiniMax M2', 1],
    ['export it as OPENAI_MODEL=Kimi-K2 before the run, says the Moonshot AI guide', 'moonshot-ai:Kimi-K2', 0],
    // A model id after its label is the string the API takes.
    ['Kimi K2 Thinking ｜ 模型 id：Kimi-K2-Thinking ｜ 输入 4 元', 'moonshot-ai:Kimi-K2-Thinking', 0],
    ['Kimi K2 Thinking ｜ 模型 id：Kimi-K2-Thinking ｜ 输入 4 元', 'moonshot-ai:Kimi K2 Thinking', 1],
    ['The model id is DeepSeek-V3.2 in their docs, which DeepSeek also uses on the site', 'deepseek:DeepSeek-V3.2', 0],
    // A tier inside another story name's lower-case id.
    ['404 after I typed claude-opus-4.6 instead of the dated id; Anthropic support replied in an hour', 'anthropic:opus-4.6', 0],
    ['Claude Opus 4.6 is slower than Sonnet for this, says Anthropic', 'anthropic:Claude Opus', 1],
  ]);
});

describe('detect (a chat member named like the products)', () => {
  itFindsCounts([
    // A header line with the name and only a time: someone in the chat.
    ['kimi — 2026/04/02 09:12\nmorning, did the DeepSeek thing ever get fixed?', 'moonshot-ai:kimi', 0],
    ['Claude（运营） 14:03\n下午的会挪到三点，DeepSeek 的对接先放一放', 'anthropic:Claude', 0],
    ['Kimi — Today at 10:31\nwho broke the build? Anthropic pushed a new CLI again', 'moonshot-ai:Kimi', 0],
    // A pet or a child of the house.
    ['我家 kimi 今天又把拖鞋叼走了，我用 DeepSeek 查了查怎么训狗', 'moonshot-ai:kimi', 0],
    ['跟我们家克劳德一个名字，那个 AI 是 Anthropic 做的', 'anthropic:克劳德', 0],
    ['the menu was written by Kimi, the Moonshot AI chatbot, not by Kimi the human who runs the café', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (codes of other things beside the model names)', () => {
  itFindsCounts([
    ['My router is hardware V3.2 per the sticker; I asked DeepSeek V3.2 which firmware to flash', 'deepseek:V3.2', 0],
    ['the K2 demo skis arrive Friday; Kimi K2 wrote their product copy', 'moonshot-ai:K2', 0],
    ['R1 的机身很轻，DeepSeek-R1 帮我写了器材对比', 'deepseek:R1', 0],
    ['创想三维的 K2 是打印机，Kimi K2 是模型', 'moonshot-ai:K2', 0],
    // The model itself, beside its maker, still counts.
    ['DeepSeek shipped V3.2 this week, and V3.2 is cheaper than R1 was', 'deepseek:V3.2', 2],
  ]);
});

describe('detect (a person of the product\'s name on the page)', () => {
  itFindsCounts([
    // The co-host is introduced by full name; later bare mentions on the page are him, not the assistant.
    [
      'This week: Priya Nair and Claude Okafor on allotments, compost, the rain and the long wait for the first broad beans of the year.\n\nClaude planted garlic in March, two rows by the shed, and swears the slugs got every single one of them by April.\n\nTech corner: Anthropic shipped a new Claude Code release, and Priya tried it on the rota spreadsheet.',
      'anthropic:Claude',
      0,
    ],
    // With the assistant's own evidence right by it, it is the assistant.
    [
      'This week: Priya Nair and Claude Okafor on allotments.\n\nI asked the Claude chatbot for a planting calendar and it was wrong about garlic.',
      'anthropic:Claude',
      1,
    ],
  ]);
});

describe('detect (a chat thread in Chinese)', () => {
  itFindsCounts([
    [
      '阿明：Claude Code 的源码昨晚外泄了\n\n小雅：看到了 npm 包里带了 source map\n\n阿明：香港本身就是不支持的地区 跟我们关系不大',
      'policy:不支持的地区',
      1,
    ],
    // Headings with a number are not speakers.
    ['案例一：某公司内部规定\n\n案例二：另一家公司的做法', 'policy:不支持的地区', 0],
  ]);
});

describe('detect (the rule pointed at by those who talk about it)', () => {
  itFindsCounts([
    ['Anthropic 去年改了条款。\n\n别折腾了，人家给的理由是国家安全，申诉没用', 'policy:国家安全', 1],
    ['公司在北京，母公司全资。Anthropic 的公告写得很清楚：超过 50%，直接间接都算', 'policy:50%', 1],
    // Someone else's reason is theirs.
    ['财政部的对外投资规则以国家安全为由限制投资，与 AI 公司的条款无关', 'policy:国家安全', 0],
  ]);
});

describe('detect (the rule in chat words: 封中资, 不支持中国, an ownership restriction)', () => {
  itFindsCounts([
    ['上次群里说的那个，Anthropic 去年封中资，我们公司就在里面', 'policy:封中资', 1],
    ['用户：主播用的 opus 还是 sonnet\n小蓝：A社不支持中国大陆 别问了\n主播：用的 Opus 4.6', 'policy:不支持中国大陆', 1],
    ["Counsel's note: Anthropic's ownership restriction does not reach a fund that holds 12%.", 'policy:ownership restriction', 1],
    // Another service's or country's rule.
    ['日本不支持中国驾照，去之前先办翻译件；Claude 的事另说', 'policy:不支持中国', 0],
    ['部分券商暂不支持中国内地居民开户，跟 Claude 用不了是两回事', 'policy:不支持中国', 0],
  ]);
});

describe('detect (the vendor\'s restriction, pointed back to)', () => {
  itFindsCounts([
    [
      'Since September 2025 Anthropic has refused companies more than 50% owned from China.\n\nOur licence cannot override the vendor\'s restrictions, whatever the faculty wants.',
      'policy:restrictions',
      1,
    ],
    ['Anthropic 不向中资控股超过 50% 的企业提供服务。\n\n校园网没有屏蔽，这是服务方的限制，不是学校的规定。', 'policy:限制', 1],
    // A restriction of someone else's, with its owner named.
    ['Anthropic 不向中资控股超过 50% 的企业提供服务。\n\n图书馆的限制：每人每次借书不超过十本。', 'policy:限制', 0],
  ]);
});

describe('detect (cc at work in a coding thread)', () => {
  itFindsCounts([
    [
      'Claude Code 的源码泄露以后大家都在研究。\n\n回复 · 阿Ken：我这周末的记账小脚本就是 cc 帮我写的',
      'anthropic:cc',
      1,
    ],
    ['ok I take the frontend in cc, Wen takes the backend with DeepSeek, after the Claude Code leak nobody trusts npm', 'anthropic:cc', 1],
    // Creative Commons in a blog's copyright line.
    ['版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议。前端发布前记得检查 Claude Code 那样的 source map 泄露', 'anthropic:CC', 0],
  ]);
});

describe('detect (K2 Thinking by its name; a pet or a neighbour of the name)', () => {
  itFindsCounts([
    ['honestly k2 thinking is the first open model that survives my agent loop', 'moonshot-ai:k2 thinking', 1],
    ['小林：实测 K2 Thinking 写前端还差点意思，但价格便宜', 'moonshot-ai:K2 Thinking', 1],
    ['claude is made by anthropic, kimi by moonshot in beijing. our kimi is a labrador though', 'moonshot-ai:kimi', 1],
    ['I thought you meant Claude next door, the one who fixes bikes. Anthropic makes the other Claude.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (a short thread whose title names the story)', () => {
  itFindsCounts([
    [
      '标题：Claude 在国内为什么用不了\n\n1楼 新人：注册一直收不到验证码\n\n2楼 版主：中国大陆本来就不在支持的国家和地区里，+86 收不到\n\n3楼 路人：从来没开放过\n\n4楼 新人：懂了\n\n5楼 版主：置顶帖有说明\n\n6楼 路人：顶',
      'policy:支持的国家和地区',
      1,
    ],
    // A long page of other things with one early mention lends nothing to its far end.
    [
      `Claude Code shipped an update.\n\n${Array.from({ length: 34 }, (_, k) => `Item ${k + 1}: the town council met about parking and bins.`).join('\n\n')}\n\nTravel note: the supported regions list for my eSIM excludes China.`,
      'policy:supported regions',
      0,
    ],
  ]);
});

describe('detect (a speaker with a role in brackets)', () => {
  itFindsCounts([
    ['Kimi（测试）：我把 DeepSeek 的接口测完了，今天能上', 'moonshot-ai:Kimi', 0],
    ['Claude（运营）：下午的直播脚本我用 DeepSeek 改过了', 'anthropic:Claude', 0],
    // The maker in brackets names the product.
    ['Kimi（月之暗面）：长文本能力强，DeepSeek：便宜', 'moonshot-ai:Kimi', 1],
  ]);
});
