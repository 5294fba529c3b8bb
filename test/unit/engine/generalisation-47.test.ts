import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/** Twenty-seventh session: probes written from scratch in our own words, none taken from a set. */

describe('detect (a leak of things counted in plural: barrels, tanks, albums)', () => {
  itFindsCounts([
    ['Anthropic confirmed the Claude Code leak last week.\n\nSeparately, the old warehouse leaked a few barrels of rum last year.', 'leak:leaked', 0],
    ['Anthropic confirmed the Claude Code leak last week.\n\nThe fuel tanks leaked for days after the storm.', 'leak:leaked', 0],
    ['Anthropic confirmed the Claude Code leak last week.\n\nSeveral albums leaked online before their release.', 'leak:leaked', 0],
    ['Anthropic confirmed the Claude Code leak last week.', 'leak:leak', 1],
  ]);
});

/** Anthropic's policy, then a city's ban on drones: the city's verb is not the policy. */
const DRONES = 'Anthropic bars Chinese-owned companies from Claude.\n\nThe city banned Chinese-made drones from municipal use, citing national security.';

describe('detect (an English determiner before a subject is not a restriction named just before its verb)', () => {
  itFindsCounts([
    [DRONES, 'policy:banned', 0],
    [DRONES, 'policy:bars', 1],
    ['The mayor blocked Chinese-made buses last year; the company restricts Chinese-owned firms from Claude.', 'policy:blocked', 0],
    // Chinese puts a word between 其 and the noun it points back to (其销售限制): still the policy.
    ['Anthropic 于 2025 年 9 月更新其销售限制政策，由中国实体控股超过 50% 的公司不得使用 Claude。', 'policy:限制', 1],
  ]);
});

describe('detect (an appositive that makes a product name someone: ", a retired teacher", ", 67,")', () => {
  itFindsCounts([
    ["Anthropic's Claude Code leaked in March.\n\nClaude, a retired teacher from Lyon, told us he had never used a computer.", 'anthropic:Claude', 0],
    ["Anthropic's Claude Code leaked in March.\n\nClaude, 67, told us he had never used a computer.", 'anthropic:Claude', 0],
    ['Moonshot AI released Kimi K2 in July. Kimi, our head grower, restored the old vines.', 'moonshot-ai:Kimi', 0],
    // The product described in an appositive stays the product.
    ["Anthropic's Claude Code leaked in March.\n\nClaude, the oldest model family in the lineup, still answers questions.", 'anthropic:Claude', 1],
    ["Anthropic's Claude Code leaked in March.\n\nClaude, the AI assistant made by Anthropic, answered in seconds.", 'anthropic:Claude', 1],
  ]);
});

describe('detect ("Deep Seek" needs AI words in its own sentence)', () => {
  itFindsCounts([
    ['Deep seek and destroy was the mission motto. Claude Shannon founded information theory.', 'deepseek:Deep seek', 0],
    ['Deep Seek released a new reasoning model on Monday.', 'deepseek:Deep Seek', 1],
  ]);
});

describe('detect (Kimi said to be a given name: 男子名, a boy\'s name)', () => {
  itFindsCounts([
    ['月之暗面是北京的一家AI公司。\n\nKimi这个名字，在芬兰是常见的男子名。', 'moonshot-ai:Kimi', 0],
    ["Moonshot AI makes a chatbot.\n\nIn Finland, Kimi is a common boy's name.", 'moonshot-ai:Kimi', 0],
    // The assistant in the same sentence as its maker is still the product.
    ['月之暗面推出的Kimi智能助手很受欢迎。', 'moonshot-ai:Kimi智能助手', 1],
  ]);
});

describe('detect (an age right after a name: ，25岁，, （67岁）, 今年67岁)', () => {
  itFindsCounts([
    ['Anthropic的Claude Code源码泄露一事仍在发酵。\n\n住在里昂的克劳德今年67岁，是一名退休教师。', 'anthropic:克劳德', 0],
    ['Anthropic的Claude Code源码泄露一事仍在发酵。\n\nClaude（67岁）是一位面包师，她每天四点起床。', 'anthropic:Claude', 0],
    ['Anthropic的Claude Code源码泄露一事仍在发酵。\n\nKimi，25岁，芬兰人，目前在上海留学。', 'moonshot-ai:Kimi', 0],
    // A product's birthday is no person's age.
    ['月之暗面的Kimi智能助手上线1周年，Kimi 1岁了，用户破亿。', 'moonshot-ai:Kimi', 1],
  ]);
});

describe('detect (a phrase owned by the word before it takes its shorter words along: 遊戲原始碼外洩)', () => {
  itFindsCounts([
    ['科技週報：Anthropic 的 Claude Code 原始碼外洩仍在發酵。另一家獨立工作室的新作原始碼外洩，起因是員工誤傳檔案。', 'leak:外洩', 0],
    ['科技週報：Anthropic 的 Claude Code 原始碼外洩仍在發酵。另一家獨立工作室的新作原始碼外洩，起因是員工誤傳檔案。', 'leak:原始碼外洩', 1],
  ]);
});

describe('detect (a still, a weeping joint, a chess engine, a podcast edit: the other senses on a story page)', () => {
  itFindsCounts([
    [
      'Distillery diary\n\nOur head distiller’s nephew reads about the Claude Code leak and the distillation accusations against DeepSeek.\n\nWhy does the second distillation matter? The first pass through the wash still gives us low wines at about 21% ABV.',
      'distillation:distillation',
      1,
    ],
    [
      'Workshop notes\n\nEveryone is reading about the Claude Code leak.\n\nA hairline crack in the condenser worm started to weep, and by Thursday it was a proper leak.',
      'leak:leak',
      1,
    ],
    [
      'Engine devlog\n\nMiniMax, the Shanghai AI company, shipped a new model this week.\n\nIn Part 2 we wrote an evaluation function that scores a position. Now we need a way to look ahead, and the classic answer is minimax.',
      'minimax:minimax',
      0,
    ],
    [
      'Episode 88: revisiting the Claude Code source map\n\nThis week we distilled three hours of arguing into fifty minutes.',
      'distillation:distilled',
      0,
    ],
    ['Anthropic accused DeepSeek of having distilled Claude into its own models.', 'distillation:distilled', 1],
  ]);
});

describe('detect (sham, bogus and phony accounts are the campaign\'s fake accounts)', () => {
  itFindsCounts([
    ['Anthropic accused DeepSeek, Moonshot and MiniMax of querying Claude through roughly 24,000 sham accounts.', 'distillation:sham accounts', 1],
    ['The labs allegedly used bogus accounts to extract answers from Claude at scale, Anthropic said.', 'distillation:bogus accounts', 1],
    // Without the story, a bank's sham accounts are no campaign.
    ['Police said the gang opened sham accounts at three banks to launder the money.', 'distillation:sham accounts', 0],
  ]);
});

describe('detect (a memory leak told in Chinese, and advice on where source maps belong, on a page that links the story)', () => {
  const DEVBLOG =
    '开发日志\n\n我们的服务内存每小时上涨约 40MB，对比两次堆快照后发现，每次重试都新注册一个事件监听器却从不移除，这就是泄漏的来源。\n\n不过 source map 应该上传到错误监控平台，而不是打进发布的包里。\n\n热门文章\nClaude Code源码泄露复盘';
  itFindsCounts([
    [DEVBLOG, 'leak:泄漏', 0],
    [DEVBLOG, 'leak:source map', 0],
    [DEVBLOG, 'leak:源码泄露', 1],
  ]);
});

describe('detect (Anthropic and DeepSeek as Japanese and Korean coverage writes them)', () => {
  itFindsCounts([
    ['日本媒体把 Anthropic 写作“アンソロピック”，韩国媒体写作“앤트로픽”。', 'anthropic:アンソロピック', 1],
    ['日本媒体把 Anthropic 写作“アンソロピック”，韩国媒体写作“앤트로픽”。', 'anthropic:앤트로픽', 1],
    ['ディープシーク（DeepSeek）と딥시크は同じ会社です。', 'deepseek:ディープシーク', 1],
    ['ディープシーク（DeepSeek）と딥시크は同じ会社です。', 'deepseek:딥시크', 1],
  ]);
});
