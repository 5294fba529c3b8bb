import { describe, expect, it } from 'vitest';
import type { EvalPassage, GoldMention } from '../../../lib/eval/gold';
import { countsFrom, scorePassage, summarize } from '../../../lib/eval/score';
import type { Category, EntityId, Mention } from '../../../lib/types';

const gold = (category: Category, entity: EntityId | null, start: number, text: string): GoldMention => ({
  category,
  entity,
  start,
  end: start + text.length,
  text,
});
const predicted = (g: GoldMention, reason = 'test'): Mention => ({ ...g, reason });

const passage = (id: string, text: string, mentions: GoldMention[], options: Partial<EvalPassage> = {}): EvalPassage => ({
  id,
  lang: 'en',
  text,
  hardNegative: false,
  gold: mentions,
  ...options,
});

describe('countsFrom', () => {
  it.each([
    { tp: 8, fp: 2, fn: 0, precision: 0.8, recall: 1, f1: 8 / 9 },
    { tp: 5, fp: 0, fn: 5, precision: 1, recall: 0.5, f1: 2 / 3 },
    { tp: 0, fp: 0, fn: 4, precision: 1, recall: 0, f1: 0 },
    { tp: 0, fp: 3, fn: 0, precision: 0, recall: 1, f1: 0 },
    { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
  ])('should give P $precision, R $recall when tp=$tp fp=$fp fn=$fn', ({ tp, fp, fn, precision, recall, f1 }) => {
    const counts = countsFrom(tp, fp, fn);
    expect(counts.precision).toBeCloseTo(precision, 10);
    expect(counts.recall).toBeCloseTo(recall, 10);
    expect(counts.f1).toBeCloseTo(f1, 10);
    expect(counts.gold).toBe(tp + fn);
    expect(counts.predicted).toBe(tp + fp);
  });
});

describe('scorePassage', () => {
  const text = "Anthropic's Claude Code leak";
  const anthropic = gold('company', 'anthropic', 0, 'Anthropic');
  const claudeCode = gold('company', 'anthropic', 12, 'Claude Code');
  const leak = gold('leak', null, 24, 'leak');

  it('should split gold and predictions into matches, misses and false positives when some differ', () => {
    const extra = predicted(gold('company', 'deepseek', 12, 'Claude'));
    const result = scorePassage(passage('p', text, [anthropic, claudeCode, leak]), [predicted(anthropic), extra, predicted(leak)]);
    expect(result.matches.map((m) => m.gold.text)).toEqual(['Anthropic', 'leak']);
    expect(result.misses).toEqual([claudeCode]);
    expect(result.falsePositives).toEqual([extra]);
  });

  it('should count a prediction that covers two gold mentions once when the spans merge', () => {
    const merged = predicted(gold('company', 'anthropic', 0, "Anthropic's Claude Code"));
    const result = scorePassage(passage('p', text, [anthropic, claudeCode]), [merged]);
    expect(result.matches).toHaveLength(1);
    expect(result.misses).toHaveLength(1);
    expect(result.falsePositives).toHaveLength(0);
  });
});

describe('summarize', () => {
  const en = passage('en-1', 'Claude Code leak', [gold('company', 'anthropic', 0, 'Claude Code'), gold('leak', null, 12, 'leak')]);
  const zh = passage('zh-1', 'DeepSeek 蒸馏', [gold('company', 'deepseek', 0, 'DeepSeek'), gold('distillation', null, 9, '蒸馏')], {
    lang: 'zh',
  });
  const trap = passage('neg-1', 'a gas leak downtown', [], { hardNegative: true });
  const trapMention = predicted(gold('leak', null, 6, 'leak'), 'leak: no context');

  const summary = summarize([
    scorePassage(en, [predicted(en.gold[0]!), predicted(en.gold[1]!)]),
    scorePassage(zh, [predicted(zh.gold[0]!)]),
    scorePassage(trap, [trapMention]),
  ]);

  it('should count passages by language and kind when summarizing', () => {
    expect(summary.passages).toEqual({ total: 3, en: 2, zh: 1, hardNegative: 1, noMention: 1 });
  });

  it.each([
    { category: 'company', tp: 2, fp: 0, fn: 0 },
    { category: 'leak', tp: 1, fp: 1, fn: 0 },
    { category: 'distillation', tp: 0, fp: 0, fn: 1 },
    { category: 'policy', tp: 0, fp: 0, fn: 0 },
    { category: 'person', tp: 0, fp: 0, fn: 0 },
  ] as const)('should count $category as tp=$tp fp=$fp fn=$fn when summarizing', ({ category, tp, fp, fn }) => {
    expect(summary.byCategory[category]).toMatchObject({ tp, fp, fn });
  });

  it('should total every category and split by language when summarizing', () => {
    expect(summary.overall).toMatchObject({ tp: 3, fp: 1, fn: 1, gold: 4, predicted: 4 });
    expect(summary.byLanguage.en).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(summary.byLanguage.zh).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(summary.exactSpans).toBe(3);
  });

  it('should list false positives on hard negatives with their passage when there are some', () => {
    expect(summary.hardNegativeFalsePositives).toEqual([{ passageId: 'neg-1', mention: trapMention }]);
  });
});
