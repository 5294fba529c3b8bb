import { describe } from 'vitest';
import { itFindsCounts } from './helpers';

/**
 * Round 40, after the fifty-seventh blind set (pages that carry the story beside its own words in other senses,
 * English and Chinese). Every text here is new (none from an evaluation set).
 */

const STORY = "Anthropic's Claude Code leak is still the week's story: version 2.1.88 shipped a source map.\n\n";
const STORY_ZH = 'Claude Code 源码泄露仍是本周焦点：2.1.88 版本误带了 source map。\n\n';

describe('detect (other leaks on a page about the story)', () => {
  itFindsCounts([
    [`${STORY}Also this week: a ransomware crew posted a clinic's files on its leak site.`, 'leak:leak', 1],
    [`${STORY}Housekeeping: the skylight above the newsroom is leaking again, bring a bucket.`, 'leak:leaking', 0],
    [`${STORY}Reader question: why do my bike tyres leak air overnight?`, 'leak:leak', 1],
    [`${STORY}Every abstraction leaks eventually, as one engineer put it.`, 'leak:leaks', 0],
    [`${STORY}Gadgets: leaked dummy units hint at a slimmer handheld console.`, 'leak:leaked', 0],
    [`${STORY}Our subscription budget keeps leaking money on unused seats.`, 'leak:leaking', 0],
    [`${STORY_ZH}相关阅读\n· 国庆档新片上映次日片源泄露，片方报警`, 'leak:泄露', 0],
    [`${STORY_ZH}保密提示：涉密设备须做好电磁泄漏防护。`, 'leak:泄漏', 0],
    // The story's own leak, far from any name, still counts.
    [`${STORY}Letters\n\nThe leak, one reader writes, taught her more about agents than any course.`, 'leak:leak', 2],
  ]);
});

describe('detect (distillation that is not the accusations)', () => {
  itFindsCounts([
    [`Anthropic accuses DeepSeek of distilling Claude.\n\nSponsor: a smoky mezcal, double-distilled in clay pots.`, 'distillation:distilled', 0],
    ['Anthropic accuses DeepSeek of distilling Claude. In other news, Meta distilled its smaller models from a larger one.', 'distillation:distilled', 0],
    ['Anthropic accuses DeepSeek of distilling Claude. Our editor distilled the story into three bullet points.', 'distillation:distilled', 0],
    ['Anthropic accuses DeepSeek of distilling Claude.', 'distillation:distilling', 1],
    ['课程大纲\n第 3 讲　蒸馏损失函数怎么写\n第 4 讲　案例：Anthropic 指控 DeepSeek 蒸馏 Claude', 'distillation:蒸馏', 1],
    // DeepSeek's own R1 distillation onto Qwen and Llama is about these labs and still counts.
    ['深度求索把 R1 的推理数据蒸馏到 Qwen 和 Llama 的小模型上。', 'distillation:蒸馏', 1],
  ]);
});

describe('detect (people, pets and things named like the products)', () => {
  itFindsCounts([
    ['my son is called kimi, so every time someone says kimi k2 is down he looks up. moonshot makes the model.', 'moonshot-ai:kimi', 0],
    ['店里的调酒师克劳德是马赛人，常被客人问和 AI 有没有关系。', 'anthropic:克劳德', 0],
    ['我室友的英文名也叫 Kimi，不过我在用 Kimi 写周报，月之暗面这个产品挺好用。', 'moonshot-ai:Kimi', 1],
    ['用 Claude Opus 4.6 做了个语音 demo，音频编码用的是 Opus，和 Anthropic 的模型无关。', 'anthropic:Opus', 0],
    ['Grandma\'s new SONNET 2 hearing processor pairs with her phone; I use Claude Sonnet at work.', 'anthropic:SONNET', 0],
    ['i practised my opus 3 piano piece, then asked claude sonnet for help with theory homework. anthropic is fine', 'anthropic:opus', 0],
    ['Forum: a fake "claude code pro" site asked me for a cc and the CVV. classic card skimming.', 'anthropic:cc', 0],
    ['推 a：只关心维他命 K2 要不要和 D3 一起吃\n推 b：kimi k2 写长文真好用，月之暗面加油', 'moonshot-ai:K2', 0],
    ['Ad · MiniMax Fit — ten-minute workouts. Also: is MiniMax listed in Hong Kong?', 'minimax:MiniMax', 1],
    ['MiniMax 旗下星野 App 请来的声优也姓星野。', 'minimax:星野', 1],
  ]);
});

describe('detect (other restrictions beside the story\'s)', () => {
  itFindsCounts([
    ['經濟部宣布對精密工具機實施出口管制。另一則：阿莫迪主張對中國收緊 AI 晶片出口管制。', 'policy:出口管制', 1],
    ['美国政府以国家安全为由要求出售 TikTok；Anthropic 则以国家安全为由限制中资控股企业使用 Claude。', 'policy:国家安全', 1],
    ['新學期起多所國中禁止學生攜帶手機；另外 Anthropic 禁止中資控股企業使用 Claude。', 'policy:禁止', 1],
  ]);
});
