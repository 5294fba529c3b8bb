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
