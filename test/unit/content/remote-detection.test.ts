import { describe, expect, it } from 'vitest';
import { addMentionCounts } from '../../../lib/content/detect-service';
import { sliceOf } from '../../../lib/content/first-pass';
import { RemoteSession, type SendDetect } from '../../../lib/content/remote-detection';
import { detect, type DocumentContext } from '../../../lib/engine';
import { detectSliceSchema, type DetectSliceRequest } from '../../../lib/messaging/protocol';
import type { DocumentText } from '../../../lib/types';
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

const noMentions = () => ({ ok: true, mentions: [] });

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
    const bg = scripted((r) => (r.seq === 0 ? { ok: false, error: 'busy' } : { ok: true, mentions: [] }));
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

  it.each<[string, unknown]>([
    ['no reply', undefined],
    ['null', null],
    ['an empty object', {}],
    ['ok without mentions', { ok: true }],
    ['an error reply without its reason', { ok: false }],
    ['a string', 'ok'],
    ['a mention of an unknown category', { ok: true, mentions: [{ category: 'gossip', entity: null, start: 0, end: 4, text: 'Anth', reason: 'r' }] }],
    ['a mention with a negative offset', { ok: true, mentions: [{ category: 'leak', entity: null, start: -1, end: 4, text: 'leak', reason: 'r' }] }],
    ['a mention of an unknown entity', { ok: true, mentions: [{ category: 'company', entity: 'acme', start: 0, end: 4, text: 'Acme', reason: 'r' }] }],
  ])('should reject when the background replies with %s', async (_case, reply) => {
    const session = new RemoteSession(scripted(() => reply).send, EMPTY);
    await expect(session.detect(PAGE, [0], true)).rejects.toThrow('the background sent no valid detection reply');
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
