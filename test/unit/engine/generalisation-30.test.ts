import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 48, after two more private probes of real web pages (one mostly English pages beside the story, one mostly
 * Chinese news, 公众号 and forum posts; kept outside the repository because the text is not ours). The cases are
 * written here in our own words; none is taken from those pages.
 */

describe('detect (names written without a space, as Chinese pages write them)', () => {
  itFindsCounts([
    ['DeepSeekR1和KimiK2哪个写代码更好？', 'deepseek:DeepSeekR1', 1],
    ['DeepSeekR1和KimiK2哪个写代码更好？', 'moonshot-ai:KimiK2', 1],
    ['新款DeepSeekV3.2已上线。', 'deepseek:DeepSeekV3.2', 1],
  ]);
});

describe('detect (the policy in Chinese news)', () => {
  itFindsCounts([
    // 封堵: blocking the ways Chinese firms still reached Claude.
    ['Anthropic 正在封堵中国企业通过中转站访问 Claude 的漏洞。', 'policy:封堵', 1],
    ['工人连夜封堵管道漏水点，小区恢复供水。', 'policy:封堵', 0],
    // "This ban" points back to the one just reported.
    ['Anthropic 宣布限制中资控股企业使用 Claude。这次禁令在公布当天生效。', 'policy:禁令', 1],
    // An adversary named in a rule with no AI firm anywhere is another government's business.
    ['美国商务部计划限制来自中国等敌对国家的无人机进口。', 'policy:敌对国家', 0],
    ['Anthropic 表示，该政策同样适用于由中国等敌对国家控股的企业。', 'policy:敌对国家', 1],
    // A name and the phrase settle each other, as a reader of a caller's claim does.
    ['A caller said Amodei keeps calling China an adversarial nation.', 'policy:adversarial nation', 1],
  ]);
});

describe('detect (a Kimi model named by what follows it)', () => {
  itFindsCounts([
    ['Moonshot AI shipped a new model this week.\n\nK2 Thinking is a native INT4 model with a long context window.', 'moonshot-ai:K2 Thinking', 1],
    ['Moonshot AI shipped a new model this week.\n\nWe climbed K2 thinking about the weather, not about models.', 'moonshot-ai:K2', 0],
    ['K2 Think, from MBZUAI, is another reasoning model; Moonshot AI was not involved.', 'moonshot-ai:K2', 0],
  ]);
});
