import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 42, after the sixtieth and sixty-first blind sets (English chats, threads and spoken text, fourth round;
 * Traditional Chinese and Cantonese pages). Every text here is new (none from an evaluation set).
 */

describe('detect (the story\'s short names for other things in chats)', () => {
  itFindsCounts([
    ['#paper\nmo: reviewer R2 wants ablations, R3 wants a DeepSeek-R1 baseline\nli: we thank R2 and will add it', 'deepseek:R2', 0],
    ['Classic car forum: my DS ID19 needs new spheres. DeepSeek translated the French manual for me.', 'deepseek:DS', 0],
    ['#music\nsora: practising Kimi ga Yo for the ceremony\nben: kimi k2 translated the lyrics for me, moonshot ai is good at that', 'moonshot-ai:Kimi', 0],
    ['u/a: the CC deal pays well, content creators keep their rights\nu/b: he still writes everything in claude code', 'anthropic:CC', 0],
    // A tier name followed by a capitalised name is something else (a building, an operating system).
    ['試咗用 Claude Opus 寫樓盤介紹，第一個係 Opus Hong Kong 嘅放盤。', 'anthropic:Opus', 0],
  ]);
});

describe('detect (restrictions in Hong Kong, Macau and Taiwan pages)', () => {
  itFindsCounts([
    ['澳門用戶嘗試註冊 Anthropic 的 Claude，系統顯示所在地區不受支援。', 'policy:地區不受支援', 1],
    ['明報：Anthropic 禁中資控股企業使用 Claude', 'policy:禁中資控股', 1],
    ['【30秒講晒】Claude Code 漏code事件：Anthropic 話係人為失誤', 'leak:漏code', 1],
    // A bank raising its stake from 50% to full ownership is not the 50% rule.
    ['有中資銀行把香港子公司持股由50%增至全資擁有。另外，Anthropic 限制中資持股超過 50% 的企業使用 Claude。', 'policy:50%', 1],
    ['A proclamation cites national security and restricts some graduate students from China; Anthropic is a separate story.', 'policy:restricts', 0],
  ]);
});
