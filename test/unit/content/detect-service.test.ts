import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMentionCounts, DetectService, MAX_SESSIONS, SESSION_IDLE_MS, type DetectFn } from '../../../lib/content/detect-service';
import { MentionStore, type Placed } from '../../../lib/content/mention-store';
import { detect, type DetectOptions, type DocumentContext } from '../../../lib/engine';
import { plainTextDocument } from '../../../lib/extract/plain-text';
import { decodeReply, encodeReply, wireReplySchema } from '../../../lib/messaging/detect-wire';
import { detectSliceReplySchema, detectSliceSchema, type DetectSliceRequest } from '../../../lib/messaging/protocol';
import type { DocumentText, Mention } from '../../../lib/types';

const EMPTY: DocumentContext = { entities: {}, topics: {} };

/** A request for one slice made of `paragraphs`, every block wanted. */
function slice(session: string, seq: number, paragraphs: string[], extra: Partial<DetectSliceRequest> = {}): DetectSliceRequest {
  const doc = plainTextDocument(paragraphs.join('\n\n'));
  return {
    type: 'detect-slice',
    session,
    seq,
    last: false,
    text: doc.text,
    blocks: doc.blocks,
    wanted: doc.blocks.map((_, i) => i),
    ...extra,
  };
}

/** A detect function that records what it was given and finds "Claude" (anthropic) and "leak" (topic). */
function recordingDetect() {
  const calls: { doc: DocumentText; options: DetectOptions; context: DocumentContext }[] = [];
  const fn: DetectFn = (doc, options) => {
    // A snapshot: the service keeps adding to its context object after the call.
    const context = structuredClone(options.context ?? EMPTY);
    calls.push({ doc, options, context });
    return [...doc.text.matchAll(/Claude|leak/g)].map(
      (m): Mention => ({
        category: m[0] === 'leak' ? 'leak' : 'company',
        entity: m[0] === 'leak' ? null : 'anthropic',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        reason: 'scripted',
      }),
    );
  };
  return { fn, calls };
}

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const engine: DetectFn = (doc, options) => detect(doc, options);

describe('DetectService', () => {
  it('should answer every slice of a session in order and close it when the last slice comes', () => {
    const service = new DetectService(engine);
    const replies = [
      service.handle(slice('s', 0, ['Anthropic confirmed the Claude Code source code leak.'])),
      service.handle(slice('s', 1, ['Version 2.1.88 shipped a source map.'])),
    ];
    expect(service.openSessions).toBe(1);
    replies.push(service.handle(slice('s', 2, ['DeepSeek was named in the distillation claims.'], { last: true })));
    expect(replies.map((r) => r.ok)).toEqual([true, true, true]);
    expect(replies.every((r) => detectSliceReplySchema.safeParse(r).success)).toBe(true);
    expect(service.openSessions).toBe(0);
  });

  it('should return mentions in the offsets of the slice when the slice is read', () => {
    const request = slice('s', 0, ['Markets were calm.', 'Anthropic said the leak was human error.']);
    const reply = new DetectService(engine).handle(request);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.mentions.map((m) => m.text)).toEqual(['Anthropic', 'leak']);
    for (const m of reply.mentions) expect(request.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('should report only the wanted blocks when neighbours are sent for context', () => {
    const request = slice('s', 0, ['Anthropic first.', 'Claude Code second.', 'DeepSeek third.'], { wanted: [1] });
    const reply = new DetectService(engine).handle(request);
    expect(reply.ok && reply.mentions.map((m) => m.text)).toEqual(['Claude Code']);
  });

  it('should refuse a slice and drop the session when it comes out of order', () => {
    const service = new DetectService(recordingDetect().fn);
    service.handle(slice('s', 0, ['Claude']));
    const skipped = service.handle(slice('s', 2, ['leak']));
    expect(skipped).toEqual({ ok: false, error: 'slice 2 came before slice 1' });
    expect(service.openSessions).toBe(0);
    // The session is gone: even the slice that was due is refused now.
    expect(service.handle(slice('s', 1, ['leak']))).toMatchObject({ ok: false, error: expect.stringMatching(/unknown session s/) });
  });

  it('should refuse a repeated slice when it was already answered', () => {
    const service = new DetectService(recordingDetect().fn);
    service.handle(slice('s', 0, ['Claude']));
    service.handle(slice('s', 1, ['leak']));
    expect(service.handle(slice('s', 1, ['leak']))).toEqual({ ok: false, error: 'slice 1 came before slice 2' });
  });

  it.each([1, 5])('should refuse slice %i when its session was never opened', (seq) => {
    const { fn, calls } = recordingDetect();
    const reply = new DetectService(fn).handle(slice('never-opened', seq, ['Claude']));
    expect(reply).toEqual({ ok: false, error: 'unknown session never-opened (expired?)' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [SESSION_IDLE_MS - 1, true],
    [SESSION_IDLE_MS, true],
    [SESSION_IDLE_MS + 1, false],
    [10 * SESSION_IDLE_MS, false],
  ])('should answer the next slice after %i ms idle: %s', (idle, answered) => {
    const time = clock(1_000);
    const service = new DetectService(recordingDetect().fn, time.now);
    service.handle(slice('s', 0, ['Claude']));
    time.advance(idle);
    const reply = service.handle(slice('s', 1, ['leak']));
    expect(reply.ok).toBe(answered);
    if (!reply.ok) expect(reply.error).toMatch(/unknown session s \(expired\?\)/);
  });

  it('should keep a session alive when each slice comes within the idle time of the one before', () => {
    const time = clock();
    const service = new DetectService(recordingDetect().fn, time.now);
    service.handle(slice('s', 0, ['Claude']));
    for (let seq = 1; seq <= 4; seq++) {
      time.advance(SESSION_IDLE_MS * 0.9);
      expect(service.handle(slice('s', seq, ['leak'])).ok).toBe(true);
    }
  });

  it('should drop idle sessions when another session sends a slice', () => {
    const time = clock();
    const service = new DetectService(recordingDetect().fn, time.now);
    service.handle(slice('tab-closed', 0, ['Claude']));
    time.advance(SESSION_IDLE_MS + 1);
    service.handle(slice('other', 0, ['leak']));
    expect(service.openSessions).toBe(1);
  });

  it('should drop the oldest session when one more than MAX_SESSIONS opens', () => {
    const service = new DetectService(recordingDetect().fn);
    for (let i = 0; i <= MAX_SESSIONS; i++) service.handle(slice(`s${i}`, 0, ['Claude']));
    expect(service.openSessions).toBe(MAX_SESSIONS);
    expect(service.handle(slice(`s${MAX_SESSIONS}`, 1, ['leak'])).ok).toBe(true);
    expect(service.handle(slice('s0', 1, ['leak']))).toMatchObject({ ok: false, error: expect.stringMatching(/unknown session s0/) });
    expect(service.openSessions).toBeLessThanOrEqual(MAX_SESSIONS);
  });

  it.each<[string, Partial<DetectSliceRequest>, string]>([
    ['a block ends past the text', { text: 'Claude', blocks: [{ start: 0, end: 7 }], wanted: [0] }, 'blocks out of order or outside the text'],
    ['a block ends before it starts', { text: 'Claude leak', blocks: [{ start: 6, end: 2 }], wanted: [0] }, 'blocks out of order or outside the text'],
    [
      'blocks overlap',
      { text: 'Claude leak', blocks: [{ start: 0, end: 8 }, { start: 7, end: 11 }], wanted: [0, 1] },
      'blocks out of order or outside the text',
    ],
    [
      'blocks are out of order',
      { text: 'Claude leak', blocks: [{ start: 7, end: 11 }, { start: 0, end: 6 }], wanted: [0, 1] },
      'blocks out of order or outside the text',
    ],
    ['a wanted block does not exist', { text: 'Claude', blocks: [{ start: 0, end: 6 }], wanted: [1] }, 'a wanted block does not exist'],
  ])('should refuse the slice and drop the session when %s', (_case, fields, error) => {
    const { fn, calls } = recordingDetect();
    const service = new DetectService(fn);
    const bad = { ...slice('s', 0, ['x']), ...fields };
    expect(detectSliceSchema.safeParse(bad).success).toBe(true); // the schema lets it through; the service must not
    expect(service.handle(bad)).toEqual({ ok: false, error });
    expect(calls).toHaveLength(0);
    expect(service.openSessions).toBe(0);
  });

  it('should read each slice with the first context plus the mentions of the earlier slices', () => {
    const { fn, calls } = recordingDetect();
    const service = new DetectService(fn);
    const initial: DocumentContext = { entities: { anthropic: 2, deepseek: 1 }, topics: { policy: 1 } };
    service.handle(slice('s', 0, ['Claude and the leak'], { context: initial }));
    service.handle(slice('s', 1, ['Claude again']));
    service.handle(slice('s', 2, ['nothing here'], { last: true }));
    expect(calls.map((c) => c.context)).toEqual([
      { entities: { anthropic: 2, deepseek: 1 }, topics: { policy: 1 } },
      { entities: { anthropic: 3, deepseek: 1 }, topics: { policy: 1, leak: 1 } },
      { entities: { anthropic: 4, deepseek: 1 }, topics: { policy: 1, leak: 1 } },
    ]);
    expect(initial).toEqual({ entities: { anthropic: 2, deepseek: 1 }, topics: { policy: 1 } });
  });

  it('should start from an empty context when the first slice brings none', () => {
    const { fn, calls } = recordingDetect();
    new DetectService(fn).handle(slice('s', 0, ['Claude']));
    expect(calls[0]?.context).toEqual(EMPTY);
    expect(calls[0]?.options.blocks).toEqual([0]);
  });

  it('should start afresh when a session sends slice 0 again', () => {
    const { fn, calls } = recordingDetect();
    const service = new DetectService(fn);
    service.handle(slice('s', 0, ['Claude']));
    service.handle(slice('s', 1, ['Claude']));
    expect(service.handle(slice('s', 0, ['leak'])).ok).toBe(true);
    expect(service.handle(slice('s', 1, ['x'])).ok).toBe(true);
    expect(calls.at(-1)?.context).toEqual({ entities: {}, topics: { leak: 1 } });
  });

  it('should keep sessions apart when two pages send slices at the same time', () => {
    const { fn, calls } = recordingDetect();
    const service = new DetectService(fn);
    service.handle(slice('a', 0, ['Claude Claude']));
    service.handle(slice('b', 0, ['leak']));
    service.handle(slice('a', 1, ['x']));
    service.handle(slice('b', 1, ['x']));
    expect(calls.slice(2).map((c) => c.context)).toEqual([
      { entities: { anthropic: 2 }, topics: {} },
      { entities: {}, topics: { leak: 1 } },
    ]);
  });

  // "Kimi" alone is ambiguous (a name, a racing driver): the engine accepts it only when the
  // document is known to mention Moonshot AI, which a later slice learns only from the earlier ones.
  const KIMI = 'Kimi got an update yesterday, its users said.';

  it('should accept an ambiguous word in a later slice when an earlier slice settled its entity', () => {
    const service = new DetectService(engine);
    const first = service.handle(slice('s', 0, ['Moonshot AI released Kimi K2 in July, Chinese media reported.']));
    expect(first.ok && first.mentions.some((m) => m.entity === 'moonshot-ai')).toBe(true);
    const second = service.handle(slice('s', 1, [KIMI], { last: true }));
    expect(second.ok && second.mentions.map((m) => [m.text, m.entity])).toEqual([['Kimi', 'moonshot-ai']]);
    expect(second.ok && second.mentions[0]?.reason).toMatch(/the document mentions entity moonshot-ai/);
  });

  it.each<[string, DocumentContext | undefined]>([
    ['no context', undefined],
    ['a context without Moonshot AI', { entities: { anthropic: 3 }, topics: { leak: 2 } }],
  ])('should reject the ambiguous word when the first slice has %s', (_case, context) => {
    const reply = new DetectService(engine).handle(slice('s', 0, [KIMI], context ? { context } : {}));
    expect(reply).toEqual({ ok: true, mentions: [] });
  });

  it('should accept the ambiguous word in the first slice when the page context brings its entity', () => {
    const reply = new DetectService(engine).handle(slice('s', 0, [KIMI], { context: { entities: { 'moonshot-ai': 1 }, topics: {} } }));
    expect(reply.ok && reply.mentions.map((m) => m.text)).toEqual(['Kimi']);
  });
});

describe('DetectService.answer', () => {
  const SLICES = [
    slice('s', 0, ['Anthropic confirmed the Claude Code source code leak.', 'Markets were calm.']),
    slice('s', 1, ['DeepSeek, Moonshot AI and MiniMax were named; Kimi was mentioned too.']),
    slice('s', 3, ['Claude again'], { last: true }),
  ];

  it('should send what handle() decides, in the wire format, when the same slices come to a twin service', () => {
    const logical = new DetectService(engine);
    const wire = new DetectService(engine);
    for (const request of SLICES) {
      const reply = logical.handle(request);
      const sent = wire.answer(request);
      expect(sent).toEqual(encodeReply(reply));
      expect(wireReplySchema.safeParse(sent).success).toBe(true);
    }
    expect(wire.openSessions).toBe(logical.openSessions);
  });

  it('should give the content script the mentions handle() finds when the answer crosses the wire', () => {
    const logical = new DetectService(engine);
    const wire = new DetectService(engine);
    for (const request of SLICES.slice(0, 2)) {
      const reply = logical.handle(request);
      const decoded = decodeReply(JSON.parse(JSON.stringify(wire.answer(request))), request.text, 0);
      expect(reply.ok).toBe(true);
      expect(decoded).toEqual(reply.ok ? reply.mentions : null);
      expect(Array.isArray(decoded) && decoded.length).toBeGreaterThan(0);
    }
  });

  it('should send the refusal as it is when a slice comes out of order', () => {
    const service = new DetectService(engine);
    service.answer(SLICES[0]!);
    expect(service.answer(SLICES[2]!)).toEqual({ ok: false, error: 'slice 3 came before slice 1' });
  });
});

describe('addMentionCounts', () => {
  const seed = plainTextDocument(readFileSync('/work/shared/seed/article.txt', 'utf8'));
  const mentions = detect(seed);

  it('should count as the content script store counts when both are given the same mentions', () => {
    const store = new MentionStore();
    for (const mention of mentions) store.add({ mention, range: {} as AbstractRange, nodes: [], source: {} } as unknown as Placed);
    const context: DocumentContext = { entities: {}, topics: {} };
    addMentionCounts(context, mentions);
    expect(mentions.length).toBeGreaterThan(50);
    expect(context).toEqual(store.context());
  });

  it('should add to the counts already there when called again', () => {
    const context: DocumentContext = { entities: { anthropic: 10 }, topics: { leak: 1 } };
    addMentionCounts(context, [{ category: 'leak', entity: null, start: 0, end: 4, text: 'leak', reason: 'r' }]);
    addMentionCounts(context, [{ category: 'company', entity: 'anthropic', start: 0, end: 6, text: 'Claude', reason: 'r' }]);
    expect(context).toEqual({ entities: { anthropic: 11 }, topics: { leak: 2 } });
  });
});
