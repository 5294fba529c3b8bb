import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Twenty-eighth session: probes written from scratch in our own words, none taken from a set. */

describe('detect (distilling a stretch of time or text is a figure of speech: "distilled decades of case law")', () => {
  itFindsCounts([
    ["Anthropic says DeepSeek ran the campaign. In other news, the court's judgment distilled decades of case law into a single test.", 'distillation:distilled', 0],
    ['The Claude Code leak dominated the week. Her memoir distills thirty years of reporting into 200 pages.', 'distillation:distills', 0],
    ['Anthropic accused the labs. The coach distilled 20 years of experience into one drill.', 'distillation:distilled', 0],
    ['Anthropic accused the labs. The handbook distils the last two decades of guidance into a checklist.', 'distillation:distils', 0],
    // Distilling the model itself stays the accusation.
    ['Anthropic accused three labs of distilling Claude into their own models.', 'distillation:distilling', 1],
    ["The labs distilled 16 million exchanges with Claude into their models, Anthropic said.", 'distillation:distilled', 1],
  ]);
});

describe("detect (a phone's specs leaked before launch, after the story: 新款手机参数提前泄露)", () => {
  itFindsCounts([
    // The story's own leak is 源码泄露; the phone's 泄露 is not read.
    ['Claude Code 源码泄露之后，小米的新款手机参数也提前泄露了。', 'leak:源码泄露', 1],
    ['Claude Code 源码泄露之后，小米的新款手机参数也提前泄露了。', 'leak:泄露', 0],
    ['Claude Code 源码泄露之后，不少人换了新手机，结果新手机的配置也泄露了。', 'leak:泄露', 0],
  ]);
});

describe('detect (a relative named right before the name: "my grandfather Claude", "her nephew Kimi", 我爷爷克劳德)', () => {
  itFindsCounts([
    ['Anthropic makes Claude.\n\nMy grandfather Claude never used a computer.', 'anthropic:Claude', 1],
    ['Moonshot AI makes Kimi.\n\nHer nephew Kimi starts school in September.', 'moonshot-ai:Kimi', 1],
    ['Anthropic makes Claude.\n\nOur godfather Claude sent a card from Lyon.', 'anthropic:Claude', 1],
    // A parent's word is also what a family calls the parent ("show Mum Claude"): it is left to the other checks.
    ['Tried to show Mum Claude on a video call, the assistant from Anthropic.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (a single word as a dictionary headword with its part of speech: "ANTHROPIC, adj.", "leak (n.)")', () => {
  const DICTIONARY = "ANTHROPIC, adj. Of or relating to humans.\n\nMOONSHOT, n. An ambitious project.\n\nleak (n.) a hole; (v.) to escape. Example: Anthropic's Claude Code leak.";
  itFindsCounts([
    [DICTIONARY, 'anthropic:ANTHROPIC', 0],
    [DICTIONARY, 'moonshot-ai:MOONSHOT', 0],
    [DICTIONARY, 'leak:leak', 1],
    // A lawsuit's "v." and a court's abbreviation are no part of speech; the story's own phrase heads a glossary of it.
    ['Reddit v. Anthropic (N.D. Cal.) goes on; Anthropic v. nobody was never filed.', 'anthropic:Anthropic', 2],
    ['Distillation attack (n.): using fraudulent accounts to copy a model such as Claude, as Anthropic alleged of DeepSeek.', 'distillation:Distillation attack', 1],
  ]);
});

describe('detect (a sale is no ownership rule: 全场50%, "50% off")', () => {
  itFindsCounts([
    ['商场门口写着“全场50%”，我先想到的是 Anthropic 对中资控股超过50%的公司的禁令。', 'policy:50%', 1],
    ['Anthropic cut off firms more than 50% Chinese-owned. Meanwhile the shop next door had 50% off everything.', 'policy:50%', 1],
    ['The cut-off point is 50% ownership by Chinese entities, Anthropic said.', 'policy:50%', 1],
  ]);
});

describe('detect (a nickname the writer is called by, in quotes: 同事都叫我“炒饭哥”)', () => {
  itFindsCounts([
    ['Claude Code 源码泄露那天起，同事都叫我“炒饭哥”，因为我午饭天天吃炒饭。', 'shou-chaofan:炒饭哥', 0],
    ['Claude Code 源码泄露，发现者 Chaofan Shou 被网友称为“炒饭哥”。', 'shou-chaofan:炒饭哥', 1],
  ]);
});

describe('detect (knowledge distillation of vision models on a page that cites the accusation)', () => {
  itFindsCounts([
    ['Anthropic accused DeepSeek of distillation. Unrelated: distilling a ResNet-50 for phones keeps 97% of its accuracy.', 'distillation:distilling', 0],
    ['Anthropic accused DeepSeek of distillation. Unrelated: distilling a ResNet-50 for phones keeps 97% of its accuracy.', 'distillation:distillation', 1],
  ]);
});

describe("detect (the leak was Anthropic's: another lab's name beside a leak word is someone else's leak)", () => {
  itFindsCounts([
    ['Researchers found a DeepSeek database left open, and chat logs leaked for weeks.', 'leak:leaked', 0],
    ['Bought the Moonshot bottle for my commute and it leaked into my laptop bag twice.', 'leak:leaked', 0],
    ['有人在群里发了所谓 DeepSeek V4 权重泄露的链接，其实是假的。', 'leak:泄露', 0],
    // Anthropic's own leak, and its people, still make the leak word the story's.
    ['Anthropic confirmed that Claude Code leaked through a source map in its npm package.', 'leak:leaked', 1],
    ['阿莫迪回应泄露事件时说，这是发布流程的失误。', 'leak:泄露', 1],
  ]);
});

describe('detect (a pitch distilled to two slides; the Pentagon Papers and Snowden as other leaks; K2 the mountain)', () => {
  itFindsCounts([
    ['Anthropic accused DeepSeek of distillation. The pitch, distilled to two slides, won the room.', 'distillation:distilled', 0],
    ['Anthropic accused DeepSeek of distillation. The pitch, distilled to two slides, won the room.', 'distillation:distillation', 1],
    ['Claude Code 源码泄露之后，有人写了泄密者群像：从埃尔斯伯格泄露五角大楼文件，到斯诺登的故事。', 'leak:泄露', 0],
    ['Moonshot AI shipped Kimi K2 last summer.\n\nalpine_anna: this K2 is 8,611 metres of rock and ice, base camp is brutal.', 'moonshot-ai:K2', 0],
  ]);
});

describe('detect (a support agent: a role with the name in brackets, "this is Kimi from RelayPoint support")', () => {
  const CHAT =
    'Customer: my Claude key stopped working since Anthropic changed its supported regions.\nAgent (Kimi): Hello, this is Kimi from RelayPoint support.\nAgent (Kimi): Mainland China is not a supported region.';
  itFindsCounts([
    [CHAT, 'moonshot-ai:Kimi', 0],
    [CHAT, 'anthropic:Claude', 1],
    ['客户：Claude 登不上了，是不是 Anthropic 又改了支持地区？\n客服（Kimi）：您好，这边帮您查一下。', 'moonshot-ai:Kimi', 0],
    ['Hi, this is Claude from the billing team: your invoice for the Anthropic API is attached.', 'anthropic:Claude', 0],
    // The product stays the product: an AI's own turn, and "from" the maker.
    ['User: hi\nAssistant (Claude): Hello! How can I help with your Anthropic account?', 'anthropic:Claude', 1],
    ['Hi, this is Claude from Anthropic, an AI assistant.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (蒸馏 said of a person, as a joke: "你这是在蒸馏我吧？")', () => {
  const MEME = 'Anthropic 指控 DeepSeek 蒸馏 Claude。同事抄你的周报，可以说：“你这是在蒸馏我吧？”';
  itFindsCounts([
    [MEME, 'distillation:蒸馏', 1],
    ['Anthropic 指控 DeepSeek 蒸馏 Claude。你又蒸馏我了！', 'distillation:蒸馏', 1],
    ['DeepSeek 被指蒸馏了 Claude，Anthropic 称其使用了虚假账户。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (a printer named Claude; advice not to publish a source map; germanium refined by distillation)', () => {
  itFindsCounts([
    ['Q: The printer called CLAUDE on the 3rd-floor network vanished. Anthropic has nothing to do with it.', 'anthropic:CLAUDE', 0],
    ['问：三楼那台叫 CLAUDE 的打印机又找不到了？Anthropic 的 Claude 不受影响。', 'anthropic:CLAUDE', 0],
    ['Anthropic leaked Claude Code last spring. Lesson for your own packages: do not publish the source map with them.', 'leak:source map', 0],
    ['Anthropic 指控 DeepSeek 蒸馏。另外，锗在冶炼后经多次蒸馏，再还原成金属。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect ("anthro" for Anthropic in a thread about the story; the furry and anthropology senses)', () => {
  itFindsCounts([
    ['the claude code leak was a packaging mistake per anthro, no customer data involved', 'anthropic:anthro', 1],
    ['OAI and anthro agree on exactly one thing: distillation through fake accounts is theft.', 'anthropic:anthro', 1],
    ['Anthropic says DeepSeek used fake accounts. anyway, anthro otter commission slots open friday', 'anthropic:anthro', 0],
    ['Anthropic makes Claude. I am an anthro major, so my AI use is mostly for fieldwork notes.', 'anthropic:anthro', 0],
  ]);
});

describe('detect (an animal or a relative in brackets right after a name: "claude (dog)", "Kimi (my sister)")', () => {
  itFindsCounts([
    ['bex: the vet says claude (dog) is fine btw, anyway the anthropic AI thing is down', 'anthropic:claude', 0],
    ['Kimi (my sister) uses the Moonshot AI app every day.', 'moonshot-ai:Kimi', 0],
    ['Claude (Anthropic) answered in seconds, unlike the old AI.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (Bun.serve returning a source map is not the Claude Code file)', () => {
  itFindsCounts([
    ['问题讲的是 Bun.serve 在正式环境提供 source map，与 Claude Code 的 npm 打包无直接关系。', 'leak:source map', 0],
    ['That issue was about Bun.serve returning a source map in production, not about the npm package of Claude Code.', 'leak:source map', 0],
    ['Claude Code 2.1.88 shipped a source map in its npm package.', 'leak:source map', 1],
  ]);
});

describe('detect (a chat member who speaks as 炒饭哥 more than once; a meme quoting him once)', () => {
  const LUNCH = 'Claude Code 源码泄露那天\n小吴：中午吃啥\n炒饭哥：去去去，我一周五天炒饭不是白叫的\n阿强：网上也有个炒饭哥，就是发现cc源码泄露那个\n炒饭哥：那个是真大佬，我只是真的爱吃炒饭';
  itFindsCounts([
    [LUNCH, 'shou-chaofan:炒饭哥', 1],
    ['Claude Code 源码泄露的视频\n00:05 来了来了\n00:12 炒饭哥：我只是发了条推\n00:20 51万行，你说你读完了吗', 'shou-chaofan:炒饭哥', 1],
  ]);
});

describe('detect (another author\'s initial before a surname in a reference list: "Y. Shou and H. Zhang")', () => {
  const REFS = '[11] C. Shou (@Fried_rice). Post on X about Claude Code 2.1.88. 31 March 2026.\n[12] Y. Shou and H. Zhang. Layer-wise pruning for speech encoders. 2024.';
  itFindsCounts([
    [REFS, 'shou-chaofan:Shou', 1],
    ['Quiz: who found the Claude Code source map? Answer: B. Shou, posting as @Fried_rice.', 'shou-chaofan:Shou', 1],
  ]);
});

describe('detect (the CC button of subtitles; an MCTS policy distilled; CircleCI\'s leak; label leakage)', () => {
  itFindsCounts([
    ['讲 Claude Code 泄露的视频，右下角CC按钮点一下就能切中文。', 'anthropic:CC', 0],
    ['Anthropic accused DeepSeek of distillation. In Section 5 we distil an MCTS policy into a small value network.', 'distillation:distil', 0],
    ['Claude Code leaked through a source map; years earlier the CircleCI incident leaked customer secrets.', 'leak:leaked', 1],
    ['Claude Code 源码泄露之外，评测里的标签泄露和测试集泄漏也会虚高分数。', 'leak:泄露', 0],
  ]);
});

describe('detect (a jailbroken assistant\'s prompt leaked; a VPN\'s DNS leak test; a baker named 克劳德)', () => {
  itFindsCounts([
    ['The Claude Code leak was one story. Separately, a bank chatbot had its instructions leaked through a jailbreak.', 'leak:leaked', 0],
    ['Anthropic is unavailable in China, so people compare VPNs: ten of twelve passed every leak test in our review.', 'leak:leak', 0],
    ['我们搜了一遍 Claude Code 这个名字，结果一半命中都是这位面包师。面包师克劳德只管卖面包。', 'anthropic:克劳德', 0],
  ]);
});

describe('detect ("more than half" stating the ownership rule)', () => {
  itFindsCounts([
    ['Anthropic will not sell Claude to a firm if a Chinese parent owns more than half of it.', 'policy:more than half', 1],
    ['More than half of the survey respondents said they use AI tools at work.', 'policy:more than half', 0],
  ]);
});
