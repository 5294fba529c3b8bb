import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 262 and after (twentieth session), from the sets written this session (holdout260–262). The cases are
 * written here in our own words; none is taken from a set.
 */

describe('detect (安斯罗普, as machine translation renders Anthropic)', () => {
  itFindsCounts([
    ['据外媒报道，安斯罗普公司周二表示，其编程助手Claude Code的源代码因一个调试文件而外泄。', 'anthropic:安斯罗普', 1],
    // Without any AI context the same characters are left alone.
    ['这家面包店的老板叫安斯罗普，每天早上六点开门。', 'anthropic:安斯罗普', 0],
  ]);
});

describe('detect (a pet or a namesake introduced as one: answers to, 楼主家, a dog named, 叫)', () => {
  itFindsCounts([
    [
      'Community board\nFOUND: a ginger cat that answers to Claude, sitting outside the library since Monday. The reading group next door was discussing the Claude Code leak when he wandered in.',
      'anthropic:Claude',
      0,
    ],
    // A rival called someone's answer to Claude leaves Claude the product.
    ["Moonshot AI's Kimi K2 is China's answer to Claude, and Claude still leads on coding benchmarks.", 'anthropic:Claude', 2],
    ["DeepSeek and Kimi are China's answers to Claude, though Claude still leads on coding benchmarks.", 'anthropic:Claude', 2],
    ['楼主刚发了Claude Code源码泄露的分析。\n回复：楼主家克劳德也太可爱了吧，求猫粮链接！', 'anthropic:克劳德', 0],
    ['r/aww\nMy dog is named Dario and he barks whenever the radio covers Anthropic and the export controls. Your Dario sounds like mine.', 'dario-amodei:Dario', 0],
    ['一只柯基叫达里奥：每次新闻里说到Anthropic的芯片出口管制，我就喊它过来看。', 'dario-amodei:达里奥', 0],
    // The CEO named by his first name in the story's sentence is still him.
    ['Anthropic的达里奥·阿莫迪又谈芯片出口管制，达里奥说这关乎国家安全。', 'dario-amodei:达里奥', 1],
  ]);
});

describe('detect (the picture-book dog, a coach in a chat, a still that sprang a leak, an oil pan)', () => {
  itFindsCounts([
    ['Story time\nTonight we read Claude in the City, where Claude and Sir Bobblysock visit a museum. My son asked if Anthropic made it.', 'anthropic:Claude', 0],
    ['Running club\n\nKimi (coach): intervals tomorrow at six, bring water\nJo: will do. Did anyone read that Moonshot AI story?', 'moonshot-ai:Kimi', 0],
    ['Home distilling diary\nI was reading about the Claude Code leak between cuts when my old still sprang a leak at the lid.', 'leak:leak', 1],
    ['自驾游记\n车在半路油底壳有点泄漏，在修车铺补好了。顺便说一句，Claude Code源码泄露那天我们正好在路上。', 'leak:泄漏', 0],
    ['自驾游记\n车在半路油底壳有点泄漏，在修车铺补好了。顺便说一句，Claude Code源码泄露那天我们正好在路上。', 'leak:源码泄露', 1],
  ]);
});

describe('detect (a class pet called 克劳德)', () => {
  itFindsCounts([
    ['带娃心得：孩子爸爸天天用Claude写代码。幼儿园班里的仓鼠叫克劳德，纯属巧合，老师根本不知道什么AI。', 'anthropic:克劳德', 0],
    ['带娃心得：孩子爸爸天天用Claude写代码。班里的鹦鹉叫克劳德，它会说你好。', 'anthropic:克劳德', 0],
    ['带娃心得：孩子爸爸天天用Claude写代码。', 'anthropic:Claude', 1],
  ]);
});

describe('detect (克劳德 beside the bare word AI is not yet the product)', () => {
  itFindsCounts([
    ['莫奈展观后感：克劳德·莫奈之外，展厅还放了一段AI生成的睡莲动画，克劳德的原作还是更动人。', 'anthropic:克劳德', 0],
    // Anthropic, or the assistant referred to as one, still settles it.
    ['Anthropic的克劳德（Claude）最近被指遭到蒸馏。', 'anthropic:克劳德', 1],
    ['我问了克劳德这个AI助手，它说要先备份。', 'anthropic:克劳德', 1],
  ]);
});

/** A staff newsletter: the leak in one item, an ink leak in another, more than sixty words on. */
const NOTES = 'Weekly notes\n\nEveryone at work spent Tuesday reading about the Claude Code leak and the source map that shipped on npm.\n\nOn a lighter note, the office plants were repotted on Wednesday, the bike racks by the side door were moved to the car park, the quiz team came third at the pub on Thursday, and the summer party will be at the river again this year. Also, the stationery cupboard finally has new notebooks, the printer on the third floor works again, and the coffee rota is on the fridge. My old fountain pen keeps leaking onto every page, so I have gone back to pencils.';

describe('detect ("leaking" needs the story near it, not only somewhere on the page)', () => {
  itFindsCounts([
    [NOTES, 'leak:leaking', 0],
    [NOTES, 'leak:leak', 1],
    ['Anthropic ended up leaking its own source through a source map in the npm package.', 'leak:leaking', 1],
  ]);
});

describe('detect ("deep seek" in lower case needs AI or the story in its own sentence)', () => {
  itFindsCounts([
    // A cue in the next sentence ("founded") is not about the phrase.
    ['The deep seek for truth continues, the philosopher wrote. Claude Shannon founded information theory in 1948.', 'deepseek:deep seek', 0],
    ['If you are one of the labs they accused, deep seek or whoever, you get fake tools mixed in.', 'deepseek:deep seek', 1],
    ['the company said deep seek moonshot and mini max used fake accounts', 'deepseek:deep seek', 1],
    // Asked to do a task, or called 它 in a Chinese sentence: the chatbot.
    ['我现在都用deep seek，每周让它帮我整理会议纪要。', 'deepseek:deep seek', 1],
    ['honestly deep seek translated the whole manual for me overnight', 'deepseek:deep seek', 1],
    ['The crew began a deep seek of the trench at dawn.', 'deepseek:deep seek', 0],
  ]);
});

describe('detect ("a Moonshot spokesperson": a role after the name keeps the article\'s "a moonshot" the company\'s)', () => {
  itFindsCounts([
    ['Anthropic named DeepSeek, Moonshot AI and MiniMax.\n\nA Moonshot spokesperson declined to comment.', 'moonshot-ai:Moonshot', 1],
    ['A Moonshot engineer said the model was trained without Claude outputs.', 'moonshot-ai:Moonshot', 1],
    // Still the ordinary word without a role after it, or without the story around it.
    ['Building a reusable lander is a Moonshot for the whole team at Anthropic.', 'moonshot-ai:Moonshot', 0],
    ['A moonshot spokesperson for NASA said the Artemis mission would fly in 2027.', 'moonshot-ai:moonshot', 0],
  ]);
});

describe('detect (智能助手 is AI context; a shop and its manager called Kimi are not the product)', () => {
  itFindsCounts([
    ['这家公司的 Kimi 智能助手支持 20 万字长文本输入。', 'moonshot-ai:Kimi', 1],
    // The shop (生活馆) and the manager (店长 before the name) are named Kimi; only the assistant that wrote the copy is the product.
    ['Kimi 宠物生活馆 本周上新\n店长 Kimi 提醒大家，夏天每周给狗狗洗一次澡。\n（这段介绍由 Kimi 智能助手起草。）', 'moonshot-ai:Kimi', 1],
  ]);
});

/** A paragraph on the story, then one on another company's leak: support from the first must not carry the second. */
const BEFORE = 'The Claude Code source leak was the second this year.\n\n';

describe('detect (another company\'s leak: "the Twitch code leak", "the leak at Twitch", "the leak of Twitch\'s code")', () => {
  itFindsCounts([
    [`${BEFORE}The code leak at Twitch in 2021 exposed streamer payouts.`, 'leak:leak', 1],
    [`${BEFORE}The Twitch code leak in 2021 exposed streamer payouts.`, 'leak:leak', 1],
    [`${BEFORE}The 2021 leak of Twitch's source code exposed streamer payouts.`, 'leak:leak', 1],
    [`${BEFORE}A similar leak struck Samsung in 2022.`, 'leak:leak', 1],
    // The story's own owners, a month, or a place the leak reached keep it.
    ['The leak at Anthropic exposed 512,000 lines of code.', 'leak:leak', 1],
    ['The leak of Claude Code\'s source spread within hours.', 'leak:leak', 1],
    ['The Claude Code leak hit Hacker News within the hour.', 'leak:leak', 1],
  ]);
});
