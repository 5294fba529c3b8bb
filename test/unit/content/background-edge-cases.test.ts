import { describe, expect, it, vi } from 'vitest';
import { DetectService, MAX_SESSIONS } from '../../../lib/content/detect-service';
import { runFirstPass } from '../../../lib/content/first-pass';
import { ANSWER_TIMEOUT_MS, RemoteSession } from '../../../lib/content/remote-detection';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import { newsSource, passDeps, decisionOf } from './detection-helpers';

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
