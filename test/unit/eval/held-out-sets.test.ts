import { describe, expect, it } from 'vitest';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { EVAL_SET_NAMES, HOLDOUT_SET_NAMES, loadNamedEvalSet } from '../../eval/load';

/**
 * The held-out sets measure generalisation (they are never used to tune the engine), so they have no score floor;
 * but they must load, keep their ids unique across all sets, and label only reachable spans.
 */
describe('held-out evaluation sets', () => {
  it.each(['holdout', 'holdout2', 'holdout3', 'holdout4'] as const)('should load %s with both languages and hard negatives', (name) => {
    const passages = loadNamedEvalSet(name);
    expect(passages.length).toBeGreaterThanOrEqual(60);
    expect(passages.filter((p) => p.lang === 'zh').length / passages.length).toBeGreaterThanOrEqual(0.4);
    expect(passages.filter((p) => p.hardNegative).length).toBeGreaterThanOrEqual(25);
  });

  it('should find every held-out folder, in numeric order, between the main set and all', () => {
    expect(HOLDOUT_SET_NAMES.slice(0, 3)).toEqual(['holdout', 'holdout2', 'holdout3']);
    expect(HOLDOUT_SET_NAMES.indexOf('holdout10')).toBe(HOLDOUT_SET_NAMES.indexOf('holdout9') + 1);
    expect(HOLDOUT_SET_NAMES).toContain('holdout31');
    expect(EVAL_SET_NAMES[0]).toBe('passages');
    expect(EVAL_SET_NAMES.at(-1)).toBe('all');
  });

  it('should refuse a set name that has no folder, naming the sets it knows', () => {
    expect(() => loadNamedEvalSet('holdout999')).toThrow(/no evaluation set called holdout999 \(known: passages, holdout, /);
  });

  it('should keep passage ids unique across every set when all are loaded', () => {
    const ids = loadNamedEvalSet('all').map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should label only spans that lie inside one block when each passage is read as plain text', () => {
    const outside = loadNamedEvalSet('all').flatMap((passage) => {
      const { blocks } = plainTextDocument(passage.text);
      return passage.gold
        .filter((g) => !blocks.some((b) => b.start <= g.start && g.end <= b.end))
        .map((g) => `${passage.id}: ${g.text}`);
    });
    expect(outside).toEqual([]);
  });
});
