import { describe, expect, it, vi } from 'vitest';
import { FORGET_AFTER_MS, portSender } from '../../../lib/content/port-sender';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';
import { fakeConnect } from './port-helpers';

const request = (session: string, seq: number): DetectSliceRequest => ({
  type: 'detect-slice',
  session,
  seq,
  last: false,
  text: 'Claude',
  blocks: [{ start: 0, end: 6 }],
  wanted: [0],
});

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Notes how a promise ended, so a test can see that it has not ended yet. */
function watch(promise: Promise<unknown>) {
  const state: { value?: unknown; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error: unknown) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

describe('portSender', () => {
  it('should connect once, on the first request, and post every request on that port', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    expect(ports).toHaveLength(0);
    void send(request('s', 0));
    void send(request('s', 1));
    expect(ports).toHaveLength(1);
    expect(ports[0]?.posted).toEqual([request('s', 0), request('s', 1)]);
  });

  it('should give each request its own answer when answers come out of order', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const answers = [0, 1, 2].map((seq) => send(request('s', seq)));
    for (const seq of [2, 0, 1]) ports[0]?.deliver({ session: 's', seq, reply: { n: seq } });
    await expect(Promise.all(answers)).resolves.toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it('should pass the reply on as it came when it is not a valid detection reply', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const answer = send(request('s', 0));
    ports[0]?.deliver({ session: 's', seq: 0, reply: { ok: 'garbage' } });
    await expect(answer).resolves.toEqual({ ok: 'garbage' });
  });

  it('should keep two sessions apart when both send the same slice number on one port', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const a = send(request('a', 0));
    const b = send(request('b', 0));
    ports[0]?.deliver({ session: 'b', seq: 0, reply: 'for b' });
    ports[0]?.deliver({ session: 'a', seq: 0, reply: 'for a' });
    await expect(Promise.all([a, b])).resolves.toEqual(['for a', 'for b']);
    expect(ports).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['another session', { session: 'other', seq: 0, reply: 'x' }],
    ['a slice never sent', { session: 's', seq: 7, reply: 'x' }],
  ])('should ignore an answer for %s', async (_case, answer) => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const state = watch(send(request('s', 0)));
    ports[0]?.deliver(answer);
    await settle();
    expect(state.settled).toBe(false);
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'mine' });
    await settle();
    expect(state).toMatchObject({ settled: true, value: 'mine' });
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 's:0'],
    ['no session', { seq: 0, reply: 'x' }],
    ['no slice number', { session: 's', reply: 'x' }],
    ['no reply', { session: 's', seq: 0 }],
    ['a slice number as a string', { session: 's', seq: '0', reply: 'x' }],
    ['a negative slice number', { session: 's', seq: -1, reply: 'x' }],
    ['a fractional slice number', { session: 's', seq: 0.5, reply: 'x' }],
    ['a session that is not a string', { session: 0, seq: 0, reply: 'x' }],
  ])('should ignore a malformed answer (%s) and still take the right one after it', async (_case, answer) => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const state = watch(send(request('s', 0)));
    expect(() => ports[0]?.deliver(answer)).not.toThrow();
    await settle();
    expect(state.settled).toBe(false);
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'mine' });
    await settle();
    expect(state).toMatchObject({ settled: true, value: 'mine' });
  });

  it('should ignore a second answer to a slice already answered', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const first = send(request('s', 0));
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'first' });
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'second' });
    await expect(first).resolves.toBe('first');
  });

  it('should reject every pending request when the port disconnects', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const answered = send(request('s', 0));
    const pending = [send(request('s', 1)), send(request('s', 2)), send(request('t', 0))];
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'done' });
    ports[0]?.disconnect();
    await expect(answered).resolves.toBe('done');
    for (const p of pending) await expect(p).rejects.toThrow('the background closed the detection port');
  });

  it('should connect a new port for the next request when the port disconnected', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const lost = send(request('s', 0));
    ports[0]?.disconnect();
    await expect(lost).rejects.toThrow();
    const next = send(request('s2', 0));
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted).toEqual([request('s2', 0)]);
    expect(ports[0]?.posted).toHaveLength(1);
    ports[1]?.deliver({ session: 's2', seq: 0, reply: 'again' });
    await expect(next).resolves.toBe('again');
  });

  it('should reject nothing when a port disconnects with no request pending', async () => {
    const { connect, ports } = fakeConnect();
    const send = portSender(connect);
    const first = send(request('s', 0));
    ports[0]?.deliver({ session: 's', seq: 0, reply: 'ok' });
    ports[0]?.disconnect();
    await expect(first).resolves.toBe('ok');
    const second = send(request('s', 1));
    ports[1]?.deliver({ session: 's', seq: 1, reply: 'ok too' });
    await expect(second).resolves.toBe('ok too');
  });

  it('should reject, not throw, when posting on the port throws', async () => {
    const { connect } = fakeConnect((port) => {
      port.onPost = () => {
        throw new Error('Attempting to use a disconnected port object');
      };
    });
    const send = portSender(connect);
    let answer: Promise<unknown> | undefined;
    expect(() => (answer = send(request('s', 0)))).not.toThrow();
    await expect(answer).rejects.toThrow('Attempting to use a disconnected port object');
  });

  it('should reject, not throw, and try again on the next request when connecting throws', async () => {
    let attempts = 0;
    const { connect: open, ports } = fakeConnect();
    const send = portSender(() => {
      if (++attempts === 1) throw new Error('Extension context invalidated.');
      return open();
    });
    await expect(send(request('s', 0))).rejects.toThrow('Extension context invalidated.');
    const next = send(request('s', 1));
    expect(attempts).toBe(2);
    ports[0]?.deliver({ session: 's', seq: 1, reply: 'connected' });
    await expect(next).resolves.toBe('connected');
  });
});

describe('portSender when the background never answers', () => {
  it('should reject after FORGET_AFTER_MS and ignore an answer that comes later', async () => {
    vi.useFakeTimers();
    try {
      const { connect, ports } = fakeConnect();
      const send = portSender(connect);
      const state = watch(send(request('s', 0)));
      await vi.advanceTimersByTimeAsync(FORGET_AFTER_MS - 1);
      expect(state.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2);
      expect(String(state.error)).toMatch(/no answer on the detection port/);
      ports[0]?.deliver({ session: 's', seq: 0, reply: { ok: true } });
      await vi.advanceTimersByTimeAsync(1);
      expect(state.value).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
