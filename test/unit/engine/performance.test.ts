import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/engine';
import type { DocumentText } from '../../../lib/types';

const MB = 1 << 20;

function repeated(unit: string, size: number): DocumentText {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return { text, blocks: [{ start: 0, end: text.length }] };
}

function bestTime(doc: DocumentText): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    detect(doc);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('detect (linear time)', () => {
  it.each(['minimax ', 'Claude ', '蒸馏', 'leak leaked ', 'Moonshot AI '])(
    'should take well under quadratic time when 1 MB repeats %j',
    (unit) => {
      detect(repeated(unit, 64 * 1024)); // warm up the compiled matcher and the JIT
      const small = bestTime(repeated(unit, MB / 4));
      const large = bestTime(repeated(unit, MB));
      // 4× the input: linear is ~4×, quadratic would be ~16×.
      expect(large / Math.max(small, 1)).toBeLessThan(8);
    },
    60_000,
  );
});
