import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 85 and after (ninth session), from holdout95 (money pages: investors, markets, filings) and holdout96
 * (research pages: papers, preprints, lab blogs). The cases are written here in our own words; none is taken from a set.
 */

describe('detect (a lab\'s name on a machine or in a method\'s name)', () => {
  itFindsCounts([
    ['Equipment sales grew, helped by the MiniMax range of micro excavators and our AI-assisted depth control.', 'minimax:MiniMax', 0],
    ['Hire firms bought 900 MiniMax machines this spring, and the dealer now offers AI-assisted grading.', 'minimax:MiniMax', 0],
    ['We study minimax group fairness: no group of users should do much worse than the others under any AI model.', 'minimax:minimax group', 0],
    ['A tutorial on writing a minimax AI for noughts and crosses.', 'minimax:minimax AI', 0],
    // Written as the company writes it, the group and its models stay the company.
    ['MiniMax Group said its M2 model now serves most of its agent traffic.', 'minimax:MiniMax Group', 1],
    ['MiniMax AI released a new speech model on Monday.', 'minimax:MiniMax AI', 1],
  ]);
});

describe('detect (R1 and R2 as a metric, CC as a rating or a corpus)', () => {
  itFindsCounts([
    ['Summary quality: R1 and R2 are ROUGE scores. DeepSeek-R1 scored 41.2 and Claude 40.8.', 'deepseek:R1', 0],
    ['肝脏纵向弛豫率 R1 为主要指标，报告初稿由 DeepSeek-R1 生成，再由医生审核。', 'deepseek:R1', 0],
    ['Benchmarks this week: DeepSeek-V3 led, and R1 was close behind it on maths.', 'deepseek:R1', 1],
    ['财经早报：某地产商被标普下调评级至“CC”。另讯，Anthropic 的 Claude Code 发布包误带 source map。', 'anthropic:CC', 0],
    ['Every CC page in our Common Crawl slice was rendered once for the Claude Code harness we evaluated.', 'anthropic:CC', 0],
  ]);
});

describe('detect (finance senses of restricted and 50%, other goods\' export controls)', () => {
  itFindsCounts([
    ['Credit desk: the restricted payments basket is 50% of net income. Elsewhere, Anthropic keeps its China rule.', 'policy:restricted', 0],
    ['Credit desk: the restricted payments basket is 50% of net income. Elsewhere, Anthropic keeps its China rule.', 'policy:50%', 0],
    ['公司公告：拟以 2 亿元收购该公司 50% 股权。另据报道，Anthropic 限制中资控股企业使用 Claude。', 'policy:50%', 0],
    ['Washington imposed export controls on quantum computers last year, and Anthropic backed tighter chip rules.', 'policy:export controls', 0],
    ['Congo extended its export controls on cobalt ore; Anthropic, meanwhile, cut off Chinese-owned firms.', 'policy:export controls', 0],
    // The rule itself is still the rule.
    ['Anthropic bars companies more than 50% owned by Chinese entities from using Claude.', 'policy:50%', 1],
  ]);
});

describe('detect (Claude not offered in mainland China)', () => {
  itFindsCounts([
    ['由于 Anthropic 的服务条款不支持中国大陆地区访问，本期评测没有纳入 Claude。', 'policy:不支持中国大陆地区', 1],
    ['Claude 官方不支援中國大陸地區，開發者只能另找出路。', 'policy:不支援中國大陸地區', 1],
  ]);
});
