import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildAutomaton, NEEDS_EDGE_AFTER, NEEDS_EDGE_BEFORE } from '../../../lib/engine/aho-corasick';
import { bundledLexicon } from '../../../lib/engine/bundled';
import { HitSets, indexHits, type HitIndex, type RawHit } from '../../../lib/engine/hit-index';
import { entitySchema, topicSchema } from '../../../lib/dataset/schema';
import { casedSlice, FoldBuffers, foldPhrase, foldPhraseCased, foldRanges } from '../../../lib/text/normalize';
import { isUpperUnit, isWordUnit } from '../../../lib/text/word-chars';

/** Every occurrence by brute force, in the automaton's order: by end, longest first, then by index. */
function naiveHits(patterns: readonly string[], text: string): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  for (let end = 1; end <= text.length; end++) {
    const here = patterns
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => p.length > 0 && p.length <= end && text.slice(end - p.length, end) === p)
      .sort((a, b) => b.p.length - a.p.length || a.index - b.index);
    for (const { index } of here) hits.push([index, end]);
  }
  return hits;
}

function automatonHits(patterns: readonly string[], text: string): Array<[number, number]> {
  const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const found = buildAutomaton(patterns).find(codes, codes.length);
  return Array.from({ length: found.length }, (_, i) => [found.patterns[i]!, found.ends[i]!]);
}

// Few letters, ASCII and not, so patterns overlap and failure links are exercised on both paths.
const letter = fc.constantFrom('a', 'b', 'c', ' ', '蒸', '馏', '月', 'é');
const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));

const asIndex = (index: HitIndex) => ({
  starts: [...index.starts],
  ends: [...index.ends],
  blocks: [...index.blocks],
  length: index.length,
});

describe('buildAutomaton', () => {
  it('should report exactly the occurrences a brute-force search finds, in order, when patterns overlap', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(letter, { maxLength: 80 }), (patterns, chars) => {
        const text = chars.join('');
        expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers'],
    [['claude', 'claude code', 'code leak', 'leak'], 'the claude code leak'],
    [['月之暗面', '暗面', '之'], '月之暗面月之'],
    [['aa', 'a'], 'aaaa'],
  ])('should find %j in %j as brute force does', (patterns, text) => {
    expect(automatonHits(patterns, text)).toEqual(naiveHits(patterns, text));
  });

  it('should drop exactly the hits inside words when patterns demand word edges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.nat(3)), { minLength: 1, maxLength: 10 }),
        fc.array(letter, { maxLength: 80 }),
        (entries, chars) => {
          const patterns = entries.map(([p]) => p);
          const edges = Uint8Array.from(entries, ([, e]) => e);
          const text = chars.join('');
          const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
          const found = buildAutomaton(patterns).find(codes, codes.length, edges);
          const expected = naiveHits(patterns, text).filter(([p, end]) => {
            const start = end - patterns[p]!.length;
            if ((edges[p]! & NEEDS_EDGE_BEFORE) !== 0 && start > 0 && isWordUnit(text.charCodeAt(start - 1))) return false;
            return !((edges[p]! & NEEDS_EDGE_AFTER) !== 0 && end < text.length && isWordUnit(text.charCodeAt(end)));
          });
          expect(Array.from({ length: found.length }, (_, i) => [found.patterns[i], found.ends[i]])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should reuse its hit arrays when it scans again', () => {
    const automaton = buildAutomaton(['a']);
    const codes = Uint16Array.from('a'.repeat(5000), (c) => c.charCodeAt(0));
    expect(automaton.find(codes, codes.length).length).toBe(5000);
    expect(automaton.find(codes, 3).length).toBe(3);
  });
});

describe('HitSets', () => {
  it('should index each set as indexHits does when hits come in any order', () => {
    const hit = fc.record({ set: fc.nat(3), start: fc.nat(50), length: fc.integer({ min: 1, max: 8 }), block: fc.nat(4) });
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 60 }), (hits) => {
        const sets = new HitSets();
        sets.push(0, 99, 100, 0); // left over from an earlier scan: clear() drops it
        sets.clear();
        const expected: RawHit[][] = [[], [], [], []];
        for (const h of hits) {
          sets.push(h.set, h.start, h.start + h.length, h.block);
          expected[h.set]!.push({ start: h.start, end: h.start + h.length, block: h.block });
        }
        expect(sets.build(4).map(asIndex)).toEqual(expected.map((list) => asIndex(indexHits(list))));
      }),
    );
  });
});

describe('HitSets buffers', () => {
  it('should build into the same arrays again, and into its own ones past KEEP hits', () => {
    const sets = new HitSets();
    const fill = (count: number) => {
      sets.clear();
      for (let i = 0; i < count; i++) sets.push(i % 3, i * 2, i * 2 + 1, 0);
      return sets.build(3);
    };
    const first = fill(1000)[0]!;
    const again = fill(900)[0]!;
    // Views into one reused buffer: no arrays per slice.
    expect(again.starts.buffer).toBe(first.starts.buffer);
    expect([...again.starts.subarray(0, 3)]).toEqual([0, 6, 12]);
    const huge = fill(HitSets.KEEP + 3)[0]!;
    expect(huge.starts.buffer).not.toBe(first.starts.buffer);
    expect(fill(10)[1]!.starts.buffer).toBe(first.starts.buffer);
  });
});

describe('foldPhrase', () => {
  const unit = fc.oneof(
    // Bold and script letters of posts ("𝒩", "𝗔") and their halves: one letter from two units.
    fc.constantFrom(' ', '\u00a0', '\u3000', '\n', '\u00ad', '\u200b', 'Ｃ', '’', '帳', '泄', '露', '·', 'İ', 'A', 'z', '\ud83d', '\ude00', '𝒩', '𝗔', '𝛼', '\ud835'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  it.each([['𝒩', 'n'], ['𝗔𝗻𝘁𝗵𝗿𝗼𝗽𝗶𝗰', 'anthropic'], ['a 𝛼 b', 'a 𝛼 b']])('should fold %j to %j as page text is folded', (phrase, folded) => {
    expect(foldPhrase(phrase)).toBe(folded);
    expect(foldRanges(phrase, [{ start: 0, end: phrase.length }]).lower.trim()).toBe(folded);
  });
  it('should fold as page text is folded (foldRanges), trimmed, for any input', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const phrase = units.join('');
        const folded = foldRanges(phrase, [{ start: 0, end: phrase.length }]);
        expect(foldPhrase(phrase)).toBe(folded.lower.trim());
        expect(foldPhraseCased(phrase)).toBe(casedSlice(folded, 0, folded.casedCodes.length).trim());
      }),
    );
  });
});

describe('foldRanges', () => {
  it('should give the same result into reused buffers as into fresh arrays when called again and again', () => {
    const buffers = new FoldBuffers();
    const texts = ['Anthropic’s  Claude\u00adCode', '月之暗面\n\nKimi', 'x', 'Ａ b c '.repeat(300)];
    for (const text of [...texts, ...texts]) {
      const ranges = [{ start: 0, end: Math.ceil(text.length / 2) }, { start: Math.ceil(text.length / 2) + 1, end: text.length }];
      const fresh = foldRanges(text, ranges);
      const reused = foldRanges(text, ranges, buffers);
      expect({ ...reused, lowerCodes: [...reused.lowerCodes], origStart: [...reused.origStart], origEnd: [...reused.origEnd] }).toEqual({
        ...fresh,
        lowerCodes: [...fresh.lowerCodes],
        origStart: [...fresh.origStart],
        origEnd: [...fresh.origEnd],
      });
    }
  });

  it.each([
    ['a lone high surrogate', 'x\ud800y'.repeat(200)],
    ['a lone low surrogate', 'x\udc00y'.repeat(200)],
    ['a surrogate pair', 'x\ud83d\ude00y'.repeat(200)],
  ])('should keep every unit of long text with %s', (_, text) => {
    const folded = foldRanges(text, [{ start: 0, end: text.length }]);
    expect([folded.lower, casedSlice(folded, 0, folded.casedCodes.length), String.fromCharCode(...folded.lowerCodes)]).toEqual([text, text, text]);
  });
});

describe('foldRanges and the cased text', () => {
  it('should decode only the lower-case text into a string, and read the cased text where asked', () => {
    const text = 'Claude Code and DeepSeek. '.repeat(400);
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      const folded = foldRanges(text, [{ start: 0, end: text.length }]);
      // One decode per fold (lower); the cased units stay units until a rule reads a stretch of them.
      expect(decode).toHaveBeenCalledTimes(1);
      expect(casedSlice(folded, 0, 11)).toBe('Claude Code');
      expect(casedSlice(folded, folded.casedCodes.length - 3, folded.casedCodes.length + 10)).toBe('k. ');
    } finally {
      decode.mockRestore();
    }
  });
});

describe('word-chars tables', () => {
  it('should classify every UTF-16 unit as the Unicode regexes do', () => {
    // Decimal and letter-like numbers only: superscripts and circled numbers are marks, not parts of a word.
    const letterOrDigit = /[\p{L}\p{Nd}\p{Nl}\p{M}]/u;
    const upper = /\p{Lu}/u;
    const cjk = (c: number) =>
      (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xd800 && c <= 0xdfff);
    const wrongWord: number[] = [];
    const wrongUpper: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const word = code < 0x80 ? /[0-9A-Za-z_]/.test(char) : !cjk(code) && letterOrDigit.test(char);
      if (isWordUnit(code) !== word) wrongWord.push(code);
      if (isUpperUnit(code) !== (code < 0x80 ? /[A-Z]/.test(char) : upper.test(char))) wrongUpper.push(code);
    }
    expect({ wrongWord, wrongUpper }).toEqual({ wrongWord: [], wrongUpper: [] });
    expect([isWordUnit(Number.NaN), isUpperUnit(Number.NaN)]).toEqual([false, false]);
  });
});

describe('bundledLexicon', () => {
  it('should be the bundled data unchanged by its schema, so using it unparsed is sound', () => {
    const { entities, topics } = bundledLexicon();
    expect(z.array(entitySchema).parse(entities)).toEqual(entities);
    expect(z.array(topicSchema).parse(topics)).toEqual(topics);
  });
});
