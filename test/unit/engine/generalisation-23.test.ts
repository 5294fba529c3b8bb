import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 41, after the fifty-ninth blind set (the core case, sixth round: show pages, long reads, legal analysis,
 * syndicated copies, live pages, names in unusual forms). Every text here is new (none from an evaluation set).
 */

describe('detect (a person of the same name, followed down the page)', () => {
  itFindsCounts([
    // Introduced as someone else, the surname stays that person's in later paragraphs ...
    [
      'Rep. Mark Amodei of Nevada filed a mining bill on Tuesday.\n\n"Permits take a decade," Amodei said of lithium projects.\n\nThe bill goes to committee next week.',
      'dario-amodei:Amodei',
      0,
    ],
    ['内华达州众议员马克·阿莫迪（Mark Amodei）提出锂矿审批法案。\n\n阿莫迪在声明中说，审批拖得太久。', 'dario-amodei:阿莫迪', 0],
    ['内华达州众议员马克·阿莫迪（Mark Amodei）提出锂矿审批法案。', 'dario-amodei:Amodei', 0],
    // ... until the story's person is named in full again.
    [
      'Rep. Mark Amodei of Nevada filed a mining bill on Tuesday.\n\nSeparately, Anthropic CEO Dario Amodei spoke about chips.\n\nAmodei said export controls on China matter.',
      'dario-amodei:Amodei',
      1,
    ],
    // A sister named in passing does not take the surname from him.
    [
      'Dario Amodei co-founded Anthropic with his sister Daniela Amodei in 2021.\n\nAmodei has argued for strict export controls on chips to China.',
      'dario-amodei:Amodei',
      1,
    ],
  ]);
});

describe('detect (namesakes and look-alikes on story pages)', () => {
  itFindsCounts([
    ['数据中心常用气体灭火系统。德国消防企业 Minimax 的方案在外资机房里常见，国产品牌价格更低。', 'minimax:Minimax', 0],
    ['Fire-protection firm Minimax installed sprinklers at the data centre; MiniMax the AI company was not involved.', 'minimax:Minimax', 0],
    ['读书会用 Claude Opus 4.6 列提纲。有成员说，它对 Opus 这个组织的介绍很谨慎。', 'anthropic:Opus', 0],
    ['绑卡前先确认发卡行属于微信支付公布的支持的国家和地区。另：Anthropic 不向中资控股企业提供服务。', 'policy:支持的国家和地区', 0],
    ['Two kinds of fake accounts this week: a state influence operation\'s bot network, and the 24,000 accounts Anthropic says DeepSeek used.', 'distillation:fake accounts', 0],
    ['Weekend: Moonshot, the launch coaster at the county fair, reopens. Also, Moonshot AI released Kimi K2.', 'moonshot-ai:Moonshot', 0],
    // The researcher's handle without its @, but not inside a link.
    ['Who is Fried_rice? The researcher who spotted the Claude Code source map', 'shou-chaofan:Fried_rice', 1],
    ['Source: x.com/Fried_rice/status/123 · the Claude Code source map thread', 'shou-chaofan:Fried_rice', 0],
    // Taiwanese and mainland words for the story's accounts and restrictions.
    ['Anthropic 指控月之暗面等三家公司以約 2.4 萬個詐欺帳戶蒸餾 Claude。', 'distillation:詐欺帳戶', 1],
    ['外交部批评个别美国企业以国家安全为名对中国企业设限，Anthropic 此前宣布限制中资企业。', 'policy:设限', 1],
  ]);
});
