import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addMentionCounts, DetectService } from '../../../lib/content/detect-service';
import { runFirstPass, sliceOf } from '../../../lib/content/first-pass';
import type { SendDetect } from '../../../lib/content/remote-detection';
import { detect, type DetectOptions, type DocumentContext } from '../../../lib/engine';
import type { ExtractedText } from '../../../lib/extract/dom-text';
import { decodeReply } from '../../../lib/messaging/detect-wire';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import type { DocumentText, Mention } from '../../../lib/types';
import { generatePage } from '../../bench/generate';
import {
  chineseSource,
  decisionOf,
  extractionUnderWay,
  inProcessBackground,
  keyOf,
  newsSource,
  overTheWire,
  passDeps,
  spanOf,
} from './detection-helpers';

/**
 * The page's engine sizes its slices to its measured speed, and where a slice ends can change which
 * context words a reason quotes: a steady fake clock makes every pass in this file cut the same way
 * on every run (tests of other speeds set their own).
 */
function steadyClock(msPerReading = 1) {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (now += msPerReading));
}

/**
 * Built once: extraction costs more than a pass. The background's slices are 32k, 64k, then 128k
 * characters: the news page (about 660k) goes in 7 slices, one more than the slices in flight, and
 * the Chinese article (about 43k) in 2.
 */
const NEWS_PARAGRAPHS = 2_000;
const NEWS = newsSource(NEWS_PARAGRAPHS);
const CHINESE = chineseSource(40);

const engine = (doc: DocumentText, options: DetectOptions) => detect(doc, options);

/** The pass with no background: the reference every other pass is held to. */
async function pageOnly(source: ExtractedText) {
  const t = passDeps(source);
  await runFirstPass(t.deps);
  return t.placed;
}
const clock = steadyClock();
const NEWS_HERE = await pageOnly(NEWS);
const CHINESE_HERE = await pageOnly(CHINESE);
clock.mockRestore();

/** Lets pending promise callbacks and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function expectPageOrder(placed: readonly Mention[]) {
  for (let i = 1; i < placed.length; i++) expect(placed[i]!.start).toBeGreaterThanOrEqual(placed[i - 1]!.end);
}

/** A page engine that notes which source blocks each call reports (by index into source.blocks). */
function countingHere(source: ExtractedText) {
  const index = new Map(source.blocks.map((b, i) => [b.start, i]));
  const reads: number[] = [];
  const calls: { blocks: number[]; context: DocumentContext }[] = [];
  const detectHere = (doc: DocumentText, options: DetectOptions) => {
    const blocks = (options.blocks ?? []).map((i) => index.get(doc.blocks[i]!.start)!);
    reads.push(...blocks);
    calls.push({ blocks, context: structuredClone(options.context ?? { entities: {}, topics: {} }) });
    return detect(doc, options);
  };
  return { detectHere, reads, calls };
}

/** A background whose replies the test hands back one by one, in any order; it reads every slice as it comes. */
function heldBackground() {
  const service = new DetectService(engine);
  const held: { seq: number; answer(): void; fail(): void }[] = [];
  let outstanding = 0;
  let most = 0;
  const send: SendDetect = (request) =>
    new Promise((resolve, reject) => {
      const reply = overTheWire(service.answer(overTheWire(request) as DetectSliceRequest));
      most = Math.max(most, ++outstanding);
      let open = true;
      /** Settles the reply once; later calls do nothing (the test may answer everything held). */
      const once = (settleIt: () => void) => () => {
        if (!open) return;
        open = false;
        outstanding--;
        settleIt();
      };
      held.push({ seq: request.seq, answer: once(() => resolve(reply)), fail: once(() => reject(new Error('port closed'))) });
    });
  const take = (seq: number) => held.find((h) => h.seq === seq)!;
  return { send, held, take, most: () => most };
}

beforeEach(() => {
  steadyClock();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runFirstPass', () => {
  it.each([
    ['a news page of 300 paragraphs', NEWS, NEWS_HERE],
    ['the Chinese article, repeated', CHINESE, CHINESE_HERE],
  ])('should place the same mentions in the same order as the page alone when the background reads %s', async (_page, source, here) => {
    const bg = inProcessBackground();
    const t = passDeps(source, { remote: bg.send });
    await runFirstPass(t.deps);
    expect(bg.requests.length).toBeGreaterThanOrEqual(2);
    expect(here.flat().length).toBeGreaterThan(100);
    expect(t.placed.flat().map(decisionOf)).toEqual(here.flat().map(decisionOf));
    expectPageOrder(t.placed.flat());
    expect(t.placed).toHaveLength(bg.requests.length);
    expect(bg.requests.map((r) => r.seq)).toEqual(bg.requests.map((_, i) => i));
    expect(bg.requests.map((r) => r.last)).toEqual(bg.requests.map((_, i) => i === bg.requests.length - 1));
    expect(bg.service.openSessions).toBe(0);
  });

  it.each([
    ['a news page', NEWS],
    ['the Chinese article', CHINESE],
  ])('should place, slice by slice and reasons included, what the page engine finds in the same slice when the background reads %s', async (_page, source) => {
    const bg = inProcessBackground();
    const t = passDeps(source, { remote: bg.send });
    await runFirstPass(t.deps);
    const context: DocumentContext = { entities: {}, topics: {} };
    let from = 0;
    bg.requests.forEach((request, k) => {
      const to = from + request.wanted.length;
      expect(t.placed[k]?.map(spanOf)).toEqual(detect(...sliceOf(source, from, to, structuredClone(context))).map(spanOf));
      addMentionCounts(context, t.placed[k] ?? []);
      from = to;
    });
    expect(from).toBe(source.blocks.length);
  });

  it.each([
    ['slow', 40],
    ['fast', 0],
  ])('should place the same mentions as the background when the page engine is %s and cuts its slices to fit', async (_speed, msPerCall) => {
    steadyClock(msPerCall);
    const here = countingHere(NEWS);
    const t = passDeps(NEWS, { detectHere: here.detectHere });
    await runFirstPass(t.deps);
    vi.restoreAllMocks();
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
    const bg = inProcessBackground();
    const remote = passDeps(NEWS, { remote: bg.send });
    await runFirstPass(remote.deps);
    expect(remote.placed.flat().map(decisionOf)).toEqual(t.placed.flat().map(decisionOf));
  });

  it('should cut smaller slices on the page when its engine is slower', async () => {
    const sizes = async (msPerCall: number) => {
      steadyClock(msPerCall);
      const here = countingHere(NEWS);
      await runFirstPass(passDeps(NEWS, { detectHere: here.detectHere }).deps);
      vi.restoreAllMocks();
      return here.calls.map((c) => c.blocks.reduce((sum, i) => sum + NEWS.blocks[i]!.end - NEWS.blocks[i]!.start, 0));
    };
    const slow = await sizes(40);
    const fast = await sizes(0);
    expect(slow.length).toBeGreaterThan(fast.length);
    expect(Math.max(...slow.slice(1))).toBeLessThan(5_000);
    expect(Math.max(...fast)).toBeGreaterThan(20_000);
  });

  it('should read every block once, in order from the top, when there is no background', async () => {
    const here = countingHere(NEWS);
    await runFirstPass(passDeps(NEWS, { detectHere: here.detectHere }).deps);
    expect(here.reads).toEqual(NEWS.blocks.map((_, i) => i));
  });

  it('should read each slice with the counts of every mention placed before it when the page reads alone', async () => {
    const here = countingHere(NEWS);
    const t = passDeps(NEWS, { detectHere: here.detectHere });
    await runFirstPass(t.deps);
    const before: DocumentContext = { entities: {}, topics: {} };
    here.calls.forEach((call, i) => {
      expect(call.context).toEqual(before);
      addMentionCounts(before, t.placed[i] ?? []);
    });
  });

  it('should yield to the page before each slice when the page reads alone', async () => {
    const log: string[] = [];
    const t = passDeps(NEWS, {
      yieldNow: async () => void log.push('yield'),
      prepareHere: async () => void log.push('prepare'),
      detectHere: (doc, options) => (log.push('detect'), detect(doc, options)),
    });
    await runFirstPass(t.deps);
    const slices = log.filter((e) => e === 'detect').length;
    expect(slices).toBeGreaterThan(2);
    expect(log).toEqual(['prepare', ...Array.from({ length: slices }, () => ['yield', 'detect']).flat()]);
  });

  it('should neither prepare nor run the page engine when the background answers every slice', async () => {
    const prepareHere = vi.fn(async () => undefined);
    const detectHere = vi.fn(engine);
    await runFirstPass(passDeps(NEWS, { remote: inProcessBackground().send, prepareHere, detectHere }).deps);
    expect(prepareHere).not.toHaveBeenCalled();
    expect(detectHere).not.toHaveBeenCalled();
  });

  it('should send the page context so far with the first slice when the store already counts mentions', async () => {
    const bg = inProcessBackground();
    const t = passDeps(NEWS, { remote: bg.send });
    addMentionCounts(t.counts, [{ category: 'company', entity: 'minimax', start: 0, end: 7, text: 'MiniMax', reason: 'r' }]);
    await runFirstPass(t.deps);
    expect(bg.requests[0]?.context).toEqual({ entities: { minimax: 1 }, topics: {} });
    expect(bg.requests.slice(1).every((r) => r.context === undefined)).toBe(true);
  });

  it('should keep at most 6 slices in flight and place them in page order when answers come out of order', async () => {
    const bg = heldBackground();
    const t = passDeps(NEWS, { remote: bg.send });
    const pass = runFirstPass(t.deps);
    await settle();
    expect(bg.held.map((h) => h.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    bg.take(2).answer();
    bg.take(1).answer();
    bg.take(5).answer();
    await settle();
    expect(t.placed).toHaveLength(0);
    expect(bg.held).toHaveLength(6);
    bg.take(0).answer();
    await settle();
    expect(t.placed).toHaveLength(3);
    expect(bg.held.map((h) => h.seq)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    let done = false;
    void pass.then(() => (done = true));
    while (!done) {
      for (const h of bg.held) h.answer();
      await settle();
    }
    expect(bg.held.length).toBeGreaterThan(6);
    expect(bg.most()).toBe(6);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
  });

  it('should place the first slice before later ones are answered when the background is slow', async () => {
    const bg = heldBackground();
    const t = passDeps(NEWS, { remote: bg.send });
    const pass = runFirstPass(t.deps);
    await settle();
    bg.take(0).answer();
    await settle();
    expect(t.placed).toHaveLength(1);
    expect(t.placed[0]?.map(keyOf)).toEqual(NEWS_HERE.flat().filter((m) => m.end <= t.placed[0]!.at(-1)!.end).map(keyOf));
    bg.held.slice(1).forEach((h) => h.fail());
    await pass;
  });
});

type Failure = (request: DetectSliceRequest) => unknown;

const FAILURES: [string, Failure][] = [
  ['an error reply', () => ({ ok: false, error: 'busy' })],
  ['a reply that does not parse', () => ({ ok: true, spans: ['0', '4'], kinds: [0], reasonOf: [0], reasons: ['r'] })],
  ['a reply in the old object format', () => ({ ok: true, mentions: [] })],
  ['a mention outside its slice', (r) => ({ ok: true, spans: [0, r.text.length + 1], kinds: [0], reasonOf: [0], reasons: ['r'] })],
  ['no reply', () => undefined],
  ['a rejected promise', () => Promise.reject(new Error('The message port closed before a response was received.'))],
  ['a rejection that comes after later slices answered', () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 5))],
];

/** The fault happens at slice k; the slice after it never answers at all (a dead port). */
const NEVER: Failure = () => new Promise(() => undefined);

/** A round-trip background with one fault at slice k (and optionally a hang after it); notes what it answered. */
function faultyBackground(k: number, failure: Failure, hangAfter = false) {
  const bg = inProcessBackground();
  const answered: { seq: number; ok: boolean; wanted: number }[] = [];
  const send: SendDetect = (request) => {
    const raw = request.seq === k ? failure(request) : hangAfter && request.seq === k + 1 ? NEVER(request) : bg.send(request);
    return Promise.resolve(raw).then(
      (reply) => {
        answered.push({ seq: request.seq, ok: Array.isArray(decodeReply(reply, request.text, 0)), wanted: request.wanted.length });
        return reply;
      },
      (error: unknown) => {
        answered.push({ seq: request.seq, ok: false, wanted: request.wanted.length });
        throw error;
      },
    );
  };
  /** Blocks the pass took from the background: those of the answered slices before the first failure. */
  const placedRemotely = () => {
    const bySeq = [...answered].sort((a, b) => a.seq - b.seq);
    let blocks = 0;
    for (const [i, a] of bySeq.entries()) {
      if (a.seq !== i || !a.ok) break;
      blocks += a.wanted;
    }
    return blocks;
  };
  return { send, placedRemotely };
}

// The first slice, the second, one in the middle and the last of the news page's 7.
const CASES = FAILURES.flatMap(([name, failure]) => [0, 1, 4, 6].map((k) => [name, k, failure] as const));

describe('runFirstPass (the background fails)', () => {
  it.each(CASES)('should detect every block exactly once when the background fails with %s at slice %i', async (_name, k, failure) => {
    const here = countingHere(NEWS);
    const bg = faultyBackground(k, failure);
    const t = passDeps(NEWS, { remote: bg.send, detectHere: here.detectHere });
    await runFirstPass(t.deps);
    const remote = bg.placedRemotely();
    expect(remote).toBeGreaterThanOrEqual(k === 0 ? 0 : 1);
    expect(here.reads.length).toBeGreaterThan(0);
    expect([...Array.from({ length: remote }, (_, i) => i), ...here.reads]).toEqual(NEWS.blocks.map((_, i) => i));
    const keys = t.placed.flat().map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(NEWS_HERE.flat().map(keyOf)));
    expectPageOrder(t.placed.flat());
  });

  it.each([0, 1, 3])('should finish on the page when slice %i fails and the one after it never answers', async (k) => {
    const here = countingHere(NEWS);
    const bg = faultyBackground(k, () => ({ ok: false, error: 'busy' }), true);
    const t = passDeps(NEWS, { remote: bg.send, detectHere: here.detectHere });
    await runFirstPass(t.deps);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
    expect(new Set(here.reads).size).toBe(here.reads.length);
  });

  it.each([1, 2, 4])('should finish on the page when the background restarts before slice %i', async (k) => {
    let service = new DetectService(engine);
    const send: SendDetect = async (request) => {
      if (request.seq === k) service = new DetectService(engine); // a new service worker: sessions lost
      return overTheWire(service.answer(overTheWire(request) as DetectSliceRequest));
    };
    const here = countingHere(NEWS);
    const t = passDeps(NEWS, { remote: send, detectHere: here.detectHere });
    await runFirstPass(t.deps);
    expect(here.reads.length).toBeGreaterThan(0);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
  });

  it.each([1, 4])('should finish on the page when sending slice %i throws at once', async (k) => {
    const bg = inProcessBackground();
    const send: SendDetect = (request) => {
      if (request.seq === k) throw new Error('Extension context invalidated.');
      return bg.send(request);
    };
    const t = passDeps(NEWS, { remote: send });
    await runFirstPass(t.deps);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
  });
});

describe('runFirstPass (aborted)', () => {
  it('should place nothing more when aborted while slices are in flight', async () => {
    const bg = heldBackground();
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { remote: bg.send, detectHere });
    const pass = runFirstPass(t.deps);
    await settle();
    bg.take(0).answer();
    await settle();
    expect(t.placed).toHaveLength(1);
    t.abort.abort();
    for (const h of bg.held) h.answer();
    await pass;
    expect(t.placed).toHaveLength(1);
    expect(detectHere).not.toHaveBeenCalled();
  });

  it('should not fall back to the page when the background fails after the abort', async () => {
    const bg = heldBackground();
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { remote: bg.send, detectHere });
    const pass = runFirstPass(t.deps);
    await settle();
    t.abort.abort();
    bg.take(0).fail();
    await pass;
    expect(t.placed).toHaveLength(0);
    expect(detectHere).not.toHaveBeenCalled();
  });

  it.each([1, 2, 5])('should stop after %i slices when aborted while the page reads alone', async (after) => {
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { detectHere });
    const place = t.deps.place;
    t.deps.place = (mentions, pause) => {
      void place(mentions, pause);
      if (t.placed.length === after) t.abort.abort();
    };
    await runFirstPass(t.deps);
    expect(t.placed).toHaveLength(after);
    expect(detectHere).toHaveBeenCalledTimes(after);
  });

  it('should stop when aborted while yielding to the page', async () => {
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { detectHere });
    let yields = 0;
    t.deps.yieldNow = async () => {
      if (++yields === 3) t.abort.abort();
    };
    await runFirstPass(t.deps);
    expect(detectHere).toHaveBeenCalledTimes(2);
    expect(t.placed).toHaveLength(2);
  });

  it.each([
    ['with the background', true],
    ['without the background', false],
  ])('should place nothing when already aborted %s', async (_case, withRemote) => {
    const detectHere = vi.fn(engine);
    const t = passDeps(NEWS, { detectHere, ...(withRemote ? { remote: inProcessBackground().send } : {}) });
    t.abort.abort();
    await runFirstPass(t.deps);
    expect(t.placed).toHaveLength(0);
    expect(detectHere).not.toHaveBeenCalled();
  });
});

describe('runFirstPass (extraction under way)', () => {
  const PAGE = generatePage(NEWS_PARAGRAPHS);

  it('should place the same mentions as the page alone when the background reads while the page is still extracted', async () => {
    const { extractor, source } = extractionUnderWay(PAGE);
    const bg = inProcessBackground();
    const doneAtSend: boolean[] = [];
    const send: SendDetect = (request) => (doneAtSend.push(extractor.done), bg.send(request));
    const t = passDeps(source, { remote: send, extraction: extractor });
    await runFirstPass(t.deps);
    expect(extractor.done).toBe(true);
    expect(doneAtSend[0]).toBe(false);
    expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
    expect(bg.requests.map((r) => r.seq)).toEqual(bg.requests.map((_, i) => i));
    expect(bg.requests.at(-1)?.last).toBe(true);
    expect(bg.service.openSessions).toBe(0);
  });

  it.each(FAILURES.flatMap(([name, failure]) => [0, 2].map((k) => [name, k, failure] as const)))(
    'should detect every block exactly once when the background fails with %s at slice %i during extraction',
    async (_name, k, failure) => {
      const { extractor, source } = extractionUnderWay(PAGE);
      const here = countingHere(NEWS);
      const bg = faultyBackground(k, failure);
      const t = passDeps(source, { remote: bg.send, extraction: extractor, detectHere: here.detectHere });
      await runFirstPass(t.deps);
      const remote = bg.placedRemotely();
      expect([...Array.from({ length: remote }, (_, i) => i), ...here.reads]).toEqual(NEWS.blocks.map((_, i) => i));
      expect(t.placed.flat().map(decisionOf)).toEqual(NEWS_HERE.flat().map(decisionOf));
    },
  );

  it('should stop extracting and placing when aborted during extraction', async () => {
    const { extractor, source } = extractionUnderWay(PAGE);
    const t = passDeps(source, { remote: inProcessBackground().send, extraction: extractor });
    let yields = 0;
    t.deps.yieldNow = async () => {
      if (++yields === 2) t.abort.abort();
    };
    await runFirstPass(t.deps);
    expect(extractor.done).toBe(false);
    expect(t.placed.flat().length).toBeLessThan(NEWS_HERE.flat().length);
  });
});
