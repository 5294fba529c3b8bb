import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 198 and after (seventeenth session), from the sets written this session. The cases are written here in our own
 * words; none is taken from a set.
 */

describe('detect ("bar" with whom it bars and another policy phrase in the sentence)', () => {
  itFindsCounts([
    // A filing that never names the provider: the ownership threshold in the same sentence says which rule this is.
    [
      "We build our support tools on Anthropic's Claude models.\n\nRisk factors. Last autumn our main model vendor changed its terms to bar entities more than 50% owned, directly or indirectly, by companies based in China.",
      'policy:bar',
      1,
    ],
    // A bar with no one barred, or one with no policy phrase by it, is not the rule.
    ['The hotel bar stays open until 50% of guests have left, the manager joked.', 'policy:bar', 0],
    ['The new rules bar companies from dumping waste in the river.', 'policy:bar', 0],
  ]);
});

describe('detect (a Dario who plays football or cooks is another Dario)', () => {
  itFindsCounts([
    ['Dario Amodei spoke at Davos in January.\n\nMatch report: Dario, the Brazilian midfielder, scored in stoppage time to win it 2-1.', 'dario-amodei:Dario', 0],
    ['达里奥·阿莫迪今年又谈了芯片。\n\n另外，我家楼下开披萨店的达里奥，今天送了我们一块面团。', 'dario-amodei:达里奥', 0],
    // Amodei himself, a few words from his full name, still counts.
    ['Dario Amodei spoke at Davos in January. Dario said chips matter more than anything else.', 'dario-amodei:Dario', 1],
  ]);
});

describe('detect (shou sugi ban is charred timber, not a person)', () => {
  itFindsCounts([
    ['Chaofan Shou found the map file.\n\nOff topic: has anyone done Shou sugi ban on a fence? How deep do you burn the cedar?', 'shou-chaofan:Shou', 0],
  ]);
});

describe('detect ("Minimax AI" for a board game is the algorithm)', () => {
  itFindsCounts([
    ['Question: my Minimax AI for tic-tac-toe never blocks the diagonal. What is wrong with the scoring?', 'minimax:Minimax AI', 0],
    ['作业题：写出 GAN 的 minimax 目标函数，并说明判别器在做什么。MiniMax 是另一回事，那是上海的一家公司。', 'minimax:minimax', 0],
    // The company's name needs nothing else.
    ['MiniMax AI released a new video model this week.', 'minimax:MiniMax AI', 1],
  ]);
});

describe('detect (Kimi on a Formula 1 page: tyres, onboards and pit stops)', () => {
  itFindsCounts([
    ['Moonshot AI ships Kimi K2.\n\nRace thread: Kimi stayed out on inters for twelve laps and never locked a wheel.', 'moonshot-ai:Kimi', 0],
    ['Moonshot AI ships Kimi K2.\n\nWatch Kimi\'s best onboards from the season so far.', 'moonshot-ai:Kimi', 0],
    ['月之暗面发布了 Kimi K2。\n\n赛后：Kimi 用光头胎坚持到进站，真稳。', 'moonshot-ai:Kimi', 0],
  ]);
});

describe('detect (a compound given name after a hyphen: Claude-Achille, Claude-Michel)', () => {
  itFindsCounts([
    ['Programme notes written with help from Claude, an AI assistant. Claude-Achille Debussy was born in 1862.', 'anthropic:Claude', 1],
    ['Anthropic sponsors the season. Tonight: songs by Claude-Michel Schönberg.', 'anthropic:Claude', 0],
    // In a line whose words are all capitalised too.
    ['Anthropic sponsors the season.\n\nProgramme: Claude-Achille Debussy, Clair De Lune', 'anthropic:Claude', 0],
    // A model's code or the tool's name after a hyphen is still the product.
    ['Anthropic shipped Claude-Opus and Claude-Code updates. Moonshot AI shipped Kimi-Dev.', 'anthropic:Claude-Opus', 1],
    ['Anthropic shipped Claude-Opus and Claude-Code updates. Moonshot AI shipped Kimi-Dev.', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a Chinese clause that names a person: 叫 Kimi 的交换生, 叫克劳德的太多了)', () => {
  itFindsCounts([
    ['月之暗面的 Kimi 最近很火。我们班有个叫 Kimi 的交换生，天天被同学开玩笑。', 'moonshot-ai:Kimi', 1],
    ['Anthropic 的 Claude 用不了。在法国，叫克劳德的太多了，我房东就是一个。', 'anthropic:克劳德', 0],
    ['Anthropic 做 Claude。我们组叫 Claude 的是个法国同事。', 'anthropic:Claude', 1],
    // The same clause before a product or a company names the product.
    ['美国有一个叫 Claude 的聊天机器人，在国内用不了。', 'anthropic:Claude', 1],
    ['上海那家叫 MiniMax 的公司做了海螺 AI。', 'minimax:MiniMax', 1],
  ]);
});

describe('detect (a word the page alone supports waits one pass for the words settled by their own context)', () => {
  itFindsCounts([
    // The second "ban" is settled by its own sentence once Anthropic is; then the first has the policy on the page.
    [
      "Heads-up for the group: a proxy won't get you around the Anthropic ban. What matters is who owns you, not your IP. If your company is Chinese-owned, the ban follows you wherever you log in.",
      'policy:ban',
      2,
    ],
  ]);
});

describe('detect (a thread of short replies under a headline that names the story is about it)', () => {
  // Each reply is three blocks (byline, text, "reply"): sixty-odd blocks, but a few hundred words.
  const thread = (headline: string) =>
    [
      'Hacker News | new | past | comments',
      headline,
      '900 points by someone 9 hours ago',
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `user${i} ${i + 1} hours ago | next\n\n${i === 12 ? 'fair point. the anthropic side of this is overblown, it is mostly embarrassing.' : 'i had the same thought reading the first comment here.'}\n\nreply`,
      ),
    ].join('\n\n');
  itFindsCounts([
    [thread("Claude Code's entire source leaked through a map file in the npm package"), 'anthropic:anthropic', 1],
    // Under a headline about something else, nothing on the page says which "anthropic" this is.
    [thread('Show HN: a tiny static site generator written in Rust'), 'anthropic:anthropic', 0],
  ]);
});

describe('detect (lower-case "anthropic" doing something: the company, never the adjective)', () => {
  itFindsCounts([
    ['ok so anthropic sent github a takedown the same afternoon. fair enough honestly', 'anthropic:anthropic', 1],
    ['jon: amodei says anthropic walked away from a lot of money over this', 'anthropic:anthropic', 1],
    ['no idea why anthropic bought a javascript runtime but here we are', 'anthropic:anthropic', 1],
    // The adjective stands before its noun, and a lower-case word alone says nothing.
    ['the anthropic principle says we observe a universe that allows observers', 'anthropic:anthropic', 0],
    ['anthropic reasoning has critics among physicists', 'anthropic:anthropic', 0],
  ]);
});

describe('detect (namesakes by their own words: Cloud in Final Fantasy, DS the son, a Moonshot telescope)', () => {
  itFindsCounts([
    ['Anthropic 的 Claude 最近很火。\n\n游戏区：重制版里克劳德的新造型也太帅了吧，黑外套配大剑。', 'anthropic:克劳德', 0],
    ['Parents board › AIBU?\n\nAIBU to stop DS (13) using DeepSeek for maths homework? DH says it is fine.', 'deepseek:DS', 0],
    ['Moonshot AI released Kimi K2.\n\nFor sale: Celestron Moonshot 70 refractor telescope with tripod, £60.', 'moonshot-ai:Moonshot', 0],
    // The lab's short name used for a task stays the lab.
    ['用 DS 帮我写了个 Python 脚本，DeepSeek 这次挺快。', 'deepseek:DS', 1],
  ]);
});

describe('detect (a sound distilled down, 把声音蒸馏到只剩: figurative)', () => {
  itFindsCounts([
    ['Anthropic accused three labs of distillation. Elsewhere: the band have distilled their sound down to two guitars.', 'distillation:distilled', 0],
    ['Anthropic 指控三家实验室蒸馏。另：这张专辑把声音蒸馏到只剩鼓和人声。', 'distillation:蒸馏', 1],
  ]);
});

describe("detect (a name that is a work's whole title in 《》)", () => {
  itFindsCounts([
    ['新品到店：《Minimax》双人卡牌游戏，十分钟一局。另外听说 MiniMax 的海螺 AI 又更新了。', 'minimax:Minimax', 0],
    ['新品到店：《Minimax》双人卡牌游戏，十分钟一局。另外听说 MiniMax 的海螺 AI 又更新了。', 'minimax:MiniMax', 1],
    // A story word as a title is about the story.
    ['连载漫画《蒸馏》第三话：Anthropic 指控三家实验室用假账户调用 Claude。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (chat spellings: fake accts, distiled, distilation)', () => {
  itFindsCounts([
    ['they say 24k fake accts across ds, kimi and minimax. allegedly', 'distillation:fake accts', 1],
    ['wait so deepseek distiled claude?? that is wild', 'distillation:distiled', 1],
    ['what is distilation exactly, the anthropic report keeps saying it', 'distillation:distilation', 1],
    // A misspelled still is still a still.
    ['the whisky tour explained distilation twice and I still do not get the second copper still', 'distillation:distilation', 0],
  ]);
});

describe('detect (ds, the design system: Figma, components, the ds team)', () => {
  itFindsCounts([
    ['DeepSeek is cheap these days.\n\n#frontend\nis the ds button component on v4 yet? the Figma library still shows v3', 'deepseek:ds', 0],
    // The lab's short form used for code stays the lab.
    ['switched to ds for the codemod, deepseek v3.2 got it right first time', 'deepseek:ds', 1],
  ]);
});

describe('detect (the three labs by their nicknames, and 月知暗面 from speech-to-text)', () => {
  itFindsCounts([
    ['看完报告：鲸鱼十几万次，月暗三百多万，海螺一千多万，挨骂最多的反而不是名气最大的。', 'minimax:海螺', 1],
    ['[自动字幕] 00:03:10 今天聊月知暗面那个 K2 模型 接进编程工具里效果怎么样', 'moonshot-ai:月知暗面', 1],
    // 海螺 among seafood is the shell.
    ['今晚吃海鲜：海螺、扇贝、生蚝，鲸鱼形状的蛋糕给孩子。', 'minimax:海螺', 0],
  ]);
});

describe('detect (a line that labels people: "Hosts: Kimi Ahonen and Raj Patel", "By Claude Ng")', () => {
  itFindsCounts([
    ['Build Log, Episode 57: Open Weights, Closed Mouths\n\nHosts: Kimi Ahonen And Raj Patel\n\nThis week we compare Moonshot AI\'s Kimi K2 with the rest.', 'moonshot-ai:Kimi', 0],
    ['Anthropic And The Chip Question\n\nBy Claude Ng\n\nA column on export controls and what they mean for startups.', 'anthropic:Claude', 0],
    // In a headline the product is still the product.
    ['Moonshot AI Ships Kimi K2 With Longer Context', 'moonshot-ai:Kimi K2', 1],
  ]);
});
