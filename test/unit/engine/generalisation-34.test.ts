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
