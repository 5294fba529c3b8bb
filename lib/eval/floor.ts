import { CATEGORIES } from '../types';
import type { EvalSummary } from './score';

/** The quality floor the evaluation test enforces (issue 3, §6). */
export const FLOOR = { overallF1: 0.95, categoryF1: 0.9, hardNegativeFalsePositives: 0 } as const;

const pct = (x: number) => x.toFixed(3);
const MAX_LISTED = 10;

/** Every way the summary falls below the floor, as readable sentences; empty when it passes. */
export function floorViolations(summary: EvalSummary, floor: typeof FLOOR = FLOOR): string[] {
  const violations: string[] = [];
  const { overall } = summary;
  if (overall.f1 < floor.overallF1) {
    violations.push(
      `overall F1 ${pct(overall.f1)} < ${floor.overallF1} (P ${pct(overall.precision)}, R ${pct(overall.recall)}; ${overall.fn} missed, ${overall.fp} false positives)`,
    );
  }
  for (const category of CATEGORIES) {
    const c = summary.byCategory[category];
    if (c.f1 < floor.categoryF1) {
      violations.push(
        `${category} F1 ${pct(c.f1)} < ${floor.categoryF1} (P ${pct(c.precision)}, R ${pct(c.recall)}; ${c.fn} of ${c.gold} missed, ${c.fp} false positives)`,
      );
    }
  }
  const fps = summary.hardNegativeFalsePositives;
  if (fps.length > floor.hardNegativeFalsePositives) {
    // The first few name the problem; the verbose report lists them all.
    const shown = fps
      .slice(0, MAX_LISTED)
      .map(({ passageId, mention }) => `${passageId} ${mention.category}/${mention.entity ?? '-'} "${mention.text}"`);
    if (fps.length > MAX_LISTED) shown.push(`and ${fps.length - MAX_LISTED} more`);
    violations.push(`${fps.length} false positive(s) on hard negatives: ${shown.join('; ')}`);
  }
  return violations;
}
