import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/eval/evaluate';
import { floorViolations, FLOOR } from '../../../lib/eval/floor';
import type { EvalPassage } from '../../../lib/eval/gold';
import { formatDetails, formatTable, inContext, toJson } from '../../../lib/eval/report';
import { countsFrom, summarize, type EvalSummary } from '../../../lib/eval/score';
import type { DocumentText, Mention } from '../../../lib/types';

const story: EvalPassage = {
  id: 'en-story',
  lang: 'en',
  text: 'The Claude Code leak\nspread fast.',
  hardNegative: false,
  gold: [
    { category: 'company', entity: 'anthropic', start: 4, end: 15, text: 'Claude Code' },
    { category: 'leak', entity: null, start: 16, end: 20, text: 'leak' },
  ],
};
const trap: EvalPassage = { id: 'en-trap', lang: 'en', text: 'A gas leak downtown.', hardNegative: true, gold: [] };

/** A detector that knows the answers except the one it is told to get wrong. */
const detector =
  (extra: Mention[] = []) =>
  (doc: DocumentText): Mention[] => {
    const found = doc.text.startsWith('The') ? story.gold.map((g) => ({ ...g, reason: 'gold' })) : [];
    return [...found, ...extra.filter((m) => doc.text.slice(m.start, m.end) === m.text)];
  };

const trapLeak: Mention = { category: 'leak', entity: null, start: 6, end: 10, text: 'leak', reason: 'leak word, no context' };

describe('evaluate', () => {
  it('should hand the detector each passage as a plain-text document when scoring', () => {
    const seen: DocumentText[] = [];
    evaluate([story], (doc) => {
      seen.push(doc);
      return [];
    });
    expect(seen[0]).toEqual({ text: story.text, blocks: [{ start: 0, end: story.text.length }] });
  });

  it('should name the passage when the detector throws', () => {
    expect(() =>
      evaluate([story, trap], (doc) => {
        if (doc.text.startsWith('A gas')) throw new Error('boom');
        return [];
      }),
    ).toThrow(/the detector threw on passage "en-trap"/);
  });
});

describe('floorViolations', () => {
  const perfect = summarize(evaluate([story, trap], detector()));
  const trapped = summarize(evaluate([story, trap], detector([trapLeak])));

  it('should return no violation when every figure meets the floor', () => {
    expect(floorViolations(perfect)).toEqual([]);
  });

  it('should name the passage and mention when a hard negative has a false positive', () => {
    expect(floorViolations(trapped)).toContain('1 false positive(s) on hard negatives: en-trap leak/- "leak"');
  });

  it.each([
    { what: 'overall F1', overall: countsFrom(90, 10, 10), company: countsFrom(50, 0, 0), pattern: /^overall F1 0\.900 < 0\.95/ },
    { what: 'a category F1', overall: countsFrom(99, 1, 1), company: countsFrom(8, 1, 2), pattern: /^company F1 0\.842 < 0\.9 .*2 of 10 missed, 1 false positives/ },
  ])('should report $what when it is below the floor', ({ overall, company, pattern }) => {
    const summary: EvalSummary = { ...perfect, overall, byCategory: { ...perfect.byCategory, company } };
    const violations = floorViolations(summary);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(pattern);
  });

  it('should use the floor the issue asks for when no floor is given', () => {
    expect(FLOOR).toEqual({ overallF1: 0.95, categoryF1: 0.9, hardNegativeFalsePositives: 0 });
  });
});

describe('report', () => {
  const results = evaluate([story, trap], detector([trapLeak]));
  const summary = summarize(results);

  it('should print one row per category plus totals when formatting the table', () => {
    const table = formatTable(summary);
    for (const label of ['leak', 'distillation', 'policy', 'company', 'person', 'overall']) {
      expect(table).toMatch(new RegExp(`^${label} `, 'm'));
    }
    expect(table).toContain('2 passages (2 en, 0 zh; 1 hard-negative, 1 with no mention), 2 gold mentions');
    expect(table).toContain('en-trap  leak/-  "leak"  (leak word, no context)');
    expect(table).toContain('Floor: NOT met');
  });

  it('should print counts but no passage id or matched word when formatting figures only', () => {
    const table = formatTable(summary, { named: false });
    expect(table).toContain('False positives on hard-negative passages: 1');
    expect(table).toMatch(/Floor: NOT met \(\d+ violation\(s\), not listed with --figures\)/);
    expect(table).not.toContain('en-trap');
    expect(table).not.toContain('"leak"');
  });

  it('should list misses and false positives with context and reason when formatting details', () => {
    const details = formatDetails(evaluate([story, trap], (doc) => (doc.text.startsWith('A gas') ? [trapLeak] : [])));
    expect(details).toContain('Misses (2):');
    expect(details).toContain('en-story  leak/-  The Claude Code [leak]⏎spread fast.');
    expect(details).toContain('False positives (1):');
    expect(details).toContain('en-trap [hard negative]  leak/-  A gas [leak] downtown.  (leak word, no context)');
  });

  it('should print a single parseable JSON document with the floor verdict when asked for JSON', () => {
    const json = JSON.parse(toJson(summary, results)) as Record<string, unknown>;
    expect(json).toMatchObject({
      passages: { total: 2 },
      floor: { met: false },
      misses: [],
      falsePositives: [{ passageId: 'en-trap', hardNegative: true, text: 'leak', reason: 'leak word, no context' }],
    });
  });

  it.each([
    { start: 0, end: 3, radius: 40, expected: '[The] Claude Code leak⏎spread fast.' },
    { start: 16, end: 20, radius: 4, expected: '…ode [leak]⏎spr…' },
  ])('should bracket the span when showing context of $start-$end', ({ start, end, radius, expected }) => {
    expect(inContext(story.text, start, end, radius)).toBe(expected);
  });
});

describe('floorViolations with many hard-negative false positives', () => {
  it('should name the first ten and count the rest when there are more than ten', () => {
    const traps: EvalPassage[] = Array.from({ length: 12 }, (_, i) => ({ ...trap, id: `en-trap-${i}` }));
    const violation = floorViolations(summarize(evaluate(traps, () => [trapLeak]))).at(-1);
    expect(violation).toMatch(/^12 false positive\(s\) on hard negatives: en-trap-0 leak\/- "leak";.*en-trap-9 leak\/- "leak"; and 2 more$/);
  });
});
