import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireBackground } from '../../../lib/content/background-wiring';
import { DETECT_PORT, portAnswerSchema } from '../../../lib/content/port-sender';
import { decodeReply } from '../../../lib/messaging/detect-wire';
import type { DetectSliceRequest } from '../../../lib/messaging/protocol';

/** The background's end of a port a content script opened, as wireBackground's onConnect listener sees it. */
function backgroundPort(name: string, tabId?: number) {
  const listeners: ((message: unknown) => void)[] = [];
  const port = {
    name,
    sender: tabId === undefined ? {} : { tab: { id: tabId } },
    onMessage: { addListener: (listener: (message: unknown) => void) => void listeners.push(listener) },
    postMessage: vi.fn((_message: unknown) => undefined),
  };
  /** The content script posts `message`, as JSON, the way a port carries it. */
  const receive = (message: unknown) => {
    for (const listener of listeners) listener(JSON.parse(JSON.stringify(message)));
  };
  return { port, receive, listeners };
}

const TEXT = 'Anthropic said the Claude Code leak was human error.';
const slice = (session: string, seq: number, last = false): DetectSliceRequest => ({
  type: 'detect-slice',
  session,
  seq,
  last,
  text: TEXT,
  blocks: [{ start: 0, end: TEXT.length }],
  wanted: [0],
});

describe('wireBackground (detection port)', () => {
  let onConnect: ((port: unknown) => void) | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has neither runtime.onConnect nor the commands API: capture the listeners.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
      onConnect = listener as unknown as (port: unknown) => void;
    });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    wireBackground();
  });

  it('should answer each slice on the port with its session, number and wire reply', () => {
    const { port, receive } = backgroundPort(DETECT_PORT, 4);
    onConnect?.(port);
    receive(slice('s', 0));
    receive(slice('s', 1, true));
    const answers = port.postMessage.mock.calls.map(([message]) => portAnswerSchema.parse(message));
    expect(answers.map((a) => [a.session, a.seq])).toEqual([
      ['s', 0],
      ['s', 1],
    ]);
    for (const answer of answers) {
      const mentions = decodeReply(JSON.parse(JSON.stringify(answer.reply)), TEXT, 0);
      expect(Array.isArray(mentions) && mentions.map((m) => m.text)).toEqual(['Anthropic', 'Claude Code', 'leak']);
    }
  });

  it('should answer with the refusal when a slice comes out of order', () => {
    const { port, receive } = backgroundPort(DETECT_PORT, 4);
    onConnect?.(port);
    receive(slice('s', 0));
    receive(slice('s', 2));
    expect(port.postMessage).toHaveBeenLastCalledWith({ session: 's', seq: 2, reply: { ok: false, error: 'slice 2 came before slice 1' } });
  });

  it.each([
    ['a port of another name', backgroundPort('other', 4)],
    ['a port from no tab', backgroundPort(DETECT_PORT)],
  ])('should not listen on %s', (_case, { port, listeners }) => {
    onConnect?.(port);
    expect(listeners).toHaveLength(0);
  });

  it.each<[string, unknown]>([
    ['garbage', 'detect'],
    ['another message type', { type: 'mention-count', count: 3 }],
    ['a slice without its session', { ...slice('s', 0), session: undefined }],
    ['a slice with a negative number', { ...slice('s', 0), seq: -1 }],
  ])('should post nothing when the port carries %s', (_case, message) => {
    const { port, receive } = backgroundPort(DETECT_PORT, 4);
    onConnect?.(port);
    receive(message);
    expect(port.postMessage).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['a slice over the size bound', { ...slice('s', 0), text: 'x'.repeat((1 << 20) + 1) }],
    ['a slice with too many blocks', { ...slice('s', 0), blocks: Array.from({ length: 50_001 }, () => ({ start: 0, end: 1 })) }],
    ['a slice whose blocks are not numbers', { ...slice('s', 0), blocks: [{ start: 'a', end: 1 }] }],
  ])('should answer at once with a refusal when the port carries %s', (_case, message) => {
    const { port, receive } = backgroundPort(DETECT_PORT, 4);
    onConnect?.(port);
    receive(message);
    const answer = portAnswerSchema.parse(port.postMessage.mock.calls[0]?.[0]);
    expect([answer.session, answer.seq]).toEqual(['s', 0]);
    expect(decodeReply(answer.reply, TEXT, 0)).toMatch(/does not fit the protocol/);
  });

  it('should not throw when the tab went away before the answer could be posted', () => {
    const { port, receive } = backgroundPort(DETECT_PORT, 4);
    port.postMessage.mockImplementation(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    onConnect?.(port);
    expect(() => receive(slice('s', 0))).not.toThrow();
    expect(port.postMessage).toHaveBeenCalledTimes(1);
  });
});
