import { describe, expect, it } from 'vitest';
import { MAX_SLICE_TEXT, parseMessage } from '../../../lib/messaging/protocol';

const SLICE = {
  type: 'detect-slice',
  session: 's',
  seq: 0,
  last: true,
  text: 'Claude',
  blocks: [{ start: 0, end: 6 }],
  wanted: [0],
};

describe('parseMessage', () => {
  it.each<[string, unknown]>([
    ['get-page-state', { type: 'get-page-state' }],
    ['navigate', { type: 'navigate', direction: 'previous' }],
    ['mention-count', { type: 'mention-count', count: 0 }],
    ['detect-slice', SLICE],
    ['detect-slice with a context', { ...SLICE, context: { entities: { anthropic: 2 }, topics: { leak: 1 } } }],
    ['prepare-detection', { type: 'prepare-detection' }],
  ])('should accept a %s message when it is well formed', (_type, raw) => {
    expect(parseMessage(JSON.parse(JSON.stringify(raw)))).toEqual(raw);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'prepare-detection'],
    ['an unknown type', { type: 'detect-everything' }],
    ['a negative count', { type: 'mention-count', count: -1 }],
    ['an unknown direction', { type: 'navigate', direction: 'up' }],
    ['a slice with an empty session', { ...SLICE, session: '' }],
    ['a slice with a fractional number', { ...SLICE, seq: 1.5 }],
    ['a slice text over the bound', { ...SLICE, text: 'x'.repeat(MAX_SLICE_TEXT + 1) }],
    ['a context with an unknown entity', { ...SLICE, context: { entities: { acme: 1 }, topics: {} } }],
  ])('should refuse %s', (_case, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
