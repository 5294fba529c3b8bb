import { describe, expect, it, vi } from 'vitest';
import { DetectService, MAX_SESSIONS } from '../../../lib/content/detect-service';
import { runFirstPass } from '../../../lib/content/first-pass';
import { ANSWER_TIMEOUT_MS, RemoteSession } from '../../../lib/content/remote-detection';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import { TextNodeMap } from '../../../lib/extract/text-node-map';
import { inProcessBackground, newsSource, passDeps, decisionOf } from './detection-helpers';

const request = (session: string, seq: number): DetectSliceRequest => ({
  type: 'detect-slice', session, seq, last: false, text: 'x', blocks: [{ start: 0, end: 1 }], wanted: [0],
});

describe('DetectService at its session bound', () => {
  it('should answer the next slice of an open session when MAX_SESSIONS sessions are open', () => {
    const service = new DetectService(() => []);
    for (let i = 0; i < MAX_SESSIONS; i++) service.handle(request(`s${i}`, 0));
    expect(service.handle(request('s0', 1))).toEqual({ ok: true, mentions: [] });
    expect(service.openSessions).toBe(MAX_SESSIONS);
  });
});

describe('runFirstPass when the extension context is gone', () => {
  it('should fall back to the page engine when sending the first slice throws at once', async () => {
    const source = newsSource(300);
    const alone = passDeps(source);
    await runFirstPass(alone.deps);
    const t = passDeps(source, { remote: () => { throw new Error('Extension context invalidated.'); } });
    await runFirstPass(t.deps);
    expect(t.placed.flat().map(decisionOf)).toEqual(alone.placed.flat().map(decisionOf));
  });
});

describe('RemoteSession (bug)', () => {
  it('should reject rather than throw when sending throws at once', async () => {
    const session = new RemoteSession(() => { throw new Error('Extension context invalidated.'); }, { entities: {}, topics: {} });
    const call = () => session.detect({ text: 'Claude', blocks: [{ start: 0, end: 6 }] }, [0], true);
    let result: Promise<unknown> | undefined;
    expect(() => { result = call(); }).not.toThrow();
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });
});

describe('RemoteSession when the background never answers', () => {
  it('should reject after ANSWER_TIMEOUT_MS when the send never settles', async () => {
    vi.useFakeTimers();
    try {
      const session = new RemoteSession(() => new Promise(() => undefined), { entities: {}, topics: {} });
      const answer = session.detect({ text: 'Claude', blocks: [{ start: 0, end: 6 }] }, [0], true);
      const seen = answer.then(
        () => 'answered',
        (error: unknown) => String(error),
      );
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS + 1);
      await expect(seen).resolves.toMatch(/no answer from the background/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('runFirstPass on a page of many tiny blocks', () => {
  it('should send at most 8000 blocks (plus two neighbours) per slice and still read every block once', async () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => String(i % 10));
    const text = cells.join('\n\n');
    const blocks = cells.map((_, i) => ({ start: 3 * i, end: 3 * i + 1 }));
    const source = { text, blocks, map: new TextNodeMap() };
    const bg = inProcessBackground();
    const t = passDeps(source, { remote: bg.send });
    await runFirstPass(t.deps);
    expect(Math.max(...bg.requests.map((r) => r.blocks.length))).toBeLessThanOrEqual(8_002);
    expect(bg.requests.reduce((sum, r) => sum + r.wanted.length, 0)).toBe(20_000);
  });
});

describe('runFirstPass when the background has not said it is ready', () => {
  it('should read the page itself and send nothing', async () => {
    const source = newsSource(300);
    const alone = passDeps(source);
    await runFirstPass(alone.deps);
    const bg = inProcessBackground();
    const t = passDeps(source, { remote: bg.send, remoteStatus: { ready: () => false, answered: Promise.resolve() } });
    await runFirstPass(t.deps);
    expect(bg.requests).toEqual([]);
    expect(t.placed.flat().map(decisionOf)).toEqual(alone.placed.flat().map(decisionOf));
  });
});
