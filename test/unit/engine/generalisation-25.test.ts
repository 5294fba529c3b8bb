import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 43, after the sixty-second and sixty-third blind sets (a Chinese mixed set; English pages that mention the
 * story in passing). Every text here is new (none from an evaluation set).
 */

describe('detect (the story\'s words for other things on pages that also mention it)', () => {
  itFindsCounts([
    ['热门评论\n阿飞：死亡搁浅的 DS 地图太难了，小岛秀夫你出来\n阿杰：写代码还是 deepseek 靠谱', 'deepseek:DS', 0],
    ['Markets: DS Smith shares slipped on Tuesday. Separately, DeepSeek released a new model.', 'deepseek:DS', 0],
    ['调香师手记：我们用水蒸气蒸馏玫瑰花瓣。顺便说一句，Anthropic 指控的“蒸馏”说的是 DeepSeek 用虚假账户调用 Claude。', 'distillation:蒸馏', 1],
    ['风控日记：羊毛党的假账号领完券就走，一天封禁上万个。另据报道，Anthropic 指控三家实验室蒸馏 Claude。', 'distillation:假账号', 0],
    ['历史课：二战期间，美国冻结了敌对国家在美资产。', 'policy:敌对国家', 0],
    ['产品页：码匠全部部署在国内，杜绝泄漏风险。对比：Claude Code 曾因 source map 泄露源码。', 'leak:泄漏', 0],
    ["Briefing notes: a leaked cable from the embassy in Doha. Also: Anthropic's Claude Code leak.", 'leak:leaked', 0],
    ['公众号：群里炸了，“cc的源码漏出来了！”一看 npm，Claude Code 2.1.88 真带了 source map。', 'leak:源码漏出来', 1],
  ]);
});
