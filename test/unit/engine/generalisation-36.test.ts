import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Rounds 95 and after (tenth session), from holdout113 (casing, typography and spelling as pages print them) and
 * holdout114 (professions outside tech: lawyers, clinicians, teachers, accountants). The cases are written here in our
 * own words; none is taken from a set.
 */

describe('detect (bold, italic and small-capital letters from fancy-text posts)', () => {
  itFindsCounts([
    ['𝗕𝗥𝗘𝗔𝗞𝗜𝗡𝗚: 𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰 says three Chinese labs distilled Claude.', 'anthropic:𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰', 1],
    ['My take on the week: 𝘋𝘦𝘦𝘱𝘚𝘦𝘦𝘬 and Moonshot were both named in the distillation claims.', 'deepseek:𝘋𝘦𝘦𝘱𝘚𝘦𝘦𝘬', 1],
    ['ᴀɴᴛʜʀᴏᴘɪᴄ ᴄᴜᴛ ᴏꜰꜰ ᴄʜɪɴᴇsᴇ-ᴏᴡɴᴇᴅ ᴄᴏᴍᴘᴀɴɪᴇs from Claude this week.', 'anthropic:ᴀɴᴛʜʀᴏᴘɪᴄ', 1],
    ['Guest on the show: Zʜᴀɴɢ Rᴜɪᴡᴀɴɢ, who wrote about the Claude Code source map.', 'zhang-ruiwang:Zʜᴀɴɢ Rᴜɪᴡᴀɴɢ', 1],
    // A math symbol of the block that is not a Latin letter stays what it is.
    ['The loss 𝛼·L + 𝛽 is minimised; Anthropic is not mentioned in the paper.', 'anthropic:Anthropic', 1],
  ]);
});

describe('detect (radicals copied out of a PDF in place of the character)', () => {
  itFindsCounts([
    ['研报摘录：被点名的实验室包括月之暗⾯与深度求索，涉及蒸馏 Claude 的指控。', 'moonshot-ai:月之暗⾯', 1],
    ['研报摘录：被点名的实验室包括月之暗面与深度求索，涉及蒸馏 Claude 的指控。', 'moonshot-ai:月之暗面', 1],
  ]);
});

describe('detect (codes on forms, ledgers and exam papers; trainee grades)', () => {
  itFindsCounts([
    ['财务通知：周五前交 R1 表和 K2 表。另外，公司电脑上的 DeepSeek 和 Kimi 暂停使用。', 'deepseek:R1', 0],
    ['财务通知：周五前交 R1 表和 K2 表。另外，公司电脑上的 DeepSeek 和 Kimi 暂停使用。', 'moonshot-ai:K2', 0],
    ['申请材料见附表 R1。院内已部署 DeepSeek，请勿上传病历。', 'deepseek:R1', 0],
    ['Exam board notice: work for component R1 is checked for text from DeepSeek or Claude.', 'deepseek:R1', 0],
    ['规培R2 小李：科里的 DeepSeek 写病程还行。', 'deepseek:R2', 0],
    // The model itself, next to the maker, is still found.
    ['DeepSeek released R1 in January, and Kimi K2 followed in July.', 'deepseek:R1', 1],
    ['DeepSeek released R1 in January, and Kimi K2 followed in July.', 'moonshot-ai:Kimi K2', 1],
  ]);
});

describe('detect (clinicians\' words: discharge summaries, a bed, a colleague\'s title, a trial\'s acronym)', () => {
  itFindsCounts([
    ['Ward chat: no patient details into DeepSeek, please. The DS template goes in the EPR as usual.', 'deepseek:DS', 0],
    ['Ward chat: can someone help with a transfer? Claude in bed 6 is asking for you. Also, DeepSeek is off limits here.', 'anthropic:Claude', 0],
    ['科室群：周三请克劳德医生讲课。另外，Claude 和 DeepSeek 都不能处理病历。', 'anthropic:克劳德', 0],
    // A pupil named in one paragraph; the product in the next.
    ['Music department: Claude (Year 10) has a song cycle ready.\n\nStaff may not use Claude or DeepSeek for reports.', 'anthropic:Claude', 1],
    ['Music department: Claude (Year 10) has a song cycle ready for the concert, and DeepSeek is not allowed for reports.', 'anthropic:Claude', 0],
    ['Trial registration: MINIMAX-HF, a randomised trial of two doses. No AI tools were used.', 'minimax:MINIMAX', 0],
  ]);
});

describe('detect (other actors\' blocks and restrictions, leaks of other things, distilling testimony)', () => {
  itFindsCounts([
    ['IT update: DeepSeek is blocked on all networked PCs. Anthropic\'s Claude remains available to staff.', 'policy:blocked', 0],
    ['Districts must avoid vendors subject to federal procurement restrictions, including DeepSeek. Anthropic\'s Claude is approved.', 'policy:restrictions', 0],
    ['Governance reminder: report any suspected leak of patient information at once. Separately, the Claude Code leak raised vendor questions.', 'leak:leak', 1],
    ['A leaked government document can still expose a reporter, whatever one thinks of the Claude Code leak.', 'leak:leaked', 0],
    ['Litigators know another kind of distillation: the deposition digest, which distils days of testimony. Anthropic accused DeepSeek of distillation.', 'distillation:distillation', 1],
    ['药房简报：蒸馏装置完成年度校验。另，Anthropic 指控三家中国公司蒸馏 Claude。', 'distillation:蒸馏', 1],
    ['Column: the ruling was "a distillation of everything wrong with the league", the manager claimed. Anthropic was not involved.', 'distillation:distillation', 0],
  ]);
});

describe('detect (the adjective before a noun of proportion; shops and campaigns that share a name)', () => {
  itFindsCounts([
    ['PUBLIC LECTURE: Anthropic Proportions In Civic Buildings, with notes on Claude Code for architects.', 'anthropic:Anthropic', 0],
    ['THE MOONSHOT CAMPAIGN PASSES ITS GOAL. Elsewhere: Moonshot AI and DeepSeek were named by Anthropic.', 'moonshot-ai:MOONSHOT', 0],
    ['ＫＩＭＩ女装店的文案是用月之暗面的 Kimi 写的。', 'moonshot-ai:ＫＩＭＩ', 0],
    ['ＫＩＭＩ女装店的文案是用月之暗面的 Kimi 写的。', 'moonshot-ai:Kimi', 1],
  ]);
});
