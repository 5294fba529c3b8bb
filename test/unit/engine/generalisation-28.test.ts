import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 46, after a private probe of real web pages (news, blogs and forum posts about the story and
 * beside it, English, Simplified and Traditional Chinese; kept outside the repository because the text is not
 * ours). The cases are written here in our own words; none is taken from those pages.
 */

describe('detect (the China policy as news outlets write it)', () => {
  itFindsCounts([
    // 國安, Taiwan's and Hong Kong's short form of 国家安全, as the stated reason.
    ['Anthropic 以國安為由，宣布不再向中資控股企業提供 Claude 服務。', 'policy:國安', 1],
    ['北京國安主場 2 比 1 取勝，球迷賽後合唱隊歌。', 'policy:國安', 0],
    // 对手国家, the adversaries the policy names beside China.
    ['Anthropic 表示，该政策同样适用于俄罗斯、伊朗等美国“对手国家”控股的企业。', 'policy:对手国家', 1],
    ['两支球队都把对方当作最强的对手，国家德比门票早已售罄。', 'policy:对手国家', 0],
    // The ownership rule with a full-width percent sign written out in Chinese numerals, and 持有 … 股份.
    ['Anthropic 禁止中資直接或間接持股逾五十％的企業使用 Claude。', 'policy:五十％', 1],
    ['Anthropic 表示，条款更新将影响被不支持地区企业持有50%以上股份的实体。', 'policy:50%', 1],
    // 是为了 gives the reason.
    ['Anthropic 在公告中说，这项措施是为了应对国家安全风险。', 'policy:国家安全', 1],
    // "The statement said" and "this update" stand for the firm named elsewhere on the page.
    ['Anthropic 周五发布声明。\n\n声明称，这次更新将禁止受中国控制的企业使用其产品。', 'policy:禁止', 1],
  ]);
});

describe('detect (national security said by others)', () => {
  itFindsCounts([
    ['The senator said selling chips to China raises national security questions for Congress.', 'policy:national security', 0],
    ['Anthropic 限制中资企业使用 Claude 后，外交部回应称，中方反对泛化国家安全概念。', 'policy:国家安全', 0],
  ]);
});

describe('detect (the leaked version written with a v)', () => {
  itFindsCounts([
    ['A release mistake: a sourcemap file was included in v2.1.88 of the CLI.', 'leak:sourcemap', 1],
    ['The webpack guide explains how a sourcemap file maps bundled code back to its modules.', 'leak:sourcemap', 0],
  ]);
});
