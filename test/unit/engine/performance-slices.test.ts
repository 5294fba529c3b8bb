import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casualLines, unitPrefix } from '../../../lib/engine/context';
import { quote } from '../../../lib/engine/quote';
import type { RuleEnv } from '../../../lib/engine/rules';
import { sentenceIds, sentenceIdsIn } from '../../../lib/engine/sentences';
import { foldRanges, type FoldedText } from '../../../lib/text/normalize';

// Sentence ends of every kind (., 。, ;, abbreviations, decimals) in Latin and Han text.
const piece = fc.constantFrom('Claude', 'said', 'U.S.', 'Mr.', '2.1.88', '. ', '. The', '. the', '。', '；', '!', '? ', ';', ' ', '蒸馏', 'Kimi', '\t', 'a.');
const blockText = fc.array(piece, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
const page = fc.array(blockText, { minLength: 1, maxLength: 6 });

function foldBlocks(blocks: readonly string[]): FoldedText {
  const ranges: Array<{ start: number; end: number }> = [];
  let text = '';
  for (const block of blocks) {
    ranges.push({ start: text.length, end: text.length + block.length });
    text += `${block}\n`;
  }
  return foldRanges(text, ranges.filter((r) => r.end > r.start));
}

const blockOf = (folded: FoldedText, position: number) => {
  let k = 0;
  while (k + 1 < folded.rangeStart.length && folded.rangeStart[k + 1]! <= position) k++;
  return k;
};

describe('sentenceIdsIn', () => {
  it('should group positions into sentences exactly as sentenceIds does when only some blocks are numbered', () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(5), { maxLength: 4 }), (blocks, chosen) => {
        const folded = foldBlocks(blocks);
        const numbered = new Set(chosen.filter((k) => k < folded.rangeStart.length));
        const full = sentenceIds(folded.lower, folded.casedCodes);
        // Scratch full of stale ids, as a previous call leaves it.
        const scratch = new Int32Array(folded.lower.length + 8).fill(7);
        const partial = sentenceIdsIn(folded, numbered, scratch);
        for (let p = 0; p < folded.lower.length; p++) {
          const inP = numbered.has(blockOf(folded, p));
          if (!inP) {
            expect(partial[p]).toBe(0);
            continue;
          }
          expect(partial[p]).not.toBe(0);
          for (let q = 0; q < folded.lower.length; q++) {
            if (!numbered.has(blockOf(folded, q))) continue;
            expect(partial[p] === partial[q]).toBe(full[p] === full[q]);
          }
        }
      }),
    );
  });
});

describe('unitPrefix', () => {
  it('should write the same prefix into a reused scratch array when the scratch holds stale values', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        const folded = foldBlocks(blocks);
        const scratch = new Int32Array(folded.lower.length + 5).fill(-3);
        expect([...unitPrefix(folded, scratch)]).toEqual([...unitPrefix(folded)]);
      }),
    );
  });
});

describe('quote', () => {
  const spaced = fc.array(fc.constantFrom('Claude', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '\ufeff', '蒸馏', 'é', '\u0085', '-'), { minLength: 1, maxLength: 10 });
  it('should collapse every whitespace run to one space exactly as the regex does when quoting page text', () => {
    fc.assert(
      fc.property(spaced, (parts) => {
        const text = `x${parts.join('')}y`;
        const folded = foldRanges(text, [{ start: 0, end: text.length }]);
        const env = { text, folded } as unknown as RuleEnv;
        const index = { starts: Int32Array.of(0), ends: Int32Array.of(folded.lower.length), blocks: Int32Array.of(0), length: 1 };
        const expected = `"${text.slice(folded.origStart[0], folded.origEnd[folded.lower.length - 1]).replace(/\s+/gu, ' ')}"`;
        expect(quote(env, index, 0)).toBe(expected);
      }),
    );
  });
});

describe('casualLines', () => {
  // [lines starting in lower case, lines starting with a capital] of one block.
  const count = (text: string): [number, number] => {
    const counts = new Int32Array(2);
    casualLines(text, 0, text.length, counts, 0);
    return [counts[0]!, counts[1]!];
  };

  it('should count plain lines by their first letter when they hold no colon, handle or bracket', () => {
    expect(count('the cat sat\nThe dog ran\n  - and then it rained')).toEqual([2, 1]);
  });

  it('should read a chat line by its message after the speaker label, and a Chinese chat line as casual', () => {
    expect(count('Ana: ok so minimax it is\n[10:04] Ben Lee: Sure\n老周：去年就改了')).toEqual([2, 1]);
  });

  it('should skip a bracketed label without a colon and still see an author handle past the first 80 characters', () => {
    const longLabel = `[${'x'.repeat(38)}] `;
    expect(count(`${longLabel}reading ${'a'.repeat(60)} @meilin.bsky.social`)).toEqual([0, 0]);
    expect(count(`${longLabel}reading ${'a'.repeat(60)} and more`)).toEqual([1, 0]);
  });

  it('should leave author lines uncounted: a handle, or a name with the time at the end', () => {
    expect(count('Mei L. @meilin.bsky.social\nDmitri Volkov  9:18 AM\nu/quant_goblin\nreal text')).toEqual([1, 0]);
  });
});
