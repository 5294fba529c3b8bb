import { describe, expect, it } from 'vitest';
import { Batcher, type Timers } from '../../../lib/content/batcher';

/** A manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now) {
        pending.delete(id);
        timer.fn();
      }
    }
  };
  return { timers, advance };
}

function setup(signal?: AbortSignal) {
  const { timers, advance } = manualTimers();
  const flushed: number[][] = [];
  const batcher = new Batcher<number>({
    quietMs: 100,
    maxWaitMs: 500,
    timers,
    flush: (items) => flushed.push(items),
    ...(signal ? { signal } : {}),
  });
  return { batcher, flushed, advance };
}

describe('Batcher', () => {
  it('should flush once after a quiet period when items arrive in a burst', () => {
    const { batcher, flushed, advance } = setup();
    batcher.push(1);
    advance(50);
    batcher.push(2, 3);
    advance(99);
    expect(flushed).toEqual([]);
    advance(1);
    expect(flushed).toEqual([[1, 2, 3]]);
  });

  it('should flush by the max wait when the page never goes quiet', () => {
    const { batcher, flushed, advance } = setup();
    for (let t = 0; t < 10; t++) {
      batcher.push(t);
      advance(60);
    }
    expect(flushed.length).toBeGreaterThanOrEqual(1);
    expect(flushed[0]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('should drop pending items and ignore new ones when the signal aborts', () => {
    const abort = new AbortController();
    const { batcher, flushed, advance } = setup(abort.signal);
    batcher.push(1);
    abort.abort();
    batcher.push(2);
    advance(1000);
    expect(flushed).toEqual([]);
    expect(batcher.pending).toBe(0);
  });

  it('should flush at once when asked, and not again later', () => {
    const { batcher, flushed, advance } = setup();
    batcher.push(1);
    batcher.flushNow();
    advance(1000);
    expect(flushed).toEqual([[1]]);
  });
});
