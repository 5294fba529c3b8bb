import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine';
import type { DocumentText } from '../../../lib/types';

const MB = 1 << 20;

function repeated(unit: string, size: number): DocumentText {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return { text, blocks: [{ start: 0, end: text.length }] };
}

function timeOnce(doc: DocumentText): number {
  const started = performance.now();
  detect(doc);
  return performance.now() - started;
}

/** Best of several interleaved runs: the machine is shared, and the minimum is the least noisy. */
function bestTimes(small: DocumentText, large: DocumentText): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 5; i++) {
    bestSmall = Math.min(bestSmall, timeOnce(small));
    bestLarge = Math.min(bestLarge, timeOnce(large));
  }
  return [bestSmall, bestLarge];
}

describe('detect (linear time)', () => {
  it.each(['minimax ', 'Claude ', '蒸馏', 'leak leaked ', 'Moonshot AI '])(
    'should take well under quadratic time when 1 MB repeats %j',
    (unit) => {
      detect(repeated(unit, 64 * 1024)); // warm up the compiled matcher and the JIT
      const [small, large] = bestTimes(repeated(unit, MB / 4), repeated(unit, MB));
      // 4× the input: linear is ~4×, quadratic would be ~16×.
      expect(large / Math.max(small, 1)).toBeLessThan(8);
    },
    120_000,
  );
});
