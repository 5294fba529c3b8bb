import { describe, expect, it } from 'vitest';
import { dataset } from '../../../lib/dataset/index';
import { detect } from '../../../lib/engine/index';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { localizeReason } from '../../../lib/i18n/reason-zh';
import { loadNamedEvalSet } from '../../eval/load';

describe('localizeReason', () => {
  it.each([
    ['unambiguous alias "Chaofan Shou"', '无歧义的别名“Chaofan Shou”'],
    ['product "Claude Code": counts for Anthropic', '产品名“Claude Code”：计为 Anthropic 的提及'],
    ['product "Claude" with version "4.6": counts for Anthropic', '产品名“Claude”带版本号“4.6”：计为 Anthropic 的提及'],
    ['alias "MiniMax" joined in a hashtag with "M2": counts for MiniMax', '别名“MiniMax”在话题标签中连写“M2”：计为稀宇科技（MiniMax）的提及'],
    ['topic "leak": unambiguous phrase "source map"', '话题「Claude Code 源代码泄露」：无歧义的短语“source map”'],
    ['alias "Anthropic" (Anthropic): no contrary context', '别名“Anthropic”（Anthropic）：附近没有相反的语境'],
    [
      'ambiguous alias "MiniMax" (MiniMax): company context ("Shanghai", "start-up") within 12 words',
      '有歧义的别名“MiniMax”（稀宇科技（MiniMax））：12 个词以内有公司语境（“Shanghai”、“start-up”）',
    ],
    [
      'topic "leak" ("leak"): near ("Claude Code") within 20 words; nearer than contrary context "memory leak"',
      '话题「Claude Code 源代码泄露」（“leak”）：20 个词以内有相关词（“Claude Code”）；比相反语境“memory leak”更近',
    ],
    [
      'topic "leak" ("source map"): the leaked file ("npm", "package") in the sentence',
      '话题「Claude Code 源代码泄露」（“source map”）：同一句中有泄露的文件（“npm”、“package”）',
    ],
    [
      'topic "distillation" ("distillation"): accusation context: the document mentions entity anthropic',
      '话题「“蒸馏”指控」（“distillation”）：指控语境：页面其他位置提到了 Anthropic',
    ],
    [
      'topic "policy" ("bar"): China as the object ("China") in the sentence; restricting firm: the document mentions entity anthropic and "it would" points to it',
      '话题「Anthropic 对中国的限制」（“bar”）：同一句中有中国（作为对象）（“China”）；实施限制的公司：页面其他位置提到了 Anthropic，且“it would”指代它',
    ],
    [
      'topic "policy" ("export controls"): AI firm: the document mentions topic distillation',
      '话题「Anthropic 对中国的限制」（“export controls”）：AI 公司：页面其他位置提到了话题「“蒸馏”指控」',
    ],
    [
      'ambiguous alias "Moonshot" (Moonshot AI): another name of Moonshot AI near it ("Kimi")',
      '有歧义的别名“Moonshot”（月之暗面）：附近有月之暗面的另一个名称（“Kimi”）',
    ],
    ['ambiguous product "Kimi" (Moonshot AI): a story word near it ("泄露")', '有歧义的产品名“Kimi”（月之暗面）：附近有本事件的另一个词（“泄露”）'],
    [
      'ambiguous product "ds" (DeepSeek): a list of the labs ("DeepSeek", "Moonshot AI", "MiniMax")',
      '有歧义的产品名“ds”（深度求索）：与其他实验室并列（深度求索、月之暗面、稀宇科技（MiniMax））',
    ],
    [
      'ambiguous alias "DeepSeek" (DeepSeek): AI context ("AI") within 8 words; nearer than "Road" after it',
      '有歧义的别名“DeepSeek”（深度求索）：8 个词以内有 AI 语境（“AI”）；比“Road”在它之后更近',
    ],
  ])('should render %j in Chinese when the card is in Chinese', (reason, expected) => {
    expect(localizeReason(reason, 'zh')).toBe(expected);
  });

  it.each([['unambiguous alias "Chaofan Shou"'], ['topic "leak" ("leak"): near ("Claude Code") within 20 words']])(
    'should return %j unchanged when the language is English',
    (reason) => {
      expect(localizeReason(reason, 'en')).toBe(reason);
    },
  );

  it.each([
    ['an unknown template', 'a brand new template "x"', 'a brand new template "x"'],
    ['an unknown group label', 'alias "Anthropic" (Anthropic): fresh label ("AI") within 5 words', '别名“Anthropic”（Anthropic）：5 个词以内有 fresh label（“AI”）'],
  ])('should keep the English fragment when it meets %s', (_what, reason, expected) => {
    expect(localizeReason(reason, 'zh')).toBe(expected);
  });
});

/** Dataset names a Chinese reason may carry as they are (aliases, products, display names). */
function allowedNames(): string[] {
  const names: string[] = [];
  const text = (term: string | { text: string }) => (typeof term === 'string' ? term : term.text);
  for (const entity of dataset.entities) {
    names.push(entity.name.en, entity.name.zh, ...(entity.lexicon.aliases ?? []).map(text), ...(entity.lexicon.products ?? []).map(text));
  }
  for (const topic of dataset.topics) names.push(topic.name.zh);
  // Longest first, so "Claude Code" goes before "Claude".
  return names.sort((a, b) => b.length - a.length);
}

function englishLeft(zh: string, names: readonly string[]): string[] {
  let rest = zh.replace(/“[^”]*”/gu, ' ').replace(/「[^」]*」/gu, ' ');
  for (const name of names) rest = rest.replaceAll(name, ' ');
  return rest.match(/[A-Za-z]{4,}/g) ?? [];
}

describe('localizeReason over the engine', () => {
  it('should leave no English template word when every reason of the evaluation set is rendered in Chinese', () => {
    const reasons = new Set<string>();
    for (const passage of loadNamedEvalSet('all')) {
      for (const mention of detect(plainTextDocument(passage.text))) reasons.add(mention.reason);
    }
    expect(reasons.size).toBeGreaterThan(50);
    const names = allowedNames();
    // The check itself must see a template word left in English.
    expect(englishLeft('公司语境：the document mentions Anthropic', names)).toEqual(['document', 'mentions']);
    const untranslated = [...reasons]
      .map((reason) => ({ reason, left: englishLeft(localizeReason(reason, 'zh'), names) }))
      .filter(({ left }) => left.length > 0);
    expect(untranslated).toEqual([]);
    // Every passage of every set goes through the engine: ~16,000 passages, a few seconds alone, more beside other files.
  }, 60_000);
});
