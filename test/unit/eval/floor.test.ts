import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine/index';
import { evaluate } from '../../../lib/eval/evaluate';
import { FLOOR, floorViolations } from '../../../lib/eval/floor';
import { summarize } from '../../../lib/eval/score';
import { loadEvalSet } from '../../eval/load';

/**
 * The quality gate of issue 3: the engine on the hand-labelled set must reach overall F1 ≥ 0.95, F1 ≥ 0.90
 * in every category, and no false positive on a hard negative. `npm run eval -- --verbose` shows why.
 */
describe('engine on the evaluation set', () => {
  const summary = summarize(evaluate(loadEvalSet(), detect));
  const violations = floorViolations(summary);
  const explain = `engine below the evaluation floor (run \`npm run eval -- --verbose\` for every miss):\n  - ${violations.join('\n  - ')}`;

  it(`should reach overall F1 ≥ ${FLOOR.overallF1}, category F1 ≥ ${FLOOR.categoryF1} and no hard-negative false positive when run on every passage`, () => {
    expect(violations, explain).toEqual([]);
  });
});
