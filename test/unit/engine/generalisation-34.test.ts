import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 76 and after (eighth session), from holdout87 (developer pages, third round) and holdout89 (threads, fourth
 * round). The cases are written here in our own words; none is taken from a set.
 */

const FENCE = '```';

describe('detect (lower-case names in a code block are identifiers)', () => {
  itFindsCounts([
    [`Our gateway config:\n${FENCE}toml\n[route.moonshot]\nweight = 2\n${FENCE}\nKimi answers most long documents.`, 'moonshot-ai:moonshot', 0],
    [`Logs after the switch to DeepSeek:\n${FENCE}\n09:14 INFO pick=deepseek latency=880\n${FENCE}`, 'deepseek:deepseek', 0],
    [`My shell setup for Claude Code:\n${FENCE}sh\nalias ai='claude'\n${FENCE}`, 'anthropic:claude', 0],
    [`Router log with MiniMax as fallback:\n${FENCE}\nWARN primary down, fallback=MiniMax-M2 ok\n${FENCE}`, 'minimax:MiniMax-M2', 0],
    // A model id is an identifier even in a comment; a plain word there is prose, and so is a capitalised name.
    [`${FENCE}python\n# falls back to deepseek-chat when Claude is busy\nclient = make_client()\n${FENCE}`, 'deepseek:deepseek-chat', 0],
    [`${FENCE}python\n# Claude Code drafts the summary, deepseek-chat checks it\nclient = make_client()\n${FENCE}`, 'anthropic:Claude Code', 1],
    [`Switched our bot from OpenAI to DeepSeek.\n${FENCE}yaml\n# deepseek is cheaper for the summaries\nmodel_family: chat\n${FENCE}`, 'deepseek:deepseek', 1],
    // A message in the block keeps its capitalised names; the leaked package is the story wherever it stands.
    [`${FENCE}\nError: Claude Code is not available in your region.\n${FENCE}`, 'anthropic:Claude Code', 1],
    [`${FENCE}\n$ npm view @anthropic-ai/claude-code@2.1.88 dist.tarball\n${FENCE}`, 'anthropic:@anthropic-ai/claude-code', 1],
    // Outside the block, and with no closing fence, lower-case names read as before.
    [`${FENCE}\nmodel_family: chat\n${FENCE}\nhonestly deepseek has been fine for this, cheaper than claude`, 'deepseek:deepseek', 1],
  ]);
});

describe('detect (a lab written in lower case in a thread that names the others)', () => {
  itFindsCounts([
    ['[10:02] ana: Anthropic named DeepSeek, Moonshot and MiniMax in its report today, with numbers for each of the three labs\n[10:03] raj: which one used the most accounts in the end? i only skimmed the thing on my phone\n[10:04] ana: minimax, by a long way\n[10:05] raj: wild', 'minimax:minimax', 1],
    // In a thread about the game algorithm, the cues of the game still decide.
    ['[10:02] ana: my tic-tac-toe bot finally works\n[10:03] raj: minimax with alpha-beta?\n[10:04] ana: plain minimax, the board is tiny\n[10:05] raj: nice, MiniMax the AI lab would be proud', 'minimax:minimax', 0],
    // Prose that is not a thread keeps asking for the company's context nearby.
    ['DeepSeek and Anthropic dominate the benchmark table.\n\nYou need minimax, one of the oldest ideas in game AI, to play noughts and crosses well.', 'minimax:minimax', 0],
  ]);
});

describe('detect (a function named like a lab is code)', () => {
  itFindsCounts([
    ['DeepSeek wrote def minimax(board, depth): for me in one go.', 'minimax:minimax', 0],
    ['DeepSeek suggested minimax(board, depth) for every move.', 'minimax:minimax', 0],
  ]);
});

describe('detect (Chinese given names, titles and a product named right by its maker)', () => {
  itFindsCounts([
    ['设计部群聊\n王稀宇：海报初稿发群里了\n李总监：@王稀宇 标题字号太小\n李总监：稀宇今天辛苦了', 'minimax:稀宇', 0],
    ['稀宇科技发布了新的语音模型，稀宇的海螺视频也更新了。', 'minimax:稀宇', 1],
    ['公司新来的法国 VP 克劳德下个月就要回巴黎了，听说 AI 项目要砍。', 'anthropic:克劳德', 0],
    // Someone of the same name on the page: the product named right by its maker, model or plan is still the product.
    ['My colleague Kimi sent the notes, and I asked Kimi (Moonshot AI) to summarise them.', 'moonshot-ai:Kimi', 1],
    ['Our intern Claude joined in May. For the record, Claude the model is made by Anthropic.', 'anthropic:Claude', 1],
  ]);
});

describe('detect (a chat export whose speakers have capitalised names)', () => {
  itFindsCounts([
    ['Mara Voss: Anthropic named DeepSeek, Moonshot and MiniMax in its report today, with numbers for each of the three labs\nJules Park: which one used the most accounts in the end? i only skimmed it on my phone\nMara Voss: minimax, by a long way\nJules Park: wild', 'minimax:minimax', 1],
    // A speaker's label says nothing of the message: a normally cased message keeps reading lower-case words as words.
    ['Mara Voss: The anthropic principle came up in my cosmology seminar.\nJules Park: Fine-tuning arguments again?\nMara Voss: Yes, and a long detour through multiverse models.', 'anthropic:anthropic', 0],
  ]);
});

describe('detect (a Chinese thread that types Latin names in lower case)', () => {
  itFindsCounts([
    ['Claude Code 接国产模型，体验如何？MiniMax 和 Kimi 我都想试试。\n\n楼主补充：前端项目挺顺的，python 后端偶尔会瞎改测试\n\n回复楼主：上周末跑了一个大仓库的重构，速度上还是 minimax 最快，就是偶尔会瞎改测试\n\n回复楼主：感谢分享，我也去试试', 'minimax:minimax', 1],
    // The game algorithm keeps its own words in a Chinese thread too.
    ['MiniMax 和 Kimi 都发了新模型。\n\n楼主补充：今天的作业是井字棋，python 写的\n\n回复楼主：用 minimax 加剪枝就行，搜索树很小\n\n回复楼主：感谢分享', 'minimax:minimax', 0],
  ]);
});

describe('detect (a lab\'s possessive before another lab\'s name is no shop name)', () => {
  itFindsCounts([
    ['- Added a Kimi K2.5 preset (`--preset kimi`), via Moonshot\'s Anthropic-compatible API.', 'moonshot-ai:Moonshot', 1],
    // A possessive before another capitalised name is still a shop or brand.
    ['We had lunch at Moonshot\'s Noodle Bar before the talk on rockets.', 'moonshot-ai:Moonshot', 0],
  ]);
});

describe('detect (Claude written in Traditional characters)', () => {
  itFindsCounts([
    ['推 kenji: 克勞德 code 外洩那包我晚了一步就被下架了', 'anthropic:克勞德 code', 1],
    ['Anthropic 的 AI 助手克勞德很好用，寫程式也快。', 'anthropic:克勞德', 1],
    // The painter stays the painter in either script.
    ['克勞德·莫內的睡蓮在橘園美術館展出。', 'anthropic:克勞德', 0],
  ]);
});

describe('detect (API model ids and repository paths are identifiers)', () => {
  itFindsCounts([
    ['I switched the bot from deepseek-chat to kimi-k2-turbo-preview last week.', 'deepseek:deepseek-chat', 0],
    ['I switched the bot from deepseek-chat to kimi-k2-turbo-preview last week.', 'moonshot-ai:kimi-k2', 0],
    ['Original weights: deepseek-ai/DeepSeek-V3.2. Quantised with llama.cpp.', 'deepseek:DeepSeek-V3.2', 0],
    ['MiniMax-AI/MiniMax-M2 · issue #98 · open', 'minimax:MiniMax-M2', 0],
    // Names people write: capitals or spaces, a compound adjective, a casual list, the leaked package, a lower-case family name.
    ['I switched the bot from DeepSeek V3.2 to Kimi K2 last week.', 'deepseek:DeepSeek V3.2', 1],
    ['Both labs now offer an anthropic-compatible endpoint, DeepSeek says.', 'anthropic:anthropic', 1],
    ['Anthropic said DeepSeek/Moonshot traffic was the bulk of it.', 'deepseek:DeepSeek', 1],
    ['Shou found cli.js.map in anthropic-ai/claude-code 2.1.88 on npm.', 'anthropic:anthropic', 1],
    ['MiniMax 发布了全新的视频模型 abab-video-1，可在海螺 AI 体验。', 'minimax:abab', 1],
  ]);
});

describe('detect (R1 as a controller button or a first-year resident)', () => {
  itFindsCounts([
    ['手柄R1键失灵了，我问了DeepSeek-R1，它让我先升级固件。', 'deepseek:R1', 0],
    ['Welcome to our new R1 residents. I asked DeepSeek to draft the rota, and R1 orientation starts Monday.', 'deepseek:R1', 0],
    ['DeepSeek released R1 in January, and R1 still leads the open models on maths.', 'deepseek:R1', 2],
  ]);
});
