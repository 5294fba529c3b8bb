import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 134 and after (fourteenth session), from holdout172 and holdout173 (written after the thirteenth session's
 * last round) and the sets written this session. The cases are written here in our own words; none is taken from a set.
 */

describe('detect (the supported-regions list named by its owner or a place)', () => {
  itFindsCounts([
    // The firm's own list, pointed at with 其 / 它的 / 官方.
    ['Anthropic 的规定我们研究过了。\n\n回复：澳门本来就不在其支持地区之内，所以申请也没用', 'policy:支持地区', 1],
    ['Anthropic 的事別折騰了。\n\n它的支援地區名單上沒有香港', 'policy:支援地區', 1],
    // A place said to be on or off the list.
    ['Anthropic 的 Claude 能不能在新加坡用？\n\n能，新加坡是支持地区，但母公司在深圳就不行', 'policy:支持地区', 1],
    // An eSIM's list names places after the word, not before it.
    ['用 Anthropic 的 Claude 查了套餐。\n\n支持地区：日本、韩国、泰国（中国大陆需另购）', 'policy:支持地区', 0],
    // Another service's list, with no AI firm on the page.
    ['这家电子签的官方支持地区里没有香港，合同只能线下签', 'policy:支持地区', 0],
  ]);
});

describe('detect (the Communist Party as the restriction object)', () => {
  itFindsCounts([
    ['Anthropic said it is restricting CCP-linked companies from using Claude.', 'policy:restricting', 1],
    ['阿莫迪说，Anthropic 为了限制与中共有关联的企业使用模型，少赚了几亿美元。', 'policy:限制', 1],
    // The party as the one who restricts is not the object.
    ['中共限制境内企业使用境外模型，Anthropic 则另有规定。', 'policy:限制', 0],
  ]);
});

describe('detect (China marked as the object of the restriction)', () => {
  itFindsCounts([
    // 对 before China makes it the object; China right before the verb without it is the one restricting.
    ['听说 Anthropic 对中国限制很多，连注册都难', 'policy:限制', 1],
    ['我老板说 Anthropic 现在對中國禁止註冊了', 'policy:禁止', 1],
    ['Anthropic 的事另说，中国限制境外模型在境内提供服务', 'policy:限制', 0],
    // Companies tied to a government are the object, not the government restricting.
    ['Anthropic says it gave up revenue by restricting companies linked to the Chinese government.', 'policy:restricting', 1],
    ['阿莫迪表示，Anthropic 为限制与中国政府有关联的企业使用模型，放弃了数亿美元收入。', 'policy:限制', 1],
  ]);
});

describe('detect (the firm\'s stated reason in chat words)', () => {
  itFindsCounts([
    ['刘思思 10:12\n我就奇怪，Anthropic 为啥不卖给我们\n\n张敏 10:13\n官方说法是国家安全，还有海外子公司可能被要求共享数据。', 'policy:国家安全', 1],
    ['Anthropic 那条规定群里讨论过了。\n\n小芳：對，他們寫的理由是國家安全', 'policy:國家安全', 1],
    // Another body's stated reason is not the firm's.
    ['Anthropic 的事先不说。\n\n市政府的说法是国家安全，所以港口项目停了。', 'policy:国家安全', 0],
  ]);
});

describe('detect (support in its own words is preferred to support from the page)', () => {
  itFindsCounts([
    // "unsupported regions" settled by China and the owner beside it is an anchor, so the title's "ban" has the
    // policy on the page; settled only by the page naming Anthropic, it was no anchor and the title lost its support.
    [
      '在新加坡用 Claude 会不会被 ban？\n\n公司是中资的，在新加坡还能不能用 Anthropic 的服务？\n\n先说结论：中国大陆和香港是 unsupported regions，母公司是大陆的、持股超过 50% 也不行。\n\n官方给的理由是 national security，说这类公司可能被要求共享数据。',
      'policy:ban',
      1,
    ],
  ]);
});

describe('detect (Cantonese service words and reasons)', () => {
  itFindsCounts([
    ['阿明：即係話，喺香港本身都用唔到 Claude？', 'anthropic:Claude', 1],
    ['Anthropic 那条规定大家都知道。\n\n老K（主播）：官方说的是国家安全，担心子公司被要求共享数据。', 'policy:国家安全', 1],
  ]);
});

describe('detect (R1 called a model on a DeepSeek page, memory leaks in Taiwanese words)', () => {
  itFindsCounts([
    ['DeepSeek was pulled from the store in Seoul.\n\nThe app, built on its R1 reasoning model, had topped the charts.', 'deepseek:R1', 1],
    ['DeepSeek 在多国被禁。\n\n当年这家杭州公司凭借 R1 推理模型走红。', 'deepseek:R1', 1],
    // A motorbike's R1 is no model of the lab's, even on the same page.
    ['DeepSeek was pulled from the store in Seoul.\n\nYamaha R1 review: a sharper front end for 2026.', 'deepseek:R1', 0],
    ['Claude Code 跑久了吃記憶體，係咪有記憶體洩漏？', 'leak:洩漏', 0],
  ]);
});

describe('detect (every Traditional character folds, and Chinese user names are names)', () => {
  itFindsCounts([
    // 憶 was not among the characters the lexicon was written with; every Traditional form now reads as Simplified.
    ['Claude Code 跑久咗食記憶體，係咪有記憶體洩漏？', 'leak:洩漏', 0],
    ['DeepSeek 的 R1 推理模型當年很紅，鬆了一口氣的是 Anthropic 沒點名它', 'deepseek:DeepSeek', 1],
    // A user called after the word is a user: "@" and a Han name up to the next space or punctuation.
    ['抖音 · @克劳德和小满的法式日常 的视频《法国老公第一次吃螺蛳粉》，评论区有人问 Claude 的事', 'anthropic:克劳德', 0],
    ['评论：@小鲸鱼今天写code了 DeepSeek 的 V3 真香', 'deepseek:小鲸鱼', 0],
    // After the name and a space, the message is prose again.
    ['@打工人小张 Claude Code 源码泄露那天我也在线', 'anthropic:Claude Code', 1],
  ]);
});

describe('detect (the labs\' names as machine translation renders them)', () => {
  itFindsCounts([
    ['The three companies respectively are Deep Seeking, Dark Side of the Moon and MiniMax, Anthropic said.', 'moonshot-ai:Dark Side of the Moon', 1],
    ['The three companies respectively are Deep Seeking, Dark Side of the Moon and MiniMax, Anthropic said.', 'deepseek:Deep Seeking', 1],
    ["Coder Dad: MiniMax's Conch AI makes the best videos though", 'minimax:Conch AI', 1],
    // The record, and the name explained, are not the company.
    ["I played Dark Side of the Moon on vinyl last night; the AI company Moonshot named itself after Pink Floyd's album.", 'moonshot-ai:Dark Side of the Moon', 0],
    ['月之暗面 is Moonshot AI, literally "Dark Side of the Moon", and 深度求索 is literally "Deep Seeking".', 'moonshot-ai:Dark Side of the Moon', 0],
  ]);
});

describe('detect (national security as the firm\'s stated risk of data sharing)', () => {
  itFindsCounts([
    ['Anthropic 去年九月宣布限制中资控股的企业。\n\n再说安全。公司给出的理由是，中资控股的海外子公司仍可能被母国法律要求共享数据，因此存在国家安全风险。', 'policy:国家安全', 1],
    ['Anthropic 不再服務中資控股超過50%的企業。該公司則在公告中提到，有關實體可能被要求與情報部門共享數據，構成國家安全風險。', 'policy:國家安全', 1],
    // A government's own data worry is its own reason.
    ['Anthropic 的规定另说。\n\n澳洲政府担心数据被共享，以国家安全为由禁止公务设备安装该应用。', 'policy:国家安全', 0],
  ]);
});

describe('detect (the craft\'s own distillation set against the accusation)', () => {
  itFindsCounts([
    ['We did chuckle at the news about DeepSeek and fake accounts. For the record, the only distillation here happens in a copper pot.', 'distillation:distillation', 0],
    ['刚被 A社指控蒸馏的新闻刷屏，来看看老祖宗的蒸馏', 'distillation:蒸馏', 1],
    ['Triple distillation explained, for everyone who came here after reading that Anthropic accused DeepSeek of distilling Claude', 'distillation:distillation', 0],
    // The accusation's own word stays, however it is framed.
    ['Anthropic accuses Chinese labs of illegal distillation of Claude', 'distillation:distillation', 1],
  ]);
});

describe('detect (Kimi used as a tool for a task)', () => {
  itFindsCounts([
    ['我带笔电去写报告，顺便用 Kimi 整理上周的会议纪录。', 'moonshot-ai:Kimi', 1],
    ['so we run kimi for localisation and the other one for the voice tests', 'moonshot-ai:kimi', 1],
    // A person asked to do a task is a person: no tool word before the name.
    ['让 Kimi 整理一下上周的会议纪要，她最细心', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (chat exports, clock times and a nickname)', () => {
  itFindsCounts([
    // A speaker's header as an export prints it: the name, a comma and the time in square brackets.
    ['Kimi, [2026/3/2 22:10]\n说实话 DeepSeek 那边更便宜\n\nLeo, [2026/3/2 22:12]\n同意', 'moonshot-ai:Kimi', 0],
    // A clock time after the name is no version.
    ['黄蕾  11:04\n这周 Claude Code 泄露刷屏\n\nClaude  11:05\n我今天被问了三次', 'anthropic:Claude  11', 0],
    ['Claude 3.7 Sonnet is out, and Claude 4 after it', 'anthropic:Claude 4', 1],
    // 炒饭哥 is Chaofan Shou on a page about the leak, a colleague in a lunch order.
    ['Claude Code 的源码泄露是 Chaofan Shou 先发现的，大家都叫他炒饭哥', 'shou-chaofan:炒饭哥', 1],
    ['阿May 11:03\n我 蛋炒饭\n\n炒饭哥 11:03\n扬州炒饭 老规矩 大份', 'shou-chaofan:炒饭哥', 0],
  ]);
});

describe('detect (old Kimi and young Kimi are drivers)', () => {
  itFindsCounts([
    ['Moonshot AI\'s Kimi aside: young Kimi reminds me of old Kimi, quiet until the helmet goes on.', 'moonshot-ai:Kimi', 1],
    ['月之暗面的 Kimi 另说。老 Kimi 的天赋是野生的，小 Kimi 是梅奔养出来的。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (cc with a lab\'s model plugged into it; asking whether Claude can be used somewhere)', () => {
  itFindsCounts([
    ['Claude Code 被封以后，公司统一买的 Kimi 企业版。\n\n写代码用 cc 接 DeepSeek V3.2，够用了', 'anthropic:cc', 1],
    ['澳门能用 Claude 吗？有没有澳门的朋友', 'anthropic:Claude', 1],
    // Carbon copy in an email thread stays carbon copy.
    ['Claude Code 的事先放一放。\n\n发票我 cc 一下行政，DeepSeek 的报销单明天交', 'anthropic:cc', 0],
  ]);
});

describe('detect (dpsk; a ban owned by a state, a device list or a chip rule)', () => {
  itFindsCounts([
    ['Anthropic 点名了三家：dpsk 15 万次出头，月之暗面 340 万+，MiniMax 1300 万+', 'deepseek:dpsk', 1],
    ["Anthropic bars firms over 50% Chinese-owned. Texas added DeepSeek to its state-device ban in January.", 'policy:ban', 0],
    ["Anthropic bars firms over 50% Chinese-owned. That's the state's ban, a different reason again.", 'policy:ban', 0],
  ]);
});

describe('detect (a Dario introduced as someone\'s kin)', () => {
  itFindsCounts([
    ['My uncle Dario thinks he is related to Dario Amodei, the Anthropic CEO. Dario printed the article out.', 'dario-amodei:Dario', 0],
    ['Dario Amodei spoke at Davos. Later Dario said chips matter more than anything.', 'dario-amodei:Dario', 1],
  ]);
});
