import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReply, encodeReply, wireReplySchema } from '../../../lib/messaging/detect-wire';
import type { DetectSliceReply } from '../../../lib/messaging/protocol';
import { CATEGORIES, ENTITY_IDS, type Category, type EntityId, type Mention } from '../../../lib/types';

/** A JSON round trip, as a message between two extension contexts would make. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * A slice text of distinct words and one mention per word: every category with no entity and with each
 * entity, so every kind the wire can carry is used once. Reasons repeat (three distinct ones).
 */
function everyKind() {
  const kinds: [Category, EntityId | null][] = CATEGORIES.flatMap((category) =>
    [null, ...ENTITY_IDS].map((entity): [Category, EntityId | null] => [category, entity]),
  );
  const words = kinds.map((_, i) => `word${i}`);
  const text = words.join(' ');
  let at = 0;
  const mentions = kinds.map(([category, entity], i): Mention => {
    const word = words[i] as string;
    const mention = { category, entity, start: at, end: at + word.length, text: word, reason: `rule ${i % 3}` };
    at += word.length + 1;
    return mention;
  });
  return { text, mentions };
}

const ok = (mentions: Mention[]): DetectSliceReply => ({ ok: true, mentions });

describe('encodeReply', () => {
  it('should send each distinct reason once when mentions repeat reasons', () => {
    const mention = (start: number, reason: string): Mention => ({ category: 'leak', entity: null, start, end: start + 4, text: 'leak', reason });
    const wire = encodeReply(ok([mention(0, 'a'), mention(5, 'b'), mention(10, 'a'), mention(15, 'a')]));
    expect(wire).toEqual({ ok: true, spans: [0, 4, 5, 9, 10, 14, 15, 19], kinds: [0, 0, 0, 0], reasonOf: [0, 1, 0, 0], reasons: ['a', 'b'] });
  });

  it('should not send the text of a mention when it encodes a reply', () => {
    const { mentions } = everyKind();
    expect(JSON.stringify(encodeReply(ok(mentions)))).not.toContain('word');
  });

  it('should give every category and entity its own kind when all are used', () => {
    const wire = encodeReply(ok(everyKind().mentions));
    expect(wire.ok && new Set(wire.kinds).size).toBe(CATEGORIES.length * (ENTITY_IDS.length + 1));
    expect(wireReplySchema.safeParse(wire).success).toBe(true);
  });

  it('should pass an error reply through unchanged', () => {
    expect(encodeReply({ ok: false, error: 'busy' })).toEqual({ ok: false, error: 'busy' });
  });
});

describe('decodeReply', () => {
  it('should give back every mention when a reply of every kind crosses the wire', () => {
    const { text, mentions } = everyKind();
    expect(decodeReply(overTheWire(encodeReply(ok(mentions))), text, 0)).toEqual(mentions);
  });

  it('should give back no mentions when the reply has none', () => {
    expect(decodeReply(overTheWire(encodeReply(ok([]))), '', 0)).toEqual([]);
  });

  it.each([0, 1, 16, 1_000_000])('should move every offset by the slice start when the base is %i', (base) => {
    const { text, mentions } = everyKind();
    const decoded = decodeReply(overTheWire(encodeReply(ok(mentions))), text, base);
    expect(decoded).toEqual(mentions.map((m) => ({ ...m, start: m.start + base, end: m.end + base })));
  });

  it('should cut the text of each mention from the slice when the sender claimed another text', () => {
    const text = 'Anthropic said the leak was human error.';
    const claimed: Mention[] = [
      { category: 'company', entity: 'anthropic', start: 0, end: 9, text: 'WRONG', reason: 'r' },
      { category: 'leak', entity: null, start: 19, end: 23, text: '', reason: 'r' },
    ];
    const decoded = decodeReply(overTheWire(encodeReply(ok(claimed))), text, 100);
    expect(typeof decoded !== 'string' && decoded.map((m) => [m.text, m.start, m.end])).toEqual([
      ['Anthropic', 100, 109],
      ['leak', 119, 123],
    ]);
  });

  it('should refuse with the background error when the reply is an error', () => {
    expect(decodeReply(overTheWire(encodeReply({ ok: false, error: 'slice 2 came before slice 1' })), 'x', 0)).toBe(
      'background detection failed: slice 2 came before slice 1',
    );
  });

  it('should give back what was encoded for any mentions inside the slice', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
    const mentionArb = fc
      .record({
        category: fc.constantFrom(...CATEGORIES),
        entity: fc.option(fc.constantFrom(...ENTITY_IDS), { nil: null }),
        start: fc.nat({ max: text.length - 1 }),
        length: fc.integer({ min: 1, max: 20 }),
        reason: fc.constantFrom('a', 'b', 'context: 泄露', ''),
      })
      .map(({ length, ...m }): Mention => {
        const end = Math.min(text.length, m.start + length);
        return { ...m, end, text: text.slice(m.start, end) };
      });
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 40 }), fc.nat({ max: 10_000 }), (mentions, base) => {
        const decoded = decodeReply(overTheWire(encodeReply(ok(mentions))), text, base);
        expect(decoded).toEqual(mentions.map((m) => ({ ...m, start: m.start + base, end: m.end + base })));
      }),
    );
  });

  // A slice text of 10 characters; one good mention is { spans: [0, 4], kinds: [0], reasonOf: [0], reasons: ['r'] }.
  const GOOD = { ok: true, spans: [0, 4], kinds: [0], reasonOf: [0], reasons: ['r'] };
  const INVALID = 'the background sent no valid detection reply';
  const MISMATCHED = 'the background sent a reply of mismatched lengths';
  const OUTSIDE = 'the background sent a mention outside its slice';
  const MAX_KIND = CATEGORIES.length * (ENTITY_IDS.length + 1) - 1;

  it.each<[string, unknown, string]>([
    ['nothing', undefined, INVALID],
    ['null', null, INVALID],
    ['a string', 'ok', INVALID],
    ['a number', 42, INVALID],
    ['an array', [GOOD], INVALID],
    ['an empty object', {}, INVALID],
    ['ok without arrays', { ok: true }, INVALID],
    ['ok with one array missing', { ok: true, spans: [], kinds: [], reasonOf: [] }, INVALID],
    ['ok as a string', { ...GOOD, ok: 'true' }, INVALID],
    ['an error without its reason', { ok: false }, INVALID],
    ['an error whose reason is not a string', { ok: false, error: 7 }, INVALID],
    ['a reply in the old object format', { ok: true, mentions: [{ category: 'leak', entity: null, start: 0, end: 4, text: 'leak', reason: 'r' }] }, INVALID],
    ['spans as strings', { ...GOOD, spans: ['0', '4'] }, INVALID],
    ['a negative span', { ...GOOD, spans: [-1, 4] }, INVALID],
    ['a fractional span', { ...GOOD, spans: [0.5, 4] }, INVALID],
    ['a null span (NaN after JSON)', { ...GOOD, spans: [null, 4] }, INVALID],
    ['an infinite span', { ...GOOD, spans: [0, Infinity] }, INVALID],
    ['spans as an object with a length', { ...GOOD, spans: { 0: 0, 1: 4, length: 2 } }, INVALID],
    ['a hole in the spans', { ...GOOD, spans: [0, , 4].slice(1) }, INVALID],
    ['kinds as one number', { ...GOOD, kinds: 0 }, INVALID],
    ['a kind past the last category', { ...GOOD, kinds: [MAX_KIND + 1] }, INVALID],
    ['a negative kind', { ...GOOD, kinds: [-1] }, INVALID],
    ['a reason that is not a string', { ...GOOD, reasons: [1] }, INVALID],
    ['a negative reason index', { ...GOOD, reasonOf: [-1] }, INVALID],
    ['one span number too many', { ...GOOD, spans: [0, 4, 5] }, MISMATCHED],
    ['one span number too few', { ...GOOD, spans: [0] }, MISMATCHED],
    ['more kinds than spans', { ...GOOD, kinds: [0, 0] }, MISMATCHED],
    ['fewer reason indexes than kinds', { ...GOOD, reasonOf: [] }, MISMATCHED],
    ['more reason indexes than kinds', { ...GOOD, reasonOf: [0, 0] }, MISMATCHED],
    ['a span that ends past the slice text', { ...GOOD, spans: [8, 11] }, OUTSIDE],
    ['a span that starts past the slice text', { ...GOOD, spans: [12, 14] }, OUTSIDE],
    ['an empty span', { ...GOOD, spans: [3, 3] }, OUTSIDE],
    ['a span that ends before it starts', { ...GOOD, spans: [4, 0] }, OUTSIDE],
    ['a reason index past the reasons', { ...GOOD, reasonOf: [1] }, OUTSIDE],
    ['a reason index with no reasons at all', { ...GOOD, reasons: [] }, OUTSIDE],
    ['a bad second mention after a good one', { ...GOOD, spans: [0, 4, 6, 20], kinds: [0, 0], reasonOf: [0, 0] }, OUTSIDE],
  ])('should refuse with a reason, not throw, when the reply has %s', (_case, raw, reason) => {
    let result: unknown;
    expect(() => (result = decodeReply(raw, '0123456789', 0))).not.toThrow();
    expect(result).toBe(reason);
  });

  it.each<[string, unknown]>([
    ['the last kind', { ...GOOD, kinds: [MAX_KIND] }],
    ['a span that ends at the end of the slice text', { ...GOOD, spans: [6, 10] }],
    ['reasons no mention uses', { ...GOOD, reasons: ['r', 'unused'] }],
  ])('should accept the reply when it has %s', (_case, raw) => {
    expect(Array.isArray(decodeReply(raw, '0123456789', 0))).toBe(true);
  });
});
