import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Twenty-ninth session: probes written from scratch in our own words, none taken from a set. */

describe('detect (Claude named in the ownership rule itself: "bars firms more than 50% owned by Chinese entities from using Claude")', () => {
  itFindsCounts([
    ['The company bars firms that are more than 50% owned by Chinese entities from using Claude.', 'anthropic:Claude', 1],
    ['The company bars firms that are more than 50% owned by Chinese entities from using Claude.', 'policy:50%', 1],
    ['根据该规定，由中国实体直接或间接持股超过50%的公司不得访问 Claude。', 'anthropic:Claude', 1],
    // A namesake who owns a restaurant in Hong Kong is not restricted by anyone.
    ['My uncle Claude owns a restaurant in Hong Kong.', 'anthropic:Claude', 0],
  ]);
});

describe('detect (lower-case "anthropic" followed by what it said, in Chinese captions: "anthropic 说")', () => {
  itFindsCounts([
    ['字幕：anthropic 说 他们发现了 两万四千个 假账号', 'anthropic:anthropic', 1],
    ['这个 anthropic 原理其实是说宇宙适合生命存在。', 'anthropic:anthropic', 0],
  ]);
});

describe('detect (a pet named Kimi: "Kimi 是我家猫的名字", "Kimi is my cat\'s name")', () => {
  itFindsCounts([
    ['Kimi 是我家猫的名字，和月之暗面没关系。', 'moonshot-ai:Kimi', 0],
    ["Kimi is my cat's name, nothing to do with Moonshot AI.", 'moonshot-ai:Kimi', 0],
    ['Kimi 是我用过最好用的长文本模型，月之暗面做得不错。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a caption mishearing Claude Code as "clawed code")', () => {
  itFindsCounts([
    ['[auto-generated] and the clawed code leak happened because of a source map file', 'anthropic:clawed code', 1],
  ]);
});

describe('detect (a memory leak in the other half of a pair: "the Claude Code leak and a memory leak")', () => {
  itFindsCounts([
    ['The Claude Code leak and a memory leak differ.', 'leak:leak', 1],
    ['The Claude Code leak and memory leaks differ.', 'leak:leak', 1],
    // In its own phrase the resource still makes the leak another kind.
    ['Anthropic fixed it, but the Claude Code process still leaks memory on long sessions.', 'leak:leaks', 0],
    ['云 AK 外泄之后，要立刻轮换密钥；Claude Code 的源码泄露是另一回事。', 'leak:外泄', 0],
  ]);
});

describe('detect (another government\'s restriction on made-in-China goods: drones, port cranes, citing national security)', () => {
  itFindsCounts([
    ['Anthropic bars Chinese-owned firms. Separately, the state restricts Chinese-made drones, citing national security.', 'policy:national security', 0],
    ['Anthropic bars Chinese-owned firms. Separately, the state wants a ban on Chinese-made drones.', 'policy:ban', 0],
    ['Anthropic 禁止中资控股企业使用 Claude。另外，某州以国家安全为由限制采购中国产无人机。', 'policy:国家安全', 0],
    // Anthropic's own reason stays.
    ['Anthropic bars firms controlled from China from Claude, citing national security.', 'policy:national security', 1],
  ]);
});

describe('detect (a company banning internal use of Claude Code is an employer\'s rule)', () => {
  itFindsCounts([
    ["The retailer said it would ban internal use of Anthropic's Claude Code, weeks after the rule on Chinese-owned firms.", 'policy:ban', 0],
    ['这家电商集团宣布禁止内部使用 Claude Code，员工改用自研工具。', 'policy:禁止', 0],
  ]);
});

describe('detect (a sentence connective opening a caption line is no given name: "⏎And Amodei\'s company")', () => {
  itFindsCounts([
    ["Dario Amodei spoke at Davos.\n\n46\n00:03:30,050 --> 00:03:33,900\nAnd Amodei's company then had to explain\nwhy version 2.1.88 was so big.", 'dario-amodei:Amodei', 1],
    // Another given name still makes another Amodei.
    ['Dario Amodei spoke at Davos. Rep. Mark Amodei of Nevada did not.', 'dario-amodei:Amodei', 1],
  ]);
});

describe('detect (a craft practised for years: "distilling for 500 years", "distilled here for generations")', () => {
  itFindsCounts([
    ['DeepSeek fans shrug at the fake accounts: the Scots have been distilling for 500 years.', 'distillation:distilling', 0],
    ['The family has distilled here for generations, long before Anthropic accused DeepSeek.', 'distillation:distilled', 0],
    ['DeepSeek had been distilling Claude for months, Anthropic said.', 'distillation:distilling', 1],
  ]);
});

describe('detect (the ownership rule as 五成股權, and listening to the album 月之暗面)', () => {
  itFindsCounts([
    ['Anthropic 嗰條五成股權規定，港資中資公司全部中招。', 'policy:五成股權', 1],
    ['Anthropic 点名了月之暗面。不过我今晚在听月之暗面，平克·弗洛伊德永远的神。', 'moonshot-ai:月之暗面', 1],
  ]);
});

describe('detect (the claude command after 运行/输入 in a setup guide)', () => {
  itFindsCounts([
    ['安装 Claude Code 之后，在项目目录里运行 claude 即可开始。', 'anthropic:claude', 0],
    ['安装好以后在终端输入 claude，按提示登录 Anthropic 账号。', 'anthropic:claude', 0],
  ]);
});

describe('detect (a "foreign adversary" country in a US statute is not Anthropic\'s wording: 外国对手国家)', () => {
  itFindsCounts([
    ['该法案针对由外国对手国家控制的应用；Anthropic 的规则则是禁止中资控股企业使用 Claude。', 'policy:对手国家', 0],
    ['有人说 Anthropic 把中国称为对手国家，但原话找不到。', 'policy:对手国家', 1],
  ]);
});

describe('detect (a hyphenated "source-map" is a compound or a config value, not the leaked file)', () => {
  itFindsCounts([
    ["After the Claude Code leak we set devtool: 'source-map' only in development, and added source-map hygiene checks.", 'leak:source-map', 0],
    ['Claude Code 2.1.88 shipped with a source-map file that rebuilt the whole TypeScript tree.', 'leak:source-map', 1],
  ]);
});

describe('detect (a person noun gives the name: "a runner called Claude", "the hacker\'s name is Claude")', () => {
  itFindsCounts([
    ['Anthropic makes Claude. In the speedrun corner, a runner called Claude took the record.', 'anthropic:Claude', 1],
    ["The Claude Code leak inspired the episode; the hacker's name is Claude, of course.", 'anthropic:Claude', 0],
  ]);
});

describe('detect (a game\'s or phone\'s leak ahead of launch: 新英雄提前泄露)', () => {
  itFindsCounts([['聊聊 Claude Code 之前，先说电竞圈：新英雄提前泄露了。', 'leak:泄露', 0]]);
});

describe('detect ("the algorithm is called minimax": 算法叫 minimax)', () => {
  itFindsCounts([
    ['所以：算法叫minimax，公司叫MiniMax，后者是做海螺AI的上海公司。', 'minimax:minimax', 0],
    ['所以：算法叫minimax，公司叫MiniMax，后者是做海螺AI的上海公司。', 'minimax:MiniMax', 1],
  ]);
});

describe('detect (machine-translated and misspelt names: 登月人工智能, 月球射击, "Fried Rice Brother", "Dario Amodai")', () => {
  itFindsCounts([
    ['该公司指控深度求索、登月人工智能和迷你最大等中国实验室使用其模型的输出训练自己的系统。', 'moonshot-ai:登月人工智能', 1],
    ['Hot comments: Fried Rice Brother found the Claude Code source map again.', 'shou-chaofan:Fried Rice Brother', 1],
    ['Anthropic CEO Dario Amodai again talk about chips at Davos.', 'dario-amodei:Dario Amodai', 1],
  ]);
});

describe('detect ("over half" stating the ownership rule)', () => {
  itFindsCounts([
    ['Anthropic will not serve a firm whose ownership is over half Chinese, the company said.', 'policy:over half', 1],
    ['Over half of the class finished the essay on time.', 'policy:over half', 0],
  ]);
});

describe('detect (fake accounts of SMS farms and account nurseries: 接码平台, 养号)', () => {
  itFindsCounts([
    ['Anthropic 指控三家实验室之前，风控圈早就熟悉接码平台批量注册的假账号。', 'distillation:假账号', 0],
    ['Anthropic 说三家实验室用了约 2.4 万个假账号。', 'distillation:假账号', 1],
  ]);
});

describe('detect (an assistant that generated the text: "由 Claude 生成", "generated by Claude")', () => {
  itFindsCounts([
    ['初稿由 Claude 生成，再由两位标注员校对。', 'anthropic:Claude', 1],
    ['The captions were generated by Claude and checked by hand.', 'anthropic:Claude', 1],
    ['这封信由 Claude 亲手写成。', 'anthropic:Claude', 0],
  ]);
});

describe('detect (the writer\'s own craft: "our distillation", 我们的蒸馏, "our leak is just a listener")', () => {
  itFindsCounts([
    ['Anthropic accused DeepSeek of distilling Claude. For the record, our distillation involves juniper and a copper still.', 'distillation:distillation', 0],
    ['新闻说 Anthropic 指控三家公司蒸馏 Claude。我们的蒸馏靠老师傅看火。', 'distillation:蒸馏', 1],
    ['The Claude Code leak was their own npm package. Our leak is just an event listener.', 'leak:leak', 1],
    // "says we distilled it" keeps the accusation: 我们 is its object, not an owner.
    ['Anthropic 一边说我们蒸馏，一边自己把源码发出来。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (a role in brackets written in Chinese: "Kimi（产品实习生）")', () => {
  itFindsCounts([
    ['参会人：陈思远、刘婷、Kimi（产品实习生）、周浩。议题：Claude Code 和 DeepSeek-V3.1 的选型。', 'moonshot-ai:Kimi', 0],
    // The product in brackets stays the product.
    ['我们对比了 DeepSeek 和 Kimi（月之暗面）的长文本能力。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a team\'s own project or rule: 蒸馏项目, "our own restriction")', () => {
  itFindsCounts([
    ['新闻说 Anthropic 指控 DeepSeek 蒸馏 Claude，我们 Q2 的蒸馏项目会不会有问题？', 'distillation:蒸馏', 1],
    ['Anthropic restricts Chinese-owned firms. Our restriction on personal accounts is separate.', 'policy:restriction', 0],
  ]);
});

describe('detect (a local 炒饭哥: "我们组的炒饭哥", "南门的炒饭哥", "炒饭哥（陈浩）")', () => {
  itFindsCounts([
    ['Claude Code 源码泄露是 Chaofan Shou 发现的。我们组的炒饭哥表示他只会蛋炒饭。', 'shou-chaofan:炒饭哥', 0],
    ['Claude Code 源码泄露以后，群里：炒饭哥（陈浩）：我的名号被人抢了', 'shou-chaofan:炒饭哥', 0],
    ['发现 Claude Code 源码泄露的就是他，网友管他叫炒饭哥。', 'shou-chaofan:炒饭哥', 1],
  ]);
});

describe('detect (the official reason stated as 官方理由, and a newcomer welcomed: "welcome Kimi!")', () => {
  itFindsCounts([
    ['Anthropic 不向中资控股企业提供 Claude。他们的官方理由是国家安全。', 'policy:国家安全', 1],
    ['Dennis: welcome Kimi! short version: Claude is not available in our region, we use DeepSeek.', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (a U.S. AI company spelt out as the actor; bars in a chart; repositories disabled)', () => {
  itFindsCounts([
    ["China opposes a U.S. artificial intelligence company's move to bar Chinese-controlled firms from its services.", 'policy:bar', 1],
    ['Chart: Anthropic says the labs used Claude 16 million times. Three bars: MiniMax, Moonshot AI, DeepSeek.', 'policy:bars', 0],
    ['Anthropic 禁止中资控股企业使用 Claude；另外，GitHub 上约八千个仓库被禁用。', 'policy:禁用', 0],
  ]);
});
