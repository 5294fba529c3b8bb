import { describe, expect, it } from 'vitest';
import { addMentionCounts } from '../../../lib/content/detect-service';
import { sliceOf } from '../../../lib/content/first-pass';
import { RemoteSession, type SendDetect } from '../../../lib/content/remote-detection';
import { detect, type DocumentContext } from '../../../lib/engine';
import { encodeReply } from '../../../lib/messaging/detect-wire';
import { detectSliceSchema, type DetectSliceRequest } from '../../../lib/messaging/protocol';
import type { DocumentText, Mention } from '../../../lib/types';
import { inProcessBackground, newsSource, spanOf } from './detection-helpers';

const EMPTY: DocumentContext = { entities: {}, topics: {} };

/** A background that records each request and answers with `reply` (or rejects with it). */
function scripted(reply: (request: DetectSliceRequest) => unknown) {
  const requests: DetectSliceRequest[] = [];
  const send: SendDetect = async (request) => {
    requests.push(request);
    return reply(request);
  };
  return { send, requests };
}

/** A good reply, as the background's DetectService.answer sends it. */
const wire = (mentions: Mention[]) => encodeReply({ ok: true, mentions });
const noMentions = () => wire([]);

/** Text outside every block, which must never leave the page. */
const PAGE: DocumentText = {
  text: 'PRIVATE header\n\nAnthropic said the Claude Code leak was human error.\n\nDeepSeek denied it.\n\nPRIVATE footer',
  blocks: [
    { start: 16, end: 68 },
    { start: 70, end: 89 },
  ],
};

describe('RemoteSession', () => {
  it('should send only the text the blocks cover, with blocks shifted to it, when it sends a slice', async () => {
    const bg = scripted(noMentions);
    await new RemoteSession(bg.send, EMPTY).detect(PAGE, [0, 1], true);
    const request = bg.requests[0];
    expect(request?.text).toBe('Anthropic said the Claude Code leak was human error.\n\nDeepSeek denied it.');
    expect(request?.text).not.toContain('PRIVATE');
    expect(request?.blocks).toEqual([
      { start: 0, end: 52 },
      { start: 54, end: 73 },
    ]);
    for (const [i, block] of PAGE.blocks.entries()) {
      const sent = request?.blocks[i];
      expect(sent && request?.text.slice(sent.start, sent.end)).toBe(PAGE.text.slice(block.start, block.end));
    }
  });

  it('should give mentions in page offsets when the background answers in slice offsets', async () => {
    const bg = inProcessBackground();
    const mentions = await new RemoteSession(bg.send, EMPTY).detect(PAGE, [0, 1], true);
    expect(mentions.map((m) => m.text)).toEqual(['Anthropic', 'Claude Code', 'leak', 'DeepSeek']);
    for (const m of mentions) expect(PAGE.text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map(spanOf)).toEqual(detect(PAGE, { blocks: [0, 1], context: EMPTY }).map(spanOf));
  });

  it('should find what the page engine finds in every slice of a news page when slices are sent in turn', async () => {
    const source = newsSource(120);
    const bg = inProcessBackground();
    const session = new RemoteSession(bg.send, EMPTY);
    const context: DocumentContext = { entities: {}, topics: {} };
    let checked = 0;
    for (let from = 0; from < source.blocks.length; from += 25) {
      const to = Math.min(source.blocks.length, from + 25);
      const [doc, options] = sliceOf(source, from, to, structuredClone(context));
      const remote = await session.detect(doc, [...(options.blocks ?? [])], to === source.blocks.length);
      const here = detect(doc, options);
      expect(remote.map(spanOf)).toEqual(here.map(spanOf));
      for (const m of remote) expect(source.text.slice(m.start, m.end)).toBe(m.text);
      addMentionCounts(context, here);
      checked += remote.length;
    }
    expect(checked).toBeGreaterThan(50);
    expect(bg.service.openSessions).toBe(0);
  });

  it('should number slices 0, 1, 2 … and send the context with the first one only', async () => {
    const bg = scripted(noMentions);
    const context: DocumentContext = { entities: { anthropic: 4 }, topics: { leak: 2 } };
    const session = new RemoteSession(bg.send, context);
    await session.detect(PAGE, [0], false);
    await session.detect(PAGE, [1], false);
    await session.detect(PAGE, [0, 1], true);
    expect(bg.requests.map((r) => [r.seq, r.last, r.wanted])).toEqual([
      [0, false, [0]],
      [1, false, [1]],
      [2, true, [0, 1]],
    ]);
    expect(bg.requests[0]?.context).toEqual(context);
    expect(bg.requests.slice(1).map((r) => 'context' in r)).toEqual([false, false]);
  });

  it('should send the context with the first slice only when that slice fails', async () => {
    const bg = scripted((r) => (r.seq === 0 ? { ok: false, error: 'busy' } : wire([])));
    const session = new RemoteSession(bg.send, EMPTY);
    await expect(session.detect(PAGE, [0], false)).rejects.toThrow();
    await session.detect(PAGE, [1], true);
    expect(bg.requests.map((r) => 'context' in r)).toEqual([true, false]);
  });

  it('should send requests the background accepts when it validates them', async () => {
    const bg = scripted(noMentions);
    await new RemoteSession(bg.send, { entities: { deepseek: 1 }, topics: {} }).detect(PAGE, [0, 1], true);
    await new RemoteSession(bg.send, EMPTY).detect({ text: '', blocks: [] }, [], true);
    expect(bg.requests.map((r) => detectSliceSchema.safeParse(r).success)).toEqual([true, true]);
  });

  it('should use a different session id when another pass starts', async () => {
    const bg = scripted(noMentions);
    await new RemoteSession(bg.send, EMPTY).detect(PAGE, [0], true);
    await new RemoteSession(bg.send, EMPTY).detect(PAGE, [0], true);
    const [a, b] = bg.requests.map((r) => r.session);
    expect(a).not.toBe(b);
  });

  it('should send an empty slice when the document has no blocks', async () => {
    const bg = scripted(noMentions);
    const mentions = await new RemoteSession(bg.send, EMPTY).detect({ text: 'PRIVATE', blocks: [] }, [], true);
    expect(mentions).toEqual([]);
    expect(bg.requests[0]).toMatchObject({ text: '', blocks: [], wanted: [] });
  });

  it('should cut the text of each mention from the page when the background answers with spans only', async () => {
    // "Claude Code" in block 0 of PAGE: slice offsets 19–30, page offsets 35–46.
    const claude: Mention = { category: 'company', entity: 'anthropic', start: 19, end: 30, text: '', reason: 'scripted' };
    const mentions = await new RemoteSession(scripted(() => wire([claude])).send, EMPTY).detect(PAGE, [0, 1], true);
    expect(mentions).toEqual([{ ...claude, start: 35, end: 46, text: 'Claude Code' }]);
  });

  const INVALID = 'the background sent no valid detection reply';
  const OUTSIDE = 'the background sent a mention outside its slice';
  const good = wire([{ category: 'leak', entity: null, start: 31, end: 35, text: 'leak', reason: 'r' }]);

  // Both blocks of PAGE are sent (block 1 for context): the slice text is 73 characters long.
  it.each<[string, unknown, string]>([
    ['no reply', undefined, INVALID],
    ['null', null, INVALID],
    ['an empty object', {}, INVALID],
    ['ok without arrays', { ok: true }, INVALID],
    ['an error reply without its reason', { ok: false }, INVALID],
    ['a string', 'ok', INVALID],
    ['the old object format', { ok: true, mentions: [] }, INVALID],
    ['spans that are not numbers', { ...good, spans: ['31', '35'] }, INVALID],
    ['a negative span', { ...good, spans: [-1, 4] }, INVALID],
    ['an unknown kind', { ...good, kinds: [10_000] }, INVALID],
    ['lengths that do not match', { ...good, reasonOf: [0, 0] }, 'the background sent a reply of mismatched lengths'],
    ['a span past the end of the slice', { ...good, spans: [70, 74] }, OUTSIDE],
    ['a span that starts where it ends', { ...good, spans: [31, 31] }, OUTSIDE],
    ['a reason index with no reason', { ...good, reasonOf: [3] }, OUTSIDE],
  ])('should reject when the background replies with %s', async (_case, reply, error) => {
    const session = new RemoteSession(scripted(() => reply).send, EMPTY);
    await expect(session.detect(PAGE, [0], true)).rejects.toThrow(error);
  });

  it('should resolve with the mention when the reply those cases spoil is sent as it is', async () => {
    const mentions = await new RemoteSession(scripted(() => good).send, EMPTY).detect(PAGE, [0], true);
    expect(mentions.map((m) => [m.text, m.start])).toEqual([['leak', 47]]);
  });

  it('should reject with the reason when the background refuses the slice', async () => {
    const session = new RemoteSession(scripted(() => ({ ok: false, error: 'unknown session x (expired?)' })).send, EMPTY);
    await expect(session.detect(PAGE, [0], true)).rejects.toThrow('background detection failed: unknown session x (expired?)');
  });

  it('should reject when sending fails', async () => {
    const session = new RemoteSession(() => Promise.reject(new Error('Could not establish connection')), EMPTY);
    await expect(session.detect(PAGE, [0], true)).rejects.toThrow('Could not establish connection');
  });
});
